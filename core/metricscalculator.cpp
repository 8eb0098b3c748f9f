#include "metricscalculator.h"

#include "rulepurpose.h"
#include "run.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace notiflow {

namespace {
using Dependency = MetricsCalculator::Dependency;

// At most two, without an allocation: the calculator asks for every step of runs hundreds of thousands long.
struct Dependencies {
    std::array<Dependency, 2> list {};
    std::size_t count = 0;
    const Dependency* begin() const { return list.data(); }
    const Dependency* end() const { return list.data() + count; }
};

// Of a Step or a StepShape.
template <typename S> Dependencies dependenciesOfStep(const S& step)
{
    switch (step.kind) {
    case StepKind::Trigger:
    case StepKind::Publish:
    case StepKind::Request:
    case StepKind::Query:
    case StepKind::Update:
    case StepKind::Send:
        return { { { { step.from, step.to } } }, 1 };
    case StepKind::Deliver:
        if (step.publisher == step.to)
            return { { { { step.to, step.from } } }, 1 };
        return { { { { step.to, step.from }, { step.to, step.publisher } } }, 2 };
    case StepKind::Response: // part of its request
    case StepKind::Decision: // internal
    case StepKind::Failure:
        return {};
    }
    return {};
}

template <typename Steps> std::vector<int> synchronousDepthsOf(const Steps& steps)
{
    std::vector<int> depth(steps.size(), 0);
    for (const auto& step : steps) {
        const auto i = static_cast<std::size_t>(step.index);
        const bool isCall = (step.synchronous || step.kind == StepKind::Publish) && step.from != step.to
            && step.kind != StepKind::Response && step.kind != StepKind::Failure && step.kind != StepKind::Decision;
        if (step.kind == StepKind::Trigger)
            depth[i] = 1;
        else if (isCall && step.parent >= 0 && depth[static_cast<std::size_t>(step.parent)] > 0)
            depth[i] = depth[static_cast<std::size_t>(step.parent)] + 1;
    }
    return depth;
}

// Per action, the components its trigger synchronously needs (every step of its synchronous tree reaches one).
template <typename Steps>
std::map<int, std::set<Component>> synchronousComponents(const Steps& steps, const std::vector<int>& depth)
{
    std::map<int, std::set<Component>> components;
    for (const auto& step : steps) {
        if (depth[static_cast<std::size_t>(step.index)] > 0)
            components[step.action].insert(step.to);
    }
    return components;
}

// The first action with the most such components.
int ceilingActionOf(const std::map<int, std::set<Component>>& componentsByAction)
{
    int ceiling = -1;
    std::size_t most = 0;
    for (const auto& [action, components] : componentsByAction) {
        if (components.size() > most) {
            most = components.size();
            ceiling = action;
        }
    }
    return ceiling;
}

// A StepShape as a Step without text, where a function takes a Step.
const Step& asStep(const Step& step)
{
    return step;
}

Step asStep(const StepShape& shape)
{
    return shape.toStep();
}

template <typename Steps> void computeCoupling(const Run& run, const Steps& steps, Metrics& m)
{
    for (const auto& step : steps) {
        m.components[indexOf(step.from)].present = true;
        m.components[indexOf(step.to)].present = true;
        ++m.components[indexOf(step.from)].stepsFrom;
        ++m.stepsByKind[static_cast<std::size_t>(step.kind)];
        for (const auto& d : dependenciesOfStep(step)) {
            if (d.dependent == d.dependency)
                continue;
            auto& count = m.dependencies[indexOf(d.dependent)][indexOf(d.dependency)];
            if (count++ == 0) {
                m.dependencyKinds[indexOf(d.dependent)][indexOf(d.dependency)]
                    = classifyDependency(asStep(step), d.dependent, d.dependency, run.architecture);
            }
        }
    }
    for (int a = 0; a < componentCount; ++a) {
        auto& c = m.components[a];
        c.component = static_cast<Component>(a);
        for (int b = 0; b < componentCount; ++b) {
            c.efferent += m.dependencies[a][b] > 0 ? 1 : 0;
            c.afferent += m.dependencies[b][a] > 0 ? 1 : 0;
            m.totalDependencies += m.dependencies[a][b] > 0 ? 1 : 0;
            if (m.dependencies[a][b] > 0) {
                const auto kind = static_cast<std::size_t>(m.dependencyKinds[a][b]);
                ++m.componentDependenciesByKind[a][kind];
                ++m.dependenciesByKind[kind];
            }
        }
        const int total = c.efferent + c.afferent;
        c.instability = total == 0 ? 0.0 : static_cast<double>(c.efferent) / total;
    }
}

template <typename Steps>
void computeDomainsAndRules(const Run& run, const Steps& steps, const DecisionList& decisions, Metrics& m)
{
    for (const auto& step : steps) {
        if (step.kind != StepKind::Query && step.kind != StepKind::Update)
            continue;
        const auto owner = domainOwner(step.to, run.architecture);
        auto& foreign = m.components[indexOf(step.from)].foreignDomains;
        if ((!owner || *owner != step.from) && std::find(foreign.begin(), foreign.end(), step.to) == foreign.end())
            foreign.push_back(step.to);
    }
    for (auto& c : m.components)
        std::sort(c.foreignDomains.begin(), c.foreignDomains.end());
    for (const auto& decision : decisions) {
        auto& cm = m.components[indexOf(decision.component)];
        if (std::find(cm.rules.begin(), cm.rules.end(), decision.rule) != cm.rules.end())
            continue;
        cm.rules.emplace_back(decision.rule);
        if (componentRole(decision.component) == ComponentRole::DomainService
            && isNotificationRule(decision.rule.str())) {
            m.notificationRules[indexOf(decision.component)].emplace_back(decision.rule);
            ++m.notificationRulesInDomainServices;
        }
    }
    for (const auto& c : m.components) {
        if (componentRole(c.component) == ComponentRole::DomainService)
            m.foreignDomainsInDomainServices += static_cast<int>(c.foreignDomains.size());
    }
}

// A dependency on a component that is more unstable than the dependent (higher I) breaks the principle.
void computeSdpViolations(Metrics& m)
{
    for (int a = 0; a < componentCount; ++a) {
        for (int b = 0; b < componentCount; ++b) {
            const double from = m.components[a].instability;
            const double to = m.components[b].instability;
            if (m.dependencies[a][b] > 0 && to > from) {
                m.sdpViolations.push_back(
                    { static_cast<Component>(a), static_cast<Component>(b), from, to, m.dependencyKinds[a][b] });
            }
        }
    }
}

template <typename Steps> void computeEdges(const Steps& steps, Metrics& m)
{
    std::map<std::tuple<Component, Component, StepKind>, std::size_t> position;
    for (const auto& step : steps) {
        const auto key = std::make_tuple(step.from, step.to, step.kind);
        auto [it, inserted] = position.emplace(key, m.edges.size());
        if (inserted)
            m.edges.push_back({ step.from, step.to, step.kind, 0 });
        ++m.edges[it->second].count;
    }
}

// Depth of each step on the synchronous call tree of its trigger: 1 for the trigger (outside world to the
// service), parent + 1 for a synchronous call made while handling it, 0 outside any synchronous chain (an
// event delivery starts work the trigger does not wait for). A publish counts as a call to the bus, which
// must be up to accept the event, but nothing after it does.
template <typename Steps> void computeSyncChain(const Steps& steps, Metrics& m)
{
    const std::vector<int> depth = synchronousDepthsOf(steps);
    std::map<int, ActionCalls> callsByAction;
    int deepest = -1;
    for (const auto& step : steps) {
        const auto i = static_cast<std::size_t>(step.index);
        if (depth[i] > 0) {
            auto& calls = callsByAction[step.action];
            calls.action = step.action;
            calls.chainDepth = std::max(calls.chainDepth, depth[i]);
            // Fan-out: every request to another service the trigger waits for, however deep in the tree.
            calls.blockingCalls += step.kind == StepKind::Request ? 1 : 0;
            if (deepest < 0 || depth[i] > depth[static_cast<std::size_t>(deepest)])
                deepest = step.index;
        }
    }
    for (const auto& [action, calls] : callsByAction) {
        m.blockingCallsPerAction.push_back(calls);
        m.mostBlockingCalls = std::max(m.mostBlockingCalls, calls.blockingCalls);
    }
    if (deepest < 0)
        return;
    m.syncChainDepth = depth[static_cast<std::size_t>(deepest)];
    for (int s = deepest; s >= 0; s = steps[static_cast<std::size_t>(s)].parent)
        m.syncChain.insert(m.syncChain.begin(), steps[static_cast<std::size_t>(s)].to);
    // The ceiling is set by the action that waits on the most components.
    const auto componentsByAction = synchronousComponents(steps, depth);
    const auto ceiling = componentsByAction.find(ceilingActionOf(componentsByAction));
    if (ceiling != componentsByAction.end())
        m.syncComponents.assign(ceiling->second.begin(), ceiling->second.end());
    m.availabilityCeiling = std::pow(componentAvailability, static_cast<double>(m.syncComponents.size()));
}

// MacCormack, Rusnak and Baldwin (2006): the share of component pairs (i, j) where a change to j can reach i
// through a chain of dependencies, counting each component as reaching itself.
void computePropagationCost(Metrics& m)
{
    std::vector<int> present;
    for (int c = 0; c < componentCount; ++c) {
        if (m.components[c].present)
            present.push_back(c);
    }
    if (present.empty())
        return;
    std::array<std::array<bool, componentCount>, componentCount> reach {};
    for (int a = 0; a < componentCount; ++a) {
        reach[a][a] = true;
        for (int b = 0; b < componentCount; ++b)
            reach[a][b] = reach[a][b] || m.dependencies[a][b] > 0;
    }
    for (int k = 0; k < componentCount; ++k) {
        for (int a = 0; a < componentCount; ++a) {
            for (int b = 0; b < componentCount; ++b)
                reach[a][b] = reach[a][b] || (reach[a][k] && reach[k][b]);
        }
    }
    int reachable = 0;
    for (int a : present) {
        for (int b : present)
            reachable += reach[a][b] ? 1 : 0;
    }
    const double n = static_cast<double>(present.size());
    m.propagationCost = reachable / (n * n);
}

template <typename Steps>
Metrics computeFrom(const Run& run, const Steps& steps, const DecisionList& decisions)
{
    Metrics m;
    computeCoupling(run, steps, m);
    computeDomainsAndRules(run, steps, decisions, m);
    computeSdpViolations(m);
    computeEdges(steps, m);
    computeSyncChain(steps, m);
    computePropagationCost(m);
    return m;
}
} // namespace

std::vector<MetricsCalculator::Dependency> MetricsCalculator::dependenciesOf(const Step& step)
{
    const Dependencies found = dependenciesOfStep(step);
    return { found.begin(), found.end() };
}

std::vector<int> MetricsCalculator::synchronousDepths(const Run& run)
{
    return synchronousDepthsOf(run.steps);
}

int MetricsCalculator::ceilingAction(const Run& run)
{
    return ceilingActionOf(synchronousComponents(run.steps, synchronousDepths(run)));
}

Metrics MetricsCalculator::compute(const Run& run)
{
    return computeFrom(run, run.steps, run.decisions);
}

Metrics MetricsCalculator::compute(const Run& run, const StepShapes& steps, const DecisionList& decisions)
{
    return computeFrom(run, steps, decisions);
}

} // namespace notiflow
