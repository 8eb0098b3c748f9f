#include "actionendpoints.h"

#include "apischemas.h"
#include "io/jsonwriter.h"
#include "io/runjsonwriter.h"
#include "io/scenarioloader.h"
#include "livesession.h"

namespace notiflow::server {

namespace {

// What one run did for the action at `action`: its steps (from its trigger on), notifications and decisions.
void writeActionRun(JsonWriter& out, const Run& run, int action)
{
    const auto slot = static_cast<std::size_t>(action);
    const std::size_t first
        = slot < run.actionFirstStep.size() ? static_cast<std::size_t>(run.actionFirstStep[slot]) : run.steps.size();
    out.beginObject().key("steps").beginArray();
    for (std::size_t i = first; i < run.steps.size() && run.steps[i].action == action; ++i)
        RunJsonWriter::writeStep(out, run.stepWithText(static_cast<int>(i)));
    out.endArray().key("notifications").beginArray();
    for (const auto& n : run.notifications) {
        if (n.action == action)
            RunJsonWriter::writeNotification(out, n);
    }
    out.endArray().key("decisions").beginArray();
    for (const auto& d : run.decisions) {
        if (d.action == action)
            RunJsonWriter::writeDecision(out, d);
    }
    out.endArray().endObject();
}

Run onlyAction(const Run& run, int action)
{
    Run only;
    for (const auto& n : run.notifications) {
        if (n.action == action)
            only.notifications.push_back(n);
    }
    return only;
}

std::string actionResult(const LiveSession::State& state)
{
    const Comparison& c = *state.comparison;
    const int action = static_cast<int>(c.scenario.actions.size()) - 1;
    const ScenarioAction& applied = c.scenario.actions.back();
    JsonWriter out;
    out.beginObject().field("action", actionTypeId(applied.type)).field("sequence", c.scenario.actions.size());
    out.key("parameters").raw(applied.parameters.dump());
    out.key("event_sourced");
    writeActionRun(out, c.eventSourced, action);
    out.key("api_driven");
    writeActionRun(out, c.apiDriven, action);
    out.field("same_notifications",
        diffNotifications(onlyAction(c.eventSourced, action), onlyAction(c.apiDriven, action)).same);
    out.endObject();
    return out.take();
}

} // namespace

ActionEndpoints::ActionEndpoints(std::shared_ptr<const ApiContext> context)
    : m_context(std::move(context))
{
}

void ActionEndpoints::addRoutes(std::vector<Route>& routes)
{
    for (int i = 0; i <= static_cast<int>(ActionType::ActivatePromotion); ++i) {
        const auto type = static_cast<ActionType>(i);
        const std::string name = actionTypeId(type);
        routes.push_back(
            { "POST", "/actions/" + name, "action_" + name, "Live actions", "Apply " + name + " to the live state",
                "Runs the action after those applied since the last reset, in both architectures on the same engine, "
                "and answers with what each did for it. All or nothing: an action that cannot complete in both leaves "
                "the live state as it was (500). The state persists until POST /reset; /demo and /scenarios/run never "
                "touch it.",
                {}, schemas::actionParameters(type),
                { { 200, "What each architecture did.", schemas::actionResult() },
                    { 404, "An order, product or line item the data set does not have.", schemas::httpError() },
                    { 422, "Validation error.", schemas::validationError() },
                    { 409, "The live session is full (1000 actions); POST /reset first.", schemas::httpError() },
                    { 500, "The action failed in a run; nothing of it was kept.", schemas::httpError() } },
                false, [this, type](const RouteCall& call) { return apply(call, type); } });
    }
    routes.push_back({ "POST", "/reset", "reset", "Live actions", "Start the live state afresh",
        "Discards every action applied since the server started or was last reset.", {}, {},
        { { 200, "Reset.", schemas::resetResult() } }, false, [this](const RouteCall& call) { return reset(call); } });
}

DispatchResult ActionEndpoints::apply(const RouteCall& call, ActionType type)
{
    // The scenario parser turns parameters into an action, with the same checks as a scenario file's step.
    nlohmann::json step = call.body.is_object() ? call.body : nlohmann::json::object();
    for (auto it = step.begin(); it != step.end();) {
        it = it.value().is_null() ? step.erase(it) : std::next(it); // an optional field sent as null is absent
    }
    step["action"] = actionTypeId(type);
    Scenario scenario;
    try {
        const nlohmann::json document { { "id", "live" }, { "title", "Live" },
            { "steps", nlohmann::json::array({ step }) } };
        scenario = parseScenario(document.dump(), "body");
    } catch (const LoadError& e) {
        nlohmann::json loc = nlohmann::json::array({ "body" });
        if (!e.location().field.empty())
            loc.push_back(e.location().field);
        ValidationIssue issue { "value_error", std::move(loc), "Value error, " + e.problem(), call.rawBody,
            { { "error", e.problem() } } };
        return { validationFailure({ std::move(issue) }), {} };
    }
    try {
        validateScenario(scenario, *m_context->data); // ids only: actions never add or remove records
    } catch (const LoadError& e) {
        return { HttpResponse::detail(404, e.problem()), {} };
    }
    ScenarioAction action = std::move(scenario.actions.front());
    return { {}, [live = m_context->live, action = std::move(action)]() {
                try {
                    const std::optional<LiveSession::State> state = live->apply(action);
                    if (!state) {
                        return HttpResponse::detail(409,
                            "The live session holds " + std::to_string(LiveSession::maxActions)
                                + " actions, as many as it keeps; POST /reset to start again");
                    }
                    return HttpResponse { 200, "application/json", {}, actionResult(*state) };
                } catch (const std::exception& e) {
                    return HttpResponse::detail(500,
                        std::string("The action failed and was not applied; the live state is unchanged: ") + e.what());
                }
            } };
}

DispatchResult ActionEndpoints::reset(const RouteCall&)
{
    return { {}, [live = m_context->live]() {
                const std::size_t discarded = live->reset();
                return HttpResponse::json(200, { { "status", "reset" }, { "actions_discarded", discarded } });
            } };
}

} // namespace notiflow::server
