#include "painting/painters/legendpainter.h"

#include "painting/painters/faultoverlaypainter.h"
#include "painting/style/stepstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

namespace notiflow::ui {

QString LegendPainter::displayName(FaultMark mark)
{
    switch (mark) {
    case FaultMark::Down:
        return QStringLiteral("Down");
    case FaultMark::FailedCall:
        return QStringLiteral("Failed call");
    case FaultMark::Attempt:
        return QStringLiteral("Attempt");
    case FaultMark::Queue:
        return QStringLiteral("Queue on the bus");
    case FaultMark::DeadLetter:
        return QStringLiteral("Dead-lettered");
    }
    return {};
}

QString LegendPainter::description(FaultMark mark)
{
    switch (mark) {
    case FaultMark::Down:
        return QStringLiteral("Crossed out: the component is down at the playhead's simulated time; the label gives "
                              "its outage (from the scenario's faults, in this run's milliseconds).");
    case FaultMark::FailedCall:
        return QStringLiteral("Red with a cross: a call that timed out, lost its answer or whose handler failed, "
                              "and every failure a fault caused (not sent, lost, operation failed).");
    case FaultMark::Attempt:
        return QStringLiteral("A retry by the caller's policy or a redelivery by the bus, numbered from 2.");
    case FaultMark::Queue:
        return QStringLiteral("Events waiting on the bus for one subscriber: it grows while the subscriber is down "
                              "and drains as the bus delivers again.");
    case FaultMark::DeadLetter:
        return QStringLiteral("Events the bus gave up on after max_redeliveries: what they would have sent is lost.");
    }
    return {};
}

QString LegendPainter::description(const Item& item)
{
    return item.faultMark >= 0 ? description(static_cast<FaultMark>(item.faultMark))
                               : StepStyle::description(item.kind);
}

std::vector<LegendPainter::Item> LegendPainter::layout(
    const QPointF& topLeft, qreal width, const QFontMetricsF& fm, bool faultMarks)
{
    std::vector<Item> items;
    const qreal sample = fm.height() * 2.2;
    const qreal rowHeight = fm.height() + 6;
    qreal x = topLeft.x();
    qreal y = topLeft.y();
    const auto place = [&](const QString& name, StepKind kind, int mark) {
        const qreal w = sample + 6 + fm.horizontalAdvance(name) + fm.height();
        if (x > topLeft.x() && x + w > topLeft.x() + width) {
            x = topLeft.x();
            y += rowHeight;
        }
        items.push_back({ QRectF(x, y, w, rowHeight), kind, mark });
        x += w;
    };
    for (int k = 0; k < stepKindCount; ++k)
        place(StepStyle::displayName(static_cast<StepKind>(k)), static_cast<StepKind>(k), -1);
    if (faultMarks) {
        for (int m = 0; m < faultMarkCount; ++m)
            place(displayName(static_cast<FaultMark>(m)), StepKind::Failure, m);
    }
    return items;
}

namespace {
// A fault mark's sample, as FaultOverlayPainter draws it in the flow, `sample` pixels wide.
void paintFaultSample(QPainter* painter, LegendPainter::FaultMark mark, const QRectF& box, const QFontMetricsF& fm,
    const QFont& font, const QPalette& palette)
{
    const QPointF c = box.center();
    switch (mark) {
    case LegendPainter::FaultMark::Down: {
        const QRectF node(box.left() + 2, c.y() - fm.height() * 0.42, box.width() - 4, fm.height() * 0.84);
        painter->setPen(QPen(palette.color(QPalette::WindowText), 1.2));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRoundedRect(node, 3, 3);
        FaultOverlayPainter::drawCrossOut(painter, node, palette, 0.8);
        break;
    }
    case LegendPainter::FaultMark::FailedCall:
        painter->setPen(QPen(FaultOverlayPainter::color(palette), 2));
        painter->drawLine(QPointF(box.left(), c.y()), QPointF(box.right(), c.y()));
        FaultOverlayPainter::drawFailedCross(painter, c, fm.height() * 0.62, palette);
        break;
    case LegendPainter::FaultMark::Attempt: {
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.82);
        FaultOverlayPainter::drawAttempt(painter, c, 2, small, palette, 1.0);
        break;
    }
    case LegendPainter::FaultMark::Queue: {
        const qreal b = fm.height() * 0.42;
        painter->setPen(Qt::NoPen);
        painter->setBrush(StepStyle::color(StepKind::Deliver, palette));
        for (int i = 0; i < 3; ++i)
            painter->drawRect(QRectF(box.left() + 4 + i * b * 1.3, c.y() - b / 2, b, b));
        break;
    }
    case LegendPainter::FaultMark::DeadLetter:
        FaultOverlayPainter::drawFailedCross(painter, c, fm.height() * 0.62, palette);
        break;
    }
}
} // namespace

qreal LegendPainter::paint(
    QPainter* painter, const QPointF& topLeft, qreal width, const QFont& font, const QPalette& palette, bool faultMarks)
{
    const QFontMetricsF fm(font);
    const auto items = layout(topLeft, width, fm, faultMarks);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    const qreal sample = fm.height() * 2.2;
    for (const Item& item : items) {
        const qreal cy = item.rect.center().y();
        const qreal x = item.rect.left();
        if (item.faultMark >= 0) {
            paintFaultSample(painter, static_cast<FaultMark>(item.faultMark),
                QRectF(x, item.rect.top(), sample, item.rect.height()), fm, font, palette);
        } else if (item.kind == StepKind::Decision) {
            StepStyle::drawMarker(painter, item.kind, QPointF(x + sample / 2, cy), fm.height() * 0.7, palette);
        } else {
            painter->setPen(StepStyle::pen(item.kind, palette, 2));
            painter->drawLine(QPointF(x, cy), QPointF(x + sample, cy));
            StepStyle::drawMarker(painter, item.kind, QPointF(x + sample / 2, cy), fm.height() * 0.62, palette);
        }
        painter->setPen(palette.color(QPalette::WindowText));
        painter->drawText(QRectF(x + sample + 6, item.rect.top(), item.rect.width() - sample - 6, item.rect.height()),
            Qt::AlignVCenter | Qt::AlignLeft,
            item.faultMark >= 0 ? displayName(static_cast<FaultMark>(item.faultMark))
                                : StepStyle::displayName(item.kind));
    }
    painter->restore();
    return items.back().rect.bottom() - topLeft.y();
}

} // namespace notiflow::ui
