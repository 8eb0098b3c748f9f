// How highlighted steps (the steps behind a clicked figure) are drawn wherever a run is drawn: a glow under their
// edges and components in the flow, a band and a bar on their rows in the timeline. One look for views and exports.
#pragma once

#include "painting/painters/painterstyle.h"
#include "percomponent.h"

#include <QLineF>
#include <QRectF>
#include <vector>

class QPainter;

namespace notiflow {
struct Run;
}

namespace notiflow::ui {

class FlowGraph;
struct StepSelection;

class HighlightPainter final {
public:
    HighlightPainter(const StepSelection& selection, const PainterStyle& style);

    // The palette's highlight colour: the themes make it stand out from every step kind's colour, and the
    // high-contrast theme makes it yellow on black.
    static QColor color(const QPalette& palette);

    // Under the flow's edges and nodes: a glow along each edge a highlighted step travels (`edgeLines`, one per
    // graph edge, as painted) and round each component a highlighted step starts or ends at. Drawn whether or not
    // the playhead has reached the steps yet, so the reader sees where they are.
    void paintFlow(QPainter* painter, const Run& run, const FlowGraph& graph, const std::vector<QLineF>& edgeLines,
        const PerComponent<QRectF>& nodes) const;
    // Under a timeline row that holds a highlighted step (or folds one away): a band and a bar in the gutter.
    void paintRow(QPainter* painter, const QRectF& row) const;

private:
    const StepSelection& m_selection;
    const PainterStyle& m_style;
};

} // namespace notiflow::ui
