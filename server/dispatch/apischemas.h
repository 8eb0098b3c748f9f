// The request and response shapes of the API, field by field as the original project's pydantic models have them
// (NotificationRequest, NotificationResponse, BulkNotificationRequest/Response, DemoResult, ComparisonResult),
// plus ours: scenarios, live domain actions and data records.
#pragma once

#include "scenario.h"
#include "schema.h"

namespace notiflow::server::schemas {

const Schema& notificationType();
const Schema& notificationRequest();
const Schema& notificationResponse();
const Schema& bulkNotificationRequest();
const Schema& bulkNotificationResponse();
const Schema& demoResult();
const Schema& comparisonResult();
const Schema& httpError(); // {"detail": "..."}
const Schema& validationError(); // {"detail": [{type, loc, msg, input, ctx}]}
const Schema& health();
const Schema& scenarioSummaries();
const Schema& scenarioDocument(); // the scenario file format, as the body of POST /scenarios/run
const Schema& comparisonDocument(); // the --json output
const Schema& actionParameters(ActionType action);
const Schema& actionResult();
const Schema& resetResult();
// The records of one data domain, in the data files' field names: "customers", "products", ...
const Schema& records(const std::string& domain);

} // namespace notiflow::server::schemas
