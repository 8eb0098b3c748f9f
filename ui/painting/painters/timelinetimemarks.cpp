#include "painting/painters/timelinetimemarks.h"

#include "painting/painters/timelinegeometry.h"
#include "painting/style/stepstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace notiflow::ui {

namespace {
QFont axisFont(const QFont& font)
{
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * 0.8);
    return f;
}

// A box of `text` with the background behind it, so that it reads over lines and hatching.
void drawBoxedText(QPainter* painter, const QRectF& box, const QString& text, const QColor& ink, const QColor& ground)
{
    QColor behind = ground;
    behind.setAlphaF(0.85f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(behind);
    painter->drawRoundedRect(box, 3, 3);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(ink);
    painter->drawText(box, Qt::AlignCenter, text);
}
} // namespace

qreal TimelineTimeMarks::gutterWidth(const TimelineGeometry& g, const QFont& font)
{
    const QFontMetricsF fm(axisFont(font));
    const auto& scale = g.timeScale();
    const double tick = TimelineTimeAxis::tickMs(scale.msPerRow);
    // The widest label is that of the last tick; the "now" pill holds any millisecond of the run.
    const auto last = static_cast<std::int64_t>(std::ceil(static_cast<double>(g.endMs()) / tick) * tick);
    const qreal widest = std::max(fm.horizontalAdvance(TimelineTimeAxis::tickLabel(last, scale.unit(), tick)),
        fm.horizontalAdvance(TimelineTimeAxis::tickLabel(g.endMs(), scale.unit(), 1)));
    return std::ceil(widest + fm.averageCharWidth() * 2.5);
}

void TimelineTimeMarks::paintAxis(QPainter* painter, const TimelineGeometry& g, const QRectF& body, qreal laneLeft,
    qreal offset, const PainterStyle& style)
{
    const auto& scale = g.timeScale();
    const double tick = TimelineTimeAxis::tickMs(scale.msPerRow);
    const double from = std::max(0.0, g.timeAtY(body.top() - offset - g.rowHeight()));
    const double to = g.timeAtY(body.bottom() - offset + g.rowHeight());
    const QFont font = axisFont(style.font());
    const QFontMetricsF fm(font);
    const QPalette& pal = style.palette();
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlphaF(0.35f);
    painter->setFont(font);
    for (double t = std::ceil(from / tick) * tick; t <= to; t += tick) {
        const qreal y = std::round(offset + g.timeY(t)) + 0.5;
        painter->setPen(QPen(grid, 1));
        painter->drawLine(QPointF(laneLeft, y), QPointF(body.right(), y));
        painter->setPen(QPen(pal.color(QPalette::Mid), 1));
        painter->drawLine(QPointF(laneLeft - fm.averageCharWidth() * 0.6, y), QPointF(laneLeft, y));
        painter->setPen(StepStyle::faded(pal.color(QPalette::Text), pal, 0.25));
        const QRectF label(
            body.left(), y - fm.height() / 2, laneLeft - body.left() - fm.averageCharWidth(), fm.height());
        painter->drawText(label, Qt::AlignRight | Qt::AlignVCenter,
            TimelineTimeAxis::tickLabel(static_cast<std::int64_t>(std::llround(t)), scale.unit(), tick));
    }
    // The axis itself: a rule along the gutter's edge.
    painter->setPen(QPen(pal.color(QPalette::Mid), 1));
    const qreal x = std::round(laneLeft) - 0.5;
    painter->drawLine(QPointF(x, std::max(body.top(), offset + g.timeY(0))), QPointF(x, body.bottom()));
}

void TimelineTimeMarks::paintSpan(
    QPainter* painter, qreal x, qreal y1, qreal y2, const QColor& color, bool failed, const PainterStyle& style)
{
    const qreal w = std::max(6.0, 6.0 * style.stroke());
    QColor fill = color;
    fill.setAlphaF(failed ? 0.12f : 0.3f);
    painter->setBrush(fill);
    painter->setPen(QPen(color, std::max(1.0, 0.8 * style.stroke()), failed ? Qt::DashLine : Qt::SolidLine));
    painter->drawRect(QRectF(x - w / 2, y1, w, std::max<qreal>(1.5, y2 - y1)));
    painter->setBrush(Qt::NoBrush);
}

void TimelineTimeMarks::paintWait(QPainter* painter, qreal x, qreal y1, qreal y2, const QRectF& visible,
    const QString& text, const QColor& color, const PainterStyle& style, std::vector<QRectF>& taken)
{
    const qreal w = std::max(12.0, 12.0 * style.stroke());
    const QRectF band(x - w / 2, y1, w, y2 - y1);
    // Only the part in view is hatched: a long queue wait may be thousands of rows tall.
    const QRectF shown = band.intersected(visible.adjusted(0, -w, 0, w));
    if (shown.isEmpty())
        return;
    QColor ground = color;
    ground.setAlphaF(0.1f);
    painter->fillRect(shown, ground);
    painter->setPen(QPen(color, std::max(1.0, 0.7 * style.stroke())));
    const qreal spacing = 6.0 * style.zoom();
    // Lines from (left + t, bottom - t') at 45°: each cut to the band by arithmetic.
    for (qreal start = std::floor((shown.top() - band.top()) / spacing) * spacing + band.top() - w;
         start < shown.bottom(); start += spacing) {
        const qreal yTop = std::max(start, shown.top());
        const qreal yBottom = std::min(start + w, shown.bottom());
        if (yTop < yBottom)
            painter->drawLine(
                QPointF(shown.left() + (yTop - start), yTop), QPointF(shown.left() + (yBottom - start), yBottom));
    }
    QPen edge(color, std::max(1.0, 1.0 * style.stroke()), Qt::DashLine);
    painter->setPen(edge);
    painter->drawLine(QPointF(shown.left(), shown.top()), QPointF(shown.left(), shown.bottom()));
    painter->drawLine(QPointF(shown.right(), shown.top()), QPointF(shown.right(), shown.bottom()));
    if (band.top() >= shown.top())
        painter->drawLine(band.topLeft(), band.topRight());
    if (band.bottom() <= shown.bottom())
        painter->drawLine(band.bottomLeft(), band.bottomRight());

    const QFont font = axisFont(style.font());
    const QFontMetricsF fm(font);
    const QSizeF size(fm.horizontalAdvance(text) + fm.averageCharWidth(), fm.height());
    // Beside the band, in the middle of what is in view of it.
    const qreal mid = std::clamp((shown.top() + shown.bottom()) / 2, visible.top() + size.height() / 2,
        std::max(visible.top() + size.height() / 2, visible.bottom() - size.height() / 2));
    QRectF box(QPointF(band.right() + 3, mid - size.height() / 2), size);
    if (box.right() > visible.right())
        box.moveRight(band.left() - 3);
    if (collides(box, taken))
        return;
    taken.push_back(box);
    painter->setFont(font);
    drawBoxedText(painter, box, text, color, style.palette().color(QPalette::Base));
}

void TimelineTimeMarks::paintNow(
    QPainter* painter, qreal y, const QRectF& body, qreal laneLeft, const QString& time, const PainterStyle& style)
{
    const QColor color = style.palette().color(QPalette::Highlight);
    painter->setPen(QPen(color, std::max(1.0, 1.2 * style.stroke()), Qt::DashLine));
    painter->drawLine(QPointF(laneLeft, y), QPointF(body.right(), y));
    const QFont font = axisFont(style.font());
    const QFontMetricsF fm(font);
    painter->setFont(font);
    const QRectF box(body.left() + 1, y - fm.height() / 2 - 1, laneLeft - body.left() - 2, fm.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(box, 3, 3);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(style.palette().color(QPalette::HighlightedText));
    painter->drawText(box, Qt::AlignCenter, fm.elidedText(time, Qt::ElideRight, box.width()));
}

bool TimelineTimeMarks::collides(const QRectF& box, const std::vector<QRectF>& taken)
{
    return std::any_of(taken.begin(), taken.end(), [&box](const QRectF& r) { return r.intersects(box); });
}

QRectF TimelineTimeMarks::belowTaken(QRectF box, const std::vector<QRectF>& taken, int tries)
{
    for (int i = 0; i < tries; ++i) {
        const auto hit
            = std::find_if(taken.begin(), taken.end(), [&box](const QRectF& r) { return r.intersects(box); });
        if (hit == taken.end())
            break;
        box.moveTop(hit->bottom() + 1);
    }
    return box;
}

} // namespace notiflow::ui
