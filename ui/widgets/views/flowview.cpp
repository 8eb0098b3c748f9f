#include "widgets/views/flowview.h"

#include "painting/painters/changeoverlaypainter.h"
#include "painting/painters/flowpainter.h"
#include "painting/session/replaysession.h"
#include "painting/session/stephighlight.h"
#include "painting/style/zoomlevel.h"

#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace notiflow::ui {

FlowView::FlowView(ReplaySession* session, Architecture side, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_side(side)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("%1 message flow").arg(QString::fromUtf8(architectureName(side).data())));
    setToolTip(tr("Message flow: edges appear once used and thicken with the number of messages; the current step "
                  "travels as a labelled token"));
    connect(session, &ReplaySession::comparisonChanged, this, &FlowView::rebuild);
    connect(session, &ReplaySession::playheadChanged, this, &FlowView::onPlayheadChanged);
    rebuild();
}

QSize FlowView::sizeHint() const
{
    return { 600, 330 };
}

QSize FlowView::minimumSizeHint() const
{
    return { 360, 200 };
}

void FlowView::setZoom(qreal zoom)
{
    zoom = ZoomLevel::clamp(zoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    update();
}

QFont FlowView::paintFont() const
{
    const qreal scale = labelScale();
    return scale < 1.0 ? ZoomLevel::scaledFont(font(), scale) : font();
}

qreal FlowView::labelScale() const
{
    if (m_scaleCache.size == size() && m_scaleCache.font == font() && qFuzzyCompare(m_scaleCache.zoom, m_zoom))
        return m_scaleCache.scale;
    // Below the size the layout is designed for (at this zoom), labels shrink (down to three quarters) rather
    // than collide; where even that collides (a zoom too large for the view), they shrink until nothing does.
    const QSizeF hint = QSizeF(sizeHint()) * m_zoom;
    qreal scale = std::clamp(std::min(width() / hint.width(), height() / hint.height()), minimumLabelScale, 1.0);
    const QRectF area(rect());
    constexpr qreal smallest = 0.2;
    while (scale > smallest
        && !m_layout.fits(area, QFontMetricsF(ZoomLevel::scaledFont(ZoomLevel::scaledFont(font(), scale), m_zoom))))
        scale *= 0.93;
    m_scaleCache = { size(), font(), m_zoom, std::max(scale, smallest) };
    return m_scaleCache.scale;
}

QRectF FlowView::nodeRect(Component c) const
{
    return m_layout.nodeRect(c, QRectF(rect()), QFontMetricsF(ZoomLevel::scaledFont(paintFont(), m_zoom)));
}

void FlowView::rebuild()
{
    const Comparison* cmp = m_session->comparison();
    if (cmp) {
        // The layout is built from both runs so that shared components sit at the same place in both panes.
        m_layout = FlowLayout({ &cmp->eventSourced, &cmp->apiDriven });
        m_graph = FlowGraph(cmp->run(m_side));
    } else {
        m_layout = FlowLayout();
        m_graph = FlowGraph();
    }
    m_scaleCache.zoom = 0; // another layout: fit again
    m_lastStep = -2;
    update();
}

void FlowView::onPlayheadChanged()
{
    // Repaint only when this side's frame changes: while the other side plays, a waiting side stays still.
    const auto pos = m_session->position(m_side);
    if (pos.step == m_lastStep && pos.progress == m_lastProgress)
        return;
    m_lastStep = pos.step;
    m_lastProgress = pos.progress;
    update();
}

void FlowView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const Comparison* cmp = m_session->comparison();
    if (!cmp) {
        painter.fillRect(rect(), palette().color(QPalette::Base));
        return;
    }
    FlowPainter flow(cmp->run(m_side), m_graph, m_layout, PainterStyle(palette(), paintFont(), m_zoom));
    flow.setChangeImpact(m_change);
    flow.setHighlight(m_highlight ? m_highlight->selection(m_side) : nullptr);
    flow.paint(&painter, QRectF(rect()), m_session->position(m_side));
}

void FlowView::setHighlight(StepHighlight* highlight)
{
    m_highlight = highlight;
    connect(highlight, &StepHighlight::changed, this, qOverload<>(&QWidget::update));
    update();
}

void FlowView::setChangeImpact(const ChangeImpact* impact)
{
    m_change = impact;
    update();
}

std::optional<Component> FlowView::componentAt(const QPoint& pos) const
{
    const Comparison* cmp = m_session->comparison();
    if (!cmp)
        return std::nullopt;
    const FlowPainter flow(cmp->run(m_side), m_graph, m_layout, PainterStyle(palette(), paintFont(), m_zoom));
    return flow.componentAt(QRectF(rect()), pos);
}

void FlowView::contextMenuEvent(QContextMenuEvent* event)
{
    if (const auto c = componentAt(event->pos())) {
        Q_EMIT componentMenuRequested(*c, event->globalPos());
        event->accept();
        return;
    }
    QWidget::contextMenuEvent(event);
}

bool FlowView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const Comparison* cmp = m_session->comparison();
        auto* help = static_cast<QHelpEvent*>(event);
        if (cmp) {
            const FlowPainter flow(cmp->run(m_side), m_graph, m_layout, PainterStyle(palette(), paintFont(), m_zoom));
            const PlaybackTimeline::Position position = m_session->position(m_side);
            if (flow.tokenRect(QRectF(rect()), position).contains(help->pos())) {
                // The token may shorten a long label to fit: the whole of it is one hover away.
                const Step& s = cmp->run(m_side).steps[static_cast<std::size_t>(position.step)];
                QToolTip::showText(help->globalPos(),
                    tr("<b>%1</b><br>%2 → %3")
                        .arg(QString::fromStdString(s.label).toHtmlEscaped(),
                            QString::fromUtf8(componentName(s.from).data()),
                            QString::fromUtf8(componentName(s.to).data())),
                    this);
                return true;
            }
            if (const auto c = flow.componentAt(QRectF(rect()), help->pos())) {
                const auto& m = cmp->run(m_side).metrics.components[static_cast<std::size_t>(indexOf(*c))];
                QString text = tr("<b>%1</b><br>Messages sent: %2<br>Depends on %3 components, %4 depend on it")
                                   .arg(QString::fromUtf8(componentName(*c).data()))
                                   .arg(m.stepsFrom)
                                   .arg(m.efferent)
                                   .arg(m.afferent);
                if (const QString why = m_change ? ChangeOverlayPainter::tooltip(*m_change, *c) : QString();
                    !why.isEmpty())
                    text += QStringLiteral("<br>")
                        + why.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
                if (const auto outage = m_graph.faults().outageAt(*c, m_session->currentStep(m_side)))
                    text += QStringLiteral("<br>")
                        + tr("Down at the playhead: %1").arg(FaultMarks::intervalText(*outage));
                QToolTip::showText(help->globalPos(), text, this);
                return true;
            }
        }
    }
    return QWidget::event(event);
}

} // namespace notiflow::ui
