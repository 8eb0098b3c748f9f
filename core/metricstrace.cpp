#include "metricstrace.h"

#include "metricscalculator.h"
#include "rulepurpose.h"
#include "run.h"

#include <algorithm>
#include <functional>

namespace notiflow {

namespace {
std::vector<int> stepsWhere(const Run& run, const std::function<bool(const Step&)>& keep)
{
    std::vector<int> steps;
    for (const Step& step : run.steps) {
        if (keep(step))
            steps.push_back(step.index);
    }
    return steps;
}

bool makesDependency(const Step& step, const std::function<bool(const MetricsCalculator::Dependency&)>& match)
{
    const auto deps = MetricsCalculator::dependenciesOf(step);
    return std::any_of(deps.begin(), deps.end(),
        [&](const MetricsCalculator::Dependency& d) { return d.dependent != d.dependency && match(d); });
}

std::vector<int> decisionSteps(const Run& run, const std::function<bool(const Decision&)>& keep)
{
    std::vector<int> steps;
    for (const Decision& d : run.decisions) {
        if (keep(d) && (steps.empty() || steps.back() != d.step))
            steps.push_back(d.step);
    }
    return steps;
}
} // namespace

std::vector<int> MetricsTrace::dataAccess(const Run& run, Component component, Component domain)
{
    return stepsWhere(run, [&](const Step& s) {
        return (s.kind == StepKind::Query || s.kind == StepKind::Update) && s.from == component && s.to == domain;
    });
}

std::vector<int> MetricsTrace::ruleEvaluations(const Run& run, Component component, const std::string& rule)
{
    return decisionSteps(run, [&](const Decision& d) { return d.component == component && d.rule == rule; });
}

std::vector<int> MetricsTrace::dependency(const Run& run, Component dependent, Component dependencyOn)
{
    return stepsWhere(run, [&](const Step& s) {
        return makesDependency(
            s, [&](const auto& d) { return d.dependent == dependent && d.dependency == dependencyOn; });
    });
}

std::vector<int> MetricsTrace::efferent(const Run& run, Component component)
{
    return stepsWhere(run,
        [&](const Step& s) { return makesDependency(s, [&](const auto& d) { return d.dependent == component; }); });
}

std::vector<int> MetricsTrace::afferent(const Run& run, Component component)
{
    return stepsWhere(run,
        [&](const Step& s) { return makesDependency(s, [&](const auto& d) { return d.dependency == component; }); });
}

std::vector<int> MetricsTrace::waitedOn(const Run& run, Component component, int action)
{
    const std::vector<int> depth = MetricsCalculator::synchronousDepths(run);
    return stepsWhere(run, [&](const Step& s) {
        return depth[static_cast<std::size_t>(s.index)] > 0 && s.to == component && (action < 0 || s.action == action);
    });
}

std::vector<int> MetricsTrace::blockingCalls(const Run& run, int action)
{
    const std::vector<int> depth = MetricsCalculator::synchronousDepths(run);
    return stepsWhere(run, [&](const Step& s) {
        return s.action == action && s.kind == StepKind::Request && depth[static_cast<std::size_t>(s.index)] > 0;
    });
}

std::vector<int> MetricsTrace::notificationRulesInDomainServices(const Run& run)
{
    return decisionSteps(run, [](const Decision& d) {
        return componentRole(d.component) == ComponentRole::DomainService && isNotificationRule(d.rule.str());
    });
}

} // namespace notiflow
