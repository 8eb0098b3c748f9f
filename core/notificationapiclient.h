// A domain service's client of the notification API. It records each call as a synchronous Request and its
// Response, with the bodies, so the caller's dependency on the API is in the trace.
#pragma once

#include "notificationapi.h"

#include <stdexcept>

namespace notiflow {

// Thrown by a call that failed under the fail_operation policy: the caller's whole operation fails, and the system
// rolls its domain change back.
class NotifyFailed : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class NotificationApiClient {
public:
    NotificationApiClient(Component caller, NotificationApi& api, TraceRecorder& recorder);

    // One call, and with faults the caller's on_notify_failure policy: retries with backoff while the caller waits,
    // giving the notification up (drop), or failing the whole operation (fail_operation: throws NotifyFailed). A down
    // API answers nothing: the call times out after timeout_ms; with lose_response the API does its work but the answer
    // never arrives, and the caller times out all the same. With the idempotency_key policy the body carries a key, the
    // same on every retry of one call.
    NotificationApi::Response post(const std::string& path, const nlohmann::json& body);
    // POST /notify for one customer.
    NotificationApi::Response notify(
        NotificationType type, const std::string& customerId, const nlohmann::json& context);
    // The body of one /notify request, also an element of a /notify/bulk request.
    static nlohmann::json notifyRequest(
        NotificationType type, const std::string& customerId, const nlohmann::json& context);

private:
    NotificationApi::Response attempt(const std::string& path, const nlohmann::json& body, int attempt);

    Component m_caller;
    NotificationApi& m_api;
    TraceRecorder& m_recorder;
    int m_calls = 0; // logical calls made, for idempotency keys
    bool m_responseLost = false; // the last attempt was processed, but its answer lost
};

} // namespace notiflow
