// A chart of a run's metrics, drawn with a QPainter into any rectangle: a panel's widget or an exported picture.
// Charts copy what they show from Run::metrics when they are filled; they compute no metric themselves.
#pragma once

#include "painting/session/figuretrace.h"
#include "painting/style/panelpalette.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <algorithm>
#include <optional>

class QPainter;

namespace notiflow::ui {

struct ChartStyle {
    PanelPalette colors;
    QFont font;
};

class MetricsChart {
public:
    virtual ~MetricsChart() = default;

    virtual QString title() const = 0;
    // The height the chart needs when drawn `width` pixels wide.
    virtual int heightForWidth(int width, const ChartStyle& style) const = 0;
    // The narrowest width at which every label shows whole on one line: a panel starts this wide when it can.
    // Narrower, labels wrap (and the chart grows taller) rather than being cut.
    virtual int preferredWidth(const ChartStyle& style) const = 0;
    virtual void paint(QPainter* painter, const QRectF& rect, const ChartStyle& style) const = 0;
    // What the chart shows, as plain text: for screen readers and for tests.
    virtual QString summary() const = 0;
    // A tooltip for the point `pos` when the chart is drawn in `rect`; empty when there is nothing there.
    virtual QString toolTipAt(const QRectF& rect, const QPointF& pos, const ChartStyle& style) const
    {
        Q_UNUSED(rect);
        Q_UNUSED(pos);
        Q_UNUSED(style);
        return {};
    }
    // The figure drawn at `pos` (a chip, a bar, a cell, a box) that can be traced to the steps behind it; nullopt
    // where there is none.
    virtual std::optional<TracedFigure> figureAt(const QRectF& rect, const QPointF& pos, const ChartStyle& style) const
    {
        Q_UNUSED(rect);
        Q_UNUSED(pos);
        Q_UNUSED(style);
        return std::nullopt;
    }
    // The figure whose steps are highlighted: the chart outlines it where it draws it. nullopt for none.
    void setSelectedFigure(std::optional<TracedFigure> figure) { m_selected = std::move(figure); }
    const std::optional<TracedFigure>& selectedFigure() const { return m_selected; }

protected:
    bool isSelected(const std::optional<TracedFigure>& figure) const { return figure && m_selected == figure; }

    std::optional<TracedFigure> m_selected;
};

// The height of `text` word-wrapped into `width`.
inline double wrappedHeight(const QString& text, double width, const QFontMetricsF& fm)
{
    return fm.boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6), Qt::TextWordWrap, text).height();
}

} // namespace notiflow::ui
