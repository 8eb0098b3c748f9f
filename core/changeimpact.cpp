#include "changeimpact.h"

#include "rule.h"

#include <algorithm>
#include <map>
#include <set>

namespace notiflow {

namespace {

// Collects the components to change with their reasons, without duplicates, in enum order.
class ImpactBuilder {
public:
    void add(Component c, const std::string& reason, const std::string& newDependency = {})
    {
        ComponentChange& change = m_changes[c];
        change.component = c;
        if (std::find(change.reasons.begin(), change.reasons.end(), reason) == change.reasons.end())
            change.reasons.push_back(reason);
        if (!newDependency.empty()
            && std::find(change.newDependencies.begin(), change.newDependencies.end(), newDependency)
                == change.newDependencies.end())
            change.newDependencies.push_back(newDependency);
    }

    std::vector<ComponentChange> take()
    {
        std::vector<ComponentChange> list;
        for (auto& [component, change] : m_changes)
            list.push_back(std::move(change));
        return list;
    }

private:
    std::map<Component, ComponentChange> m_changes;
};

// What the run says about who did what, gathered once.
class RunFacts {
public:
    explicit RunFacts(const Run& run)
        : m_run(run)
    {
        for (const Step& step : run.steps) {
            if (step.kind == StepKind::Query)
                m_reads.insert({ step.from, step.to });
        }
    }

    std::set<Component> evaluatorsOf(std::string_view rule) const
    {
        std::set<Component> found;
        for (const Decision& d : m_run.decisions) {
            if (d.rule == rule)
                found.insert(d.component);
        }
        return found;
    }

    bool reads(Component reader, Component domain) const { return m_reads.count({ reader, domain }) > 0; }

    // The components that sent messages of `type` (the ones that render its template).
    std::set<Component> renderersOf(NotificationType type) const
    {
        std::set<Component> found;
        for (const SentNotification& n : m_run.notifications) {
            if (n.type == type && validStep(n.step))
                found.insert(m_run.steps[static_cast<std::size_t>(n.step)].from);
        }
        return found;
    }

    // The steps of `kind` on the call tree above each message of `type`, nearest first (one per message).
    std::vector<const Step*> causesOf(NotificationType type, StepKind kind) const
    {
        std::vector<const Step*> found;
        for (const SentNotification& n : m_run.notifications) {
            if (n.type != type)
                continue;
            for (int i = n.step; validStep(i); i = m_run.steps[static_cast<std::size_t>(i)].parent) {
                const Step& step = m_run.steps[static_cast<std::size_t>(i)];
                if (step.kind == kind) {
                    found.push_back(&step);
                    break;
                }
            }
        }
        return found;
    }

    std::vector<const Step*> stepsLabelled(StepKind kind, std::string_view label) const
    {
        std::vector<const Step*> found;
        for (const Step& step : m_run.steps) {
            if (step.kind == kind && step.label == label)
                found.push_back(&step);
        }
        return found;
    }

private:
    bool validStep(int i) const { return i >= 0 && static_cast<std::size_t>(i) < m_run.steps.size(); }

    const Run& m_run;
    std::set<std::pair<Component, Component>> m_reads;
};

class Resolver {
public:
    Resolver(const Run& run, ChangeImpact& impact)
        : m_facts(run)
        , m_impact(impact)
    {
    }

    void touched(std::string what, bool exercised) { m_impact.elements.push_back({ std::move(what), exercised }); }

    void rule(const std::string& id)
    {
        const auto evaluators = m_facts.evaluatorsOf(id);
        touched("rule " + id, !evaluators.empty());
        for (const Component c : evaluators)
            m_builder.add(c, "evaluates rule " + id);
    }

    void notificationType(NotificationType type)
    {
        const std::string typeId = notificationTypeId(type);
        const auto renderers = m_facts.renderersOf(type);
        touched("template " + typeId, !renderers.empty());
        for (const Component c : renderers)
            m_builder.add(c, "renders the " + typeId + " message");
    }

    void contextField(const ContextField& field, Architecture architecture)
    {
        const std::string typeId = notificationTypeId(field.type);
        const std::string source = field.domain ? std::string(componentId(*field.domain)) : "its publisher";
        const auto renderers = m_facts.renderersOf(field.type);
        touched("context field " + field.name + " of " + typeId + " (from " + source + ")", !renderers.empty());
        if (renderers.empty())
            return;
        if (architecture == Architecture::EventSourced) {
            for (const Component c : renderers) {
                m_builder.add(c, "puts " + field.name + " into " + typeId, newDependency(c, field.domain));
            }
            if (!field.domain) {
                // Only the publisher knows the value: it must travel in the event that led to the message.
                std::set<std::string> events;
                for (const Step* deliver : m_facts.causesOf(field.type, StepKind::Deliver))
                    events.insert(toStdString(deliver->label));
                for (const std::string& event : events)
                    eventContract(event, " gains " + field.name);
            }
        } else {
            std::set<Component> requesters;
            for (const Step* request : m_facts.causesOf(field.type, StepKind::Request))
                requesters.insert(request->from);
            for (const Component c : requesters) {
                const std::string how = field.domain ? "gathers " + field.name + " from " + source
                                                     : "supplies " + field.name + ", which only it knows,";
                m_builder.add(c, how + " for the " + typeId + " request", newDependency(c, field.domain));
            }
            for (const Component c : renderers)
                m_builder.add(c, "puts " + field.name + " into " + typeId);
        }
    }

    void channels()
    {
        const auto routers = m_facts.evaluatorsOf(ruleId(Rule::ChannelsRoute));
        touched("channel routing", !routers.empty());
        for (const Component c : routers)
            m_builder.add(c, "routes messages to channels");
    }

    void event(const std::string& name)
    {
        const bool exercised = !m_facts.stepsLabelled(StepKind::Publish, name).empty();
        touched("event " + name, exercised);
        eventContract(name, " changes");
    }

    void endpoint(const std::string& name)
    {
        const auto requests = m_facts.stepsLabelled(StepKind::Request, name);
        touched("endpoint " + name, !requests.empty());
        for (const Step* request : requests) {
            m_builder.add(request->from, "calls " + name + ", whose contract changes");
            m_builder.add(request->to, "serves " + name + ", whose contract changes");
        }
    }

    void newData(const NewData& data)
    {
        const auto evaluators = m_facts.evaluatorsOf(data.readByEvaluatorOf);
        touched("new data " + data.domain + " for rule " + data.readByEvaluatorOf, !evaluators.empty());
        for (const Component c : evaluators) {
            m_builder.add(c, "evaluates rule " + data.readByEvaluatorOf + ", which must read the new " + data.domain,
                data.domain + " (new)");
        }
    }

    std::vector<ComponentChange> take() { return m_builder.take(); }

private:
    std::string newDependency(Component reader, const std::optional<Component>& domain) const
    {
        if (!domain || reader == domain || m_facts.reads(reader, *domain))
            return {};
        return std::string(componentId(*domain));
    }

    void eventContract(const std::string& name, const std::string& change)
    {
        for (const Step* publish : m_facts.stepsLabelled(StepKind::Publish, name))
            m_builder.add(publish->from, "publishes " + name + ", whose contract" + change);
        for (const Step* deliver : m_facts.stepsLabelled(StepKind::Deliver, name))
            m_builder.add(deliver->to, "consumes " + name + ", whose contract" + change);
    }

    RunFacts m_facts;
    ChangeImpact& m_impact;
    ImpactBuilder m_builder;
};

bool isDeployed(Component c)
{
    const ComponentRole role = componentRole(c);
    return role == ComponentRole::DomainService || role == ComponentRole::NotificationSide;
}

} // namespace

const ComponentChange* ChangeImpact::find(Component c) const
{
    const auto it = std::find_if(
        components.begin(), components.end(), [c](const ComponentChange& entry) { return entry.component == c; });
    return it == components.end() ? nullptr : &*it;
}

ChangeImpact resolveChangeImpact(const RequirementChange& change, const Run& run)
{
    ChangeImpact impact;
    impact.change = change.id;
    impact.architecture = run.architecture;
    Resolver resolver(run, impact);
    const ChangeTouches& t = change.touches;
    for (const auto& rule : t.rules)
        resolver.rule(rule);
    for (const auto type : t.notificationTypes)
        resolver.notificationType(type);
    for (const auto& field : t.contextFields)
        resolver.contextField(field, run.architecture);
    if (t.channels)
        resolver.channels();
    for (const auto& event : t.events)
        resolver.event(event);
    for (const auto& endpoint : t.endpoints)
        resolver.endpoint(endpoint);
    for (const auto& data : t.newData)
        resolver.newData(data);
    impact.components = resolver.take();

    impact.exercised = std::any_of(
        impact.elements.begin(), impact.elements.end(), [](const TouchedElement& e) { return e.exercised; });
    std::set<Team> teams;
    for (const ComponentChange& c : impact.components) {
        if (const auto team = teamOf(c.component))
            teams.insert(*team);
        impact.deployments += isDeployed(c.component) ? 1 : 0;
    }
    impact.teams.assign(teams.begin(), teams.end());
    return impact;
}

} // namespace notiflow
