#include "painting/style/transporticons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace notiflow::ui {

namespace {

class GlyphEngine final : public QIconEngine {
public:
    GlyphEngine(TransportIcons::Glyph glyph, const QPalette& palette)
        : m_glyph(glyph)
        , m_normal(palette.color(QPalette::Active, QPalette::ButtonText))
        , m_disabled(palette.color(QPalette::Disabled, QPalette::ButtonText))
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        TransportIcons::paint(painter, QRectF(rect), m_glyph, mode == QIcon::Disabled ? m_disabled : m_normal);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new GlyphEngine(*this); }

private:
    TransportIcons::Glyph m_glyph;
    QColor m_normal;
    QColor m_disabled;
};

// A triangle pointing right (dir = 1) or left (dir = -1), its base at x, `w` wide, `h` tall, centred on cy.
QPolygonF triangle(qreal x, qreal cy, qreal w, qreal h, qreal dir)
{
    return QPolygonF({ QPointF(x, cy - h / 2), QPointF(x + dir * w, cy), QPointF(x, cy + h / 2) });
}

// Step over: an arrow arching over a dot (the call it passes). Step out: an arrow rising out of a bracket.
void paintDebugMove(QPainter* painter, const QRectF& box, bool over, const QColor& color)
{
    const qreal w = box.width();
    const qreal stroke = std::max<qreal>(1.5, w * 0.12);
    painter->setPen(QPen(color, stroke, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter->setBrush(Qt::NoBrush);
    const qreal head = w * 0.26;
    if (over) {
        QPainterPath arc;
        arc.moveTo(box.left() + w * 0.08, box.top() + w * 0.62);
        arc.cubicTo(box.left() + w * 0.12, box.top() + w * 0.05, box.right() - w * 0.24, box.top() + w * 0.05,
            box.right() - w * 0.22, box.top() + w * 0.48);
        painter->drawPath(arc);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        const QPointF tip(box.right() - w * 0.22, box.top() + w * 0.70);
        painter->drawPolygon(QPolygonF({ tip, tip + QPointF(-head / 1.6, -head), tip + QPointF(head / 1.6, -head) }));
        const qreal dot = w * 0.18;
        painter->drawEllipse(QPointF(box.left() + w * 0.42, box.bottom() - dot * 0.6), dot / 2, dot / 2);
        return;
    }
    // The bracket: the handling being left.
    painter->drawPolyline(
        QPolygonF({ QPointF(box.left() + w * 0.06, box.top() + w * 0.55), QPointF(box.left() + w * 0.06, box.bottom()),
            QPointF(box.right() - w * 0.06, box.bottom()), QPointF(box.right() - w * 0.06, box.top() + w * 0.55) }));
    painter->drawLine(QPointF(box.center().x(), box.bottom() - w * 0.22), QPointF(box.center().x(), box.top() + head));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const QPointF tip(box.center().x(), box.top());
    painter->drawPolygon(QPolygonF({ tip, tip + QPointF(-head / 1.4, head), tip + QPointF(head / 1.4, head) }));
}

// An envelope with a small triangle beside it pointing forward (dir = 1) or back (dir = -1).
void paintEnvelopeMove(QPainter* painter, const QRectF& box, qreal dir, const QColor& color)
{
    const qreal w = box.width();
    const qreal stroke = std::max<qreal>(1.2, w * 0.09);
    const QRectF envelope(dir > 0 ? box.left() : box.left() + w * 0.34, box.top() + w * 0.2, w * 0.66, w * 0.5);
    painter->setPen(QPen(color, stroke, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(envelope);
    painter->drawPolyline(
        QPolygonF({ envelope.topLeft(), QPointF(envelope.center().x(), envelope.center().y()), envelope.topRight() }));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const qreal x = dir > 0 ? box.right() - w * 0.28 : box.left() + w * 0.28;
    painter->drawPolygon(triangle(x, box.center().y() + w * 0.08, w * 0.28, w * 0.5, dir));
}

} // namespace

QIcon TransportIcons::icon(Glyph glyph, const QPalette& palette)
{
    return QIcon(new GlyphEngine(glyph, palette));
}

void TransportIcons::paint(QPainter* painter, const QRectF& rect, Glyph glyph, const QColor& color)
{
    // A square box inside the rectangle, with a margin of an eighth: the glyphs share one optical size.
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side * 0.375, rect.center().y() - side * 0.375, side * 0.75, side * 0.75);
    const qreal cy = box.center().y();
    const qreal h = box.height() * 0.8;
    const qreal bar = std::max<qreal>(1.5, box.width() * 0.14);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    switch (glyph) {
    case Glyph::Play:
        painter->drawPolygon(triangle(box.left() + box.width() * 0.16, cy, box.width() * 0.78, box.height(), 1));
        break;
    case Glyph::Pause:
        painter->drawRect(QRectF(box.left() + box.width() * 0.14, box.top(), box.width() * 0.26, box.height()));
        painter->drawRect(QRectF(box.right() - box.width() * 0.40, box.top(), box.width() * 0.26, box.height()));
        break;
    case Glyph::Forward: // a step: a triangle against a bar
        painter->drawPolygon(triangle(box.left() + box.width() * 0.08, cy, box.width() * 0.62, h, 1));
        painter->drawRect(QRectF(box.right() - bar - box.width() * 0.08, cy - h / 2, bar, h));
        break;
    case Glyph::Back:
        painter->drawPolygon(triangle(box.right() - box.width() * 0.08, cy, box.width() * 0.62, h, -1));
        painter->drawRect(QRectF(box.left() + box.width() * 0.08, cy - h / 2, bar, h));
        break;
    case Glyph::End: // to the end: two triangles against a bar
        painter->drawPolygon(triangle(box.left(), cy, box.width() * 0.42, h, 1));
        painter->drawPolygon(triangle(box.left() + box.width() * 0.40, cy, box.width() * 0.42, h, 1));
        painter->drawRect(QRectF(box.right() - bar, cy - h / 2, bar, h));
        break;
    case Glyph::Start:
        painter->drawPolygon(triangle(box.right(), cy, box.width() * 0.42, h, -1));
        painter->drawPolygon(triangle(box.right() - box.width() * 0.40, cy, box.width() * 0.42, h, -1));
        painter->drawRect(QRectF(box.left(), cy - h / 2, bar, h));
        break;
    case Glyph::StepOver:
    case Glyph::StepOut:
        paintDebugMove(painter, box, glyph == Glyph::StepOver, color);
        break;
    case Glyph::NextNotification:
    case Glyph::PreviousNotification:
        paintEnvelopeMove(painter, box, glyph == Glyph::NextNotification ? 1 : -1, color);
        break;
    case Glyph::LeavePresentation: {
        // Four corner brackets pointing inwards: "leave full screen".
        QPen pen(color, std::max<qreal>(1.5, box.width() * 0.12), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const qreal a = box.width() * 0.34;
        const QPointF c = box.center();
        for (const QPointF& corner : { box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight() }) {
            const QPointF inward((c.x() - corner.x()) > 0 ? 1 : -1, (c.y() - corner.y()) > 0 ? 1 : -1);
            const QPointF elbow = corner + QPointF(inward.x() * a, inward.y() * a);
            painter->drawPolyline(QPolygonF({ QPointF(corner.x(), elbow.y()), elbow, QPointF(elbow.x(), corner.y()) }));
        }
        break;
    }
    }
    painter->restore();
}

} // namespace notiflow::ui
