// Appends steps, decisions and notifications to a Run while it executes, keeping the call tree (Step::parent).
// The bus, the API client, the data store views, the channels and the rule checks record through it.
#pragma once

#include "decisionsink.h"
#include "faultschedule.h"
#include "io/jsonwriter.h"
#include "rule.h"
#include "run.h"
#include "scheduler.h"
#include "stepshape.h"
#include "stepsink.h"
#include "timing.h"

#include <string>
#include <vector>

namespace notiflow {

class TraceRecorder {
public:
    explicit TraceRecorder(Run& run);

    // Streams each step to `sink` as soon as it is recorded, then keeps only its structure as a StepShape, not in
    // the run: enough for metrics and outcomes, a fraction of the memory. For runs written out, not replayed. A
    // call's end follows when it returns (stepsink.h), so nothing waits for it.
    void streamStepsTo(StepSink& sink) { m_sink = &sink; }
    // The shapes of the steps streamed so far (none unless streaming), to be taken once the run has ended.
    StepShapes& shapes() { return m_shapes; }
    // Hands each decision to `sink` as it is made instead of keeping it in the run.
    void streamDecisionsTo(DecisionSink& sink) { m_decisionSink = &sink; }
    // When decisions are streamed, the first decision of each rule evaluated by each component, in the order they
    // were made: all that the metrics read of them (rules per component). Empty otherwise.
    DecisionList& firstDecisions() { return m_firstDecisions; }
    // Steps recorded so far, kept in the run or, when streaming, as shapes.
    int stepCount() const { return static_cast<int>(m_sink ? m_shapes.size() : m_steps.size()); }
    // A step recorded so far, while not streaming (the run gets them when it ends).
    const Step& step(int i) const { return m_steps.at(static_cast<std::size_t>(i)); }

    void beginAction(int action);
    // Work scheduled for later (a delivery) belongs to the action that caused it.
    void resumeAction(int action) { m_action = action; }
    int action() const { return m_action; }

    // The simulated clock. Recording a step stamps it with now() and moves the clock on by that kind's latency
    // (timing.h); a trigger's end and a request's duration are stamped when its Scope closes.
    void setTiming(const Timing& timing) { m_timing = timing; }
    const Timing& timing() const { return m_timing; }
    std::int64_t now() const { return m_now; }
    void setNow(std::int64_t ms) { m_now = ms; }
    void advance(std::int64_t ms)
    {
        m_now += ms;
        m_latest = m_now > m_latest ? m_now : m_latest;
    }
    std::int64_t latest() const { return m_latest; } // the latest moment any recorded work reached
    Scheduler& scheduler() { return m_scheduler; }
    // The faults of this run and the policies that answer them (none: a fault-free run).
    void setFaults(FaultSchedule faults) { m_faults = std::move(faults); }
    const FaultSchedule& faults() const { return m_faults; }
    // Ends the calls still open, unchanged (a stream is told), and hands the steps to the run. Called when the run
    // ends: until then the run has none.
    void finish();

    // Assigns index, action and parent (the innermost open scope), appends, returns the index.
    int record(NarratedStep step);
    int record(Component from, Component to, StepKind kind, std::string label, std::string caption,
        nlohmann::json detail = {});
    // The same with a detail written by a JsonWriter, whose text it takes (the fast path for steps recorded by the
    // thousand).
    int record(Component from, Component to, StepKind kind, std::string label, std::string caption, JsonWriter& detail);
    // A step a fault caused, tagged with what it did (step.h), so outcomes and views can tell it apart.
    int record(FaultEffect effect, Component from, Component to, StepKind kind, std::string label, std::string caption,
        nlohmann::json detail = {});
    // The bus records how a subscriber's queue changed, at now(), caused by the latest step.
    void queueDepthChanged(Component subscriber, int depth);

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
    int recordText(Component from, Component to, StepKind kind, std::string label, std::string caption,
        std::string detail, FaultEffect effect = FaultEffect::None);

    void closeScope(int step);
    void returnCall();

    Run& m_run;
    StepSink* m_sink = nullptr;
    StepShapes m_shapes; // while streaming: the steps' structure, instead of m_steps
    StepList m_steps; // while not streaming: the steps so far, handed to the run by finish()
    DecisionSink* m_decisionSink = nullptr;
    DecisionList m_firstDecisions; // see firstDecisions()
    int m_action = 0;
    std::vector<int> m_scopes;
    Timing m_timing;
    Scheduler m_scheduler;
    FaultSchedule m_faults;
    std::int64_t m_now = 0;
    std::int64_t m_latest = 0;
    // Triggers and requests whose Scope is still open: their end is not known yet.
    std::vector<int> m_openCalls;
};

} // namespace notiflow
