#include "notifier.h"

#include "notificationrules.h"
#include "tracerecorder.h"

namespace notiflow {

Notifier::Notifier(Component owner, TraceRecorder& recorder, ChannelGateway& channels)
    : m_owner(owner)
    , m_recorder(recorder)
    , m_channels(channels)
{
}

std::vector<DeliveryResult> Notifier::notify(NotificationType type, const Customer& customer,
    const NotificationPreferences* preferences, const nlohmann::json& context,
    const std::optional<std::vector<Channel>>& channelOverride)
{
    std::vector<Channel> channels;
    if (channelOverride) {
        channels = *channelOverride;
        m_recorder.decide(m_owner, customer.id, channelsChosenByCaller(channels));
    } else {
        const auto routing = routeChannels(categoryOf(type), preferences);
        channels = routing.channels;
        m_recorder.decide(m_owner, customer.id, channelsRouted(routing));
    }
    if (channels.empty())
        return {};
    const RenderedMessage message = MessageTemplates::render(type, customer, context);
    std::vector<DeliveryResult> results;
    for (const auto channel : channels)
        results.push_back(m_channels.send(m_owner, channel, type, customer, message));
    return results;
}

} // namespace notiflow
