#include "painting/painters/faultoverlaypainter.h"

#include "painting/painters/flowgraph.h"
#include "painting/style/stepstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace notiflow::ui {

namespace {
constexpr int maxQueueBoxes = 8; // more waiting events show as the number alone
}

FaultOverlayPainter::FaultOverlayPainter(const FlowGraph& graph, const PainterStyle& style)
    : m_graph(graph)
    , m_style(style)
{
}

QColor FaultOverlayPainter::color(const QPalette& palette)
{
    return StepStyle::color(StepKind::Failure, palette);
}

QFont FaultOverlayPainter::smallFont() const
{
    QFont small = m_style.font();
    small.setPointSizeF(m_style.font().pointSizeF() * 0.82);
    return small;
}

void FaultOverlayPainter::drawCrossOut(QPainter* painter, const QRectF& box, const QPalette& palette, qreal stroke)
{
    painter->save();
    QPen pen(color(palette), 2.4 * stroke, Qt::SolidLine, Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(box.topLeft(), box.bottomRight());
    painter->drawLine(box.bottomLeft(), box.topRight());
    painter->restore();
}

void FaultOverlayPainter::drawFailedCross(QPainter* painter, const QPointF& center, qreal size, const QPalette& palette)
{
    // A cross on a disc of the background, so it reads on top of any line.
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawEllipse(center, size * 0.62, size * 0.62);
    painter->restore();
    StepStyle::drawMarker(painter, StepKind::Failure, center, size, palette);
}

void FaultOverlayPainter::drawAttempt(
    QPainter* painter, const QPointF& center, int attempt, const QFont& font, const QPalette& palette, qreal stroke)
{
    const QFontMetricsF fm(font);
    const QString text = QString::number(attempt);
    const qreal d = std::max(fm.height(), fm.horizontalAdvance(text) + fm.height() * 0.5);
    drawLabelPill(
        painter, QRectF(center.x() - d / 2, center.y() - fm.height() / 2, d, fm.height()), text, font, palette, stroke);
}

QString FaultOverlayPainter::queueLabel(Component subscriber)
{
    return QString::fromUtf8(componentName(subscriber).data(), qsizetype(componentName(subscriber).size()))
        + QStringLiteral(" queue");
}

qreal FaultOverlayPainter::queuePillWidth(const QString& label, int depth, const QFont& font)
{
    const QFontMetricsF fm(font);
    const qreal box = fm.height() * 0.42;
    const int boxes = std::min(depth, maxQueueBoxes);
    return fm.horizontalAdvance(label + QStringLiteral(" ") + QString::number(depth)) + boxes * box * 1.3
        + fm.height() * 0.9;
}

void FaultOverlayPainter::drawQueuePill(QPainter* painter, const QRectF& pill, const QString& label, int depth,
    const QFont& font, const QPalette& palette, qreal stroke)
{
    const QFontMetricsF fm(font);
    painter->save();
    painter->setFont(font);
    const QColor edge = depth > 0 ? StepStyle::color(StepKind::Deliver, palette) : palette.color(QPalette::Mid);
    painter->setPen(QPen(edge, 1.4 * stroke));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    qreal x = pill.left() + fm.height() * 0.45;
    painter->setPen(palette.color(QPalette::Text));
    const qreal labelWidth = fm.horizontalAdvance(label + QStringLiteral(" "));
    painter->drawText(QRectF(x, pill.top(), labelWidth, pill.height()), Qt::AlignVCenter | Qt::AlignLeft, label);
    x += labelWidth;
    // One box per waiting event: the queue visibly grows and drains with the playhead.
    const qreal box = fm.height() * 0.42;
    painter->setPen(Qt::NoPen);
    painter->setBrush(StepStyle::color(StepKind::Deliver, palette));
    for (int i = 0; i < std::min(depth, maxQueueBoxes); ++i) {
        painter->drawRect(QRectF(x, pill.center().y() - box / 2, box, box));
        x += box * 1.3;
    }
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRectF(x, pill.top(), pill.right() - x, pill.height()), Qt::AlignVCenter | Qt::AlignLeft,
        QString::number(depth));
    painter->restore();
}

void FaultOverlayPainter::drawLabelPill(QPainter* painter, const QRectF& pill, const QString& text, const QFont& font,
    const QPalette& palette, qreal stroke)
{
    painter->save();
    painter->setFont(font);
    painter->setPen(QPen(color(palette), 1.4 * stroke));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

void FaultOverlayPainter::paintEdges(QPainter* painter, const std::vector<QLineF>& edgeLines, int step) const
{
    if (step < 0)
        return;
    const QFont small = smallFont();
    const QFontMetricsF fm(small);
    const auto& edges = m_graph.edges();
    for (std::size_t e = 0; e < edges.size() && e < edgeLines.size(); ++e) {
        const auto& list = edges[e].failedSteps;
        const int failed = static_cast<int>(std::upper_bound(list.begin(), list.end(), step) - list.begin());
        if (failed == 0 || edgeLines[e].isNull())
            continue;
        // Near the arrow's head: the call went out and did not come back.
        const QPointF at = edgeLines[e].pointAt(0.72);
        drawFailedCross(painter, at, fm.height() * 0.8, m_style.palette());
        if (failed > 1) {
            painter->setFont(small);
            painter->setPen(color(m_style.palette()));
            painter->drawText(QRectF(at.x() + fm.height() * 0.5, at.y() - fm.height(), fm.height() * 3, fm.height()),
                Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("×%1").arg(failed));
        }
    }
    painter->setFont(m_style.font());
}

void FaultOverlayPainter::paintNodes(
    QPainter* painter, const PerComponent<QRectF>& nodes, const QRectF& area, int step) const
{
    const FaultMarks& marks = m_graph.faults();
    if (marks.isEmpty())
        return;
    const QFont small = smallFont();
    const QFontMetricsF fm(small);
    const qreal pillHeight = fm.height() + 4 * m_style.zoom();
    const qreal gap = 3 * m_style.zoom();
    std::vector<QRectF> placed; // the pills drawn so far: a later one moves down until it covers none of them
    const auto clear = [&](QRectF pill) {
        for (int tries = 0; tries < 8; ++tries) {
            const bool hit = std::any_of(placed.begin(), placed.end(),
                [&](const QRectF& r) { return r.adjusted(-gap, -gap / 2, gap, gap / 2).intersects(pill); });
            if (!hit)
                break;
            pill.translate(0, pillHeight + gap);
        }
        placed.push_back(pill);
        return pill;
    };
    const auto keepInside = [&](QRectF pill) {
        pill.moveLeft(
            std::clamp(pill.left(), area.left() + 2, std::max(area.left() + 2, area.right() - pill.width() - 2)));
        pill.moveTop(
            std::clamp(pill.top(), area.top() + 2, std::max(area.top() + 2, area.bottom() - pill.height() - 2)));
        return pill;
    };
    for (int i = 0; i < componentCount; ++i) {
        const auto c = static_cast<Component>(i);
        if (!m_graph.contains(c))
            continue;
        const QRectF box = nodes[c];
        if (const auto outage = marks.outageAt(c, step)) {
            drawCrossOut(painter, box, m_style.palette(), m_style.stroke());
            const QString text = FaultMarks::intervalText(*outage);
            const qreal w = fm.horizontalAdvance(text) + fm.height();
            // Below the node (above it for the data stores along the bottom), else where it covers no other node.
            const bool above = componentRole(c) == ComponentRole::DataDomain;
            const QRectF below(box.center().x() - w / 2, box.bottom() + gap, w, pillHeight);
            const QRectF over(box.center().x() - w / 2, box.top() - gap - pillHeight, w, pillHeight);
            const QRectF left(box.left() - gap - w, box.center().y() - pillHeight / 2, w, pillHeight);
            const auto coversANode = [&](const QRectF& pill) {
                for (int j = 0; j < componentCount; ++j) {
                    const auto other = static_cast<Component>(j);
                    if (other != c && m_graph.contains(other) && nodes[other].intersects(pill))
                        return true;
                }
                return false;
            };
            QRectF pill = keepInside(above ? over : below);
            for (const QRectF& candidate : { below, over, left }) {
                if (!coversANode(pill))
                    break;
                pill = keepInside(candidate);
            }
            drawLabelPill(painter, clear(pill), text, small, m_style.palette(), m_style.stroke());
        }
        const int failedHere = m_graph.failedSelfStepsUpTo(c, step);
        if (failedHere > 0) {
            // Failures that stayed on the component (a timeout, a lost notification): a cross on its left corner.
            const QPointF at(box.left() + 2, box.top() + 1);
            drawFailedCross(painter, at, fm.height() * 0.8, m_style.palette());
            if (failedHere > 1) {
                painter->setFont(small);
                painter->setPen(color(m_style.palette()));
                painter->drawText(
                    QRectF(at.x() - fm.height() * 3.4, at.y() - fm.height(), fm.height() * 3, fm.height() * 1.4),
                    Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("×%1").arg(failedHere));
            }
        }
    }

    // Under the bus: each subscriber's queue once it has been used, then the dead-letter count.
    if (!m_graph.contains(Component::EventBus))
        return;
    const QRectF bus = nodes[Component::EventBus];
    qreal y = bus.bottom() + gap;
    if (marks.outageAt(Component::EventBus, step))
        y += pillHeight + gap; // below the bus's own outage label
    for (const FaultMarks::QueueDepth& q : marks.queueDepthsAt(step)) {
        if (!q.used)
            continue;
        const QString label = queueLabel(q.subscriber);
        const qreal w = queuePillWidth(label, q.depth, small);
        drawQueuePill(painter, clear(keepInside(QRectF(bus.center().x() - w / 2, y, w, pillHeight))), label, q.depth,
            small, m_style.palette(), m_style.stroke());
        y = placed.back().bottom() + gap;
    }
    const int dead = marks.deadLetteredUpTo(step);
    if (dead > 0) {
        const QString text = QStringLiteral("Dead-lettered: %1").arg(dead);
        const qreal w = fm.horizontalAdvance(text) + fm.height() * 1.6;
        const QRectF pill = clear(keepInside(QRectF(bus.center().x() - w / 2, y, w, pillHeight)));
        drawLabelPill(
            painter, pill.adjusted(fm.height() * 0.6, 0, 0, 0), text, small, m_style.palette(), m_style.stroke());
        drawFailedCross(painter, QPointF(pill.left() + fm.height() * 0.35, pill.center().y()), fm.height() * 0.7,
            m_style.palette());
    }
}

} // namespace notiflow::ui
