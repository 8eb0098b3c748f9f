// The notification API of the API-driven architecture: a JSON request/response contract in front of templates,
// preference routing and channels. Callers must already know whom to notify and with what context.
//   POST /notify       {notification_type, customer_id, context, channels?, idempotency_key?}
//                      -> 200 {request_id, results: [{channel, recipient, success, error}]}
//                         400 unknown type or bad request, 404 unknown customer
//   POST /notify/bulk  {notifications: [<notify request>...], idempotency_key?} -> 200 {results: [{status, body}]}
// With an idempotency key the API sends each (key, customer, channel) at most once: a retry is answered, not resent.
#pragma once

#include "datastoreview.h"
#include "notifier.h"

#include <nlohmann/json.hpp>
#include <string>

namespace notiflow {

class DataStore;

class NotificationApi {
public:
    struct Response {
        int status = 200;
        nlohmann::json body;
    };

    NotificationApi(DataStore& store, TraceRecorder& recorder, ChannelGateway& channels);

    Response handle(const std::string& method, const std::string& path, const nlohmann::json& body);

private:
    // `bulkKey`: the idempotency key of the /notify/bulk request this one came in.
    Response notifyOne(const nlohmann::json& request, const std::string& bulkKey = {});
    Response notifyBulk(const nlohmann::json& request);

    DataStoreView m_data;
    Notifier m_notifier;
    int m_requestCount = 0;
};

} // namespace notiflow
