// Appends steps, decisions and notifications to a Run while it executes, keeping the call tree (Step::parent).
// The bus, the API client, the data store views, the channels and the rule checks record through it.
#pragma once

#include "io/jsonwriter.h"
#include "rule.h"
#include "run.h"

#include <functional>
#include <string>
#include <vector>

namespace notiflow {

class TraceRecorder {
public:
    using StepSink = std::function<void(const Step&)>;

    explicit TraceRecorder(Run& run);

    // Streams each step to `sink` as soon as it is recorded, then keeps only its structure (label, caption and
    // detail emptied): enough for metrics, a fraction of the memory. For runs written out, not replayed.
    void streamStepsTo(StepSink sink) { m_sink = std::move(sink); }

    void beginAction(int action);

    // Assigns index, action and parent (the innermost open scope), appends, returns the index.
    int record(Step step);
    int record(Component from, Component to, StepKind kind, std::string label, std::string caption,
        nlohmann::json detail = {});
    // The same with a detail written by a JsonWriter, whose text it takes (the fast path for steps recorded by the
    // thousand).
    int record(Component from, Component to, StepKind kind, std::string label, std::string caption, JsonWriter& detail);

    // While a Scope lives, new steps are children of `step` (e.g. the queries a handler makes while handling a
    // delivered event are children of the Deliver step).
    class Scope {
    public:
        Scope(TraceRecorder& recorder, int step);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        TraceRecorder& m_recorder;
    };

    // Records a Decision step (component → itself) and the decision; returns whether it passed, so checks read
    // naturally. The outcome comes worded from notificationrules.h.
    bool decide(Component component, const std::string& subject, const RuleOutcome& outcome);
    // Several rules checked together for one subject: one step, one Decision per rule.
    bool decideAll(Component component, const std::string& subject, const std::vector<RuleOutcome>& outcomes,
        const std::string& conclusion);

    void addNotification(SentNotification notification);

private:
    int recordText(
        Component from, Component to, StepKind kind, std::string label, std::string caption, std::string detail);

    Run& m_run;
    StepSink m_sink;
    int m_action = 0;
    std::vector<int> m_scopes;
};

} // namespace notiflow
