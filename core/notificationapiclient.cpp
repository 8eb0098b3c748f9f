#include "notificationapiclient.h"

#include "io/jsonwriter.h"
#include "tracerecorder.h"

namespace notiflow {

NotificationApiClient::NotificationApiClient(Component caller, NotificationApi& api, TraceRecorder& recorder)
    : m_caller(caller)
    , m_api(api)
    , m_recorder(recorder)
{
}

namespace {
std::string describeRequest(const std::string& path, const nlohmann::json& body)
{
    if (path == "/notify/bulk" && body.contains("notifications"))
        return std::to_string(body.at("notifications").size())
            + (body.at("notifications").size() == 1 ? " notification" : " notifications");
    return body.value("notification_type", std::string("?")) + " for " + body.value("customer_id", std::string("?"));
}

std::string describeResponse(const NotificationApi::Response& response)
{
    if (response.status != 200)
        return std::to_string(response.status) + ": " + response.body.value("error", std::string());
    if (response.body.contains("request_id")) {
        const auto& results = response.body.at("results");
        if (results.empty())
            return "200: nothing sent (no channel enabled)";
        std::string channels;
        for (const auto& r : results)
            channels += (channels.empty() ? "" : " and ") + r.value("channel", std::string());
        return "200: sent by " + channels;
    }
    return "200: " + std::to_string(response.body.value("results", nlohmann::json::array()).size()) + " results";
}
std::string dumped(const nlohmann::json& body)
{
    return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The details are written as text around the dumped body instead of as a json object holding a copy of it. Keys
// come in the order nlohmann's (sorted) objects give them, so the text is what dumping such an object gives.
JsonWriter& writeRequest(JsonWriter& detail, const std::string& path, const nlohmann::json& body)
{
    return detail.beginObject().key("body").raw(dumped(body)).field("method", "POST").field("path", path).endObject();
}

JsonWriter& writeResponse(JsonWriter& detail, const NotificationApi::Response& response)
{
    return detail.beginObject().key("body").raw(dumped(response.body)).field("status", response.status).endObject();
}
} // namespace

NotificationApi::Response NotificationApiClient::post(const std::string& path, const nlohmann::json& body)
{
    const std::string caller(componentName(m_caller));
    JsonWriter requestDetail;
    const int request = m_recorder.record(m_caller, Component::NotificationApi, StepKind::Request, "POST " + path,
        caller + " calls POST " + path + " (" + describeRequest(path, body) + ") and waits for the answer.",
        writeRequest(requestDetail, path, body));
    NotificationApi::Response response;
    {
        const TraceRecorder::Scope scope(m_recorder, request);
        response = m_api.handle("POST", path, body);
    }
    const TraceRecorder::Scope scope(m_recorder, request);
    const std::string summary = describeResponse(response);
    JsonWriter responseDetail;
    m_recorder.record(Component::NotificationApi, m_caller,
        response.status == 200 ? StepKind::Response : StepKind::Failure, std::to_string(response.status),
        "The notification API answers " + summary + ".", writeResponse(responseDetail, response));
    return response;
}

NotificationApi::Response NotificationApiClient::notify(
    NotificationType type, const std::string& customerId, const nlohmann::json& context)
{
    return post("/notify", notifyRequest(type, customerId, context));
}

nlohmann::json NotificationApiClient::notifyRequest(
    NotificationType type, const std::string& customerId, const nlohmann::json& context)
{
    return { { "notification_type", notificationTypeId(type) }, { "customer_id", customerId }, { "context", context } };
}

} // namespace notiflow
