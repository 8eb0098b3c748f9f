#include "textreport.h"

#include "scenariorunner.h"

#include <cstdio>
#include <string>

namespace notiflow {

namespace {
std::string padded(std::string s, std::size_t width)
{
    if (s.size() < width)
        s.append(width - s.size(), ' ');
    return s;
}

std::string fixed(double value, int decimals)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

template <typename List, typename Name> std::string joined(const List& list, Name name, const char* separator = ", ")
{
    std::string out;
    for (const auto& item : list)
        out += (out.empty() ? "" : separator) + std::string(name(item));
    return out.empty() ? "-" : out;
}
} // namespace

void TextReport::writeRun(std::ostream& out, const Scenario& scenario, const Run& run)
{
    out << "=== " << architectureName(run.architecture) << ": " << run.steps.size() << " steps, "
        << run.notifications.size() << " notifications ===\n";
    int action = -1;
    for (const auto& step : run.steps) {
        if (step.action != action) {
            action = step.action;
            out << "\nAction " << action + 1 << ": "
                << describeAction(scenario.actions[static_cast<std::size_t>(action)]) << "\n";
        }
        out << padded(std::to_string(step.index + 1) + ".", 8)
            << padded("[" + std::string(stepKindId(step.kind)) + "]", 11) << componentId(step.from) << " -> "
            << componentId(step.to) << (step.synchronous ? "" : " (async)") << ": " << step.caption << "\n";
    }
    out << "\nNotifications sent:\n";
    if (run.notifications.empty())
        out << "  none\n";
    for (const auto& n : run.notifications) {
        out << "  " << padded(notificationTypeId(n.type), 20) << padded(channelId(n.channel), 6) << n.recipient
            << (n.subject.empty() ? "" : "  \"" + n.subject + "\"") << "\n";
    }
    out << "\n";
    writeMetrics(out, run);
    out << "\n";
}

void TextReport::writeMetrics(std::ostream& out, const Run& run)
{
    const Metrics& m = run.metrics;
    out << "Coupling (Ce = depends on, Ca = depended on by, I = Ce/(Ce+Ca)):\n";
    out << "  " << padded("component", 22) << padded("Ce", 4) << padded("Ca", 4) << padded("I", 6)
        << padded("foreign data", 30) << "rules evaluated\n";
    for (const auto& c : m.components) {
        if (!c.present || isDataDomain(c.component) || componentRole(c.component) == ComponentRole::Channel)
            continue;
        out << "  " << padded(std::string(componentId(c.component)), 22) << padded(std::to_string(c.efferent), 4)
            << padded(std::to_string(c.afferent), 4) << padded(fixed(c.instability, 2), 6)
            << padded(joined(c.foreignDomains, componentId), 30)
            << joined(c.rules, [](const std::string& r) { return r; }) << "\n";
    }
    out << "Messages by kind:";
    for (int k = 0; k < stepKindCount; ++k) {
        if (const int n = m.stepsByKind[static_cast<std::size_t>(k)])
            out << " " << stepKindId(static_cast<StepKind>(k)) << " " << n << ";";
    }
    out << "\nSynchronous chain from the trigger: depth " << m.syncChainDepth << " ("
        << joined(m.syncChain, componentId, " -> ") << "); the trigger waits on " << m.syncComponents.size()
        << " components, availability ceiling " << fixed(100.0 * m.availabilityCeiling, 2) << "%\n";
    out << "Dependencies: " << m.totalDependencies << " distinct, propagation cost " << fixed(m.propagationCost, 3)
        << "\n";
}

void TextReport::write(std::ostream& out, const Comparison& c)
{
    out << "Scenario " << c.scenario.id << ": " << c.scenario.title << "\n";
    if (!c.scenario.description.empty())
        out << c.scenario.description << "\n";
    out << "\n";
    writeRun(out, c.scenario, c.eventSourced);
    writeRun(out, c.scenario, c.apiDriven);
    if (c.sameNotifications) {
        out << "Same notifications: yes, both architectures sent the same " << c.eventSourced.notifications.size()
            << " messages.\n";
    } else {
        out << "Same notifications: NO\n";
        for (const auto& line : c.differences)
            out << "  " << line << "\n";
    }
}

} // namespace notiflow
