// Draws a run's faults over a flow frame, from the graph's FaultMarks at the playhead: a down component crossed out
// with its outage interval, failed calls red with a cross, the queue of each subscriber on the bus and the events
// dead-lettered so far. The marks' shapes are shared with the legend, so the key and the picture never disagree.
#pragma once

#include "painting/painters/painterstyle.h"
#include "percomponent.h"

#include <QColor>
#include <QLineF>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace notiflow::ui {

class FlowGraph;

class FaultOverlayPainter final {
public:
    FaultOverlayPainter(const FlowGraph& graph, const PainterStyle& style);

    // `edgeLines`: per graph edge, the line the flow painter drew it along (empty where it drew none).
    void paintEdges(QPainter* painter, const std::vector<QLineF>& edgeLines, int step) const;
    // `nodes`: the rectangles the flow painter drew the components in; `area` the frame, to keep labels inside.
    void paintNodes(QPainter* painter, const PerComponent<QRectF>& nodes, const QRectF& area, int step) const;

    // The marks, also drawn by the legend.
    static QColor color(const QPalette& palette); // red of every fault mark, per theme
    static void drawCrossOut(QPainter* painter, const QRectF& box, const QPalette& palette, qreal stroke);
    static void drawFailedCross(QPainter* painter, const QPointF& center, qreal size, const QPalette& palette);
    // A circled attempt number: "2" for the second attempt.
    static void drawAttempt(QPainter* painter, const QPointF& center, int attempt, const QFont& font,
        const QPalette& palette, qreal stroke);
    // A pill with one small box per waiting event (up to eight) and the depth: "▮▮▮ 3". Returns its width.
    static qreal queuePillWidth(const QString& label, int depth, const QFont& font);
    static void drawQueuePill(QPainter* painter, const QRectF& pill, const QString& label, int depth, const QFont& font,
        const QPalette& palette, qreal stroke);
    static void drawLabelPill(QPainter* painter, const QRectF& pill, const QString& text, const QFont& font,
        const QPalette& palette, qreal stroke);
    static QString queueLabel(Component subscriber); // "Notification service queue"

private:
    QFont smallFont() const;

    const FlowGraph& m_graph;
    const PainterStyle& m_style;
};

} // namespace notiflow::ui
