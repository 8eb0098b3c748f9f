#include "tracerecorder.h"

#include <algorithm>
#include <iterator>

namespace notiflow {

TraceRecorder::TraceRecorder(Run& run)
    : m_run(run)
{
}

void TraceRecorder::beginAction(int action)
{
    m_action = action;
    m_scopes.clear();
    while (static_cast<int>(m_run.actionFirstStep.size()) <= action)
        m_run.actionFirstStep.push_back(stepCount());
}

int TraceRecorder::record(NarratedStep step)
{
    step.index = stepCount();
    step.action = m_action;
    step.parent = m_scopes.empty() ? -1 : m_scopes.back();
    step.synchronous = isSynchronousKind(step.kind);
    if (step.kind != StepKind::Publish && step.kind != StepKind::Deliver)
        step.publisher = step.from;
    step.atMs = m_now;
    switch (step.kind) {
    case StepKind::Query:
        step.durationMs = m_timing.queryMs;
        break;
    case StepKind::Update:
        step.durationMs = m_timing.updateMs;
        break;
    case StepKind::Send:
        step.durationMs = m_timing.sendMs;
        break;
    case StepKind::Publish:
        m_now += m_timing.publishMs;
        break;
    case StepKind::Request:
        m_now += m_timing.requestMs; // the way there; the callee's work and the answer follow
        m_openCalls.push_back(step.index);
        break;
    case StepKind::Trigger:
        m_openCalls.push_back(step.index);
        break;
    default:
        break;
    }
    // A slow component makes every call to it (or delivery to it) take extra_ms more.
    const bool call = step.kind == StepKind::Query || step.kind == StepKind::Update || step.kind == StepKind::Send
        || step.kind == StepKind::Request || step.kind == StepKind::Publish || step.kind == StepKind::Deliver;
    if (const std::int64_t extra = call && !m_faults.isEmpty() ? m_faults.extraMs(step.to, step.atMs) : 0; extra > 0) {
        if (step.durationMs >= 0)
            step.durationMs += extra;
        else
            m_now += extra;
        step.caption
            += " (" + std::string(componentName(step.to)) + " is slow: " + std::to_string(extra) + " ms more.)";
    }
    if (step.durationMs > 0)
        m_now += step.durationMs;
    m_latest = std::max(m_latest, m_now);
    const bool opensCall = !m_openCalls.empty() && m_openCalls.back() == step.index;
    if (m_sink) {
        m_shapes.emplace_back(step);
        if (opensCall)
            m_sink->callStarted(step);
        else
            m_sink->stepRecorded(step);
        return step.index;
    }
    // The text goes into the run's compressed store; the step keeps its structure and label.
    m_run.texts.append(step.caption, step.detail);
    m_steps.push_back(static_cast<Step&&>(step));
    return m_steps.back().index;
}

void TraceRecorder::closeScope(int step)
{
    m_scopes.pop_back();
    if (m_openCalls.empty() || m_openCalls.back() != step)
        return;
    const auto end = [this](auto& call) {
        if (call.kind == StepKind::Trigger)
            call.endMs = m_now;
        else
            call.durationMs = m_now - call.atMs;
    };
    if (m_sink)
        end(m_shapes[std::size_t(step)]);
    else
        end(m_steps[std::size_t(step)]);
    returnCall();
}

void TraceRecorder::returnCall()
{
    if (m_sink)
        m_sink->callReturned(m_shapes[std::size_t(m_openCalls.back())].toStep());
    m_openCalls.pop_back();
}

void TraceRecorder::finish()
{
    while (!m_openCalls.empty())
        returnCall();
    m_run.texts.finish();
    // Handed over whole: the run keeps the blocks they were recorded into.
    if (m_run.steps.empty())
        m_run.steps = std::move(m_steps);
    else
        std::move(m_steps.begin(), m_steps.end(), std::back_inserter(m_run.steps));
    m_steps.clear();
}

int TraceRecorder::record(
    Component from, Component to, StepKind kind, std::string label, std::string caption, nlohmann::json detail)
{
    return recordText(from, to, kind, std::move(label), std::move(caption),
        detail.is_null() ? std::string() : detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

int TraceRecorder::record(
    Component from, Component to, StepKind kind, std::string label, std::string caption, JsonWriter& detail)
{
    return recordText(from, to, kind, std::move(label), std::move(caption), detail.take());
}

int TraceRecorder::record(FaultEffect effect, Component from, Component to, StepKind kind, std::string label,
    std::string caption, nlohmann::json detail)
{
    return recordText(from, to, kind, std::move(label), std::move(caption),
        detail.is_null() ? std::string() : detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
        effect);
}

void TraceRecorder::queueDepthChanged(Component subscriber, int depth)
{
    m_run.queueDepths.push_back({ m_now, subscriber, depth, stepCount() - 1 });
}

int TraceRecorder::recordText(Component from, Component to, StepKind kind, std::string label, std::string caption,
    std::string detail, FaultEffect effect)
{
    NarratedStep step;
    step.effect = effect;
    step.from = from;
    step.to = to;
    step.kind = kind;
    step.label = toShortText(label);
    step.caption = std::move(caption);
    step.detail = std::move(detail);
    return record(std::move(step));
}

TraceRecorder::Scope::Scope(TraceRecorder& recorder, int step)
    : m_recorder(recorder)
{
    m_recorder.m_scopes.push_back(step);
}

TraceRecorder::Scope::~Scope()
{
    m_recorder.closeScope(m_recorder.m_scopes.back());
}

bool TraceRecorder::decide(Component component, const std::string& subject, const RuleOutcome& outcome)
{
    return decideAll(component, subject, { outcome }, outcome.reason);
}

bool TraceRecorder::decideAll(Component component, const std::string& subject, const std::vector<RuleOutcome>& outcomes,
    const std::string& conclusion)
{
    bool allPassed = true;
    JsonWriter detail;
    detail.beginObject().field("subject", subject).key("checks").beginArray();
    for (const auto& outcome : outcomes) {
        allPassed = allPassed && outcome.passed;
        detail.beginObject()
            .field("rule", ruleId(outcome.rule))
            .field("passed", outcome.passed)
            .field("reason", outcome.reason)
            .endObject();
    }
    detail.endArray().field("passed", allPassed).endObject();
    const std::string label
        = outcomes.size() == 1 ? std::string(ruleId(outcomes.front().rule)) : "eligibility of " + subject;
    std::string caption = std::string(componentName(component)) + " decides: " + conclusion + ".";
    const int step = record(component, component, StepKind::Decision, label, std::move(caption), detail);
    for (const auto& outcome : outcomes) {
        Decision decision { step, m_action, component, ruleId(outcome.rule), subject, outcome.passed, outcome.reason };
        if (!m_decisionSink) {
            m_run.decisions.push_back(std::move(decision));
            continue;
        }
        m_decisionSink->decisionMade(decision);
        const bool seen = std::any_of(m_firstDecisions.begin(), m_firstDecisions.end(),
            [&decision](const Decision& d) { return d.component == decision.component && d.rule == decision.rule; });
        if (!seen)
            m_firstDecisions.push_back(std::move(decision));
    }
    return allPassed;
}

void TraceRecorder::addNotification(SentNotification notification)
{
    notification.action = m_action;
    notification.atMs
        = m_sink ? m_shapes.at(std::size_t(notification.step)).atMs : m_steps.at(std::size_t(notification.step)).atMs;
    m_run.notifications.push_back(std::move(notification));
}

} // namespace notiflow
