#include "painting/painters/highlightpainter.h"

#include "painting/painters/flowgraph.h"
#include "painting/session/stepselection.h"
#include "painting/style/stepstyle.h"
#include "run.h"

#include <QPainter>
#include <algorithm>

namespace notiflow::ui {

HighlightPainter::HighlightPainter(const StepSelection& selection, const PainterStyle& style)
    : m_selection(selection)
    , m_style(style)
{
}

QColor HighlightPainter::color(const QPalette& palette)
{
    return palette.color(QPalette::Highlight);
}

void HighlightPainter::paintFlow(QPainter* painter, const Run& run, const FlowGraph& graph,
    const std::vector<QLineF>& edgeLines, const PerComponent<QRectF>& nodes) const
{
    if (m_selection.isEmpty())
        return;
    std::vector<bool> edges(graph.edges().size(), false);
    PerComponent<bool> components {};
    for (const int step : m_selection.steps) {
        if (step < 0 || step >= static_cast<int>(run.steps.size()))
            continue;
        const Step& s = run.steps[static_cast<std::size_t>(step)];
        components[s.from] = true;
        components[s.to] = true;
        if (const int e = graph.edgeOfStep(step); e >= 0)
            edges[static_cast<std::size_t>(e)] = true;
    }
    const QColor solid = color(m_style.palette());
    QColor glow = solid;
    glow.setAlphaF(StepStyle::isDark(m_style.palette()) ? 0.55f : 0.40f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // A wide translucent stroke under the edge, and a thin dashed line along it so that an edge the playhead has
    // not reached yet (not drawn yet) still shows where the highlighted steps will travel.
    const qreal width = 12 * m_style.stroke();
    for (std::size_t e = 0; e < edges.size() && e < edgeLines.size(); ++e) {
        if (!edges[e] || edgeLines[e].length() < 1)
            continue;
        painter->setPen(QPen(glow, width, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(edgeLines[e]);
        painter->setPen(QPen(solid, 1.6 * m_style.stroke(), Qt::DashLine, Qt::RoundCap));
        painter->drawLine(edgeLines[e]);
    }
    // Round each component concerned: a ring a little outside its outline, clear of the node's own border.
    const qreal margin = 4 * m_style.stroke();
    for (int c = 0; c < componentCount; ++c) {
        const auto component = static_cast<Component>(c);
        if (!components[component] || !graph.contains(component) || nodes[component].isEmpty())
            continue;
        const QRectF ring = nodes[component].adjusted(-margin, -margin, margin, margin);
        painter->setPen(QPen(solid, 3 * m_style.stroke()));
        painter->setBrush(glow);
        painter->drawRoundedRect(ring, 8 * m_style.zoom(), 8 * m_style.zoom());
    }
    painter->restore();
}

void HighlightPainter::paintRow(QPainter* painter, const QRectF& row) const
{
    const QColor solid = color(m_style.palette());
    QColor band = solid;
    band.setAlphaF(StepStyle::isDark(m_style.palette()) ? 0.26f : 0.2f);
    painter->fillRect(row, band);
    const qreal bar = std::max(4.0, 5 * m_style.stroke());
    painter->fillRect(QRectF(row.left(), row.top(), bar, row.height()), solid);
    painter->fillRect(QRectF(row.right() - bar, row.top(), bar, row.height()), solid);
}

} // namespace notiflow::ui
