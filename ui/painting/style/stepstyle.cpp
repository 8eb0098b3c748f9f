#include "painting/style/stepstyle.h"

#include "painting/style/theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPolygonF>

namespace notiflow::ui {

bool StepStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor StepStyle::color(StepKind kind, const QPalette& palette)
{
    // Okabe & Ito's colour-blind-safe set. On a dark window the darker hues are lifted so that they keep their
    // contrast; on a light one the light hues are darkened until they reach 3:1 against the window (WCAG for
    // graphics); on high contrast they are saturated and bright on black.
    if (Theme::isHighContrast(palette) && isDark(palette)) {
        switch (kind) {
        case StepKind::Trigger:
        case StepKind::Decision:
            return palette.color(QPalette::WindowText);
        case StepKind::Publish:
        case StepKind::Deliver:
            return QColor(0xFF, 0xB0, 0x00);
        case StepKind::Request:
            return QColor(0x56, 0xB4, 0xE9);
        case StepKind::Response:
            return QColor(0x9F, 0xE2, 0xFF);
        case StepKind::Query:
            return QColor(0x00, 0xE0, 0xA0);
        case StepKind::Update:
            return QColor(0xFF, 0xF2, 0x00);
        case StepKind::Send:
            return QColor(0xFF, 0x8C, 0xD0);
        case StepKind::Failure:
            return QColor(0xFF, 0x6A, 0x2A);
        }
    }
    const bool dark = isDark(palette);
    switch (kind) {
    case StepKind::Trigger:
        return palette.color(QPalette::WindowText);
    case StepKind::Publish:
    case StepKind::Deliver:
        return dark ? QColor(0xE6, 0x9F, 0x00) : QColor(0xB0, 0x6E, 0x00);
    case StepKind::Request:
        return dark ? QColor(0x4A, 0x9E, 0xE0) : QColor(0x00, 0x72, 0xB2);
    case StepKind::Response:
        return dark ? QColor(0x8C, 0xCF, 0xF5) : QColor(0x2F, 0x86, 0xBA);
    case StepKind::Query:
        return dark ? QColor(0x2E, 0xC4, 0x96) : QColor(0x00, 0x8A, 0x64);
    case StepKind::Update:
        return dark ? QColor(0xF0, 0xE4, 0x42) : QColor(0x85, 0x70, 0x00);
    case StepKind::Decision:
        return palette.color(QPalette::WindowText);
    case StepKind::Send:
        return dark ? QColor(0xE0, 0x9C, 0xC4) : QColor(0xB8, 0x5C, 0x92);
    case StepKind::Failure:
        return dark ? QColor(0xFF, 0x7A, 0x33) : QColor(0xC4, 0x52, 0x00);
    }
    return palette.color(QPalette::WindowText);
}

qreal StepStyle::pastFade(const QPalette& palette)
{
    return Theme::isHighContrast(palette) ? 0.35 : 0.55;
}

qreal StepStyle::futureFade(const QPalette& palette)
{
    Q_UNUSED(palette)
    return 0.72;
}

QColor StepStyle::usedEdgeColor(StepKind kind, const QPalette& palette)
{
    const QColor full = color(kind, palette);
    const QColor background = palette.color(QPalette::Base);
    // Fade as far as pastFade asks, then back off in small steps until the edge keeps its contrast.
    for (qreal amount = pastFade(palette); amount > 0; amount -= 0.05) {
        const QColor c = faded(full, palette, amount);
        if (Theme::contrastRatio(c, background) >= minimumEdgeContrast)
            return c;
    }
    return full;
}

qreal StepStyle::strokeScale(const QPalette& palette)
{
    return Theme::isHighContrast(palette) ? 1.6 : 1.0;
}

Qt::PenStyle StepStyle::lineStyle(StepKind kind)
{
    switch (kind) {
    case StepKind::Publish:
    case StepKind::Deliver:
        return Qt::DashLine;
    case StepKind::Response:
        return Qt::DotLine;
    case StepKind::Failure:
        return Qt::DashDotLine;
    default:
        return Qt::SolidLine;
    }
}

StepStyle::Marker StepStyle::marker(StepKind kind)
{
    switch (kind) {
    case StepKind::Trigger:
        return Marker::Circle;
    case StepKind::Publish:
        return Marker::Triangle;
    case StepKind::Deliver:
        return Marker::HollowTriangle;
    case StepKind::Request:
        return Marker::Chevron;
    case StepKind::Response:
        return Marker::ReverseChevron;
    case StepKind::Query:
        return Marker::Square;
    case StepKind::Update:
        return Marker::HollowSquare;
    case StepKind::Decision:
        return Marker::Diamond;
    case StepKind::Send:
        return Marker::Envelope;
    case StepKind::Failure:
        return Marker::Cross;
    }
    return Marker::Circle;
}

QString StepStyle::displayName(StepKind kind)
{
    switch (kind) {
    case StepKind::Trigger:
        return QStringLiteral("Trigger");
    case StepKind::Publish:
        return QStringLiteral("Publish");
    case StepKind::Deliver:
        return QStringLiteral("Deliver");
    case StepKind::Request:
        return QStringLiteral("Request");
    case StepKind::Response:
        return QStringLiteral("Response");
    case StepKind::Query:
        return QStringLiteral("Query");
    case StepKind::Update:
        return QStringLiteral("Update");
    case StepKind::Decision:
        return QStringLiteral("Decision");
    case StepKind::Send:
        return QStringLiteral("Send");
    case StepKind::Failure:
        return QStringLiteral("Failure");
    }
    return {};
}

QString StepStyle::description(StepKind kind)
{
    switch (kind) {
    case StepKind::Trigger:
        return QStringLiteral("The outside world starts an action (solid line, round marker)");
    case StepKind::Publish:
        return QStringLiteral("An event is published on the bus (asynchronous: dashed line, filled triangle)");
    case StepKind::Deliver:
        return QStringLiteral("The bus delivers an event to a subscriber (asynchronous: dashed line, open triangle)");
    case StepKind::Request:
        return QStringLiteral("A synchronous API request; the caller waits (solid line, chevron)");
    case StepKind::Response:
        return QStringLiteral("The answer to a request (dotted line, reversed chevron)");
    case StepKind::Query:
        return QStringLiteral("A read of a data domain (solid line, filled square)");
    case StepKind::Update:
        return QStringLiteral("A write of a data domain (solid line, open square)");
    case StepKind::Decision:
        return QStringLiteral("A business rule evaluated by a component (diamond on the node)");
    case StepKind::Send:
        return QStringLiteral("A message leaves on a channel (solid line, envelope)");
    case StepKind::Failure:
        return QStringLiteral("A handler failed or a request was rejected (dash-dot line, cross)");
    }
    return {};
}

QPen StepStyle::pen(StepKind kind, const QPalette& palette, qreal width)
{
    QPen pen(color(kind, palette), width, lineStyle(kind), Qt::FlatCap, Qt::RoundJoin);
    // Qt scales dash patterns with the width; thick edges would turn into a few long bars, so keep the dashes
    // about the same length on screen whatever the weight.
    const qreal unit = std::max<qreal>(1.0, width);
    switch (lineStyle(kind)) {
    case Qt::DashLine:
        pen.setDashPattern({ 6.0 / unit + 1.0, 4.0 / unit + 1.0 });
        break;
    case Qt::DotLine:
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({ 0.01, 3.5 / unit + 1.5 });
        break;
    case Qt::DashDotLine:
        pen.setDashPattern({ 6.0 / unit + 1.0, 3.0 / unit + 1.0, 1.0, 3.0 / unit + 1.0 });
        break;
    default:
        break;
    }
    return pen;
}

void StepStyle::drawMarker(QPainter* painter, StepKind kind, const QPointF& c, qreal size, const QPalette& palette)
{
    const QColor col = color(kind, palette);
    const qreal h = size / 2.0;
    const qreal stroke = strokeScale(palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen outline(col, std::max<qreal>(1.2, size / 7.0) * stroke);
    outline.setJoinStyle(Qt::MiterJoin);
    painter->setPen(outline);
    painter->setBrush(col);
    switch (marker(kind)) {
    case Marker::Circle:
        painter->drawEllipse(c, h * 0.85, h * 0.85);
        break;
    case Marker::Triangle:
    case Marker::HollowTriangle:
        if (marker(kind) == Marker::HollowTriangle)
            painter->setBrush(Qt::NoBrush);
        painter->drawPolygon(
            QPolygonF({ c + QPointF(-h * 0.8, -h * 0.85), c + QPointF(h * 0.95, 0), c + QPointF(-h * 0.8, h * 0.85) }));
        break;
    case Marker::Chevron:
    case Marker::ReverseChevron: {
        const qreal dir = marker(kind) == Marker::Chevron ? 1.0 : -1.0;
        painter->setBrush(Qt::NoBrush);
        QPen thick(col, std::max<qreal>(1.8, size / 4.5) * stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(thick);
        painter->drawPolyline(QPolygonF({ c + QPointF(-h * 0.45 * dir, -h * 0.8), c + QPointF(h * 0.45 * dir, 0),
            c + QPointF(-h * 0.45 * dir, h * 0.8) }));
        break;
    }
    case Marker::Square:
        painter->drawRect(QRectF(c.x() - h * 0.75, c.y() - h * 0.75, h * 1.5, h * 1.5));
        break;
    case Marker::HollowSquare:
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(c.x() - h * 0.7, c.y() - h * 0.7, h * 1.4, h * 1.4));
        break;
    case Marker::Diamond:
        painter->drawPolygon(
            QPolygonF({ c + QPointF(0, -h), c + QPointF(h * 0.8, 0), c + QPointF(0, h), c + QPointF(-h * 0.8, 0) }));
        break;
    case Marker::Envelope: {
        painter->setBrush(Qt::NoBrush);
        const QRectF r(c.x() - h, c.y() - h * 0.65, 2 * h, 1.3 * h);
        painter->drawRect(r);
        painter->drawPolyline(QPolygonF({ r.topLeft(), QPointF(c.x(), c.y() + h * 0.1), r.topRight() }));
        break;
    }
    case Marker::Cross: {
        QPen thick(col, std::max<qreal>(2.0, size / 4.0) * stroke, Qt::SolidLine, Qt::RoundCap);
        painter->setPen(thick);
        painter->drawLine(c + QPointF(-h * 0.7, -h * 0.7), c + QPointF(h * 0.7, h * 0.7));
        painter->drawLine(c + QPointF(-h * 0.7, h * 0.7), c + QPointF(h * 0.7, -h * 0.7));
        break;
    }
    }
    painter->restore();
}

QColor StepStyle::faded(const QColor& color, const QPalette& palette, qreal amount)
{
    const QColor bg = palette.color(QPalette::Base);
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(static_cast<float>(color.redF() * keep + bg.redF() * amount),
        static_cast<float>(color.greenF() * keep + bg.greenF() * amount),
        static_cast<float>(color.blueF() * keep + bg.blueF() * amount));
}

} // namespace notiflow::ui
