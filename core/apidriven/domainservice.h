// What every API-driven domain service is made of: its view of the data store, the actions on its own data, the
// eligibility checks it must now run itself, and its client of the notification API.
#pragma once

#include "domainactions.h"
#include "eligibilitychecks.h"
#include "notificationapiclient.h"

namespace notiflow {
class DataStore;
class TraceRecorder;
} // namespace notiflow

namespace notiflow::apidriven {

class DomainService {
protected:
    DomainService(Component self, DataStore& store, TraceRecorder& recorder, NotificationApi& api);

    DataStoreView m_data;
    DomainActions m_actions;
    EligibilityChecks m_checks;
    TraceRecorder& m_recorder;
    NotificationApiClient m_api;
};

} // namespace notiflow::apidriven
