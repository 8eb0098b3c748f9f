// A domain service's client of the notification API. It records each call as a synchronous Request and its
// Response, with the bodies, so the caller's dependency on the API is in the trace.
#pragma once

#include "notificationapi.h"

namespace notiflow {

class NotificationApiClient {
public:
    NotificationApiClient(Component caller, NotificationApi& api, TraceRecorder& recorder);

    NotificationApi::Response post(const std::string& path, const nlohmann::json& body);

private:
    Component m_caller;
    NotificationApi& m_api;
    TraceRecorder& m_recorder;
};

} // namespace notiflow
