// Chain boxes wrap onto further lines when the panel is narrow; arrows show who waits on whom.
#include "painting/charts/syncchainchart.h"

#include "painting/charts/metricsheadline.h"
#include "painting/style/displaytext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace notiflow::ui {

namespace {
constexpr double arrowWidth = 26;
constexpr double boxPadding = 8;
constexpr double lineGap = 8;
constexpr double sideGap = 14;
} // namespace

SyncChainChart::SyncChainChart() = default;

SyncChainChart::Side SyncChainChart::sideOf(const Metrics& m)
{
    Side side;
    side.present = true;
    side.depth = m.syncChainDepth;
    for (Component c : m.syncChain) {
        side.chain << componentTitle(c);
        side.components.push_back(c);
    }
    for (Component c : m.syncComponents) {
        if (std::find(m.syncChain.begin(), m.syncChain.end(), c) == m.syncChain.end()) {
            side.alsoWaitedOn << componentTitle(c);
            side.components.push_back(c);
        }
    }
    side.synchronousComponents = static_cast<int>(m.syncComponents.size());
    side.mostBlockingCalls = m.mostBlockingCalls;
    side.availabilityCeiling = m.availabilityCeiling;
    side.propagationCost = m.propagationCost;
    side.totalDependencies = m.totalDependencies;
    side.splitDependencies = MetricsHeadline::splitDependencies(m.dependenciesByKind);
    return side;
}

QString SyncChainChart::title() const
{
    return SyncChainChart::tr("Synchronous chain and availability ceiling");
}

void SyncChainChart::setSide(Architecture architecture, Side side)
{
    m_sides[architecture] = std::move(side);
}

QString SyncChainChart::percent(double share, int decimals)
{
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', decimals);
}

QString SyncChainChart::headline(const Side& side) const
{
    if (!side.present)
        return SyncChainChart::tr("No run");
    const QString blocking = side.mostBlockingCalls == 0 ? SyncChainChart::tr("no action waits on a blocking call")
        : side.mostBlockingCalls == 1
        ? SyncChainChart::tr("up to 1 blocking call in one action")
        : SyncChainChart::tr("up to %1 blocking calls in one action").arg(side.mostBlockingCalls);
    return SyncChainChart::tr("Depth %1 · %2 · availability ceiling %3 (%4 at %5 each) · propagation cost %6 · "
                              "%7 dependencies: %8")
        .arg(side.depth)
        .arg(blocking)
        .arg(percent(side.availabilityCeiling))
        .arg(side.synchronousComponents == 1 ? SyncChainChart::tr("1 component")
                                             : SyncChainChart::tr("%1 components").arg(side.synchronousComponents))
        .arg(percent(componentAvailability, 1))
        .arg(percent(side.propagationCost, 1))
        .arg(side.totalDependencies)
        .arg(side.splitDependencies);
}

std::vector<QRectF> SyncChainChart::chainBoxes(
    const Side& side, double width, const QFontMetricsF& fm, double* height) const
{
    std::vector<QRectF> boxes;
    const double h = fm.height() + 10;
    double x = 0;
    double y = 0;
    const QStringList names = side.drawnComponents();
    for (const QString& name : names) {
        if (boxes.size() == static_cast<std::size_t>(side.chain.size()) && !side.alsoWaitedOn.isEmpty()) {
            // The components waited on off the longest chain follow after a gap, without arrows.
            x += x > 0 ? arrowWidth : 0;
        }
        const double w = std::min(fm.horizontalAdvance(name) + 2 * boxPadding, width);
        if (x > 0 && x + w > width) {
            x = 0;
            y += h + lineGap;
        }
        boxes.push_back(QRectF(x, y, w, h));
        x += w + arrowWidth;
    }
    *height = boxes.empty() ? h : y + h;
    return boxes;
}

double SyncChainChart::sideHeight(const Side& side, double width, const QFontMetricsF& fm) const
{
    double chainHeight = 0;
    chainBoxes(side, width, fm, &chainHeight);
    // Title line, the headline (which may wrap to two lines), then the chain.
    return fm.height() + 4 + wrappedHeight(headline(side), width, fm) + 8 + chainHeight;
}

int SyncChainChart::preferredWidth(const ChartStyle& style) const
{
    // The headline is a sentence and the chain a row of boxes: both wrap by design. What must be whole is each box
    // and each title.
    const QFontMetricsF fm(style.font);
    double widest = 0;
    for (Architecture arch : allArchitectures) {
        for (const QString& name : m_sides[arch].drawnComponents())
            widest = std::max(widest, fm.horizontalAdvance(name) + 2 * boxPadding + arrowWidth);
        widest = std::max(widest, fm.height() * 1.4 + 6 + fm.horizontalAdvance(architectureTitle(arch)));
    }
    return static_cast<int>(std::ceil(widest));
}

int SyncChainChart::heightForWidth(int width, const ChartStyle& style) const
{
    const QFontMetricsF fm(style.font);
    double total = 0;
    for (const Side& side : m_sides)
        total += sideHeight(side, width, fm);
    return static_cast<int>(std::ceil(total + sideGap));
}

void SyncChainChart::paint(QPainter* painter, const QRectF& rect, const ChartStyle& style) const
{
    const QFontMetricsF fm(style.font);
    const PanelPalette& colors = style.colors;
    painter->save();
    double y = rect.top();
    for (Architecture arch : allArchitectures) {
        const Side& side = m_sides[arch];
        QFont bold = style.font;
        bold.setBold(true);
        const QRectF swatch(rect.left(), y + fm.height() * 0.15, fm.height() * 1.4, fm.height() * 0.7);
        colors.fillArchitecture(painter, swatch, arch);
        painter->setFont(bold);
        painter->setPen(colors.text());
        painter->drawText(QRectF(swatch.right() + 6, y, rect.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            architectureTitle(arch));
        painter->setFont(style.font);
        y += fm.height() + 4;

        const QString line = headline(side);
        const double lineHeight = wrappedHeight(line, rect.width(), fm);
        painter->setPen(colors.text());
        painter->drawText(QRectF(rect.left(), y, rect.width(), lineHeight), Qt::TextWordWrap, line);
        y += lineHeight + 8;

        double chainHeight = 0;
        const std::vector<QRectF> boxes = chainBoxes(side, rect.width(), fm, &chainHeight);
        const QColor accent = colors.architectureColor(arch);
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            const QRectF box = boxes[i].translated(rect.left(), y);
            const bool selected = i < side.components.size()
                && isSelected(TracedFigure::of(TracedFigure::Kind::WaitedOn, arch, side.components[i]));
            painter->setPen(QPen(selected ? colors.highlight() : accent, selected ? 3.0 : 1.5));
            painter->setBrush(colors.background());
            painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            painter->setPen(colors.text());
            painter->drawText(box, Qt::AlignCenter,
                fm.elidedText(
                    side.drawnComponents()[static_cast<qsizetype>(i)], Qt::ElideRight, box.width() - 2 * boxPadding));
            if (i + 1 < static_cast<std::size_t>(side.chain.size())) {
                // The arrow points at the next hop, or trails off the line end when the chain wraps.
                const QRectF next = boxes[i + 1].translated(rect.left(), y);
                const QPointF from(box.right() + 3, box.center().y());
                const QPointF to = next.top() > box.top() + 1 ? QPointF(box.right() + arrowWidth - 4, box.center().y())
                                                              : QPointF(next.left() - 3, next.center().y());
                painter->setPen(QPen(colors.text(), 1.5));
                painter->drawLine(from, to);
                QPainterPath head;
                head.moveTo(to);
                head.lineTo(to + QPointF(-7, -4));
                head.lineTo(to + QPointF(-7, 4));
                head.closeSubpath();
                painter->fillPath(head, colors.text());
            }
        }
        if (boxes.empty()) {
            painter->setPen(colors.mutedText());
            painter->drawText(QRectF(rect.left(), y, rect.width(), chainHeight), Qt::AlignLeft | Qt::AlignVCenter,
                SyncChainChart::tr("No synchronous hop after the trigger"));
        }
        y += chainHeight + sideGap;
    }
    painter->restore();
}

QString SyncChainChart::summary() const
{
    QStringList lines { title() };
    for (Architecture arch : allArchitectures) {
        lines << QStringLiteral("%1: %2. Chain: %3. Also waited on: %4")
                     .arg(architectureTitle(arch), headline(m_sides[arch]),
                         m_sides[arch].chain.join(QStringLiteral(" → ")),
                         m_sides[arch].alsoWaitedOn.isEmpty() ? SyncChainChart::tr("nothing")
                                                              : m_sides[arch].alsoWaitedOn.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QRectF SyncChainChart::boxRect(const QRectF& rect, const ChartStyle& style, Architecture arch, int index) const
{
    // The same walk down the sides as paint().
    const QFontMetricsF fm(style.font);
    double y = rect.top();
    for (Architecture a : allArchitectures) {
        const Side& side = m_sides[a];
        y += fm.height() + 4;
        y += wrappedHeight(headline(side), rect.width(), fm) + 8;
        double chainHeight = 0;
        const std::vector<QRectF> boxes = chainBoxes(side, rect.width(), fm, &chainHeight);
        if (a == arch)
            return index >= 0 && index < static_cast<int>(boxes.size())
                ? boxes[static_cast<std::size_t>(index)].translated(rect.left(), y)
                : QRectF();
        y += chainHeight + sideGap;
    }
    return {};
}

std::optional<TracedFigure> SyncChainChart::figureAt(
    const QRectF& rect, const QPointF& pos, const ChartStyle& style) const
{
    for (Architecture arch : allArchitectures) {
        const Side& side = m_sides[arch];
        for (std::size_t i = 0; i < side.components.size(); ++i) {
            if (boxRect(rect, style, arch, static_cast<int>(i)).contains(pos))
                return TracedFigure::of(TracedFigure::Kind::WaitedOn, arch, side.components[i]);
        }
    }
    return std::nullopt;
}

} // namespace notiflow::ui
