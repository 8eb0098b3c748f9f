#include "faultschedule.h"

namespace notiflow {

FaultSchedule::FaultSchedule(const std::vector<Fault>& faults, const Policies& policies, Architecture architecture,
    const std::vector<std::int64_t>& actionStartMs, std::int64_t endMs)
    : m_policies(policies)
{
    const auto startOf = [&](int action) {
        return action < static_cast<int>(actionStartMs.size()) ? actionStartMs[std::size_t(action)] : endMs;
    };
    for (const Fault& fault : faults) {
        if (const auto component = fault.target(architecture))
            m_windows.push_back(
                { *component, fault.mode, startOf(fault.fromAction), startOf(fault.toAction + 1), fault.extraMs });
    }
}

bool FaultSchedule::holds(Component component, FaultMode mode, std::int64_t t) const
{
    for (const FaultWindow& w : m_windows) {
        if (w.component == component && w.mode == mode && t >= w.fromMs && t < w.toMs)
            return true;
    }
    return false;
}

std::int64_t FaultSchedule::extraMs(Component component, std::int64_t t) const
{
    std::int64_t extra = 0;
    for (const FaultWindow& w : m_windows) {
        if (w.component == component && w.mode == FaultMode::Slow && t >= w.fromMs && t < w.toMs)
            extra += w.extraMs;
    }
    return extra;
}

std::int64_t FaultSchedule::upAgain(Component component, std::int64_t t) const
{
    // Windows may touch or overlap: follow them until none holds.
    bool moved = true;
    while (moved) {
        moved = false;
        for (const FaultWindow& w : m_windows) {
            if (w.component == component && w.mode == FaultMode::Down && t >= w.fromMs && t < w.toMs) {
                t = w.toMs;
                moved = true;
            }
        }
    }
    return t;
}

} // namespace notiflow
