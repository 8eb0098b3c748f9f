#include "runjsonwriter.h"

#include "scenariorunner.h"

namespace notiflow {

namespace {
    nlohmann::json componentList(const std::vector<Component>& components)
    {
        auto list = nlohmann::json::array();
        for (const auto c : components)
            list.push_back(componentId(c));
        return list;
    }

    void writeString(std::ostream& out, const std::string& s)
    {
        out << nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
} // namespace

nlohmann::json RunJsonWriter::scenarioJson(const Scenario& scenario)
{
    auto steps = nlohmann::json::array();
    for (const auto& action : scenario.actions)
        steps.push_back(action.parameters);
    return { { "id", scenario.id }, { "title", scenario.title }, { "description", scenario.description },
        { "steps", std::move(steps) } };
}

nlohmann::json RunJsonWriter::metricsJson(const Metrics& m)
{
    nlohmann::json components = nlohmann::json::object();
    for (const auto& c : m.components) {
        if (!c.present)
            continue;
        components[std::string(componentId(c.component))] = { { "efferent", c.efferent }, { "afferent", c.afferent },
            { "instability", c.instability }, { "foreign_domains", componentList(c.foreignDomains) },
            { "rules", c.rules }, { "messages_sent", c.stepsFrom } };
    }
    nlohmann::json byKind = nlohmann::json::object();
    for (int k = 0; k < stepKindCount; ++k)
        byKind[stepKindId(static_cast<StepKind>(k))] = m.stepsByKind[static_cast<std::size_t>(k)];

    auto ids = nlohmann::json::array();
    std::vector<int> present;
    for (int c = 0; c < componentCount; ++c) {
        if (m.components[c].present) {
            present.push_back(c);
            ids.push_back(componentId(static_cast<Component>(c)));
        }
    }
    auto rows = nlohmann::json::array();
    for (int a : present) {
        auto row = nlohmann::json::array();
        for (int b : present)
            row.push_back(m.dependencies[a][b]);
        rows.push_back(std::move(row));
    }
    auto edges = nlohmann::json::array();
    for (const auto& e : m.edges) {
        edges.push_back({ { "from", componentId(e.from) }, { "to", componentId(e.to) }, { "kind", stepKindId(e.kind) },
            { "count", e.count } });
    }
    return { { "components", std::move(components) }, { "messages_by_kind", std::move(byKind) },
        { "edges", std::move(edges) },
        { "dependency_matrix", { { "components", std::move(ids) }, { "counts", std::move(rows) } } },
        { "total_dependencies", m.totalDependencies }, { "sync_chain_depth", m.syncChainDepth },
        { "sync_chain", componentList(m.syncChain) }, { "sync_components", componentList(m.syncComponents) },
        { "availability_ceiling", m.availabilityCeiling }, { "propagation_cost", m.propagationCost } };
}

nlohmann::json RunJsonWriter::notificationJson(const SentNotification& n)
{
    return { { "type", notificationTypeId(n.type) }, { "channel", channelId(n.channel) },
        { "customer_id", n.customerId }, { "recipient", n.recipient }, { "subject", n.subject }, { "body", n.body },
        { "action", n.action }, { "step", n.step } };
}

nlohmann::json RunJsonWriter::decisionJson(const Decision& d)
{
    return { { "step", d.step }, { "action", d.action }, { "component", componentId(d.component) },
        { "rule", d.rule }, { "subject", d.subject }, { "passed", d.passed }, { "reason", d.reason } };
}

void RunJsonWriter::writeStep(std::ostream& out, const Step& step)
{
    // Fields are written by hand (not via a temporary json object) because this runs hundreds of thousands of
    // times for a large run; strings still go through the library's escaping.
    out << "{\"index\":" << step.index << ",\"action\":" << step.action << ",\"from\":\"" << componentId(step.from)
        << "\",\"to\":\"" << componentId(step.to) << "\",\"kind\":\"" << stepKindId(step.kind) << "\",\"label\":";
    writeString(out, step.label);
    out << ",\"caption\":";
    writeString(out, step.caption);
    out << ",\"detail\":" << step.detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
        << ",\"synchronous\":" << (step.synchronous ? "true" : "false") << ",\"parent\":" << step.parent << '}';
}

void RunJsonWriter::writeRun(std::ostream& out, const Run& run)
{
    out << "{\"architecture\":\"" << architectureId(run.architecture) << "\",\"steps\":[";
    for (std::size_t i = 0; i < run.steps.size(); ++i) {
        if (i)
            out << ',';
        out << '\n';
        writeStep(out, run.steps[i]);
    }
    out << "\n],\"notifications\":[";
    for (std::size_t i = 0; i < run.notifications.size(); ++i)
        out << (i ? ",\n" : "\n") << notificationJson(run.notifications[i]).dump();
    out << "\n],\"decisions\":[";
    for (std::size_t i = 0; i < run.decisions.size(); ++i)
        out << (i ? ",\n" : "\n") << decisionJson(run.decisions[i]).dump();
    out << "\n],\"action_first_step\":" << nlohmann::json(run.actionFirstStep).dump()
        << ",\n\"metrics\":" << metricsJson(run.metrics).dump() << "}";
}

void RunJsonWriter::writeComparison(std::ostream& out, const Comparison& c)
{
    out << "{\"scenario\":" << scenarioJson(c.scenario).dump() << ",\n\"architectures\":{\"event_sourced\":";
    writeRun(out, c.eventSourced);
    out << ",\n\"api_driven\":";
    writeRun(out, c.apiDriven);
    out << "},\n\"same_notifications\":" << (c.sameNotifications ? "true" : "false")
        << ",\n\"differences\":" << nlohmann::json(c.differences).dump() << "}\n";
}

void RunJsonWriter::runAndWrite(std::ostream& out, const DataSet& data, const Scenario& scenario)
{
    out << "{\"scenario\":" << scenarioJson(scenario).dump() << ",\n\"architectures\":{\"event_sourced\":";
    Run eventSourced = runScenario(data, scenario, Architecture::EventSourced);
    writeRun(out, eventSourced);
    // Only the notifications are needed from here on, to compare.
    std::vector<Step>().swap(eventSourced.steps);
    std::vector<Decision>().swap(eventSourced.decisions);
    out << ",\n\"api_driven\":";
    const Run apiDriven = runScenario(data, scenario, Architecture::ApiDriven);
    writeRun(out, apiDriven);
    const auto diff = diffNotifications(eventSourced, apiDriven);
    out << "},\n\"same_notifications\":" << (diff.same ? "true" : "false")
        << ",\n\"differences\":" << nlohmann::json(diff.lines).dump() << "}\n";
}

} // namespace notiflow
