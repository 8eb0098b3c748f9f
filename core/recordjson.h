// JSON views of records, in the data files' field names, for step details and request contexts.
#pragma once

#include "jsontext.h"
#include "records.h"

#include <nlohmann/json.hpp>

namespace notiflow {

void writeJson(JsonText& out, const Customer& customer);
void writeJson(JsonText& out, const Product& product);
void writeJson(JsonText& out, const Order& order);
void writeJson(JsonText& out, const NotificationPreferences& preferences);
nlohmann::json moneyJson(Cents amount); // 19.99 as a number, for documents built with nlohmann

} // namespace notiflow
