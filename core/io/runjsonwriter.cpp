#include "runjsonwriter.h"

#include "decisionsink.h"
#include "jsonwriter.h"
#include "perarchitecture.h"
#include "scenariorunner.h"
#include "spillfile.h"
#include "stepsink.h"

#include <cstdint>
#include <cstdio>
#include <functional>
#include <future>
#include <stdexcept>
#include <string>
#include <vector>

namespace notiflow {

namespace {
nlohmann::json componentList(const std::vector<Component>& components)
{
    auto list = nlohmann::json::array();
    for (const auto c : components)
        list.push_back(componentId(c));
    return list;
}

nlohmann::json byKindJson(const std::array<int, dependencyKindCount>& counts)
{
    nlohmann::json byKind = nlohmann::json::object();
    for (const DependencyKind k : allDependencyKinds)
        byKind[dependencyKindId(k)] = counts[static_cast<std::size_t>(k)];
    return byKind;
}

// The figures added so that no total mixes kinds of dependency: new fields, the older ones keep their meaning.
void addTeachingFigures(nlohmann::json& out, const Metrics& m)
{
    nlohmann::json perComponent = nlohmann::json::object();
    nlohmann::json rulesPerComponent = nlohmann::json::object();
    for (const auto& c : m.components) {
        if (!c.present)
            continue;
        const auto i = static_cast<std::size_t>(indexOf(c.component));
        perComponent[std::string(componentId(c.component))] = byKindJson(m.componentDependenciesByKind[i]);
        if (!m.notificationRules[i].empty())
            rulesPerComponent[std::string(componentId(c.component))] = m.notificationRules[i];
    }
    out["dependencies_by_kind"] = { { "run", byKindJson(m.dependenciesByKind) }, { "components", perComponent } };
    out["notification_rules_in_domain_services"]
        = { { "count", m.notificationRulesInDomainServices }, { "components", rulesPerComponent } };
    out["foreign_domains_in_domain_services"] = m.foreignDomainsInDomainServices;
    auto calls = nlohmann::json::array();
    for (const auto& a : m.blockingCallsPerAction) {
        calls.push_back(
            { { "action", a.action }, { "blocking_calls", a.blockingCalls }, { "sync_chain_depth", a.chainDepth } });
    }
    out["blocking_calls_per_action"] = std::move(calls);
    auto sdp = nlohmann::json::array();
    for (const auto& v : m.sdpViolations) {
        sdp.push_back(
            { { "from", componentId(v.from) }, { "to", componentId(v.to) }, { "from_instability", v.fromInstability },
                { "to_instability", v.toInstability }, { "kind", dependencyKindId(v.kind) } });
    }
    out["sdp_violations"] = std::move(sdp);
}

} // namespace

nlohmann::json RunJsonWriter::scenarioJson(const Scenario& scenario)
{
    auto steps = nlohmann::json::array();
    for (const auto& action : scenario.actions)
        steps.push_back(action.parameters);
    nlohmann::json out = { { "id", scenario.id }, { "title", scenario.title }, { "description", scenario.description },
        { "steps", std::move(steps) } };
    // Only when the scenario has faults: a fault-free document stays as it was.
    if (!scenario.faults.empty()) {
        auto faults = nlohmann::json::array();
        for (const Fault& f : scenario.faults) {
            nlohmann::json fault = { { "component", f.component ? componentId(*f.component) : "notification_side" },
                { "mode", faultModeId(f.mode) }, { "from_action", f.fromAction }, { "to_action", f.toAction } };
            if (f.mode == FaultMode::Slow)
                fault["extra_ms"] = f.extraMs;
            faults.push_back(std::move(fault));
        }
        const Policies& p = scenario.policies;
        out["faults"] = std::move(faults);
        out["policies"] = { { "on_notify_failure", notifyFailurePolicyId(p.onNotifyFailure) }, { "retries", p.retries },
            { "timeout_ms", p.timeoutMs }, { "backoff_ms", p.backoffMs }, { "idempotency_key", p.idempotencyKey },
            { "idempotent_consumer", p.idempotentConsumer }, { "max_redeliveries", p.maxRedeliveries } };
    }
    return out;
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
    nlohmann::json out = { { "components", std::move(components) }, { "messages_by_kind", std::move(byKind) },
        { "edges", std::move(edges) },
        { "dependency_matrix", { { "components", std::move(ids) }, { "counts", std::move(rows) } } },
        { "total_dependencies", m.totalDependencies }, { "sync_chain_depth", m.syncChainDepth },
        { "sync_chain", componentList(m.syncChain) }, { "sync_components", componentList(m.syncComponents) },
        { "availability_ceiling", m.availabilityCeiling }, { "propagation_cost", m.propagationCost } };
    addTeachingFigures(out, m);
    return out;
}

nlohmann::json RunJsonWriter::outcomeJson(const Outcome& o)
{
    auto lost = nlohmann::json::array();
    for (const auto& n : o.lostNotifications) {
        lost.push_back(
            { { "action", n.action }, { "type", notificationTypeId(n.type) }, { "channel", channelId(n.channel) },
                { "customer_id", n.customerId }, { "recipient", n.recipient }, { "at_ms", n.atMs } });
    }
    return { { "failed_actions", o.failedActions }, { "lost", o.lost }, { "delayed", o.delayed },
        { "duplicated", o.duplicated }, { "lost_notifications", std::move(lost) },
        { "trigger_latency_ms", o.triggerLatencyMs },
        { "notify_latency_ms",
            { { "p50", o.notifyLatencyMs.p50 }, { "p95", o.notifyLatencyMs.p95 }, { "max", o.notifyLatencyMs.max } } },
        { "max_queue_depth", o.maxQueueDepth }, { "retries", o.retries }, { "dead_lettered", o.deadLettered },
        { "unaffected_faults", o.unaffectedFaults } };
}

namespace {
// A step's object up to its start time, left open: all of a call that is known when it starts.
void writeStepStart(JsonWriter& out, const NarratedStep& step)
{
    out.beginObject().field("index", step.index).field("action", step.action);
    out.field("from", componentId(step.from)).field("to", componentId(step.to)).field("kind", stepKindId(step.kind));
    out.field("label", step.label).field("caption", step.caption).key("detail");
    if (step.detail.empty())
        out.null();
    else
        out.raw(step.detail);
    out.field("synchronous", step.synchronous).field("parent", step.parent).field("at_ms", step.atMs);
}

// The rest, closing the object: a request's duration and a trigger's end are known only when the call returns.
void writeStepEnd(JsonWriter& out, const Step& step)
{
    if (step.durationMs >= 0)
        out.field("duration_ms", step.durationMs);
    if (step.endMs >= 0)
        out.field("end_ms", step.endMs);
    if (step.effect != FaultEffect::None)
        out.field("effect", faultEffectId(step.effect));
    out.endObject();
}
} // namespace

void RunJsonWriter::writeStep(JsonWriter& out, const NarratedStep& step)
{
    writeStepStart(out, step);
    writeStepEnd(out, step);
}

void RunJsonWriter::writeNotification(JsonWriter& out, const SentNotification& n)
{
    out.beginObject().field("type", notificationTypeId(n.type)).field("channel", channelId(n.channel));
    out.field("customer_id", n.customerId).field("recipient", n.recipient).field("subject", n.subject);
    out.field("body", n.body).field("action", n.action).field("step", n.step).field("at_ms", n.atMs).endObject();
}

void RunJsonWriter::writeDecision(JsonWriter& out, const Decision& d)
{
    out.beginObject().field("step", d.step).field("action", d.action).field("component", componentId(d.component));
    out.field("rule", d.rule).field("subject", d.subject).field("passed", d.passed).field("reason", d.reason);
    out.endObject();
}

namespace {
using Emit = std::function<void(std::string_view)>;

// Collects the output and hands it on about a megabyte at a time. The layout between the items (the run's keys,
// a line break before each item) is written as text; each item is written by RapidJSON.
class ChunkedOutput {
public:
    explicit ChunkedOutput(const Emit& emit)
        : m_emit(emit)
        , m_writer(chunkSize + 64 * 1024)
    {
    }
    void text(std::string_view layout) { m_writer.appendBetweenValues(layout); }
    JsonWriter& item()
    {
        m_writer.startNextValue();
        return m_writer;
    }
    void maybeFlush()
    {
        if (m_writer.size() >= chunkSize)
            flush();
    }
    void flush()
    {
        if (m_writer.size() > 0)
            m_emit(m_writer.view());
        m_emitted += m_writer.size();
        m_writer.clear();
    }
    // How much text this output has taken so far, handed on or not.
    std::uint64_t position() const { return m_emitted + m_writer.size(); }

private:
    static constexpr std::size_t chunkSize = 1 << 20;
    const Emit& m_emit;
    JsonWriter m_writer;
    std::uint64_t m_emitted = 0;
};

template <typename Items, typename Write> void writeArray(ChunkedOutput& out, const Items& items, Write write)
{
    out.text("[");
    for (std::size_t i = 0; i < items.size(); ++i) {
        out.text(i ? ",\n" : "\n");
        write(out.item(), items[i]);
        out.maybeFlush();
    }
    out.text("\n]");
}

// Everything of a RUN object after its steps; `extraFields` ("\"key\":value,...") goes last. `decisions`, when
// given, writes the decisions array instead of the run (which then has none).
void appendRunTail(ChunkedOutput& out, const Run& run, std::string_view extraFields = {},
    const std::function<void(ChunkedOutput&)>& decisions = {})
{
    out.text(",\"notifications\":");
    writeArray(out, run.notifications, &RunJsonWriter::writeNotification);
    out.text(",\"decisions\":");
    if (decisions)
        decisions(out);
    else
        writeArray(out, run.decisions, &RunJsonWriter::writeDecision);
    out.text(",\n\"action_first_step\":" + nlohmann::json(run.actionFirstStep).dump());
    out.text(",\n\"action_start_ms\":" + nlohmann::json(run.actionStartMs).dump());
    out.text(",\n\"metrics\":" + RunJsonWriter::metricsJson(run.metrics).dump());
    out.text(",\n\"outcome\":" + RunJsonWriter::outcomeJson(run.outcome).dump());
    if (!extraFields.empty())
        out.text(",\n" + std::string(extraFields));
    out.text("}");
    out.flush();
}

std::string runHead(Architecture a)
{
    return "{\"architecture\":\"" + std::string(architectureId(a)) + "\",\"steps\":";
}

// Text held in a temporary file until its place in the document comes: a run's decisions are made while its
// steps are recorded, but follow the steps and the notifications.
class Spool {
public:
    Spool()
        : m_file(std::tmpfile())
    {
    }
    ~Spool()
    {
        if (m_file)
            std::fclose(m_file);
    }
    Spool(const Spool&) = delete;
    Spool& operator=(const Spool&) = delete;

    bool isOpen() const { return m_file != nullptr; }
    void write(std::string_view text)
    {
        if (!text.empty() && std::fwrite(text.data(), 1, text.size(), m_file) != text.size())
            throw std::runtime_error("cannot write a temporary file");
    }
    // Hands everything written so far to `out`, a piece at a time.
    void copyTo(const Emit& out)
    {
        std::vector<char> piece(256 * 1024);
        std::rewind(m_file);
        std::size_t read = 0;
        while ((read = std::fread(piece.data(), 1, piece.size(), m_file)) > 0)
            out({ piece.data(), read });
        if (std::ferror(m_file))
            throw std::runtime_error("cannot read a temporary file");
    }

private:
    std::FILE* m_file;
};

// Writes each step into the spill file the moment it is recorded and keeps none of its text. A call's end is known
// only when it returns: its object stops after its start time, and the rest fills a gap in the file then, so the
// steps after an open call (a price drop's trigger stays open over all its work) never wait in memory.
class StreamedSteps : public StepSink {
public:
    StreamedSteps(ChunkedOutput& out, SpillFile& spill)
        : m_out(out)
        , m_spill(spill)
    {
    }

    void stepRecorded(const NarratedStep& step) override
    {
        RunJsonWriter::writeStep(nextStep(), step);
        m_out.maybeFlush();
    }
    void callStarted(const NarratedStep& step) override
    {
        writeStepStart(nextStep(), step);
        m_openGaps.push_back(m_spill.openGap(m_out.position()));
        m_out.maybeFlush();
    }
    void callReturned(const Step& step) override
    {
        m_end.clear();
        writeStepEnd(m_end.resumeObject(), step);
        m_spill.fillGap(m_openGaps.back(), m_end.text());
        m_openGaps.pop_back();
    }

private:
    JsonWriter& nextStep()
    {
        m_out.text(m_first ? "\n" : ",\n");
        m_first = false;
        return m_out.item();
    }

    ChunkedOutput& m_out;
    SpillFile& m_spill;
    JsonWriter m_end { 64 };
    std::vector<std::size_t> m_openGaps; // innermost last, as calls return
    bool m_first = true;
};

// The same, and each decision the moment it is made, as an item of the decisions array, into `decisions` (which
// writes a temporary file of its own): they come after the steps and the notifications in the document.
class StreamedStepsAndDecisions final : public StreamedSteps, public DecisionSink {
public:
    StreamedStepsAndDecisions(ChunkedOutput& out, SpillFile& spill, ChunkedOutput& decisions)
        : StreamedSteps(out, spill)
        , m_decisions(decisions)
    {
    }

    void decisionMade(const Decision& decision) override
    {
        m_decisions.text(m_firstDecision ? "\n" : ",\n");
        m_firstDecision = false;
        RunJsonWriter::writeDecision(m_decisions.item(), decision);
        m_decisions.maybeFlush();
    }

private:
    ChunkedOutput& m_decisions;
    bool m_firstDecision = true;
};

// Runs one architecture and writes its RUN object into `spill` while the run is going.
Run streamRun(const DataSet& data, const Scenario& scenario, Architecture architecture, SpillFile& spill)
{
    const Emit toSpill = [&spill](std::string_view text) { spill.write(text); };
    ChunkedOutput out(toSpill);
    out.text(runHead(architecture) + "[");
    // The decisions wait in a temporary file of their own, when one can be had; otherwise in the run.
    Spool decisionFile;
    if (!decisionFile.isOpen()) {
        StreamedSteps steps(out, spill);
        Run run = runScenario(data, scenario, architecture, steps);
        out.text("\n]");
        appendRunTail(out, run);
        return run;
    }
    const Emit toDecisionFile = [&decisionFile](std::string_view text) { decisionFile.write(text); };
    ChunkedOutput decisions(toDecisionFile);
    StreamedStepsAndDecisions steps(out, spill, decisions);
    Run run = runScenario(data, scenario, architecture, steps);
    out.text("\n]");
    decisions.flush();
    appendRunTail(out, run, {}, [&decisionFile](ChunkedOutput& to) {
        to.text("[");
        decisionFile.copyTo([&to](std::string_view text) {
            to.text(text);
            to.maybeFlush();
        });
        to.text("\n]");
    });
    return run;
}

Emit streamEmitter(std::ostream& out)
{
    return [&out](std::string_view text) { out.write(text.data(), static_cast<std::streamsize>(text.size())); };
}

} // namespace

void RunJsonWriter::writeRun(std::ostream& stream, const Run& run, std::string_view extraFields)
{
    const Emit emit = streamEmitter(stream);
    ChunkedOutput out(emit);
    out.text(runHead(run.architecture));
    // As writeArray does, but each step with its text, which the run keeps apart.
    out.text("[");
    std::size_t written = 0;
    run.forEachStepWithText([&](const NarratedStep& step) {
        out.text(written++ ? ",\n" : "\n");
        RunJsonWriter::writeStep(out.item(), step);
        out.maybeFlush();
    });
    out.text("\n]");
    appendRunTail(out, run, extraFields);
}

void RunJsonWriter::writeComparison(
    std::ostream& out, const Comparison& c, const PerArchitecture<std::string>* extraFields)
{
    const auto extra = [extraFields](Architecture a) { return extraFields ? (*extraFields)[a] : std::string(); };
    out << "{\"scenario\":" << scenarioJson(c.scenario).dump() << ",\n\"architectures\":{\"event_sourced\":";
    writeRun(out, c.eventSourced, extra(Architecture::EventSourced));
    out << ",\n\"api_driven\":";
    writeRun(out, c.apiDriven, extra(Architecture::ApiDriven));
    out << "},\n\"same_notifications\":" << (c.sameNotifications ? "true" : "false")
        << ",\n\"differences\":" << nlohmann::json(c.differences).dump() << "}\n";
}

void RunJsonWriter::runAndWrite(std::ostream& out, const DataSet& data, const Scenario& scenario)
{
    out << "{\"scenario\":" << scenarioJson(scenario).dump() << ",\n\"architectures\":{\"event_sourced\":";
    PerArchitecture<Run> runs;
    PerArchitecture<SpillFile> spills;
    if (spills[Architecture::EventSourced].isOpen() && spills[Architecture::ApiDriven].isOpen()) {
        // Both runs at once, one per core, each into its own spill file; this thread copies the event-sourced one
        // out while it is written, then the API-driven one. If anything throws, each future waits for its run.
        const auto start = [&](Architecture a) {
            return std::async(std::launch::async, [&, a] {
                const SpillFile::Writing writing(spills[a]);
                return streamRun(data, scenario, a, spills[a]);
            });
        };
        std::future<Run> apiDriven = start(Architecture::ApiDriven);
        std::future<Run> eventSourced = start(Architecture::EventSourced);
        spills[Architecture::EventSourced].copyTo(out);
        runs[Architecture::EventSourced] = eventSourced.get();
        out << ",\n\"api_driven\":";
        spills[Architecture::ApiDriven].copyTo(out);
        runs[Architecture::ApiDriven] = apiDriven.get();
    } else {
        // No temporary file: one run at a time, written once it has ended; its steps go once written.
        for (const Architecture a : allArchitectures) {
            if (a == Architecture::ApiDriven)
                out << ",\n\"api_driven\":";
            runs[a] = runScenario(data, scenario, a);
            writeRun(out, runs[a]);
            StepList().swap(runs[a].steps);
        }
    }
    const auto diff = diffNotifications(runs[Architecture::EventSourced], runs[Architecture::ApiDriven]);
    out << "},\n\"same_notifications\":" << (diff.same ? "true" : "false")
        << ",\n\"differences\":" << nlohmann::json(diff.lines).dump() << "}\n";
}

} // namespace notiflow
