#include "run.h"

#include <array>
#include <stdexcept>
#include <string>

namespace notiflow {

namespace {
constexpr std::array<const char*, notificationTypeCount> typeIds { "ORDER_SHIPPED", "ORDER_DELIVERED", "ORDER_COMPLETE",
    "PAYMENT_FAILED", "PAYMENT_SUCCESS", "PRICE_DROP_ALERT", "PROMOTION_AVAILABLE" };
}

const char* notificationTypeId(NotificationType t)
{
    return typeIds.at(static_cast<std::size_t>(t));
}

std::optional<NotificationType> notificationTypeFromId(std::string_view s)
{
    for (std::size_t i = 0; i < typeIds.size(); ++i) {
        if (s == typeIds[i])
            return static_cast<NotificationType>(i);
    }
    return std::nullopt;
}

StepTexts::Text Run::text(int i) const
{
    if (i < 0 || i >= static_cast<int>(steps.size()))
        throw std::out_of_range("no step " + std::to_string(i));
    return i < texts.size() ? texts.at(i) : StepTexts::Text {};
}

NarratedStep Run::stepWithText(int i) const
{
    NarratedStep s;
    static_cast<Step&>(s) = steps.at(static_cast<std::size_t>(i));
    StepTexts::Text t = text(i);
    s.caption = std::move(t.caption);
    s.detail = std::move(t.detail);
    return s;
}

int Run::append(NarratedStep step)
{
    // Steps added before without text get empty text, so that the texts stay in step with the steps.
    while (texts.size() < static_cast<int>(steps.size()))
        texts.append({}, {});
    texts.append(step.caption, step.detail);
    steps.push_back(static_cast<Step&&>(step));
    return static_cast<int>(steps.size()) - 1;
}

} // namespace notiflow
