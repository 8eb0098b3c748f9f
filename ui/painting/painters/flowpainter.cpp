#include "painting/painters/flowpainter.h"

#include "painting/painters/changeoverlaypainter.h"
#include "painting/painters/faultoverlaypainter.h"
#include "painting/painters/highlightpainter.h"
#include "painting/session/stepselection.h"
#include "painting/style/displaytext.h"
#include "painting/style/stepstyle.h"
#include "run.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <numbers>

namespace notiflow::ui {

namespace {
// Where the line from the centre of `box` towards `target` leaves the box.
QPointF exitPoint(const QRectF& box, const QPointF& target)
{
    const QPointF c = box.center();
    const QPointF d = target - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (box.width() / 2) / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (box.height() / 2) / std::abs(d.y());
    return c + d * std::min({ sx, sy, 1.0 });
}

qreal easeInOut(qreal t)
{
    return t < 0.5 ? 2 * t * t : 1 - std::pow(-2 * t + 2, 2) / 2;
}

void drawArrowHead(QPainter* painter, const QPointF& tip, const QPointF& from, qreal size, const QColor& color)
{
    const QLineF line(tip, from);
    if (line.length() < 1)
        return;
    const QPointF u = (from - tip) / line.length();
    const QPointF n(-u.y(), u.x());
    const QPolygonF head({ tip, tip + u * size + n * size * 0.5, tip + u * size - n * size * 0.5 });
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head);
}
} // namespace

FlowPainter::FlowPainter(const Run& run, const FlowGraph& graph, const FlowLayout& layout, const PainterStyle& style)
    : m_run(run)
    , m_graph(graph)
    , m_layout(layout)
    , m_style(style)
{
}

qreal FlowPainter::edgeWidth(int count)
{
    if (count <= 0)
        return 0;
    return std::min(1.4 + 1.5 * std::log2(static_cast<qreal>(count)), 10.0);
}

FlowPainter::NodeRects FlowPainter::nodeRects(const QRectF& rect) const
{
    const QFontMetricsF fm(m_style.font());
    NodeRects rects {};
    const QSizeF largest = FlowLayout::largestNodeSize(fm);
    for (Component c : m_layout.components())
        rects[c] = m_layout.nodeRect(c, rect, fm, largest);
    return rects;
}

FlowPainter::Segment FlowPainter::edgeSegment(const FlowGraph::Edge& edge, const NodeRects& nodes) const
{
    const QFontMetricsF fm(m_style.font());
    const QRectF a = nodes[edge.from];
    const QRectF b = nodes[edge.to];
    // Parallel edges are offset perpendicular to the line between the two lower/higher components, so a
    // request and its response lie side by side rather than on top of each other.
    const bool forward = indexOf(edge.from) < indexOf(edge.to);
    const QPointF lo = forward ? a.center() : b.center();
    const QPointF hi = forward ? b.center() : a.center();
    const QLineF axis(lo, hi);
    QPointF normal(0, 0);
    if (axis.length() > 0)
        normal = QPointF(-(hi.y() - lo.y()), hi.x() - lo.x()) / axis.length();
    const QPointF shift = normal * (edge.parallelOffset * fm.height() * 0.55);
    const QPointF p = exitPoint(a, b.center() + shift) + shift;
    const QPointF q = exitPoint(b, a.center() + shift) + shift;
    return { p, q };
}

void FlowPainter::paint(QPainter* painter, const QRectF& rect, PlaybackTimeline::Position position) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setFont(m_style.font());
    painter->fillRect(rect, m_style.palette().color(QPalette::Base));
    const NodeRects nodes = nodeRects(rect);
    const auto edgeLines = [&] {
        std::vector<QLineF> lines(m_graph.edges().size());
        for (std::size_t e = 0; e < lines.size(); ++e) {
            const Segment seg = edgeSegment(m_graph.edges()[e], nodes);
            lines[e] = QLineF(seg.from, seg.to);
        }
        return lines;
    };
    if (m_highlight && !m_highlight->isEmpty()) // under everything else, a glow
        HighlightPainter(*m_highlight, m_style).paintFlow(painter, m_run, m_graph, edgeLines(), nodes);
    paintEdges(painter, nodes, position.step);
    paintNodes(painter, nodes, position.step);
    if (!m_graph.faults().isEmpty()) {
        const std::vector<QLineF> lines = edgeLines();
        const FaultOverlayPainter faults(m_graph, m_style);
        faults.paintEdges(painter, lines, position.step);
        faults.paintNodes(painter, nodes, rect, position.step);
    }
    paintToken(painter, rect, nodes, position);
    if (m_change)
        ChangeOverlayPainter(*m_change, m_style).paint(painter, nodes, m_graph);
    painter->restore();
}

void FlowPainter::paintEdges(QPainter* painter, const NodeRects& nodes, int step) const
{
    if (step < 0)
        return;
    const int current = m_graph.edgeOfStep(step);
    for (std::size_t e = 0; e < m_graph.edges().size(); ++e) {
        const FlowGraph::Edge& edge = m_graph.edges()[e];
        const int count = FlowGraph::countUpTo(edge, step);
        if (count == 0)
            continue; // edges appear once used
        const bool isCurrent = static_cast<int>(e) == current;
        const qreal width = edgeWidth(count) * m_style.stroke();
        const QColor color = isCurrent ? StepStyle::color(edge.kind, m_style.palette())
                                       : StepStyle::usedEdgeColor(edge.kind, m_style.palette());
        QPen pen = StepStyle::pen(edge.kind, m_style.palette(), width);
        pen.setColor(color);
        const Segment seg = edgeSegment(edge, nodes);
        const QLineF line(seg.from, seg.to);
        const qreal head = std::max(7.0 * m_style.zoom(), width * 1.6 + 4 * m_style.zoom());
        if (line.length() < head * 1.5)
            continue;
        const QPointF u = (seg.to - seg.from) / line.length();
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawLine(seg.from, seg.to - u * head * 0.8);
        drawArrowHead(painter, seg.to, seg.from, head, color);
    }
    // Counts go on top of every line so no edge hides another's number.
    QFont small = m_style.font();
    small.setPointSizeF(m_style.font().pointSizeF() * 0.82);
    painter->setFont(small);
    for (const Counter& c : counters(nodes, step)) {
        const FlowGraph::Edge& edge = m_graph.edges()[static_cast<std::size_t>(c.edge)];
        const QColor color = c.edge == current ? StepStyle::color(edge.kind, m_style.palette())
                                               : StepStyle::usedEdgeColor(edge.kind, m_style.palette());
        painter->setPen(QPen(color, m_style.stroke()));
        painter->setBrush(m_style.palette().color(QPalette::Base));
        painter->drawRoundedRect(c.box, 3 * m_style.zoom(), 3 * m_style.zoom());
        painter->setPen(m_style.palette().color(QPalette::Text));
        painter->drawText(c.box, Qt::AlignCenter, c.text);
    }
    painter->setFont(m_style.font());
}

void FlowPainter::paintNode(QPainter* painter, Component c, const QRectF& box, const QColor& border, qreal borderWidth,
    const QColor& fill, const QColor& text) const
{
    const QFontMetricsF fm(m_style.font());
    painter->setPen(QPen(border, borderWidth));
    painter->setBrush(fill);
    QRectF textBox = box;
    switch (componentRole(c)) {
    case ComponentRole::DataDomain: {
        // A data store: a cylinder whose lid is an ellipse.
        const qreal lid = std::min(box.height() * 0.32, fm.height() * 0.6);
        QPainterPath body;
        body.moveTo(box.left(), box.top() + lid / 2);
        body.lineTo(box.left(), box.bottom() - lid / 2);
        body.arcTo(QRectF(box.left(), box.bottom() - lid, box.width(), lid), 180, 180);
        body.lineTo(box.right(), box.top() + lid / 2);
        body.arcTo(QRectF(box.left(), box.top(), box.width(), lid), 0, 180);
        body.closeSubpath();
        painter->drawPath(body);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QRectF(box.left(), box.top(), box.width(), lid));
        textBox.setTop(box.top() + lid);
        break;
    }
    case ComponentRole::Trigger: {
        // The outside world is not a service of ours: a rounded capsule with a dashed outline.
        QPen pen(border, borderWidth, Qt::DashLine);
        painter->setPen(pen);
        painter->drawRoundedRect(box, box.height() / 2, box.height() / 2);
        break;
    }
    case ComponentRole::Channel: {
        // Channels are where messages leave: a box with a notch on its right.
        const qreal notch = std::min(box.height() / 2, fm.height() * 0.6);
        QPolygonF shape({ box.topLeft(), QPointF(box.right() - notch, box.top()),
            QPointF(box.right(), box.center().y()), QPointF(box.right() - notch, box.bottom()), box.bottomLeft() });
        painter->drawPolygon(shape);
        textBox.setRight(box.right() - notch * 0.4);
        break;
    }
    case ComponentRole::Infrastructure: {
        // The bus: a long rounded bar, like a pipe.
        painter->drawRoundedRect(box, box.height() * 0.3, box.height() * 0.3);
        painter->setPen(QPen(border, m_style.stroke(), Qt::DotLine));
        painter->drawLine(QPointF(box.left() + 6 * m_style.zoom(), box.bottom() - 4 * m_style.zoom()),
            QPointF(box.right() - 6 * m_style.zoom(), box.bottom() - 4 * m_style.zoom()));
        break;
    }
    default:
        painter->drawRoundedRect(box, 5 * m_style.zoom(), 5 * m_style.zoom());
        break;
    }
    painter->setPen(text);
    painter->drawText(textBox, Qt::AlignCenter, FlowLayout::labelLines(c, fm).join(QLatin1Char('\n')));
}

void FlowPainter::paintNodes(QPainter* painter, const NodeRects& nodes, int step) const
{
    const QFontMetricsF fm(m_style.font());
    const Step* current = step >= 0 && step < static_cast<int>(m_run.steps.size())
        ? &m_run.steps[static_cast<std::size_t>(step)]
        : nullptr;
    for (Component c : m_layout.components()) {
        if (!m_graph.contains(c))
            continue; // placed for the other architecture only
        const QRectF box = nodes[c];
        const bool involved = current && (current->from == c || current->to == c);
        QColor border = m_style.palette().color(QPalette::WindowText);
        QColor fill = m_style.palette().color(QPalette::Base);
        QColor text = m_style.palette().color(QPalette::Text);
        qreal width = 1.2 * m_style.stroke();
        if (involved) {
            const QColor kind = StepStyle::color(current->kind, m_style.palette());
            border = kind;
            width = 2.6 * m_style.stroke();
            fill = StepStyle::faded(kind, m_style.palette(), StepStyle::isDark(m_style.palette()) ? 0.78 : 0.86);
        } else if (current) {
            border = StepStyle::faded(border, m_style.palette(), 0.55);
            text = StepStyle::faded(text, m_style.palette(), 0.45);
        }
        paintNode(painter, c, box, border, width, fill, text);

        const int rules = m_graph.selfStepsUpTo(c, step);
        if (rules > 0) {
            // Rules evaluated here so far: a diamond badge with the count on the node's corner.
            const QPointF at(box.right() - 2, box.top() + 1);
            const qreal size = fm.height() * 0.8;
            const StepKind kind = StepKind::Decision;
            StepStyle::drawMarker(painter, kind, at, size, m_style.palette());
            QFont small = m_style.font();
            small.setPointSizeF(m_style.font().pointSizeF() * 0.8);
            painter->setFont(small);
            painter->setPen(involved || !current ? m_style.palette().color(QPalette::Text) : text);
            painter->drawText(QRectF(at.x() + size * 0.55, at.y() - size, size * 3, size * 2),
                Qt::AlignLeft | Qt::AlignVCenter, QString::number(rules));
            painter->setFont(m_style.font());
        }
    }
}

bool FlowPainter::onANode(const QRectF& box, const NodeRects& nodes) const
{
    for (Component c : m_layout.components()) {
        if (m_graph.contains(c) && box.intersects(nodes[c].adjusted(-2, -2, 2, 2)))
            return true;
    }
    return false;
}

QRectF FlowPainter::ruleBadgeRect(const QRectF& node) const
{
    // As paintNodes draws it: a diamond centred on the corner, the count (up to three digits) to its right.
    const QFontMetricsF fm(m_style.font());
    const qreal size = fm.height() * 0.8;
    const QPointF at(node.right() - 2, node.top() + 1);
    return QRectF(at.x() - size / 2, at.y() - size,
        size * 0.55 + size / 2 + fm.horizontalAdvance(QStringLiteral("999")), size * 2);
}

std::vector<FlowPainter::Counter> FlowPainter::counters(const QRectF& rect, int step) const
{
    return counters(nodeRects(rect), step);
}

std::vector<FlowPainter::Counter> FlowPainter::counters(const NodeRects& nodes, int step) const
{
    std::vector<Counter> result;
    if (step < 0)
        return result;
    QFont small = m_style.font();
    small.setPointSizeF(m_style.font().pointSizeF() * 0.82);
    const QFontMetricsF fm(small);
    std::vector<QRectF> badges; // the rule counters on the nodes' corners, as far as step
    for (Component c : m_layout.components()) {
        if (m_graph.contains(c) && m_graph.selfStepsUpTo(c, step) > 0)
            badges.push_back(ruleBadgeRect(nodes[c]));
    }
    const auto covers = [&](const QRectF& box) {
        return onANode(box, nodes)
            || std::any_of(badges.begin(), badges.end(), [&](const QRectF& b) { return b.intersects(box); });
    };
    for (std::size_t e = 0; e < m_graph.edges().size(); ++e) {
        const FlowGraph::Edge& edge = m_graph.edges()[e];
        const int count = FlowGraph::countUpTo(edge, step);
        if (count < 2)
            continue;
        const Segment seg = edgeSegment(edge, nodes);
        const QLineF line(seg.from, seg.to);
        const qreal head
            = std::max(7.0 * m_style.zoom(), edgeWidth(count) * m_style.stroke() * 1.6 + 4 * m_style.zoom());
        if (line.length() < head * 1.5)
            continue; // not drawn
        const QString text = QStringLiteral("×%1").arg(count);
        const QSizeF size(fm.horizontalAdvance(text) + 6 * m_style.zoom(), fm.height() + 2 * m_style.zoom());
        const auto boxAt = [&](QPointF p) { return QRectF(p - QPointF(size.width() / 2, size.height() / 2), size); };
        // Along the edge first, then beside it (a short edge between two close nodes has no free stretch).
        const QPointF normal = QPointF(-line.dy(), line.dx()) / line.length();
        QRectF box = boxAt(line.pointAt(0.42));
        bool placed = false;
        for (const qreal offset : { 0.0, 1.0, -1.0, 2.0, -2.0 }) {
            for (const qreal t : { 0.42, 0.3, 0.55, 0.2, 0.65, 0.12, 0.75 }) {
                const QRectF candidate = boxAt(line.pointAt(t) + normal * offset * size.height());
                if (!covers(candidate)) {
                    box = candidate;
                    placed = true;
                    break;
                }
            }
            if (placed)
                break;
        }
        result.push_back({ box, text, static_cast<int>(e) });
    }
    return result;
}

QRectF FlowPainter::tokenRect(const QRectF& rect, PlaybackTimeline::Position position) const
{
    return tokenRect(rect, nodeRects(rect), position);
}

QRectF FlowPainter::tokenRect(const QRectF& rect, const NodeRects& nodes, PlaybackTimeline::Position position) const
{
    if (position.step < 0 || position.step >= static_cast<int>(m_run.steps.size()))
        return {};
    const Step& s = m_run.steps[static_cast<std::size_t>(position.step)];
    const QFontMetricsF fm(m_style.font());
    QPointF at;
    QPointF normal(0, -1);
    const int edge = m_graph.edgeOfStep(position.step);
    if (edge < 0) {
        // A rule evaluated on one component: the token rises out of the node.
        const QRectF box = nodes[s.from];
        const qreal rise
            = (fm.height() + 6) / 2 + 3 + fm.height() * 0.4 * easeInOut(std::clamp(position.progress, 0.0, 1.0));
        at = QPointF(box.center().x(), box.top() - rise);
    } else {
        const Segment seg = edgeSegment(m_graph.edges()[static_cast<std::size_t>(edge)], nodes);
        // Keep the token off the node labels: it travels over the middle of the visible segment.
        const qreal t = 0.12 + 0.76 * easeInOut(std::clamp(position.progress, 0.0, 1.0));
        at = seg.from + (seg.to - seg.from) * t;
        const QLineF line(nodes[s.from].center(), nodes[s.to].center());
        if (line.length() > 0) {
            normal = QPointF(line.dy(), -line.dx()) / line.length();
            if (normal.y() > 0)
                normal = -normal;
        }
    }
    const qreal w = tokenWidth(fm, s);
    const qreal h = fm.height() + 6;
    const auto inside = [&](QRectF pill) {
        // A token near the edge of the view is nudged inside so that its label is never clipped.
        pill.moveLeft(std::clamp(pill.left(), rect.left() + 2, std::max(rect.left() + 2, rect.right() - w - 2)));
        pill.moveTop(std::clamp(pill.top(), rect.top() + 2, std::max(rect.top() + 2, rect.bottom() - h - 2)));
        return pill;
    };
    const QRectF start = inside(QRectF(at.x() - w / 2, at.y() - h / 2, w, h));
    if (!onANode(start, nodes))
        return start;
    // Where it would sit on a node (a short edge, or one passing between other nodes): the nearest place clear of
    // every node, looking off the line upwards first (where an arrow's label would be on a whiteboard), then down,
    // sideways, and then all round; in a crowded small view the nearest gap may be anywhere.
    std::vector<QPointF> directions { normal, -normal, QPointF(1, 0), QPointF(-1, 0) };
    for (int k = 0; k < 16; ++k) {
        const qreal angle = k * std::numbers::pi / 8;
        directions.emplace_back(std::cos(angle), std::sin(angle));
    }
    const qreal reach = std::hypot(rect.width(), rect.height());
    for (qreal d = 3; d <= reach; d += 3) {
        for (const QPointF& direction : directions) {
            const QRectF moved = inside(start.translated(direction * d));
            if (!onANode(moved, nodes))
                return moved;
        }
    }
    return start; // no gap anywhere: the view is smaller than its nodes
}

qreal FlowPainter::tokenWidth(const QFontMetricsF& fm, const Step& s)
{
    const QString text = tokenText(fm, s);
    const qreal h = fm.height() + 6;
    return h * 0.32 + fm.height() * 0.72 + h * 0.25 + fm.horizontalAdvance(text) + h * 0.45;
}

QString FlowPainter::tokenText(const QFontMetricsF& fm, const Step& s)
{
    return fm.elidedText(toQString(std::string_view(s.label)), Qt::ElideRight, fm.averageCharWidth() * 26);
}

void FlowPainter::paintToken(
    QPainter* painter, const QRectF& rect, const NodeRects& nodes, PlaybackTimeline::Position position) const
{
    const QRectF pill = tokenRect(rect, nodes, position);
    if (pill.isEmpty())
        return;
    const Step& s = m_run.steps[static_cast<std::size_t>(position.step)];
    const QFontMetricsF fm(m_style.font());
    const QString text = tokenText(fm, s);
    const qreal marker = fm.height() * 0.72;
    const qreal h = pill.height();
    const qreal padLeft = h * 0.32;
    const qreal gap = h * 0.25;
    const QColor color = m_graph.faults().isFailed(position.step) ? FaultOverlayPainter::color(m_style.palette())
                                                                  : StepStyle::color(s.kind, m_style.palette());
    QPen border(color, 2 * m_style.stroke(), isSynchronousKind(s.kind) ? Qt::SolidLine : Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(m_style.palette().color(QPalette::Base));
    painter->drawRoundedRect(pill, h / 2, h / 2);
    StepStyle::drawMarker(
        painter, s.kind, QPointF(pill.left() + padLeft + marker / 2, pill.center().y()), marker, m_style.palette());
    painter->setPen(m_style.palette().color(QPalette::Text));
    painter->drawText(QRectF(pill.left() + padLeft + marker + gap, pill.top(), fm.horizontalAdvance(text) + 1, h),
        Qt::AlignVCenter | Qt::AlignLeft, text);
    // A failed call carries the fault's cross on its end, a retry or redelivery its attempt number.
    const FaultMarks& marks = m_graph.faults();
    QFont small = m_style.font();
    small.setPointSizeF(m_style.font().pointSizeF() * 0.82);
    if (const int attempt = marks.attempt(position.step); attempt > 1)
        FaultOverlayPainter::drawAttempt(
            painter, QPointF(pill.left(), pill.top()), attempt, small, m_style.palette(), m_style.stroke());
    if (marks.isFailed(position.step))
        FaultOverlayPainter::drawFailedCross(painter, QPointF(pill.right(), pill.top()), marker, m_style.palette());
}

std::optional<Component> FlowPainter::componentAt(const QRectF& rect, const QPointF& point) const
{
    const QFontMetricsF fm(m_style.font());
    for (Component c : m_layout.components()) {
        if (m_graph.contains(c) && m_layout.nodeRect(c, rect, fm).contains(point))
            return c;
    }
    return std::nullopt;
}

} // namespace notiflow::ui
