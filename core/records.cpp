#include "records.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

namespace notiflow {

namespace {
constexpr std::array<const char*, 4> segmentIds { "bronze", "silver", "gold", "platinum" };
constexpr std::array<const char*, 5> orderStatusIds { "PENDING", "PROCESSING", "SHIPPED", "DELIVERED", "CANCELLED" };
constexpr std::array<const char*, 4> paymentStatusIds { "PENDING", "SUCCESS", "FAILED", "RETRY_SCHEDULED" };
constexpr std::array<const char*, 4> categoryIds { "order_updates", "price_alerts", "promotions", "payment_alerts" };

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<const char*, N>& ids, std::string_view s)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (s == ids[i])
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}
} // namespace

const char* segmentId(Segment s)
{
    return segmentIds.at(static_cast<std::size_t>(s));
}
const char* orderStatusId(OrderStatus s)
{
    return orderStatusIds.at(static_cast<std::size_t>(s));
}
const char* paymentStatusId(PaymentStatus s)
{
    return paymentStatusIds.at(static_cast<std::size_t>(s));
}
const char* channelId(Channel c)
{
    return c == Channel::Email ? "email" : "sms";
}
const char* preferenceCategoryId(PreferenceCategory c)
{
    return categoryIds.at(static_cast<std::size_t>(c));
}
std::optional<Segment> segmentFromId(std::string_view s)
{
    return lookup<Segment>(segmentIds, s);
}
std::optional<OrderStatus> orderStatusFromId(std::string_view s)
{
    return lookup<OrderStatus>(orderStatusIds, s);
}
std::optional<PaymentStatus> paymentStatusFromId(std::string_view s)
{
    return lookup<PaymentStatus>(paymentStatusIds, s);
}
std::optional<PreferenceCategory> preferenceCategoryFromId(std::string_view s)
{
    return lookup<PreferenceCategory>(categoryIds, s);
}

std::string formatMoney(Cents amount)
{
    // Digits by hand rather than snprintf: prices are written into every step and message of a large run.
    const bool negative = amount < 0;
    const auto magnitude = static_cast<unsigned long long>(negative ? -amount : amount);
    char buffer[32];
    char* end = buffer;
    if (negative)
        *end++ = '-';
    end = std::to_chars(end, buffer + sizeof buffer, magnitude / 100).ptr;
    const auto cents = static_cast<unsigned>(magnitude % 100);
    *end++ = '.';
    *end++ = static_cast<char>('0' + cents / 10);
    *end++ = static_cast<char>('0' + cents % 10);
    return std::string(buffer, end);
}

Cents centsFromDecimal(double amount)
{
    return static_cast<Cents>(std::llround(amount * 100.0));
}
double decimalFromCents(Cents amount)
{
    return static_cast<double>(amount) / 100.0;
}

} // namespace notiflow
