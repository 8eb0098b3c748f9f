#include "runjsonwriter.h"

#include "jsontext.h"
#include "scenariorunner.h"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <unistd.h>
#include <vector>

namespace notiflow {

using namespace std::string_view_literals;

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
    out += "{\"index\":"sv;
    out += std::to_string(step.index);
    out += ",\"action\":"sv;
    out += std::to_string(step.action);
    out += ",\"from\":\""sv;
    out += componentId(step.from);
    out += "\",\"to\":\""sv;
    out += componentId(step.to);
    out += "\",\"kind\":\""sv;
    out += stepKindId(step.kind);
    out += "\",\"label\":"sv;
    appendJsonString(out, step.label);
    out += ",\"caption\":"sv;
    appendJsonString(out, step.caption);
    out += ",\"detail\":"sv;
    out += step.detail.empty() ? std::string_view("null") : std::string_view(step.detail);
    out += ",\"synchronous\":"sv;
    out += step.synchronous ? "true" : "false";
    out += ",\"parent\":"sv;
    out += std::to_string(step.parent);
    out += '}';
}

void RunJsonWriter::appendNotification(std::string& out, const SentNotification& n)
{
    // Written straight into the buffer like a step: tens of thousands per large run.
    out += "{\"type\":\""sv;
    out += notificationTypeId(n.type);
    out += "\",\"channel\":\""sv;
    out += channelId(n.channel);
    out += "\",\"customer_id\":"sv;
    appendJsonString(out, n.customerId);
    out += ",\"recipient\":"sv;
    appendJsonString(out, n.recipient);
    out += ",\"subject\":"sv;
    appendJsonString(out, n.subject);
    out += ",\"body\":"sv;
    appendJsonString(out, n.body);
    out += ",\"action\":"sv;
    out += std::to_string(n.action);
    out += ",\"step\":"sv;
    out += std::to_string(n.step);
    out += '}';
}

void RunJsonWriter::appendDecision(std::string& out, const Decision& d)
{
    out += "{\"step\":"sv;
    out += std::to_string(d.step);
    out += ",\"action\":"sv;
    out += std::to_string(d.action);
    out += ",\"component\":\""sv;
    out += componentId(d.component);
    out += "\",\"rule\":"sv;
    appendJsonString(out, d.rule);
    out += ",\"subject\":"sv;
    appendJsonString(out, d.subject);
    out += ",\"passed\":"sv;
    out += d.passed ? "true" : "false";
    out += ",\"reason\":"sv;
    appendJsonString(out, d.reason);
    out += '}';
}

namespace {
using Emit = std::function<void(std::string_view)>;

// Collects text and hands it on about a megabyte at a time.
class ChunkedOutput {
public:
    explicit ChunkedOutput(const Emit& emit)
        : m_emit(emit)
    {
        m_buffer.reserve(chunkSize + 64 * 1024);
    }
    ~ChunkedOutput() { flush(); }
    std::string& buffer() { return m_buffer; }
    void maybeFlush()
    {
        if (m_buffer.size() >= chunkSize)
            flush();
    }
    void flush()
    {
        if (!m_buffer.empty())
            m_emit(m_buffer);
        m_buffer.clear();
    }

private:
    static constexpr std::size_t chunkSize = 1 << 20;
    const Emit& m_emit;
    std::string m_buffer;
};

template <typename Items, typename Append> void appendArray(ChunkedOutput& out, const Items& items, Append append)
{
    out.buffer() += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        out.buffer() += i ? ",\n" : "\n";
        append(out.buffer(), items[i]);
        out.maybeFlush();
    }
    out.buffer() += "\n]";
}

// Everything of a RUN object after its steps.
void appendRunTail(ChunkedOutput& out, const Run& run)
{
    out.buffer() += ",\"notifications\":";
    appendArray(out, run.notifications, &RunJsonWriter::appendNotification);
    out.buffer() += ",\"decisions\":";
    appendArray(out, run.decisions, &RunJsonWriter::appendDecision);
    out.buffer() += ",\n\"action_first_step\":" + nlohmann::json(run.actionFirstStep).dump();
    out.buffer() += ",\n\"metrics\":" + RunJsonWriter::metricsJson(run.metrics).dump() + "}";
}

std::string runHead(Architecture a)
{
    return "{\"architecture\":\"" + std::string(architectureId(a)) + "\",\"steps\":";
}

// Runs one architecture and writes its RUN object while the run is going: each step is serialised the moment
// it is recorded and only its structure is kept, so the trace is never held in memory as text twice.
Run streamRun(const DataSet& data, const Scenario& scenario, Architecture architecture, const Emit& emit)
{
    ChunkedOutput out(emit);
    out.buffer() += runHead(architecture) + "[";
    bool first = true;
    Run run = runScenario(data, scenario, architecture, [&](const Step& step) {
        out.buffer() += first ? "\n" : ",\n";
        first = false;
        RunJsonWriter::appendStep(out.buffer(), step);
        out.maybeFlush();
    });
    out.buffer() += "\n]";
    appendRunTail(out, run);
    return run;
}

Emit streamEmitter(std::ostream& out)
{
    return [&out](std::string_view text) { out.write(text.data(), static_cast<std::streamsize>(text.size())); };
}

// A temporary file that is gone once closed, for the half of the output that must wait its turn. One thread
// writes it while another copies out what is already there, so that once the first half of the output is done
// the second follows without waiting for the end of its run, and only its tail is copied after the run ends.
class SpillFile {
public:
    SpillFile()
        : m_file(std::tmpfile())
    {
    }
    ~SpillFile()
    {
        if (m_file)
            std::fclose(m_file);
    }
    SpillFile(const SpillFile&) = delete;
    SpillFile& operator=(const SpillFile&) = delete;
    bool isOpen() const { return m_file != nullptr; }

    // For the writing thread: each chunk reaches the file (not only stdio's buffer) before it is announced.
    Emit emitter()
    {
        return [this](std::string_view text) {
            if (std::fwrite(text.data(), 1, text.size(), m_file) != text.size() || std::fflush(m_file) != 0)
                throw std::runtime_error("cannot write the temporary file for the JSON output");
            const std::lock_guard lock(m_mutex); // notified under the lock, as thread checkers expect
            m_written += text.size();
            m_changed.notify_one();
        };
    }

    // The writing thread calls this when it is done, whether it succeeded or not.
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_one();
    }

    // Copies everything written so far, then waits for more until the writer has finished.
    void copyTo(std::ostream& out)
    {
        const int fd = fileno(m_file);
        std::vector<char> chunk(1 << 20);
        std::size_t copied = 0;
        for (;;) {
            std::size_t written = 0;
            bool finished = false;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_written > copied || m_finished; });
                written = m_written;
                finished = m_finished;
            }
            while (copied < written) {
                const auto n
                    = pread(fd, chunk.data(), std::min(chunk.size(), written - copied), static_cast<off_t>(copied));
                if (n <= 0)
                    throw std::runtime_error("cannot read the temporary file for the JSON output");
                out.write(chunk.data(), static_cast<std::streamsize>(n));
                copied += static_cast<std::size_t>(n);
            }
            if (finished)
                return;
        }
    }

private:
    std::FILE* m_file;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::size_t m_written = 0; // bytes in the file, guarded by m_mutex
    bool m_finished = false;
};
} // namespace

void RunJsonWriter::writeRun(std::ostream& stream, const Run& run)
{
    const Emit emit = streamEmitter(stream);
    ChunkedOutput out(emit);
    out.buffer() += runHead(run.architecture);
    appendArray(out, run.steps, &RunJsonWriter::appendStep);
    appendRunTail(out, run);
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
    const Emit toOut = streamEmitter(out);
    Run eventSourced;
    Run apiDriven;
    SpillFile spill;
    if (spill.isOpen()) {
        // Both runs at once, one per core: the event-sourced one streams straight out, the API-driven one into
        // the spill file, which follows it.
        std::exception_ptr failure;
        const Emit toSpill = spill.emitter();
        std::thread second([&] {
            try {
                apiDriven = streamRun(data, scenario, Architecture::ApiDriven, toSpill);
            } catch (...) {
                failure = std::current_exception();
            }
            spill.finish();
        });
        try {
            eventSourced = streamRun(data, scenario, Architecture::EventSourced, toOut);
            out << ",\n\"api_driven\":";
            spill.copyTo(out);
        } catch (...) {
            second.join();
            throw;
        }
        second.join();
        if (failure)
            std::rethrow_exception(failure);
    } else {
        eventSourced = streamRun(data, scenario, Architecture::EventSourced, toOut);
        out << ",\n\"api_driven\":";
        apiDriven = streamRun(data, scenario, Architecture::ApiDriven, toOut);
    }
    const auto diff = diffNotifications(eventSourced, apiDriven);
    out << "},\n\"same_notifications\":" << (diff.same ? "true" : "false")
        << ",\n\"differences\":" << nlohmann::json(diff.lines).dump() << "}\n";
}

} // namespace notiflow
