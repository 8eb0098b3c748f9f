// Builds the original project's response documents from our runs: DemoResult, ComparisonResult and the
// timestamp format of NotificationResponse.
#pragma once

#include "httpmessage.h"
#include "run.h"

#include <string>
#include <string_view>

namespace notiflow::server {

// {approach, scenario, notifications_sent, recipients, messages: [{channel, recipient, subject}]}
Json demoResultJson(const Run& run, std::string_view approach, const std::string& scenarioId);
// {scenario, event_sourced, api_driven, same_recipients}; recipients are compared as sorted lists.
Json comparisonResultJson(const Run& eventSourced, const Run& apiDriven, const std::string& scenarioId);

// The current UTC time as pydantic writes a naive datetime: "2026-03-02T09:15:42.123456".
std::string utcTimestamp();

} // namespace notiflow::server
