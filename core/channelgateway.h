// The email and SMS outboxes. Each send is recorded as a step from the sending component to the channel, and the
// message joins the run's notifications.
#pragma once

#include "messagetemplates.h"

#include <string>

namespace notiflow {

class TraceRecorder;

struct DeliveryResult {
    Channel channel = Channel::Email;
    std::string recipient;
    bool success = false;
    std::string error;
};

class ChannelGateway {
public:
    // The error of a send refused because the provider is down (a fault), as opposed to a customer without an
    // address: the sender may try again later.
    static constexpr const char* providerDown = "the provider is down";

    explicit ChannelGateway(TraceRecorder& recorder);

    DeliveryResult send(Component sender, Channel channel, NotificationType type, const Customer& customer,
        const RenderedMessage& message);

private:
    TraceRecorder& m_recorder;
};

} // namespace notiflow
