// JSON views of records, in the data files' field names, for step details and request contexts.
#pragma once

#include "records.h"

#include <nlohmann/json.hpp>

namespace notiflow {

nlohmann::json toJson(const Customer& customer);
nlohmann::json toJson(const Product& product);
nlohmann::json toJson(const Order& order);
nlohmann::json toJson(const NotificationPreferences& preferences);
nlohmann::json moneyJson(Cents amount); // 19.99 as a number

} // namespace notiflow
