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

// "a, b, c" of what `name` makes of each item; "-" for none.
template <typename List, typename Name>
std::string joinedNames(const List& list, Name name, const char* separator = ", ")
{
    std::string out;
    for (const auto& item : list)
        out += (out.empty() ? "" : separator) + std::string(name(item));
    return out.empty() ? "-" : out;
}
} // namespace

void TextReport::writeRun(std::ostream& out, const Scenario& scenario, const Run& run)
{
    out << "=== " << architectureName(run.architecture) << ": " << countOf(run.steps.size(), "step", "steps") << ", "
        << countOf(run.notifications.size(), "notification", "notifications") << " ===\n";
    int action = -1;
    run.forEachStepWithText([&](const NarratedStep& step) {
        if (step.action != action) {
            action = step.action;
            out << "\nAction " << action + 1 << ": "
                << describeAction(scenario.actions[static_cast<std::size_t>(action)]) << "\n";
        }
        out << padded(std::to_string(step.index + 1) + ".", 8)
            << padded("[" + std::string(stepKindId(step.kind)) + "]", 11) << componentId(step.from) << " -> "
            << componentId(step.to) << (step.synchronous ? "" : " (async)") << ": " << step.caption << "\n";
    });
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
    writeOutcome(out, run);
    out << "\n";
}

void TextReport::writeOutcome(std::ostream& out, const Run& run)
{
    const Outcome& o = run.outcome;
    const auto row
        = [&out](const char* name, const std::string& value) { out << "  " << padded(name, 20) << value << "\n"; };
    out << "Outcome against the fault-free run (" << architectureName(run.architecture) << "):\n";
    row("failed actions", joinedNames(o.failedActions, [](int a) { return std::to_string(a + 1); }));
    std::string lost = std::to_string(o.lost);
    for (const auto& n : o.lostNotifications) {
        lost += "; " + std::string(notificationTypeId(n.type)) + " " + channelId(n.channel) + " " + n.customerId
            + " (action " + std::to_string(n.action + 1) + ")";
    }
    row("lost", lost);
    row("delayed", std::to_string(o.delayed));
    row("duplicated", std::to_string(o.duplicated));
    std::string triggers;
    for (std::size_t a = 0; a < o.triggerLatencyMs.size(); ++a)
        triggers += (a ? ", " : "") + std::string("action ") + std::to_string(a + 1) + ": "
            + std::to_string(o.triggerLatencyMs[a]);
    row("trigger latency ms", triggers.empty() ? "-" : triggers);
    row("notify latency ms",
        "p50 " + std::to_string(o.notifyLatencyMs.p50) + ", p95 " + std::to_string(o.notifyLatencyMs.p95) + ", max "
            + std::to_string(o.notifyLatencyMs.max));
    row("max queue depth", std::to_string(o.maxQueueDepth));
    row("retries", std::to_string(o.retries));
    row("dead-lettered", std::to_string(o.deadLettered));
    if (!o.unaffectedFaults.empty()) {
        row("faults not here", joinedNames(o.unaffectedFaults, [](int f) {
            return "fault " + std::to_string(f);
        }) + " (a component this architecture does not have)");
    }
}

std::string TextReport::countOf(std::size_t n, std::string_view singular, std::string_view plural)
{
    return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

std::string TextReport::splitDependencies(const std::array<int, dependencyKindCount>& byKind)
{
    // Infrastructure last and apart: a bus or a channel is not coupling between teams.
    std::string out;
    for (const DependencyKind k : allDependencyKinds) {
        if (k == DependencyKind::Infrastructure)
            continue;
        out += (out.empty() ? "" : ", ") + std::string(dependencyKindName(k)) + " "
            + std::to_string(byKind[static_cast<std::size_t>(k)]);
    }
    return out + "; infrastructure " + std::to_string(byKind[static_cast<std::size_t>(DependencyKind::Infrastructure)]);
}

void TextReport::writeHeadline(std::ostream& out, const Run& run)
{
    const Metrics& m = run.metrics;
    std::string foreign;
    std::string rules;
    for (const auto& c : m.components) {
        if (componentRole(c.component) != ComponentRole::DomainService)
            continue;
        if (!c.foreignDomains.empty())
            foreign += "; " + std::string(componentId(c.component)) + ": " + joinedNames(c.foreignDomains, componentId);
        const auto& notificationRules = m.notificationRules[static_cast<std::size_t>(indexOf(c.component))];
        if (!notificationRules.empty()) {
            rules += "; " + std::string(componentId(c.component)) + ": "
                + joinedNames(notificationRules, [](const std::string& r) { return r; });
        }
    }
    out << "Foreign data domains in domain services: " << m.foreignDomainsInDomainServices << foreign << "\n";
    out << "Notification rules in domain services: " << m.notificationRulesInDomainServices << rules << "\n";
    out << "Blocking calls per action:";
    for (const auto& a : m.blockingCallsPerAction)
        out << " action " << a.action + 1 << ": " << a.blockingCalls << " (chain depth " << a.chainDepth << ");";
    out << (m.blockingCallsPerAction.empty() ? " none\n" : "\n");
    out << "Dependencies by kind: " << splitDependencies(m.dependenciesByKind) << "\n";
}

void TextReport::writeMetrics(std::ostream& out, const Run& run)
{
    const Metrics& m = run.metrics;
    writeHeadline(out, run);
    out << "Coupling (Ce = depends on, Ca = depended on by, I = Ce/(Ce+Ca)):\n";
    out << "  " << padded("component", 22) << padded("Ce", 4) << padded("Ca", 4) << padded("I", 6)
        << padded("foreign data", 30) << "rules evaluated\n";
    for (const auto& c : m.components) {
        if (!c.present || isDataDomain(c.component) || componentRole(c.component) == ComponentRole::Channel)
            continue;
        out << "  " << padded(std::string(componentId(c.component)), 22) << padded(std::to_string(c.efferent), 4)
            << padded(std::to_string(c.afferent), 4) << padded(fixed(c.instability, 2), 6)
            << padded(joinedNames(c.foreignDomains, componentId), 30)
            << joinedNames(c.rules, [](const std::string& r) { return r; }) << "\n";
    }
    out << "Dependencies by kind per component (domain data/own data/service API/event contract; infrastructure):\n";
    for (const auto& c : m.components) {
        if (!c.present || c.efferent == 0)
            continue;
        const auto& k = m.componentDependenciesByKind[static_cast<std::size_t>(indexOf(c.component))];
        out << "  " << padded(std::string(componentId(c.component)), 22) << k[0] << "/" << k[1] << "/" << k[2] << "/"
            << k[3] << "; " << k[4] << "\n";
    }
    out << "Stable Dependencies Principle: " << countOf(m.sdpViolations.size(), "violation", "violations");
    for (const auto& v : m.sdpViolations) {
        out << "; " << componentId(v.from) << " (I " << fixed(v.fromInstability, 2) << ") -> " << componentId(v.to)
            << " (I " << fixed(v.toInstability, 2) << ")";
    }
    out << "\n";
    out << "Messages by kind:";
    for (int k = 0; k < stepKindCount; ++k) {
        if (const int n = m.stepsByKind[static_cast<std::size_t>(k)])
            out << " " << stepKindId(static_cast<StepKind>(k)) << " " << n << ";";
    }
    out << "\nSynchronous chain from the trigger: depth " << m.syncChainDepth << " ("
        << joinedNames(m.syncChain, componentId, " -> ") << "); the trigger waits on " << m.syncComponents.size()
        << (m.syncComponents.size() == 1 ? " component" : " components") << ", availability ceiling "
        << fixed(100.0 * m.availabilityCeiling, 2) << "%\n";
    out << "Dependencies: " << m.totalDependencies << " distinct (" << splitDependencies(m.dependenciesByKind)
        << "), propagation cost " << fixed(m.propagationCost, 3) << "\n";
}

void TextReport::write(std::ostream& out, const Comparison& c)
{
    out << "Scenario " << c.scenario.id << ": " << c.scenario.title << "\n";
    if (!c.scenario.description.empty())
        out << c.scenario.description << "\n";
    for (std::size_t i = 0; i < c.scenario.faults.size(); ++i) {
        const Fault& f = c.scenario.faults[i];
        out << "Fault " << i << ": " << (f.component ? componentId(*f.component) : "notification_side") << " "
            << faultModeId(f.mode) << (f.mode == FaultMode::Slow ? " (+" + std::to_string(f.extraMs) + " ms)" : "")
            << ", actions " << f.fromAction + 1 << " to " << f.toAction + 1 << "\n";
    }
    if (!c.scenario.faults.empty())
        out << "Policy on a failed notification: " << notifyFailurePolicyId(c.scenario.policies.onNotifyFailure)
            << "\n";
    out << "\n";
    writeRun(out, c.scenario, c.eventSourced);
    writeRun(out, c.scenario, c.apiDriven);
    if (c.sameNotifications) {
        out << "Same notifications: yes, both architectures sent the same "
            << countOf(c.eventSourced.notifications.size(), "message", "messages") << ".\n";
    } else {
        out << "Same notifications: NO\n";
        for (const auto& line : c.differences)
            out << "  " << line << "\n";
    }
}

} // namespace notiflow
