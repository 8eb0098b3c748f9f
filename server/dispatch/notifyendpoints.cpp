#include "notifyendpoints.h"

#include "apischemas.h"
#include "apishapes.h"
#include "channelgateway.h"
#include "datastore.h"
#include "datastoreview.h"
#include "livesession.h"
#include "notificationrules.h"
#include "randomid.h"
#include "tracerecorder.h"

namespace notiflow::server {

using nlohmann::json;

NotifyEndpoints::NotifyEndpoints(std::shared_ptr<const ApiContext> context)
    : m_context(std::move(context))
{
}

void NotifyEndpoints::addRoutes(std::vector<Route>& routes)
{
    const std::vector<RouteResponse> notifyResponses {
        { 200, "What was sent on each channel.", schemas::notificationResponse() },
        { 404, "Customer not found.", schemas::httpError() },
        { 422, "Validation error.", schemas::validationError() },
    };
    const std::vector<RouteResponse> bulkResponses {
        { 200, "One response per known customer; unknown customers count as failed.",
            schemas::bulkNotificationResponse() },
        { 422, "Validation error.", schemas::validationError() },
    };
    for (const std::string prefix : { "", "/api" }) {
        const std::string suffix = prefix.empty() ? "" : "Api";
        routes.push_back(
            { "POST", prefix + "/notify", "notify" + suffix, "Notification API", "Send a notification to a customer",
                "The API-driven architecture's notification API. The caller decides when to notify and provides the "
                "context; the API looks up the customer, routes by preferences unless `channels` is given, renders the "
                "template and sends. An unknown channel fails on its own, not the whole request.",
                {}, schemas::notificationRequest(), notifyResponses, false,
                [this](const RouteCall& call) { return notify(call); } });
        routes.push_back({ "POST", prefix + "/notify/bulk", "notifyBulk" + suffix, "Notification API",
            "Send the same notification to many customers",
            "The caller must already know whom to notify (compare the event-sourced side, where the notification "
            "service works that out).",
            {}, schemas::bulkNotificationRequest(), bulkResponses, false,
            [this](const RouteCall& call) { return notifyBulk(call); } });
    }
}

namespace {

struct Outcome {
    bool customerFound = false;
    Json response; // NotificationResponse
};

Outcome notifyOne(const DataSet& data, TraceRecorder& recorder, const std::string& type, const std::string& customerId,
    const json& context, const json& channels)
{
    Outcome outcome;
    const NotificationType notificationType = *notificationTypeFromId(type);
    // Each request starts from the data set as loaded, as the original's notify endpoint does.
    DataStore store(data, recorder, Architecture::ApiDriven);
    DataStoreView view = store.as(Component::NotificationApi);
    ChannelGateway gateway(recorder);

    const Customer* customer = view.customer(customerId);
    if (!customer)
        return outcome;
    outcome.customerFound = true;

    std::vector<std::string> names;
    if (channels.is_array() && !channels.empty()) {
        for (const auto& c : channels)
            names.push_back(c.get<std::string>());
    } else {
        for (const Channel c : routeChannels(categoryOf(notificationType), view.preferences(customerId)).channels)
            names.emplace_back(channelId(c));
    }

    auto results = Json::array();
    std::optional<RenderedMessage> message;
    std::string renderError;
    try {
        message = MessageTemplates::render(notificationType, *customer, context);
    } catch (const std::exception& e) {
        // As in the original, a message that cannot be rendered fails each channel, not the request.
        renderError = e.what();
    }
    for (const auto& name : names) {
        const bool email = name == "email";
        const bool known = email || name == "sms";
        const std::string recipient = email ? customer->email : customer->phone;
        if (!known || !message) {
            results.push_back({ { "channel", name }, { "recipient", recipient }, { "success", false },
                { "error", known ? renderError : "Unknown channel: " + name } });
            continue;
        }
        const DeliveryResult r = gateway.send(
            Component::NotificationApi, email ? Channel::Email : Channel::Sms, notificationType, *customer, *message);
        results.push_back({ { "channel", name }, { "recipient", r.recipient }, { "success", r.success },
            { "error", r.success ? Json(nullptr) : Json(r.error) } });
    }
    outcome.response = { { "request_id", uuid4() }, { "notification_type", type }, { "customer_id", customerId },
        { "results", std::move(results) }, { "timestamp", utcTimestamp() } };
    return outcome;
}

HttpResponse answerNotify(const DataSet& data, TraceRecorder& recorder, const json& body)
{
    const std::string customerId = body.at("customer_id").get<std::string>();
    Outcome outcome = notifyOne(data, recorder, body.at("notification_type").get<std::string>(), customerId,
        body.at("context"), body.at("channels"));
    if (!outcome.customerFound)
        return HttpResponse::detail(404, "Customer not found: " + customerId);
    return HttpResponse::json(200, outcome.response);
}

HttpResponse answerBulk(const DataSet& data, TraceRecorder& recorder, const json& body)
{
    const std::string type = body.at("notification_type").get<std::string>();
    auto results = Json::array();
    int successful = 0;
    int failed = 0;
    for (const auto& id : body.at("customer_ids")) {
        Outcome outcome = notifyOne(data, recorder, type, id.get<std::string>(), body.at("context"), nullptr);
        if (!outcome.customerFound) {
            ++failed;
            continue;
        }
        bool anySent = false;
        for (const auto& r : outcome.response.at("results"))
            anySent = anySent || r.at("success").get<bool>();
        ++(anySent ? successful : failed);
        results.push_back(std::move(outcome.response));
    }
    return HttpResponse::json(200,
        { { "request_id", uuid4() }, { "notification_type", type },
            { "total_customers", body.at("customer_ids").size() }, { "successful_customers", successful },
            { "failed_customers", failed }, { "results", std::move(results) } });
}

using Answer = HttpResponse (*)(const DataSet&, TraceRecorder&, const json&);

// The call as the live session keeps it: the outside world's request to the notification API, and under it
// everything the API did, as one API-driven action.
HttpResponse answerRecorded(LiveSession& live, const DataSet& data, Answer answer, const std::string& path,
    const std::string& label, const json& body)
{
    DirectCall call;
    call.label = label;
    call.parameters = body;
    TraceRecorder recorder(call.run);
    call.run.architecture = Architecture::ApiDriven;
    HttpResponse response;
    {
        const int trigger = recorder.record(Component::OutsideWorld, Component::NotificationApi, StepKind::Trigger,
            "POST " + path, "A client calls the notification API directly: " + label + ".", body);
        const TraceRecorder::Scope scope(recorder, trigger);
        response = answer(data, recorder, body);
    }
    recorder.finish();
    call.run.actionFirstStep = { 0 };
    call.run.actionStartMs = { 0 };
    call.run.endMs = recorder.latest();
    live.recordDirectCall(std::move(call));
    return response;
}

DispatchResult dispatchCall(const std::shared_ptr<const ApiContext>& context, Answer answer, const std::string& path,
    const std::string& label, const json& body)
{
    if (context->live && context->live->recordsDirectCalls()) {
        return { {}, [context, answer, path, label, body]() {
                    return answerRecorded(*context->live, *context->data, answer, path, label, body);
                } };
    }
    Run run; // recorded and let go: nobody replays it
    TraceRecorder recorder(run);
    return { answer(*context->data, recorder, body), {} };
}

} // namespace

DispatchResult NotifyEndpoints::notify(const RouteCall& call)
{
    const std::string label = "POST " + call.request.path + " " + call.body.at("notification_type").get<std::string>()
        + " " + call.body.at("customer_id").get<std::string>();
    return dispatchCall(m_context, &answerNotify, call.request.path, label, call.body);
}

DispatchResult NotifyEndpoints::notifyBulk(const RouteCall& call)
{
    const std::string label = "POST " + call.request.path + " " + call.body.at("notification_type").get<std::string>()
        + " (" + std::to_string(call.body.at("customer_ids").size()) + " customers)";
    return dispatchCall(m_context, &answerBulk, call.request.path, label, call.body);
}

} // namespace notiflow::server
