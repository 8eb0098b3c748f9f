// Paints one frame of a run's message flow into any QPainter and rectangle (widget, image, SVG, PDF): a pure
// function of the run, its flow graph, the shared layout and the playhead position.
#pragma once

#include "flowgraph.h"
#include "flowlayout.h"
#include "playbacktimeline.h"

#include <QFont>
#include <QPalette>

class QPainter;

namespace notiflow {
struct Run;
}

namespace notiflow::ui {

class FlowPainter final {
public:
    FlowPainter(const Run& run, const FlowGraph& graph, const FlowLayout& layout);

    void setPalette(const QPalette& palette) { m_palette = palette; }
    void setFont(const QFont& font);
    // Scales the font, every stroke and the tokens by `zoom` (presentation, exports for slides). A high-contrast
    // palette thickens strokes further on its own.
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }
    void setFillBackground(bool fill) { m_fillBackground = fill; }

    void paint(QPainter* painter, const QRectF& rect, PlaybackTimeline::Position position) const;

    // The component drawn at `point`, for tooltips and clicks; nullopt when there is none.
    std::optional<Component> componentAt(const QRectF& rect, const QPointF& point) const;

    // Line width of an edge that carried `count` messages: grows with the logarithm so that one call and ten
    // thousand both stay readable.
    static qreal edgeWidth(int count);

private:
    struct Segment {
        QPointF from;
        QPointF to;
    };
    using NodeRects = std::array<QRectF, componentCount>;
    NodeRects nodeRects(const QRectF& rect) const; // computed once per frame
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
    qreal stroke() const; // line-width factor: zoom times the palette's stroke scale

    QPalette m_palette;
    QFont m_baseFont;
    QFont m_font; // m_baseFont scaled by m_zoom
    qreal m_zoom = 1.0;
    bool m_fillBackground = true;
};

} // namespace notiflow::ui
