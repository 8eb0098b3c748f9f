#include "painting/session/playbacktimeline.h"

#include "run.h"

#include <algorithm>
#include <cmath>

namespace notiflow::ui {

namespace {
// Per action, the index of its first step plus a sentinel one past the last step. Runs built by hand may
// leave actionFirstStep short or empty; missing entries mean "no steps in that action".
std::vector<int> boundaries(const Run& run, int actions)
{
    const int stepCount = static_cast<int>(run.steps.size());
    std::vector<int> first(static_cast<std::size_t>(actions) + 1, stepCount);
    for (int a = 0; a < actions && a < static_cast<int>(run.actionFirstStep.size()); ++a)
        first[static_cast<std::size_t>(a)] = std::clamp(run.actionFirstStep[static_cast<std::size_t>(a)], 0, stepCount);
    // Keep them monotonic so that binary searches stay valid even on odd input.
    for (int a = actions - 1; a >= 0; --a)
        first[static_cast<std::size_t>(a)]
            = std::min(first[static_cast<std::size_t>(a)], first[static_cast<std::size_t>(a) + 1]);
    return first;
}
} // namespace

PlaybackTimeline::PlaybackTimeline(const Run& eventSourced, const Run& apiDriven)
{
    const int actions
        = static_cast<int>(std::max(eventSourced.actionFirstStep.size(), apiDriven.actionFirstStep.size()));
    m_es.actionFirstStep = boundaries(eventSourced, actions);
    m_ad.actionFirstStep = boundaries(apiDriven, actions);
    m_actionStart.resize(static_cast<std::size_t>(actions));
    double t = 0;
    for (int a = 0; a < actions; ++a) {
        m_actionStart[static_cast<std::size_t>(a)] = t;
        t += std::max(m_es.stepsIn(a), m_ad.stepsIn(a));
    }
    m_duration = t;
}

int PlaybackTimeline::Side::stepsIn(int action) const
{
    return actionFirstStep[static_cast<std::size_t>(action) + 1] - actionFirstStep[static_cast<std::size_t>(action)];
}

int PlaybackTimeline::Side::actionOf(int step) const
{
    // The last action whose first step is <= step; empty actions share their first index with the next one.
    const auto it = std::upper_bound(actionFirstStep.begin(), actionFirstStep.end() - 1, step);
    return static_cast<int>(it - actionFirstStep.begin()) - 1;
}

double PlaybackTimeline::actionStart(int action) const
{
    if (action < 0)
        return 0;
    if (action >= actionCount())
        return m_duration;
    return m_actionStart[static_cast<std::size_t>(action)];
}

double PlaybackTimeline::actionEnd(int action) const
{
    return action + 1 >= actionCount() ? m_duration : actionStart(action + 1);
}

int PlaybackTimeline::actionAt(double time) const
{
    if (m_actionStart.empty() || time <= 0)
        return m_actionStart.empty() ? -1 : 0;
    // An action owns the half-open interval (start, end]: at its end boundary its last step is on its final
    // frame, which is what a step key lands on. Empty actions own nothing.
    const auto it = std::lower_bound(m_actionStart.begin(), m_actionStart.end(), time);
    int action = static_cast<int>(it - m_actionStart.begin()) - 1;
    return std::clamp(action, 0, actionCount() - 1);
}

PlaybackTimeline::Position PlaybackTimeline::positionAt(Architecture sideId, double time) const
{
    const Side& s = side(sideId);
    if (m_actionStart.empty() || time <= 0)
        return {};
    time = std::min(time, m_duration);
    const int action = actionAt(time);
    const int first = s.actionFirstStep[static_cast<std::size_t>(action)];
    const int count = s.stepsIn(action);
    if (count == 0) // nothing happens on this side during the action: keep showing what came before
        return first > 0 ? Position { first - 1, 1.0 } : Position {};
    const double local = time - m_actionStart[static_cast<std::size_t>(action)];
    if (local >= count) // this side is done with the action and waits for the other
        return { first + count - 1, 1.0 };
    // Step i of the action animates during (i, i + 1]; at exactly i + 1 it is on its final frame.
    const double slot = std::ceil(local) - 1;
    return { first + static_cast<int>(slot), local - slot };
}

double PlaybackTimeline::stepStart(Architecture sideId, int step) const
{
    const Side& s = side(sideId);
    if (m_actionStart.empty() || step < 0)
        return 0;
    const int total = s.actionFirstStep.back();
    if (step >= total)
        return m_duration;
    const int action = s.actionOf(step);
    return m_actionStart[static_cast<std::size_t>(action)]
        + (step - s.actionFirstStep[static_cast<std::size_t>(action)]);
}

int PlaybackTimeline::stepCount(Architecture sideId) const
{
    const Side& s = side(sideId);
    return s.actionFirstStep.empty() ? 0 : s.actionFirstStep.back();
}

int PlaybackTimeline::actionOfStep(Architecture sideId, int step) const
{
    const Side& s = side(sideId);
    if (m_actionStart.empty() || step < 0 || step >= s.actionFirstStep.back())
        return -1;
    return s.actionOf(step);
}

double PlaybackTimeline::nextStop(double time) const
{
    // Slot boundaries are whole numbers because every action starts at a sum of step counts.
    return std::clamp(std::floor(time + 1e-9) + 1.0, 0.0, m_duration);
}

double PlaybackTimeline::previousStop(double time) const
{
    return std::clamp(std::ceil(time - 1e-9) - 1.0, 0.0, m_duration);
}

} // namespace notiflow::ui
