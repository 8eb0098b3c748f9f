#include "notificationapiclient.h"

#include "channelgateway.h"
#include "componentsentence.h"
#include "io/jsonwriter.h"
#include "tracerecorder.h"

#include <algorithm>

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

// Whether the answer says a fault kept something from being sent: a timeout, or a channel whose provider is down.
bool failedByFault(const NotificationApi::Response& response)
{
    if (response.status == 504 || response.status == 503) // timed out, or a store it needed was down
        return true;
    if (response.status != 200)
        return false;
    const auto sentBy = [](const nlohmann::json& results) {
        for (const auto& r : results) {
            if (r.value("error", nlohmann::json()) == ChannelGateway::providerDown)
                return true;
        }
        return false;
    };
    const auto& results = response.body.value("results", nlohmann::json::array());
    for (const auto& r : results) {
        if (r.contains("body") && sentBy(r.at("body").value("results", nlohmann::json::array())))
            return true;
    }
    return sentBy(results);
}
} // namespace

NotificationApi::Response NotificationApiClient::post(const std::string& path, const nlohmann::json& plainBody)
{
    const FaultSchedule& faults = m_recorder.faults();
    const Policies& policies = faults.policies();
    // With the idempotency_key policy every logical call carries a key of its own, the same on each retry: the API
    // remembers what it sent under it.
    nlohmann::json keyed;
    if (policies.idempotencyKey) {
        keyed = plainBody;
        keyed["idempotency_key"] = std::string(componentId(m_caller)) + "-" + std::to_string(++m_calls);
    }
    const nlohmann::json& body = policies.idempotencyKey ? keyed : plainBody;
    NotificationApi::Response response = attempt(path, body, 1);
    if (faults.isEmpty() || !failedByFault(response))
        return response;
    int made = 1;
    if (policies.onNotifyFailure == NotifyFailurePolicy::Retry) {
        for (; made <= policies.retries && failedByFault(response); ++made) {
            m_recorder.advance(policies.backoff(made));
            response = attempt(path, body, made + 1);
        }
        if (!failedByFault(response))
            return response;
    }
    const std::string caller(componentName(m_caller));
    if (policies.onNotifyFailure == NotifyFailurePolicy::FailOperation) {
        m_recorder.record(FaultEffect::OperationFailed, m_caller, m_caller, StepKind::Failure, "operation fails",
            caller + " cannot notify (" + describeRequest(path, body)
                + ") and, by its fail_operation policy, fails the whole operation; what was already sent stands.",
            { { "policy", notifyFailurePolicyId(policies.onNotifyFailure) }, { "attempts", made } });
        throw NotifyFailed(caller + " could not notify: " + describeRequest(path, body));
    }
    m_recorder.record(FaultEffect::Lost, m_caller, m_caller, StepKind::Failure, "notification lost",
        caller + (made > 1 ? " gives up after " + std::to_string(made) + " attempts" : " drops it (policy drop)") + ": "
            + describeRequest(path, body)
            + (m_responseLost ? " is lost as far as it can tell (the API may well have sent it)" : " is lost")
            + ", and the domain change stands.",
        { { "policy", notifyFailurePolicyId(policies.onNotifyFailure) }, { "attempts", made } });
    return response;
}

NotificationApi::Response NotificationApiClient::attempt(const std::string& path, const nlohmann::json& body, int n)
{
    const std::string caller(componentName(m_caller));
    const std::int64_t sentAt = m_recorder.now();
    JsonWriter requestDetail;
    NarratedStep call;
    call.from = m_caller;
    call.to = Component::NotificationApi;
    call.kind = StepKind::Request;
    call.effect = n > 1 ? FaultEffect::Retry : FaultEffect::None;
    call.label = toShortText("POST " + path + (n > 1 ? " (attempt " + std::to_string(n) + ")" : ""));
    call.caption = caller + " calls POST " + path + " (" + describeRequest(path, body) + ")"
        + (n > 1 ? " again, attempt " + std::to_string(n) + "," : "") + " and waits for the answer.";
    call.detail = writeRequest(requestDetail, path, body).take();
    const int request = m_recorder.record(std::move(call));
    // One scope for the call and its answer: the request's duration is known when it closes.
    const TraceRecorder::Scope scope(m_recorder, request);
    const FaultSchedule& faults = m_recorder.faults();
    const std::int64_t timeout = faults.policies().timeoutMs;
    m_responseLost = false;
    if (faults.isDown(Component::NotificationApi, sentAt)) {
        m_recorder.setNow(sentAt + timeout);
        m_recorder.record(FaultEffect::Timeout, m_caller, m_caller, StepKind::Failure, "timeout",
            "No answer from the notification API within " + std::to_string(timeout) + " ms: it is down.",
            { { "timeout_ms", timeout } });
        return { 504, { { "error", "timeout" } } };
    }
    const NotificationApi::Response response = m_api.handle("POST", path, body);
    if (faults.holds(Component::NotificationApi, FaultMode::LoseResponse, sentAt)) {
        // The API did its work (and sent what it sent); only its answer is lost, so the caller cannot tell.
        m_responseLost = true;
        m_recorder.record(FaultEffect::ResponseLost, Component::NotificationApi, m_caller, StepKind::Failure,
            "response lost",
            "The notification API answers " + describeResponse(response) + ", but the answer never reaches "
                + componentNameInSentence(m_caller) + ".",
            { { "status", response.status } });
        m_recorder.setNow(std::max(m_recorder.now(), sentAt + timeout));
        m_recorder.record(FaultEffect::Timeout, m_caller, m_caller, StepKind::Failure, "timeout",
            "No answer from the notification API within " + std::to_string(timeout)
                + " ms: the caller does not know whether anything was sent.",
            { { "timeout_ms", timeout } });
        return { 504, { { "error", "timeout" } } };
    }
    const std::string summary = describeResponse(response);
    JsonWriter responseDetail;
    m_recorder.record(Component::NotificationApi, m_caller,
        response.status == 200 ? StepKind::Response : StepKind::Failure, std::to_string(response.status),
        "The notification API answers " + summary + ".", writeResponse(responseDetail, response));
    m_recorder.advance(m_recorder.timing().requestMs); // the answer's way back
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
