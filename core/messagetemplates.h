// Renders the email and SMS text of each notification type from a JSON context.
#pragma once

#include "records.h"
#include "run.h"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace notiflow {

struct RenderedMessage {
    std::string subject;
    std::string emailBody;
    std::string smsBody;
};

// Thrown when the context lacks a field the template needs; the API answers it with 400.
class TemplateError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class MessageTemplates {
public:
    static RenderedMessage render(NotificationType type, const Customer& customer, const nlohmann::json& context);
    static constexpr std::size_t smsLimit = 160;
};

} // namespace notiflow
