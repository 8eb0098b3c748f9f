// Delivering one notification to one customer: route by preferences (a recorded decision), render, send on each
// channel. The notification service (event-sourced) and the notification API (API-driven) both use it.
#pragma once

#include "channelgateway.h"

#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace notiflow {

class Notifier {
public:
    Notifier(Component owner, TraceRecorder& recorder, ChannelGateway& channels);

    // `channelOverride` (from an API caller) replaces preference routing when given. With an `idempotencyKey` (an
    // event id, or a caller's idempotency key), a channel already sent to this customer under the same key is not
    // sent again: the repeat is recorded and reported as delivered.
    // Throws TemplateError when the context lacks what the template needs.
    std::vector<DeliveryResult> notify(NotificationType type, const Customer& customer,
        const NotificationPreferences* preferences, const nlohmann::json& context,
        const std::optional<std::vector<Channel>>& channelOverride = std::nullopt,
        const std::string& idempotencyKey = {});

private:
    Component m_owner;
    TraceRecorder& m_recorder;
    ChannelGateway& m_channels;
    // (key, customer, channel) of every successful send made under a key: what idempotency remembers.
    std::set<std::tuple<std::string, std::string, Channel>> m_sentUnderKey;
};

} // namespace notiflow
