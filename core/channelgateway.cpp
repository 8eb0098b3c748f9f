#include "channelgateway.h"

#include "io/jsonwriter.h"
#include "tracerecorder.h"

namespace notiflow {

ChannelGateway::ChannelGateway(TraceRecorder& recorder)
    : m_recorder(recorder)
{
}

DeliveryResult ChannelGateway::send(
    Component sender, Channel channel, NotificationType type, const Customer& customer, const RenderedMessage& message)
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

    if (m_recorder.faults().isDown(outbox, m_recorder.now())) {
        m_recorder.record(FaultEffect::NotSent, sender, outbox, StepKind::Failure, typeName + " not sent",
            std::string("The ") + (email ? "email" : "SMS") + " provider is down: " + typeName + " to " + recipient
                + " is not sent.",
            { { "type", typeName }, { "customer_id", customer.id }, { "error", providerDown } });
        return { channel, recipient, false, providerDown };
    }

    JsonWriter detail;
    detail.beginObject().field("type", typeName).field("customer_id", customer.id).field("recipient", recipient);
    std::string caption = std::string(componentName(sender)) + " sends " + typeName + " to " + recipient + " by "
        + (email ? "email" : "SMS");
    if (email) {
        detail.field("subject", message.subject).field("body", message.emailBody);
        caption += ": \"" + message.subject + "\".";
    } else {
        const bool tooLong = message.smsBody.size() > MessageTemplates::smsLimit;
        detail.field("body", message.smsBody)
            .field("length", message.smsBody.size())
            .field("over_160_characters", tooLong);
        caption += tooLong ? " (over 160 characters: it will be split)." : ".";
    }
    detail.endObject();
    const int step = m_recorder.record(sender, outbox, StepKind::Send, typeName + " → " + recipient, caption, detail);

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
