#include "run.h"

#include <array>

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
    if (i < texts.size())
        return texts.at(i);
    const Step& s = steps.at(static_cast<std::size_t>(i));
    return { s.caption, s.detail };
}

Step Run::stepWithText(int i) const
{
    Step s = steps.at(static_cast<std::size_t>(i));
    if (i < texts.size()) {
        StepTexts::Text t = texts.at(i);
        s.caption = std::move(t.caption);
        s.detail = std::move(t.detail);
    }
    return s;
}

} // namespace notiflow
