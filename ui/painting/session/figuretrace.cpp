// Selects steps only through MetricsTrace and the recorded call tree: no figure is traced by a rule of its own, so
// what is highlighted is what was counted.
#include "painting/session/figuretrace.h"

#include "metricscalculator.h"
#include "metricstrace.h"
#include "painting/style/displaytext.h"
#include "run.h"
#include "scenariorunner.h"

#include <algorithm>

namespace notiflow::ui {

namespace {
std::vector<int> merged(std::vector<int> a, const std::vector<int>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return a;
}

// A recorded step and every step during whose handling it happened, back to the trigger.
std::vector<int> withCauses(const Run& run, int step)
{
    std::vector<int> steps;
    for (int s = step; s >= 0 && s < static_cast<int>(run.steps.size());
         s = run.steps[static_cast<std::size_t>(s)].parent)
        steps.push_back(s);
    std::sort(steps.begin(), steps.end());
    return steps;
}

const ComponentMetrics& metricsOf(const Run& run, Component c)
{
    return run.metrics.components[static_cast<std::size_t>(indexOf(c))];
}
} // namespace

std::vector<int> FigureTrace::steps(const Run& run, const TracedFigure& f)
{
    using Kind = TracedFigure::Kind;
    switch (f.kind) {
    case Kind::DataAccess:
        return MetricsTrace::dataAccess(run, f.component, f.other);
    case Kind::RuleEvaluation:
        return MetricsTrace::ruleEvaluations(run, f.component, f.rule);
    case Kind::Dependency:
        return MetricsTrace::dependency(run, f.component, f.other);
    case Kind::Efferent:
        return MetricsTrace::efferent(run, f.component);
    case Kind::Afferent:
        return MetricsTrace::afferent(run, f.component);
    case Kind::Instability: // Ce / (Ca + Ce): both counts are behind it
        return merged(MetricsTrace::efferent(run, f.component), MetricsTrace::afferent(run, f.component));
    case Kind::StepsOfKind: {
        std::vector<int> steps;
        for (const Step& s : run.steps) {
            if (f.index < 0 || static_cast<int>(s.kind) == f.index)
                steps.push_back(s.index);
        }
        return steps;
    }
    case Kind::WaitedOn:
        return MetricsTrace::waitedOn(run, f.component, MetricsCalculator::ceilingAction(run));
    case Kind::BlockingCalls:
        return MetricsTrace::blockingCalls(run, f.index);
    case Kind::NotificationRules:
        return MetricsTrace::notificationRulesInDomainServices(run);
    case Kind::ForeignDomains: {
        std::vector<int> steps;
        for (const ComponentMetrics& cm : run.metrics.components) {
            if (componentRole(cm.component) != ComponentRole::DomainService)
                continue;
            for (Component domain : cm.foreignDomains)
                steps = merged(std::move(steps), MetricsTrace::dataAccess(run, cm.component, domain));
        }
        return steps;
    }
    case Kind::Decision:
        if (f.index < 0 || f.index >= static_cast<int>(run.decisions.size()))
            return {};
        return withCauses(run, run.decisions[static_cast<std::size_t>(f.index)].step);
    case Kind::Message:
        if (f.index < 0 || f.index >= static_cast<int>(run.notifications.size()))
            return {};
        return withCauses(run, run.notifications[static_cast<std::size_t>(f.index)].step);
    }
    return {};
}

QString FigureTrace::describe(const Run& run, const TracedFigure& f)
{
    using Kind = TracedFigure::Kind;
    const QString name = componentTitle(f.component);
    switch (f.kind) {
    case Kind::DataAccess:
        return tr("%1 reads %2, data it does not own").arg(name, componentTitle(f.other));
    case Kind::RuleEvaluation:
        return tr("%1 evaluates rule %2").arg(name, toQString(f.rule));
    case Kind::Dependency:
        return tr("%1 depends on %2").arg(name, componentTitle(f.other));
    case Kind::Efferent:
        return tr("Ce %1 of %2: what it depends on").arg(metricsOf(run, f.component).efferent).arg(name);
    case Kind::Afferent:
        return tr("Ca %1 of %2: what depends on it").arg(metricsOf(run, f.component).afferent).arg(name);
    case Kind::Instability:
        return tr("Instability of %1: its Ce and Ca steps").arg(name);
    case Kind::StepsOfKind:
        return f.index < 0 ? tr("All steps") : tr("%1 steps").arg(stepKindTitle(static_cast<StepKind>(f.index)));
    case Kind::WaitedOn:
        return tr("The trigger waits on %1").arg(name);
    case Kind::BlockingCalls:
        return tr("Blocking calls of action %1").arg(f.index + 1);
    case Kind::NotificationRules:
        return tr("Notification rules in domain services");
    case Kind::ForeignDomains:
        return tr("Domain services reading data they do not own");
    case Kind::Decision:
        if (f.index >= 0 && f.index < static_cast<int>(run.decisions.size())) {
            const Decision& d = run.decisions[static_cast<std::size_t>(f.index)];
            return tr("%1 decides %2 for %3, and what led to it")
                .arg(componentTitle(d.component), toQString(d.rule.str()), toQString(d.subject));
        }
        break;
    case Kind::Message:
        if (f.index >= 0 && f.index < static_cast<int>(run.notifications.size())) {
            const SentNotification& n = run.notifications[static_cast<std::size_t>(f.index)];
            return tr("%1 to %2, and what led to it").arg(notificationTypeTitle(n.type), toQString(n.recipient));
        }
        break;
    }
    return {};
}

StepSelection FigureTrace::select(const Comparison& comparison, const TracedFigure& figure)
{
    const Run& run = comparison.run(figure.side);
    return { figure.side, steps(run, figure), describe(run, figure) };
}

} // namespace notiflow::ui
