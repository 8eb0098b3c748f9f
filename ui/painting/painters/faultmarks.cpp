#include "painting/painters/faultmarks.h"

#include "run.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace notiflow::ui {

namespace {
// A failure record of a fault: something did not happen because of one.
bool isFailureRecord(const Step& s)
{
    switch (s.effect) {
    case FaultEffect::Timeout:
    case FaultEffect::NotSent:
    case FaultEffect::HandlerFailed:
    case FaultEffect::ResponseLost:
    case FaultEffect::Lost:
    case FaultEffect::OperationFailed:
    case FaultEffect::DeadLetter:
        return true;
    default:
        return false;
    }
}

// A failure that makes the call it happened in a failed call: it timed out, its answer or acknowledgement was lost,
// its handler failed, or the operation itself failed.
bool failsItsCall(const Step& s)
{
    return s.effect == FaultEffect::Timeout || s.effect == FaultEffect::ResponseLost
        || s.effect == FaultEffect::HandlerFailed || s.effect == FaultEffect::OperationFailed;
}
} // namespace

FaultMarks::FaultMarks(const Run& run)
{
    // A run without faults has nothing to mark: index nothing, so large fault-free runs cost no memory here.
    const bool faulted = !run.faultWindows.empty() || !run.queueDepths.empty()
        || std::any_of(run.steps.begin(), run.steps.end(), [](const Step& s) { return s.effect != FaultEffect::None; });
    if (!faulted)
        return;
    const std::size_t n = run.steps.size();
    m_stepTime.reserve(n);
    std::vector<bool> failed(n, false);
    // The attempt of a retry or redelivery follows the one before it on the same call: same parent (the trigger
    // waiting for a POST, the publish an event came from), same ends and kind.
    std::map<std::tuple<int, int, int, int>, int> lastAttempt;
    for (std::size_t i = 0; i < n; ++i) {
        const Step& s = run.steps[i];
        m_stepTime.push_back(s.atMs);
        if (isFailureRecord(s)) {
            failed[i] = true;
            if (failsItsCall(s) && s.parent >= 0 && std::size_t(s.parent) < i)
                failed[std::size_t(s.parent)] = true;
        }
        if (s.effect == FaultEffect::DeadLetter)
            m_deadLetters.push_back(static_cast<int>(i));
        if (s.kind == StepKind::Request || s.kind == StepKind::Deliver) {
            const auto key = std::make_tuple(s.parent, indexOf(s.from), indexOf(s.to), static_cast<int>(s.kind));
            const bool again = s.effect == FaultEffect::Retry || s.effect == FaultEffect::Redeliver;
            int& previous = lastAttempt[key];
            previous = again ? std::max(previous, 1) + 1 : 1;
            if (again) {
                if (m_attempt.empty())
                    m_attempt.assign(n, 0);
                m_attempt[i] = previous;
            }
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (failed[i])
            m_failed.push_back(static_cast<int>(i));
    }
    for (const FaultWindow& w : run.faultWindows) {
        if (w.mode == FaultMode::Down)
            m_outages.push_back(w);
    }
    for (const QueueDepthChange& change : run.queueDepths) {
        auto& list = m_queue[change.subscriber];
        if (list.empty())
            m_subscribers.push_back(change.subscriber);
        list.emplace_back(change.step, change.depth);
    }
    std::sort(
        m_subscribers.begin(), m_subscribers.end(), [](Component a, Component b) { return indexOf(a) < indexOf(b); });
    m_empty = run.faultWindows.empty() && m_failed.empty() && m_attempt.empty() && run.queueDepths.empty();
}

std::int64_t FaultMarks::timeAt(int step) const
{
    if (step < 0 || std::size_t(step) >= m_stepTime.size())
        return 0;
    return m_stepTime[std::size_t(step)];
}

std::optional<FaultWindow> FaultMarks::outageAt(Component c, int step) const
{
    const std::int64_t t = timeAt(step);
    for (const FaultWindow& w : m_outages) {
        if (w.component == c && t >= w.fromMs && t < w.toMs)
            return w;
    }
    return std::nullopt;
}

std::vector<Component> FaultMarks::downAt(int step) const
{
    std::vector<Component> down;
    for (int i = 0; i < componentCount; ++i) {
        const auto c = static_cast<Component>(i);
        if (outageAt(c, step))
            down.push_back(c);
    }
    return down;
}

bool FaultMarks::isFailed(int step) const
{
    return std::binary_search(m_failed.begin(), m_failed.end(), step);
}

int FaultMarks::countUpTo(const std::vector<int>& ascending, int step)
{
    return static_cast<int>(std::upper_bound(ascending.begin(), ascending.end(), step) - ascending.begin());
}

int FaultMarks::failedUpTo(int step) const
{
    return countUpTo(m_failed, step);
}

int FaultMarks::attempt(int step) const
{
    if (step < 0 || std::size_t(step) >= m_attempt.size())
        return 0;
    return m_attempt[std::size_t(step)];
}

std::vector<FaultMarks::QueueDepth> FaultMarks::queueDepthsAt(int step) const
{
    std::vector<QueueDepth> depths;
    for (Component c : m_subscribers) {
        const auto& list = m_queue[c];
        // The last change made by a step at or before `step`; changes are recorded in step order.
        const auto after = std::upper_bound(
            list.begin(), list.end(), step, [](int s, const std::pair<int, int>& change) { return s < change.first; });
        const bool used = after != list.begin();
        depths.push_back({ c, used ? std::prev(after)->second : 0, used });
    }
    return depths;
}

int FaultMarks::deadLetteredUpTo(int step) const
{
    return countUpTo(m_deadLetters, step);
}

QString FaultMarks::intervalText(const FaultWindow& window)
{
    return QStringLiteral("down %1–%2 ms").arg(window.fromMs).arg(window.toMs);
}

} // namespace notiflow::ui
