// Draws a requirement change's impact over a flow view: a strong outline and a badge on every component to change,
// and each new dependency as a dash-dot edge (to a dashed placeholder when the domain does not exist yet).
#pragma once

#include "changeimpact.h"
#include "painting/painters/painterstyle.h"
#include "percomponent.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace notiflow::ui {

class FlowGraph;

class ChangeOverlayPainter final {
public:
    ChangeOverlayPainter(const ChangeImpact& impact, const PainterStyle& style);

    // `nodes` are the rectangles the flow painter drew the components in; only those in `graph` are drawn.
    void paint(QPainter* painter, const PerComponent<QRectF>& nodes, const FlowGraph& graph) const;

    // The overlay's colour: strong on every theme, and unlike the hatching that marks API-driven parts.
    static QColor color(const QPalette& palette);
    // "Must change: evaluates rule price_drop.segment\nNew dependency on orders", or empty for an unchanged component.
    static QString tooltip(const ChangeImpact& impact, Component c);

private:
    void paintNewDependency(
        QPainter* painter, const QRectF& from, const QString& domain, const QRectF& to, int placeholderIndex) const;

    const ChangeImpact& m_impact;
    const PainterStyle& m_style;
};

} // namespace notiflow::ui
