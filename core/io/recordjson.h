// JSON views of records, in the data files' field names, for step details and request contexts.
#pragma once

#include "records.h"

#include <nlohmann/json.hpp>

namespace notiflow {

class JsonWriter;

void writeJson(JsonWriter& out, const Customer& customer);
void writeJson(JsonWriter& out, const Product& product);
void writeJson(JsonWriter& out, const Order& order);
void writeJson(JsonWriter& out, const NotificationPreferences& preferences);
nlohmann::json moneyJson(Cents amount); // 19.99 as a number, for documents built with nlohmann

} // namespace notiflow
