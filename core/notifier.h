// Delivering one notification to one customer: route by preferences (a recorded decision), render, send on each
// channel. The notification service (event-sourced) and the notification API (API-driven) both use it.
#pragma once

#include "channelgateway.h"

#include <optional>
#include <vector>

namespace notiflow {

class Notifier {
public:
    Notifier(Component owner, TraceRecorder& recorder, ChannelGateway& channels);

    // `channelOverride` (from an API caller) replaces preference routing when given.
    // Throws TemplateError when the context lacks what the template needs.
    std::vector<DeliveryResult> notify(NotificationType type, const Customer& customer,
        const NotificationPreferences* preferences, const nlohmann::json& context,
        const std::optional<std::vector<Channel>>& channelOverride = std::nullopt);

private:
    Component m_owner;
    TraceRecorder& m_recorder;
    ChannelGateway& m_channels;
};

} // namespace notiflow
