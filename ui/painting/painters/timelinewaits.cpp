#include "painting/painters/timelinewaits.h"

#include "painting/painters/timelinetimeaxis.h"
#include "run.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace notiflow::ui {

namespace {
bool isStep(const Run& run, int index, StepKind kind)
{
    return index >= 0 && std::size_t(index) < run.steps.size() && run.steps[std::size_t(index)].kind == kind;
}
} // namespace

TimelineWaits::TimelineWaits(const Run& run)
{
    // Per event and subscriber (the publish step, the subscriber): since when the event waits for its next delivery,
    // and why; `delivered` once it was delivered with nothing pending (a repeat then waited for nothing we know of).
    struct Pending {
        std::int64_t sinceMs = 0;
        Kind kind = Kind::BusLag;
        bool delivered = false;
    };
    std::map<std::pair<int, Component>, Pending> events;
    // Per call (the step it was made in, caller, callee): when its last attempt ended (answered or timed out).
    std::map<std::tuple<int, Component, Component>, std::int64_t> calls;
    const auto add = [this](int step, std::int64_t from, std::int64_t to, Kind kind, Component lane) {
        if (to > from)
            m_waits.push_back({ step, from, to, kind, lane });
    };

    for (std::size_t i = 0; i < run.steps.size(); ++i) {
        const Step& s = run.steps[i];
        const int index = static_cast<int>(i);
        if (s.effect == FaultEffect::Enqueue && isStep(run, s.parent, StepKind::Publish)) {
            // The lag until the bus found the subscriber down, then the queue until it is delivered.
            add(index, run.steps[std::size_t(s.parent)].atMs, s.atMs, Kind::BusLag, s.from);
            events[{ s.parent, s.to }] = { s.atMs, Kind::Queued, false };
        } else if (s.kind == StepKind::Deliver) {
            const auto key = std::make_pair(s.parent, s.to);
            if (const auto it = events.find(key); it == events.end()) {
                if (isStep(run, s.parent, StepKind::Publish))
                    add(index, run.steps[std::size_t(s.parent)].atMs, s.atMs, Kind::BusLag, s.from);
            } else if (!it->second.delivered) {
                add(index, it->second.sinceMs, s.atMs, it->second.kind, s.from);
            }
            events[key] = { s.atMs, Kind::BusLag, true };
        } else if ((s.effect == FaultEffect::HandlerFailed || s.effect == FaultEffect::ResponseLost)
            && isStep(run, s.parent, StepKind::Deliver)) {
            const Step& delivery = run.steps[std::size_t(s.parent)];
            events[{ delivery.parent, delivery.to }] = { s.atMs, Kind::RedeliveryBackoff, false };
        } else if (s.kind == StepKind::Request) {
            const auto key = std::make_tuple(s.parent, s.from, s.to);
            if (const auto it = calls.find(key); it != calls.end() && s.effect == FaultEffect::Retry)
                add(index, it->second, s.atMs, Kind::RetryBackoff, s.from);
            calls[key] = s.atMs + std::max<std::int64_t>(0, s.durationMs);
        }
    }
    std::sort(m_waits.begin(), m_waits.end(),
        [](const Wait& a, const Wait& b) { return std::tie(a.toMs, a.step) < std::tie(b.toMs, b.step); });
    for (const Wait& w : m_waits)
        m_longest = std::max(m_longest, w.length());
}

const TimelineWaits::Wait* TimelineWaits::waitOf(int step) const
{
    const auto it = std::find_if(m_waits.begin(), m_waits.end(), [step](const Wait& w) { return w.step == step; });
    return it == m_waits.end() ? nullptr : &*it;
}

void TimelineWaits::forEachIn(double fromMs, double toMs, const std::function<void(const Wait&)>& f) const
{
    auto it = std::lower_bound(m_waits.begin(), m_waits.end(), fromMs,
        [](const Wait& w, double from) { return static_cast<double>(w.toMs) < from; });
    // Every wait from here ends at or after fromMs; none starting after toMs can end before toMs + the longest.
    for (; it != m_waits.end() && static_cast<double>(it->toMs - m_longest) <= toMs; ++it) {
        if (static_cast<double>(it->fromMs) <= toMs)
            f(*it);
    }
}

QString TimelineWaits::text(const Wait& wait)
{
    const QString length = TimelineTimeAxis::durationText(wait.length());
    switch (wait.kind) {
    case Kind::BusLag:
        return QStringLiteral("on the bus %1").arg(length);
    case Kind::Queued:
        return QStringLiteral("queued %1").arg(length);
    case Kind::RedeliveryBackoff:
        return QStringLiteral("redelivery backoff %1").arg(length);
    case Kind::RetryBackoff:
        return QStringLiteral("retry backoff %1").arg(length);
    }
    return length;
}

} // namespace notiflow::ui
