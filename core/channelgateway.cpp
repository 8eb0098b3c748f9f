#include "channelgateway.h"

#include "tracerecorder.h"

namespace notiflow {

ChannelGateway::ChannelGateway(TraceRecorder& recorder)
    : m_recorder(recorder)
{
}

DeliveryResult ChannelGateway::send(Component sender, Channel channel, NotificationType type,
    const Customer& customer, const RenderedMessage& message)
{
    const bool email = channel == Channel::Email;
    const Component outbox = email ? Component::Email : Component::Sms;
    const std::string recipient = email ? customer.email : customer.phone;
    const std::string typeName = notificationTypeId(type);
    if (recipient.empty()) {
        const std::string error = std::string("customer has no ") + (email ? "email address" : "phone number");
        m_recorder.record(sender, outbox, StepKind::Failure, typeName + " not sent",
            std::string("The ") + (email ? "email" : "SMS") + " outbox cannot send " + typeName + " to " + customer.id
                + ": " + error + ".",
            { { "type", typeName }, { "customer_id", customer.id }, { "error", error } });
        return { channel, recipient, false, error };
    }

    nlohmann::json detail = { { "type", typeName }, { "customer_id", customer.id }, { "recipient", recipient } };
    std::string caption = std::string(componentName(sender)) + " sends " + typeName + " to " + recipient + " by "
        + (email ? "email" : "SMS");
    if (email) {
        detail["subject"] = message.subject;
        detail["body"] = message.emailBody;
        caption += ": \"" + message.subject + "\".";
    } else {
        detail["body"] = message.smsBody;
        detail["length"] = message.smsBody.size();
        const bool tooLong = message.smsBody.size() > MessageTemplates::smsLimit;
        detail["over_160_characters"] = tooLong;
        caption += tooLong ? " (over 160 characters: it will be split)." : ".";
    }
    const int step = m_recorder.record(sender, outbox, StepKind::Send, typeName + " → " + recipient, caption,
        std::move(detail));

    SentNotification sent;
    sent.type = type;
    sent.channel = channel;
    sent.customerId = customer.id;
    sent.recipient = recipient;
    sent.subject = email ? message.subject : std::string();
    sent.body = email ? message.emailBody : message.smsBody;
    sent.step = step;
    m_recorder.addNotification(std::move(sent));
    return { channel, recipient, true, {} };
}

} // namespace notiflow
