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
    const std::optional<std::vector<Channel>>& channelOverride, const std::string& idempotencyKey)
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
    for (const auto channel : channels) {
        if (idempotencyKey.empty()) {
            results.push_back(m_channels.send(m_owner, channel, type, customer, message));
            continue;
        }
        const auto remembered = std::make_tuple(idempotencyKey, customer.id, channel);
        if (m_sentUnderKey.count(remembered)) {
            const Component outbox = channel == Channel::Email ? Component::Email : Component::Sms;
            const std::string typeName = notificationTypeId(type);
            m_recorder.record(FaultEffect::Deduplicated, m_owner, outbox, StepKind::Failure,
                typeName + " not sent again",
                std::string(componentName(m_owner)) + " has already sent " + typeName + " to " + customer.id + " by "
                    + channelId(channel) + " under " + idempotencyKey + ": it does not send it twice.",
                { { "type", typeName }, { "customer_id", customer.id }, { "channel", channelId(channel) },
                    { "idempotency_key", idempotencyKey } });
            results.push_back({ channel, channel == Channel::Email ? customer.email : customer.phone, true, {} });
            continue;
        }
        results.push_back(m_channels.send(m_owner, channel, type, customer, message));
        if (results.back().success)
            m_sentUnderKey.insert(remembered);
    }
    return results;
}

} // namespace notiflow
