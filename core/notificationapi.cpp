#include "notificationapi.h"

#include "datastore.h"
#include "faulterror.h"

namespace notiflow {

namespace {
NotificationApi::Response error(int status, const std::string& message)
{
    return { status, { { "error", message } } };
}
} // namespace

NotificationApi::NotificationApi(DataStore& store, TraceRecorder& recorder, ChannelGateway& channels)
    : m_data(store.as(Component::NotificationApi))
    , m_notifier(Component::NotificationApi, recorder, channels)
{
}

NotificationApi::Response NotificationApi::handle(
    const std::string& method, const std::string& path, const nlohmann::json& body)
{
    if (method != "POST")
        return error(405, "only POST is supported");
    try {
        if (path == "/notify")
            return notifyOne(body);
        if (path == "/notify/bulk")
            return notifyBulk(body);
    } catch (const ComponentUnavailable& e) {
        // A data store it reads is down (a fault): the caller hears so and applies its policy.
        return error(503, e.what());
    }
    return error(404, "no such endpoint: " + path);
}

namespace {
// The request's idempotency key ("" for none); false if it is there but not a string.
bool readKey(const nlohmann::json& request, std::string& key)
{
    const auto field = request.find("idempotency_key");
    if (field == request.end() || field->is_null())
        return true;
    if (!field->is_string())
        return false;
    key = field->get<std::string>();
    return true;
}
} // namespace

NotificationApi::Response NotificationApi::notifyOne(const nlohmann::json& request, const std::string& bulkKey)
{
    if (!request.is_object())
        return error(400, "the request body must be a JSON object");
    std::string key = bulkKey;
    if (!readKey(request, key))
        return error(400, "idempotency_key must be a string");
    const auto typeField = request.find("notification_type");
    if (typeField == request.end() || !typeField->is_string())
        return error(400, "notification_type is required");
    const auto type = notificationTypeFromId(typeField->get<std::string>());
    if (!type)
        return error(400, "unknown notification_type " + typeField->get<std::string>());
    const auto customerField = request.find("customer_id");
    if (customerField == request.end() || !customerField->is_string())
        return error(400, "customer_id is required");
    const nlohmann::json context = request.value("context", nlohmann::json::object());
    if (!context.is_object())
        return error(400, "context must be an object");

    std::optional<std::vector<Channel>> channelOverride;
    if (const auto channels = request.find("channels"); channels != request.end() && !channels->is_null()) {
        if (!channels->is_array())
            return error(400, "channels must be an array of \"email\" and \"sms\"");
        channelOverride.emplace();
        for (const auto& channel : *channels) {
            if (channel == "email")
                channelOverride->push_back(Channel::Email);
            else if (channel == "sms")
                channelOverride->push_back(Channel::Sms);
            else
                return error(400, "unknown channel " + channel.dump());
        }
    }

    const std::string customerId = customerField->get<std::string>();
    const Customer* customer = m_data.customer(customerId);
    if (!customer)
        return error(404, "unknown customer " + customerId);
    const NotificationPreferences* preferences = channelOverride ? nullptr : m_data.preferences(customerId);

    std::vector<DeliveryResult> results;
    try {
        results = m_notifier.notify(*type, *customer, preferences, context, channelOverride, key);
    } catch (const TemplateError& e) {
        return error(400, e.what());
    }
    auto resultList = nlohmann::json::array();
    for (const auto& r : results) {
        resultList.push_back(
            { { "channel", channelId(r.channel) }, { "recipient", r.recipient }, { "success", r.success },
                { "error", r.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.error) } });
    }
    return { 200,
        { { "request_id", "req-" + std::to_string(++m_requestCount) }, { "results", std::move(resultList) } } };
}

NotificationApi::Response NotificationApi::notifyBulk(const nlohmann::json& request)
{
    if (!request.is_object() || !request.contains("notifications") || !request.at("notifications").is_array())
        return error(400, "notifications must be an array of notify requests");
    std::string key;
    if (!readKey(request, key))
        return error(400, "idempotency_key must be a string");
    auto results = nlohmann::json::array();
    for (const auto& one : request.at("notifications")) {
        const auto response = notifyOne(one, key);
        results.push_back({ { "status", response.status }, { "body", response.body } });
    }
    return { 200, { { "results", std::move(results) } } };
}

} // namespace notiflow
