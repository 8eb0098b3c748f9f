#include "painting/painters/changeoverlaypainter.h"

#include "painting/painters/flowgraph.h"
#include "requirementchange.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace notiflow::ui {

ChangeOverlayPainter::ChangeOverlayPainter(const ChangeImpact& impact, const PainterStyle& style)
    : m_impact(impact)
    , m_style(style)
{
}

QColor ChangeOverlayPainter::color(const QPalette& palette)
{
    // Magenta: no step kind, architecture or state uses it. Lighter on dark backgrounds so it keeps its contrast.
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x5c, 0xc8) : QColor(0xc0, 0x00, 0x7a);
}

QString ChangeOverlayPainter::tooltip(const ChangeImpact& impact, Component c)
{
    const ComponentChange* change = impact.find(c);
    if (!change)
        return {};
    QStringList lines;
    for (const auto& reason : change->reasons)
        lines << QCoreApplication::translate("ChangeOverlayPainter", "Must change: %1")
                     .arg(QString::fromStdString(reason));
    for (const auto& d : change->newDependencies)
        lines << QCoreApplication::translate("ChangeOverlayPainter", "New dependency on %1")
                     .arg(QString::fromStdString(d));
    return lines.join(QLatin1Char('\n'));
}

void ChangeOverlayPainter::paint(QPainter* painter, const PerComponent<QRectF>& nodes, const FlowGraph& graph) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor strong = color(m_style.palette());
    const QFontMetricsF fm(m_style.font());
    int placeholders = 0;
    for (const ComponentChange& change : m_impact.components) {
        if (!graph.contains(change.component))
            continue;
        const QRectF box = nodes[change.component];
        for (const auto& dependency : change.newDependencies) {
            const QString domain = QString::fromStdString(dependency);
            const auto existing = dataDomainFromId(dependency);
            const bool drawn = existing && graph.contains(*existing);
            paintNewDependency(painter, box, domain, drawn ? nodes[*existing] : QRectF(), drawn ? 0 : placeholders++);
        }
    }
    for (const ComponentChange& change : m_impact.components) {
        if (!graph.contains(change.component))
            continue;
        const QRectF box = nodes[change.component];
        const qreal gap = 4 * m_style.stroke();
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(strong, 3.5 * m_style.stroke()));
        painter->drawRoundedRect(box.adjusted(-gap, -gap, gap, gap), 6, 6);

        // The badge: how many reasons lead here, on the top-left corner (the rule count sits top-right).
        const qreal size = fm.height() * 1.05;
        const QRectF badge(box.left() - gap - size / 2, box.top() - gap - size / 2, size, size);
        painter->setPen(QPen(m_style.palette().color(QPalette::Base), 1.5 * m_style.stroke()));
        painter->setBrush(strong);
        painter->drawEllipse(badge);
        QFont bold = m_style.font();
        bold.setBold(true);
        bold.setPointSizeF(m_style.font().pointSizeF() * 0.8);
        painter->setFont(bold);
        painter->setPen(strong.lightness() < 128 ? Qt::white : Qt::black);
        painter->drawText(badge, Qt::AlignCenter, QString::number(change.reasons.size()));
    }
    painter->restore();
}

void ChangeOverlayPainter::paintNewDependency(
    QPainter* painter, const QRectF& from, const QString& domain, const QRectF& to, int placeholderIndex) const
{
    const QColor strong = color(m_style.palette());
    const QFontMetricsF fm(m_style.font());
    QRectF target = to;
    if (target.isNull()) {
        // A domain that is not drawn (it does not exist yet): a dashed placeholder below the component.
        const QString label = domain;
        const QSizeF size(fm.horizontalAdvance(label) + fm.height(), fm.height() * 1.6);
        target = QRectF(
            QPointF(from.center().x() - size.width() / 2, from.bottom() + fm.height() * (1.6 + 2.2 * placeholderIndex)),
            size);
        painter->setBrush(m_style.palette().color(QPalette::Base));
        painter->setPen(QPen(strong, 1.5 * m_style.stroke(), Qt::DashLine));
        painter->drawRoundedRect(target, 4, 4);
        painter->setFont(m_style.font());
        painter->setPen(strong);
        painter->drawText(target, Qt::AlignCenter, label);
    }
    QLineF line(from.center(), target.center());
    // From edge to edge of the two boxes, so the arrow head is visible.
    const auto clip = [&line](const QRectF& box, bool atEnd) {
        const QPolygonF outline(box);
        for (int i = 0; i < outline.size(); ++i) {
            const QLineF side(outline[i], outline[(i + 1) % outline.size()]);
            QPointF hit;
            if (line.intersects(side, &hit) == QLineF::BoundedIntersection) {
                if (atEnd)
                    line.setP2(hit);
                else
                    line.setP1(hit);
                return;
            }
        }
    };
    clip(from, false);
    clip(target, true);
    QPen pen(strong, 2.5 * m_style.stroke(), Qt::DashDotLine);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(line);
    // Arrow head: the new dependency points at what is read.
    const qreal head = fm.height() * 0.6;
    QLineF back(line.p2(), line.p1());
    back.setLength(head);
    QLineF left = back;
    left.setAngle(back.angle() + 25);
    QLineF right = back;
    right.setAngle(back.angle() - 25);
    painter->setPen(QPen(strong, 2.5 * m_style.stroke()));
    painter->setBrush(strong);
    painter->drawPolygon(QPolygonF({ line.p2(), left.p2(), right.p2() }));
}

} // namespace notiflow::ui
