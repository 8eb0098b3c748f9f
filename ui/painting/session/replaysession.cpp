#include "painting/session/replaysession.h"

#include <algorithm>

namespace notiflow::ui {

ReplaySession::ReplaySession(QObject* parent)
    : QObject(parent)
{
    // About one frame of a 60 Hz display; the advance itself uses the measured delta, so late frames do not
    // slow the playback down.
    m_frameTimer.setInterval(16);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &ReplaySession::advanceFrame);
}

void ReplaySession::setComparison(std::shared_ptr<const Comparison> comparison)
{
    pause();
    m_comparison = std::move(comparison);
    m_timeline
        = m_comparison ? PlaybackTimeline(m_comparison->eventSourced, m_comparison->apiDriven) : PlaybackTimeline();
    m_playhead = 0;
    m_selectedStep = -1;
    Q_EMIT comparisonChanged();
    Q_EMIT playheadChanged(m_playhead);
    Q_EMIT selectedStepChanged(m_selectedSide, m_selectedStep);
}

void ReplaySession::setPlayhead(double time)
{
    time = std::clamp(time, 0.0, m_timeline.duration());
    if (time == m_playhead)
        return;
    m_playhead = time;
    // The details follow the playhead until the user picks another step; moving the playhead ends that choice. The
    // choice moves before anyone hears of the playhead: a listener never sees the new playhead with the old choice
    // (the details panel took that for a step picked by hand and offered "Follow playhead" for an instant, at the
    // cost of two layouts of the window per step).
    const int current = currentStep(m_selectedSide);
    const bool selectionMoved = current != m_selectedStep;
    m_selectedStep = current;
    Q_EMIT playheadChanged(m_playhead);
    if (selectionMoved)
        Q_EMIT selectedStepChanged(m_selectedSide, m_selectedStep);
}

void ReplaySession::play()
{
    if (m_playing || m_timeline.duration() <= 0)
        return;
    if (m_playhead >= m_timeline.duration())
        setPlayhead(0); // playing from the end starts over, as media players do
    m_playing = true;
    m_clock.start();
    m_frameTimer.start();
    Q_EMIT playingChanged(true);
}

void ReplaySession::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_frameTimer.stop();
    Q_EMIT playingChanged(false);
}

void ReplaySession::togglePlaying()
{
    if (m_playing)
        pause();
    else
        play();
}

void ReplaySession::setSpeed(double speed)
{
    speed = std::clamp(speed, speedSteps.front(), speedSteps.back());
    if (speed == m_speed)
        return;
    m_speed = speed;
    Q_EMIT speedChanged(m_speed);
}

void ReplaySession::slower()
{
    for (auto it = speedSteps.rbegin(); it != speedSteps.rend(); ++it) {
        if (*it < m_speed - 1e-9) {
            setSpeed(*it);
            return;
        }
    }
}

void ReplaySession::faster()
{
    for (double step : speedSteps) {
        if (step > m_speed + 1e-9) {
            setSpeed(step);
            return;
        }
    }
}

void ReplaySession::stepForward()
{
    pause();
    setPlayhead(m_timeline.nextStop(m_playhead));
}

void ReplaySession::stepBack()
{
    pause();
    setPlayhead(m_timeline.previousStop(m_playhead));
}

void ReplaySession::goToStart()
{
    pause();
    setPlayhead(0);
}

void ReplaySession::goToEnd()
{
    pause();
    setPlayhead(m_timeline.duration());
}

void ReplaySession::seekToStep(Architecture side, int step)
{
    pause();
    if (step < 0) {
        setPlayhead(0);
        return;
    }
    setPlayhead(m_timeline.stepEnd(side, step));
    selectStep(side, step);
}

void ReplaySession::selectStep(Architecture side, int step)
{
    if (side == m_selectedSide && step == m_selectedStep)
        return;
    m_selectedSide = side;
    m_selectedStep = step;
    Q_EMIT selectedStepChanged(side, step);
}

void ReplaySession::selectCustomer(const QString& customerId)
{
    if (customerId == m_selectedCustomer)
        return;
    m_selectedCustomer = customerId;
    Q_EMIT selectedCustomerChanged(customerId);
}

void ReplaySession::advanceFrame()
{
    const double seconds = static_cast<double>(m_clock.restart()) / 1000.0;
    const double next = m_playhead + seconds * m_speed * slotsPerSecond;
    if (next >= m_timeline.duration()) {
        setPlayhead(m_timeline.duration());
        pause(); // nothing moves any more, so the timer must not keep waking the process
        return;
    }
    setPlayhead(next);
}

} // namespace notiflow::ui
