#include "widgets/views/scrubber.h"

#include "painting/folding/foldingstate.h"
#include "painting/folding/foldspans.h"
#include "painting/session/replaysession.h"
#include "painting/session/stephighlight.h"
#include "scenario.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <utility>

namespace notiflow::ui {

Scrubber::Scrubber(ReplaySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setAccessibleName(tr("Playhead"));
    setAccessibleDescription(tr("Drag to move both architectures to a moment of the scenario"));
    setToolTip(tr("Drag to scrub; marks show where each scenario action begins"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
    connect(session, &ReplaySession::playheadChanged, this, qOverload<>(&QWidget::update));
    connect(session, &ReplaySession::comparisonChanged, this, qOverload<>(&QWidget::update));
}

QSize Scrubber::sizeHint() const
{
    return { 600, fontMetrics().height() * 3 + 14 };
}

QSize Scrubber::minimumSizeHint() const
{
    return { 200, sizeHint().height() };
}

QRectF Scrubber::trackRect() const
{
    const qreal h = fontMetrics().height();
    const qreal margin = h * 0.8;
    // Action labels above the track, step numbers below. The track grows with the font (presentation zoom), so that
    // the fold spans on its two halves stay readable from the back of a room.
    return { margin, h + 6, width() - 2 * margin, std::max<qreal>(8, std::round(h * m_trackScale)) };
}

double Scrubber::timeAtX(qreal x) const
{
    const QRectF track = trackRect();
    const double duration = m_session->timeline().duration();
    if (track.width() <= 0 || duration <= 0)
        return 0;
    return std::clamp((x - track.left()) / track.width(), 0.0, 1.0) * duration;
}

qreal Scrubber::xOfTime(double time) const
{
    const QRectF track = trackRect();
    const double duration = m_session->timeline().duration();
    return track.left() + (duration > 0 ? time / duration : 0) * track.width();
}

QString Scrubber::actionLabel(int action) const
{
    const Comparison* cmp = m_session->comparison();
    if (!cmp || action < 0 || action >= static_cast<int>(cmp->scenario.actions.size()))
        return {};
    return QString::fromStdString(describeAction(cmp->scenario.actions[static_cast<std::size_t>(action)]));
}

void Scrubber::setTrackScale(qreal scale)
{
    m_trackScale = scale;
    update();
}

void Scrubber::setFolding(FoldingState* folding)
{
    m_folding = folding;
    connect(folding, &FoldingState::foldingChanged, this, qOverload<>(&QWidget::update));
    update();
}

void Scrubber::setHighlight(StepHighlight* highlight)
{
    m_highlight = highlight;
    connect(highlight, &StepHighlight::changed, this, qOverload<>(&QWidget::update));
    update();
}

QList<qreal> Scrubber::highlightMarks() const
{
    QList<qreal> marks;
    const StepSelection* selection = m_highlight ? m_highlight->selection() : nullptr;
    if (!selection || !m_session->comparison())
        return marks;
    for (const int step : selection->steps)
        marks << xOfTime(m_session->timeline().stepEnd(selection->side, step));
    return marks;
}

// A diamond per highlighted step, on the half of the track of its run (as the folds are): filled in the highlight
// colour and outlined in the text colour, so it shows on the played and the unplayed part of the track alike.
void Scrubber::paintHighlight(QPainter* painter, const QRectF& track) const
{
    const StepSelection* selection = m_highlight ? m_highlight->selection() : nullptr;
    if (!selection)
        return;
    const qreal y = selection->side == Architecture::EventSourced ? track.top() : track.bottom();
    const qreal r = track.height() * 0.75;
    painter->save();
    painter->setPen(QPen(palette().color(QPalette::WindowText), 1.2));
    painter->setBrush(palette().color(QPalette::Highlight));
    qreal last = -1e9;
    for (const qreal x : highlightMarks()) {
        if (x - last < 1.0)
            continue; // many steps on one pixel: one mark
        last = x;
        painter->drawPolygon(
            QPolygonF({ QPointF(x, y - r), QPointF(x + r * 0.7, y), QPointF(x, y + r), QPointF(x - r * 0.7, y) }));
    }
    painter->restore();
}

void Scrubber::paintFolds(QPainter* painter, const QRectF& track) const
{
    if (!m_folding || !m_session->comparison())
        return;
    const PlaybackTimeline& timeline = m_session->timeline();
    // Bold enough to read from afar on the played and the unplayed part alike: a folded group is a band striped in
    // two colours, an opened one the band's outline. The band takes whichever of the text and window colours stands
    // out more from the track (the dark themes' track is light), the stripes the other.
    const auto luminance = [](const QColor& c) { return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF(); };
    const qreal trackLuminance = luminance(palette().color(QPalette::Mid));
    QColor ink = palette().color(QPalette::WindowText);
    QColor stripes = palette().color(QPalette::Window);
    if (std::abs(luminance(stripes) - trackLuminance) > std::abs(luminance(ink) - trackLuminance))
        std::swap(ink, stripes);
    stripes.setAlphaF(0.7f);
    painter->save();
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
        const auto& groups = m_folding->folding(side).groups();
        // The event-sourced run's folds on the upper half of the track, the API-driven run's on the lower, a hair
        // apart so that two spans over each other read as two.
        const qreal gap = track.height() >= 10 ? 1 : 0;
        const QRectF half(track.left(), side == Architecture::EventSourced ? track.top() : track.center().y() + gap / 2,
            track.width(), track.height() / 2 - gap / 2);
        FoldSpans spans(2);
        for (std::size_t g = 0; g < groups.size(); ++g)
            spans.add(xOfTime(timeline.stepStart(side, groups[g].foldedFirst)),
                xOfTime(timeline.stepEnd(side, groups[g].foldedLast)), m_folding->isExpanded(side, static_cast<int>(g)));
        for (const FoldSpan& s : spans.spans()) {
            const QRectF span(s.x0, half.top(), s.x1 - s.x0, half.height());
            if (s.expanded) {
                painter->setPen(QPen(ink, 1.2));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(span.adjusted(0.6, 0.6, -0.6, -0.6));
            } else {
                painter->setPen(Qt::NoPen);
                painter->setBrush(ink);
                painter->drawRect(span);
                painter->setBrush(QBrush(stripes, Qt::BDiagPattern));
                painter->drawRect(span);
            }
        }
    }
    painter->restore();
}

void Scrubber::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRectF track = trackRect();
    const PlaybackTimeline& timeline = m_session->timeline();
    const double duration = timeline.duration();
    const QFontMetricsF fm(font());

    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::Mid));
    p.drawRoundedRect(track, 4, 4);
    if (duration > 0) {
        QRectF done = track;
        done.setRight(xOfTime(m_session->playhead()));
        p.setBrush(pal.color(QPalette::Highlight));
        p.drawRoundedRect(done, 4, 4);
    }

    paintFolds(&p, track);

    // Action markers: a tick through the track and the action's name above it, elided to its stretch.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.88);
    const QFontMetricsF sfm(small);
    p.setFont(small);
    const int current = m_session->currentAction();
    for (int a = 0; a < timeline.actionCount(); ++a) {
        const qreal x0 = xOfTime(timeline.actionStart(a));
        const qreal x1 = xOfTime(timeline.actionEnd(a));
        p.setPen(QPen(pal.color(QPalette::WindowText), 1.5));
        p.drawLine(QPointF(x0, track.top() - 4), QPointF(x0, track.bottom() + 2));
        const QString text = QStringLiteral("%1 %2").arg(a + 1).arg(actionLabel(a));
        const QString shown = sfm.elidedText(text, Qt::ElideRight, std::max<qreal>(0, x1 - x0 - 6));
        QFont f = small;
        f.setBold(a == current);
        p.setFont(f);
        p.setPen(pal.color(a == current ? QPalette::WindowText : QPalette::PlaceholderText));
        p.drawText(QRectF(x0 + 3, 0, std::max<qreal>(0, x1 - x0 - 4), track.top() - 3), Qt::AlignLeft | Qt::AlignBottom,
            shown);
    }
    p.setFont(small);

    // Step numbers: ticks at a round interval that leaves room for each number.
    if (duration > 0) {
        const qreal labelWidth = sfm.horizontalAdvance(QString::number(static_cast<int>(duration))) + 14;
        const double maxLabels = std::max(1.0, track.width() / labelWidth);
        double interval = 1;
        const double raw = duration / maxLabels;
        const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
        for (const double f : { 1.0, 2.0, 5.0, 10.0 }) {
            interval = f * magnitude;
            if (interval >= raw)
                break;
        }
        p.setPen(pal.color(QPalette::PlaceholderText));
        for (double t = 0; t <= duration + 1e-9; t += interval) {
            const qreal x = xOfTime(t);
            p.drawLine(QPointF(x, track.bottom() + 2), QPointF(x, track.bottom() + 5));
            p.drawText(QRectF(x - labelWidth / 2, track.bottom() + 5, labelWidth, sfm.height()),
                Qt::AlignHCenter | Qt::AlignTop, QString::number(static_cast<long long>(t)));
        }
    }

    paintHighlight(&p, track); // over the action ticks, under the handle

    // The handle.
    const qreal hx = xOfTime(m_session->playhead());
    p.setPen(QPen(pal.color(QPalette::Base), 2));
    p.setBrush(pal.color(QPalette::Highlight));
    const qreal radius = std::max<qreal>(7, track.height() * 0.75);
    p.drawEllipse(QPointF(hx, track.center().y()), radius, radius);
}

void Scrubber::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_session->pause();
    m_session->setPlayhead(timeAtX(event->position().x()));
}

void Scrubber::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging)
        m_session->setPlayhead(timeAtX(event->position().x()));
}

void Scrubber::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return;
    m_dragging = false;
    // Let go between two steps: settle on the nearest final frame, as a step key would.
    const double t = timeAtX(event->position().x());
    m_session->setPlayhead(std::round(t));
}

bool Scrubber::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const double t = timeAtX(help->pos().x());
        const int action = m_session->timeline().actionAt(t);
        if (action >= 0) {
            QToolTip::showText(help->globalPos(),
                tr("Step %1 · action %2: %3")
                    .arg(static_cast<int>(std::ceil(t)))
                    .arg(action + 1)
                    .arg(actionLabel(action)),
                this);
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace notiflow::ui
