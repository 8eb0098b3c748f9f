#include "widgets/views/timelineview.h"

#include "painting/folding/foldingstate.h"
#include "painting/painters/timelinepainter.h"
#include "painting/session/replaysession.h"
#include "painting/session/stephighlight.h"
#include "painting/style/zoomlevel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

namespace notiflow::ui {

TimelineView::TimelineView(ReplaySession* session, Architecture side, QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_session(session)
    , m_side(side)
{
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setBackgroundRole(QPalette::Base);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("%1 sequence timeline").arg(QString::fromUtf8(architectureName(side).data())));
    setToolTip(tr("Sequence timeline: one lane per component, one arrow per step. Click an arrow to jump to it."));
    connect(session, &ReplaySession::comparisonChanged, this, &TimelineView::rebuild);
    connect(session, &ReplaySession::playheadChanged, this, &TimelineView::onPlayheadChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    rebuild();
}

QSize TimelineView::sizeHint() const
{
    return { 600, 360 };
}

void TimelineView::setZoom(qreal zoom)
{
    zoom = ZoomLevel::clamp(zoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    updateScrollBars();
    scrollToStep(m_session->currentStep(m_side));
    viewport()->update();
}

QFont TimelineView::paintFont() const
{
    return ZoomLevel::scaledFont(font(), m_zoom);
}

void TimelineView::rebuild()
{
    const Comparison* cmp = m_session->comparison();
    if (cmp) {
        m_lanes = TimelinePainter::lanesOf(cmp->run(m_side));
        m_geometry = TimelinePainter::geometryFor(cmp->run(m_side), static_cast<int>(m_lanes.size()));
        m_faults = FaultMarks(cmp->run(m_side));
    } else {
        m_lanes.clear();
        m_geometry = TimelineGeometry();
        m_faults = FaultMarks();
    }
    if (m_folding)
        m_geometry.setFolds(m_folding->folds(m_side));
    applyTimeMode();
    m_lastStep = -2;
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void TimelineView::setTimeMode(bool on)
{
    if (on == m_timeMode)
        return;
    m_timeMode = on;
    applyTimeMode();
    updateScrollBars();
    verticalScrollBar()->setValue(0); // a scroll in one mode means nothing in the other
    scrollToStep(m_session->currentStep(m_side));
    viewport()->update();
}

void TimelineView::applyTimeMode()
{
    const Comparison* cmp = m_session->comparison();
    if (!m_timeMode || !cmp) {
        m_geometry.setStepOrderMode();
        m_waits = TimelineWaits();
        return;
    }
    const Run& run = cmp->run(m_side);
    // Both panes compute the scale from both runs: the same millisecond is the same height side by side.
    m_geometry.setTimeMode(
        &run.steps, run.actionStartMs, TimelineTimeAxis::scaleFor({ &cmp->eventSourced, &cmp->apiDriven }));
    m_waits = TimelineWaits(run);
}

void TimelineView::setFolding(FoldingState* folding)
{
    m_folding = folding;
    connect(folding, &FoldingState::foldingChanged, this, [this](Architecture side) {
        if (side == m_side)
            applyFolds();
    });
    applyFolds();
}

void TimelineView::applyFolds()
{
    m_geometry.setFolds(m_folding ? m_folding->folds(m_side) : std::vector<TimelineGeometry::Fold>());
    updateScrollBars();
    scrollToStep(m_session->currentStep(m_side));
    viewport()->update();
}

void TimelineView::setHighlight(StepHighlight* highlight)
{
    m_highlight = highlight;
    connect(highlight, &StepHighlight::changed, this, [this] {
        // The playhead stays where it is: the next highlighted step comes into view (H goes there).
        if (m_highlight->selection(m_side))
            scrollToStep(m_highlight->nextStep());
        viewport()->update();
    });
    viewport()->update();
}

int TimelineView::foldAt(const QPoint& pos) const
{
    const qreal header = TimelinePainter::headerHeight(paintFont());
    if (pos.y() < header || m_timeMode)
        return -1;
    const TimelineGeometry g = fittedGeometry();
    const auto row = g.rowAt(g.rowAtY(pos.y() - header + verticalScrollBar()->value()));
    return row.fold >= 0 ? g.folds()[static_cast<std::size_t>(row.fold)].group : -1;
}

TimelineGeometry TimelineView::fittedGeometry() const
{
    TimelineGeometry g = m_geometry;
    TimelinePainter::fit(g, QRectF(viewport()->rect()), paintFont());
    return g;
}

void TimelineView::updateScrollBars()
{
    const TimelineGeometry g = fittedGeometry();
    const qreal visible = viewport()->height() - TimelinePainter::headerHeight(paintFont());
    verticalScrollBar()->setRange(0, std::max(0, static_cast<int>(std::ceil(g.contentHeight() - visible))));
    verticalScrollBar()->setPageStep(std::max(1, static_cast<int>(visible)));
    verticalScrollBar()->setSingleStep(static_cast<int>(g.rowHeight()));
}

void TimelineView::scrollToStep(int step)
{
    if (step < 0 || step >= m_geometry.stepCount())
        return;
    const TimelineGeometry g = fittedGeometry();
    const qreal visible = viewport()->height() - TimelinePainter::headerHeight(paintFont());
    const int row = g.rowOfStep(step);
    // Include the action's separator when the step opens an action, so the action's name stays in sight. In time,
    // the arrow and the label above it.
    const bool opensAction = !m_timeMode && g.rowAt(row - 1).separator;
    const qreal top = m_timeMode ? g.stepY(step) - g.rowHeight() : g.rowTop(opensAction ? row - 1 : row);
    const qreal bottom = m_timeMode ? g.stepY(step) + g.rowHeight() / 2 : g.rowTop(row) + g.rowHeight();
    const int scroll = verticalScrollBar()->value();
    const qreal margin = std::min(visible / 4, g.rowHeight() * 3);
    if (top < scroll + (opensAction ? 0 : margin) || bottom > scroll + visible - margin) {
        // Put the step a third of the way down: what led to it stays visible above.
        verticalScrollBar()->setValue(static_cast<int>(std::max<qreal>(0, top - visible / 3)));
    }
}

void TimelineView::onPlayheadChanged()
{
    const auto pos = m_session->position(m_side);
    if (pos.step != m_lastStep) {
        m_lastStep = pos.step;
        scrollToStep(pos.step);
    }
    viewport()->update();
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const Comparison* cmp = m_session->comparison();
    if (!cmp) {
        painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));
        return;
    }
    TimelinePainter timeline(
        cmp->run(m_side), &cmp->scenario, m_lanes, m_geometry, PainterStyle(palette(), font(), m_zoom));
    timeline.setFolding(m_folding, m_side);
    timeline.setFaultMarks(&m_faults);
    timeline.setWaits(&m_waits);
    timeline.setHighlight(m_highlight ? m_highlight->selection(m_side) : nullptr);
    timeline.paint(&painter, QRectF(viewport()->rect()), verticalScrollBar()->value(), m_session->position(m_side));
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    // A scroll set while the view was still small was clamped; bring the current step back into view.
    scrollToStep(m_session->currentStep(m_side));
}

int TimelineView::stepAt(const QPoint& pos) const
{
    const qreal header = TimelinePainter::headerHeight(paintFont());
    if (pos.y() < header)
        return -1;
    const TimelineGeometry g = fittedGeometry();
    const qreal y = pos.y() - header + verticalScrollBar()->value();
    if (m_timeMode)
        return g.stepNearY(y, g.rowHeight() / 2);
    const auto row = g.rowAt(g.rowAtY(y));
    return row.separator || row.fold >= 0 ? -1 : row.index;
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (const int group = foldAt(event->position().toPoint()); event->button() == Qt::LeftButton && group >= 0) {
        m_folding->toggle(m_side, group);
        event->accept();
        return;
    }
    const int step = stepAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && step >= 0) {
        m_session->seekToStep(m_side, step);
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Comparison* cmp = m_session->comparison();
        if (foldAt(help->pos()) >= 0) {
            QToolTip::showText(help->globalPos(),
                tr("Steps of the same shape as the instance above, folded: click to expand or collapse (F: every "
                   "group of the focused pane)"),
                viewport());
            return true;
        }
        const int step = stepAt(help->pos());
        if (cmp && step >= 0) {
            const Step& s = cmp->run(m_side).steps[static_cast<std::size_t>(step)];
            QToolTip::showText(help->globalPos(),
                tr("<b>Step %1</b> · %2 · <b>%3</b><br>%4") // the full name, which the arrow may have elided
                        .arg(step + 1)
                        .arg(QString::fromUtf8(stepKindId(s.kind)), QString::fromStdString(s.label).toHtmlEscaped(),
                            QString::fromStdString(cmp->run(m_side).text(step).caption).toHtmlEscaped())
                    + (m_timeMode
                            ? tr("<br>at %1").arg(TimelineTimeAxis::tickLabel(s.atMs, m_geometry.timeScale().unit(), 1))
                            : QString()),
                viewport());
            return true;
        }
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace notiflow::ui
