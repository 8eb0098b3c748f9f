#include "apishapes.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace notiflow::server {

Json demoResultJson(const Run& run, std::string_view approach, const std::string& scenarioId)
{
    auto recipients = Json::array();
    auto messages = Json::array();
    for (const auto& n : run.notifications) {
        recipients.push_back(n.recipient);
        messages.push_back({ { "channel", channelId(n.channel) }, { "recipient", n.recipient },
            { "subject", n.channel == Channel::Email ? Json(n.subject) : Json(nullptr) } });
    }
    return { { "approach", approach }, { "scenario", scenarioId }, { "notifications_sent", run.notifications.size() },
        { "recipients", std::move(recipients) }, { "messages", std::move(messages) } };
}

Json comparisonResultJson(const Run& eventSourced, const Run& apiDriven, const std::string& scenarioId)
{
    const auto sortedRecipients = [](const Run& run) {
        std::vector<std::string> list;
        for (const auto& n : run.notifications)
            list.push_back(n.recipient);
        std::sort(list.begin(), list.end());
        return list;
    };
    return { { "scenario", scenarioId }, { "event_sourced", demoResultJson(eventSourced, "event-sourced", scenarioId) },
        { "api_driven", demoResultJson(apiDriven, "api-driven", scenarioId) },
        { "same_recipients", sortedRecipients(eventSourced) == sortedRecipients(apiDriven) } };
}

std::string utcTimestamp()
{
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count() % 1000000;
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%06lld", utc.tm_year + 1900, utc.tm_mon + 1,
        utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<long long>(micros));
    return buffer;
}

} // namespace notiflow::server
