#include "domainservice.h"

#include "datastore.h"

namespace notiflow::apidriven {

DomainService::DomainService(Component self, DataStore& store, TraceRecorder& recorder, NotificationApi& api)
    : m_data(store.as(self))
    , m_actions(m_data, recorder)
    , m_checks(m_data, recorder)
    , m_recorder(recorder)
    , m_api(self, api, recorder)
{
}

} // namespace notiflow::apidriven
