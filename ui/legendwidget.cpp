#include "legendwidget.h"

#include "stepstyle.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace notiflow::ui {

namespace {
struct Item {
    QRectF rect;
    StepKind kind;
};

// Lays the kinds out left to right, wrapping to `width`; painting and hit-testing share it.
std::vector<Item> layoutItems(const QPointF& topLeft, qreal width, const QFontMetricsF& fm)
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
} // namespace

LegendWidget::LegendWidget(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Legend of step kinds"));
    QString text;
    for (int k = 0; k < stepKindCount; ++k)
        text += StepStyle::displayName(static_cast<StepKind>(k)) + QStringLiteral(": ")
            + StepStyle::description(static_cast<StepKind>(k)) + QLatin1Char('\n');
    setAccessibleDescription(text.trimmed());
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QSize LegendWidget::sizeHint() const
{
    return { 800, heightForWidth(800) };
}

QSize LegendWidget::minimumSizeHint() const
{
    return { 200, heightForWidth(200) };
}

int LegendWidget::heightForWidth(int width) const
{
    const auto items = layoutItems(QPointF(0, 0), width, QFontMetricsF(font()));
    return static_cast<int>(std::ceil(items.back().rect.bottom())) + 2;
}

qreal LegendWidget::paintLegend(
    QPainter* painter, const QPointF& topLeft, qreal width, const QFont& font, const QPalette& palette)
{
    const QFontMetricsF fm(font);
    const auto items = layoutItems(topLeft, width, fm);
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

void LegendWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintLegend(&painter, QPointF(0, 1), width(), font(), palette());
}

bool LegendWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (const auto& item : layoutItems(QPointF(0, 1), width(), QFontMetricsF(font()))) {
            if (item.rect.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), StepStyle::description(item.kind), this);
                return true;
            }
        }
    }
    return QWidget::event(event);
}

} // namespace notiflow::ui
