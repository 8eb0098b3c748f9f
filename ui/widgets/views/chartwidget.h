// Shows one MetricsChart in a widget: sizes itself by heightForWidth, repaints on palette changes, and forwards
// tooltips and an accessible description (the chart's plain-text summary).
#pragma once

#include "painting/charts/metricschart.h"

#include <QWidget>
#include <memory>

namespace notiflow::ui {

class ChartWidget final : public QWidget {
    Q_OBJECT
public:
    explicit ChartWidget(std::unique_ptr<MetricsChart> chart, QWidget* parent = nullptr);

    MetricsChart* chart() const { return m_chart.get(); }
    // Call after the chart's data changed.
    void chartChanged();
    // The entry of "How to read notiflow" that explains this chart: What's This (Shift+F1) on it opens the page
    // there.
    void setHelpAnchor(const QString& anchor) { m_helpAnchor = anchor; }
    QString helpAnchor() const { return m_helpAnchor; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The figure under `pos` (widget coordinates), as a click there would pick it.
    std::optional<TracedFigure> figureAt(const QPoint& pos) const;
    // Where the chart is drawn in the widget (its figures' rectangles are relative to it).
    QRectF chartRect() const;
    ChartStyle chartStyle() const { return style(); }

Q_SIGNALS:
    // A click on a figure that can be traced to its steps (a chip, a bar, a cell, a box).
    void figureClicked(const notiflow::ui::TracedFigure& figure);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    ChartStyle style() const;

    std::unique_ptr<MetricsChart> m_chart;
    QString m_helpAnchor;
};

} // namespace notiflow::ui
