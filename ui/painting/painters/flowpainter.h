// Paints one frame of a run's message flow into any QPainter and rectangle (widget, image, SVG, PDF): a pure
// function of the run, its flow graph, the shared layout and the playhead position.
#pragma once

#include "painting/painters/flowgraph.h"
#include "painting/painters/flowlayout.h"
#include "painting/painters/painterstyle.h"
#include "painting/session/playbacktimeline.h"
#include "percomponent.h"

#include <QString>
#include <vector>

class QFontMetricsF;
class QPainter;

namespace notiflow {
struct ChangeImpact;
struct Run;
struct Step;
} // namespace notiflow

namespace notiflow::ui {

struct StepSelection;

class FlowPainter final {
public:
    // The style's zoom scales the font, every stroke and the tokens (presentation, exports for slides); a
    // high-contrast palette thickens strokes further on its own.
    FlowPainter(const Run& run, const FlowGraph& graph, const FlowLayout& layout, const PainterStyle& style);

    void paint(QPainter* painter, const QRectF& rect, PlaybackTimeline::Position position) const;
    // A requirement change's impact drawn over the flow (ChangeOverlayPainter); nullptr for none. Not owned.
    void setChangeImpact(const ChangeImpact* impact) { m_change = impact; }
    // Steps of this run to highlight (HighlightPainter); nullptr for none. Not owned.
    void setHighlight(const StepSelection* selection) { m_highlight = selection; }

    // The component drawn at `point`, for tooltips and clicks; nullopt when there is none.
    std::optional<Component> componentAt(const QRectF& rect, const QPointF& point) const;
    // The travelling label's pill at `position` when painted into `rect` (empty before the first step); it keeps
    // clear of every node, not only the two its edge joins.
    QRectF tokenRect(const QRectF& rect, PlaybackTimeline::Position position) const;
    // The ×N counters of the edges used more than once up to `step` when painted into `rect`: each sits along its
    // edge where it covers no node and no node's rule badge.
    struct Counter {
        QRectF box;
        QString text;
        int edge = -1;
    };
    std::vector<Counter> counters(const QRectF& rect, int step) const;
    // Where the count of rules evaluated on a node is drawn: the diamond on the node's corner and the number.
    QRectF ruleBadgeRect(const QRectF& node) const;

    // Line width of an edge that carried `count` messages: grows with the logarithm so that one call and ten
    // thousand both stay readable.
    static qreal edgeWidth(int count);

private:
    struct Segment {
        QPointF from;
        QPointF to;
    };
    using NodeRects = PerComponent<QRectF>;
    NodeRects nodeRects(const QRectF& rect) const; // computed once per frame
    bool onANode(const QRectF& box, const NodeRects& nodes) const; // overlaps a node this run draws
    std::vector<Counter> counters(const NodeRects& nodes, int step) const;
    static QString tokenText(const QFontMetricsF& fm, const Step& s);
    static qreal tokenWidth(const QFontMetricsF& fm, const Step& s);
    QRectF tokenRect(const QRectF& rect, const NodeRects& nodes, PlaybackTimeline::Position position) const;
    Segment edgeSegment(const FlowGraph::Edge& edge, const NodeRects& nodes) const;
    void paintEdges(QPainter* painter, const NodeRects& nodes, int step) const;
    void paintNodes(QPainter* painter, const NodeRects& nodes, int step) const;
    void paintToken(
        QPainter* painter, const QRectF& rect, const NodeRects& nodes, PlaybackTimeline::Position position) const;
    void paintNode(QPainter* painter, Component c, const QRectF& box, const QColor& border, qreal borderWidth,
        const QColor& fill, const QColor& text) const;

    const Run& m_run;
    const FlowGraph& m_graph;
    const FlowLayout& m_layout;
    const PainterStyle m_style;
    const ChangeImpact* m_change = nullptr;
    const StepSelection* m_highlight = nullptr;
};

} // namespace notiflow::ui
