#include "runjsonwriter.h"

#include "jsontext.h"
#include "scenariorunner.h"

#include <algorithm>

namespace notiflow {

namespace {
    nlohmann::json componentList(const std::vector<Component>& components)
    {
        auto list = nlohmann::json::array();
        for (const auto c : components)
            list.push_back(componentId(c));
        return list;
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

void RunJsonWriter::appendStep(std::string& out, const Step& step)
{
    // Written field by field into one buffer: this runs hundreds of thousands of times for a large run.
    out += "{\"index\":";
    out += std::to_string(step.index);
    out += ",\"action\":";
    out += std::to_string(step.action);
    out += ",\"from\":\"";
    out += componentId(step.from);
    out += "\",\"to\":\"";
    out += componentId(step.to);
    out += "\",\"kind\":\"";
    out += stepKindId(step.kind);
    out += "\",\"label\":";
    appendJsonString(out, step.label);
    out += ",\"caption\":";
    appendJsonString(out, step.caption);
    out += ",\"detail\":";
    out += step.detail.empty() ? std::string_view("null") : std::string_view(step.detail);
    out += ",\"synchronous\":";
    out += step.synchronous ? "true" : "false";
    out += ",\"parent\":";
    out += std::to_string(step.parent);
    out += '}';
}

void RunJsonWriter::appendNotification(std::string& out, const SentNotification& n)
{
    JsonText json;
    json.beginObject().field("type", notificationTypeId(n.type)).field("channel", channelId(n.channel));
    json.field("customer_id", n.customerId).field("recipient", n.recipient).field("subject", n.subject);
    json.field("body", n.body).field("action", n.action).field("step", n.step).endObject();
    out += json.text();
}

void RunJsonWriter::appendDecision(std::string& out, const Decision& d)
{
    JsonText json;
    json.beginObject().field("step", d.step).field("action", d.action).field("component", componentId(d.component));
    json.field("rule", d.rule).field("subject", d.subject).field("passed", d.passed).field("reason", d.reason);
    out += json.endObject().text();
}

namespace {
    // Appends items through `append` into a buffer that is flushed to the stream every megabyte or so.
    template <typename Items, typename Append>
    void writeArray(std::ostream& out, const Items& items, Append append)
    {
        std::string buffer;
        buffer.reserve(1 << 20);
        buffer += '[';
        for (std::size_t i = 0; i < items.size(); ++i) {
            buffer += i ? ",\n" : "\n";
            append(buffer, items[i]);
            if (buffer.size() > (1 << 20) - 4096) {
                out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
                buffer.clear();
            }
        }
        buffer += "\n]";
        out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    }
} // namespace

void RunJsonWriter::writeRun(std::ostream& out, const Run& run)
{
    out << "{\"architecture\":\"" << architectureId(run.architecture) << "\",\"steps\":";
    writeArray(out, run.steps, &RunJsonWriter::appendStep);
    out << ",\"notifications\":";
    writeArray(out, run.notifications, &RunJsonWriter::appendNotification);
    out << ",\"decisions\":";
    writeArray(out, run.decisions, &RunJsonWriter::appendDecision);
    out << ",\n\"action_first_step\":" << nlohmann::json(run.actionFirstStep).dump()
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
