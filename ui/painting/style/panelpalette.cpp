// Palette-derived colours and small drawn icons for the panels.
#include "painting/style/panelpalette.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <algorithm>

namespace notiflow::ui {

namespace {
QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

// Draws an icon at a few sizes so it stays crisp on high-DPI screens.
template <typename Draw> QIcon drawnIcon(Draw draw)
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(painter, QRectF(0, 0, size, size).adjusted(1, 1, -1, -1));
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

PanelPalette::PanelPalette(const QPalette& palette)
    : m_text(palette.color(QPalette::Text))
    , m_background(palette.color(QPalette::Base))
    , m_highlight(palette.color(QPalette::Highlight))
{
    m_dark = m_background.lightnessF() < 0.5;
    m_muted = mix(m_text, m_background, 0.45);
    m_grid = mix(m_text, m_background, 0.82);
    m_passed = tone(130, 170);
    m_failed = tone(2, 190);
    m_jsonKey = tone(215, 170);
    m_jsonString = tone(125, 150);
    m_jsonNumber = tone(28, 200);
    m_jsonKeyword = tone(290, 140);
}

QColor PanelPalette::tone(int hue, int saturation) const
{
    // Dark backgrounds need light tones and vice versa; keep both well away from the background.
    return QColor::fromHsl(hue, saturation, m_dark ? 170 : 95);
}

QColor PanelPalette::architectureColor(Architecture a) const
{
    // Blue and orange stay distinct for the common forms of colour blindness.
    return a == Architecture::EventSourced ? tone(212, 160) : tone(28, 210);
}

void PanelPalette::fillArchitecture(QPainter* painter, const QRectF& rect, Architecture a) const
{
    const QColor color = architectureColor(a);
    painter->save();
    painter->setPen(Qt::NoPen);
    if (a == Architecture::EventSourced) {
        painter->setBrush(color);
        painter->drawRect(rect);
    } else {
        // Hatched, so the two architectures differ in pattern as well as hue.
        painter->setBrush(mix(color, m_background, 0.6));
        painter->drawRect(rect);
        // Drawn as lines, not with a pattern brush: Qt 6.4's SVG writer has no pattern brushes and would write the
        // hatch as a solid fill, so SVG exports would not look like PNG ones. Each line is cut to the rectangle here
        // rather than by a clip, which that writer does not write either.
        painter->setPen(QPen(color, 1));
        constexpr qreal spacing = 5.0;
        const qreal h = rect.height();
        for (qreal x = rect.left() - h; x < rect.right(); x += spacing) {
            // The line runs from (x, bottom) up to (x + h, top): the part with left <= x + t <= right is inside.
            const qreal from = std::max(0.0, rect.left() - x);
            const qreal to = std::min(h, rect.right() - x);
            if (from < to)
                painter->drawLine(QPointF(x + from, rect.bottom() - from), QPointF(x + to, rect.bottom() - to));
        }
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, 1));
    painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

QColor PanelPalette::heat(double share) const
{
    const QColor hot = m_dark ? QColor::fromHsl(24, 200, 120) : QColor::fromHsl(18, 200, 110);
    return mix(m_background, hot, 0.12 + 0.88 * std::clamp(share, 0.0, 1.0));
}

QIcon PanelPalette::passedIcon() const
{
    const QColor color = m_passed;
    return drawnIcon([color](QPainter& p, const QRectF& r) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(r);
        QPainterPath tick;
        tick.moveTo(r.left() + r.width() * 0.27, r.top() + r.height() * 0.53);
        tick.lineTo(r.left() + r.width() * 0.44, r.top() + r.height() * 0.70);
        tick.lineTo(r.left() + r.width() * 0.74, r.top() + r.height() * 0.34);
        p.setPen(QPen(Qt::white, r.width() * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
    });
}

QIcon PanelPalette::failedIcon() const
{
    const QColor color = m_failed;
    return drawnIcon([color](QPainter& p, const QRectF& r) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(r);
        const double m = r.width() * 0.3;
        p.setPen(QPen(Qt::white, r.width() * 0.13, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(r.topLeft() + QPointF(m, m), r.bottomRight() - QPointF(m, m));
        p.drawLine(r.topRight() + QPointF(-m, m), r.bottomLeft() + QPointF(m, -m));
    });
}

QIcon PanelPalette::messageIcon() const
{
    const QColor color = m_text;
    return drawnIcon([color](QPainter& p, const QRectF& r) {
        // An envelope: a message left on a channel.
        const QRectF body = r.adjusted(0, r.height() * 0.18, 0, -r.height() * 0.18);
        p.setPen(QPen(color, std::max(1.0, r.width() / 14)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(body);
        p.drawLine(body.topLeft(), QPointF(body.center().x(), body.center().y() + body.height() * 0.1));
        p.drawLine(body.topRight(), QPointF(body.center().x(), body.center().y() + body.height() * 0.1));
    });
}

QIcon PanelPalette::noMessageIcon() const
{
    const QColor color = m_muted;
    return drawnIcon([color](QPainter& p, const QRectF& r) {
        // A crossed-out circle: no message.
        const QRectF c = r.adjusted(r.width() * 0.1, r.height() * 0.1, -r.width() * 0.1, -r.height() * 0.1);
        p.setPen(QPen(color, std::max(1.5, r.width() / 9)));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c);
        p.drawLine(QPointF(c.left() + c.width() * 0.15, c.bottom() - c.height() * 0.15),
            QPointF(c.right() - c.width() * 0.15, c.top() + c.height() * 0.15));
    });
}

} // namespace notiflow::ui
