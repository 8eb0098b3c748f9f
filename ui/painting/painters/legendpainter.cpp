#include "painting/painters/legendpainter.h"

#include "painting/style/stepstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

namespace notiflow::ui {

std::vector<LegendPainter::Item> LegendPainter::layout(const QPointF& topLeft, qreal width, const QFontMetricsF& fm)
{
    std::vector<Item> items;
    const qreal sample = fm.height() * 2.2;
    const qreal rowHeight = fm.height() + 6;
    qreal x = topLeft.x();
    qreal y = topLeft.y();
    for (int k = 0; k < stepKindCount; ++k) {
        const auto kind = static_cast<StepKind>(k);
        const qreal w = sample + 6 + fm.horizontalAdvance(StepStyle::displayName(kind)) + fm.height();
        if (x > topLeft.x() && x + w > topLeft.x() + width) {
            x = topLeft.x();
            y += rowHeight;
        }
        items.push_back({ QRectF(x, y, w, rowHeight), kind });
        x += w;
    }
    return items;
}

qreal LegendPainter::paint(
    QPainter* painter, const QPointF& topLeft, qreal width, const QFont& font, const QPalette& palette)
{
    const QFontMetricsF fm(font);
    const auto items = layout(topLeft, width, fm);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    const qreal sample = fm.height() * 2.2;
    for (const Item& item : items) {
        const qreal cy = item.rect.center().y();
        const qreal x = item.rect.left();
        if (item.kind == StepKind::Decision) {
            StepStyle::drawMarker(painter, item.kind, QPointF(x + sample / 2, cy), fm.height() * 0.7, palette);
        } else {
            painter->setPen(StepStyle::pen(item.kind, palette, 2));
            painter->drawLine(QPointF(x, cy), QPointF(x + sample, cy));
            StepStyle::drawMarker(painter, item.kind, QPointF(x + sample / 2, cy), fm.height() * 0.62, palette);
        }
        painter->setPen(palette.color(QPalette::WindowText));
        painter->drawText(QRectF(x + sample + 6, item.rect.top(), item.rect.width() - sample - 6, item.rect.height()),
            Qt::AlignVCenter | Qt::AlignLeft, StepStyle::displayName(item.kind));
    }
    painter->restore();
    return items.back().rect.bottom() - topLeft.y();
}

} // namespace notiflow::ui
