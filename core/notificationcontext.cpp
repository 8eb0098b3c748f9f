#include "notificationcontext.h"

#include "io/recordjson.h"

namespace notiflow {

nlohmann::json NotificationContext::orderStatus(const std::string& orderId, std::size_t itemCount, Cents totalAmount)
{
    return { { "order_id", orderId }, { "item_count", itemCount }, { "total_amount", moneyJson(totalAmount) } };
}

nlohmann::json NotificationContext::orderComplete(const std::string& orderId, int itemCount)
{
    return { { "order_id", orderId }, { "item_count", itemCount } };
}

nlohmann::json NotificationContext::paymentFailed(const std::string& orderId, Cents amount,
    const std::string& failureReason, int attemptNumber, const std::optional<std::vector<std::string>>& productNames)
{
    nlohmann::json context = { { "order_id", orderId }, { "amount", moneyJson(amount) },
        { "failure_reason", failureReason }, { "attempt_number", attemptNumber } };
    if (productNames)
        context["product_names"] = *productNames;
    return context;
}

nlohmann::json NotificationContext::paymentSucceeded(const std::string& orderId, Cents amount)
{
    return { { "order_id", orderId }, { "amount", moneyJson(amount) } };
}

nlohmann::json NotificationContext::priceDrop(
    const std::string& productId, const std::string& productName, Cents oldPrice, Cents newPrice)
{
    return { { "product_id", productId }, { "product_name", productName }, { "old_price", moneyJson(oldPrice) },
        { "new_price", moneyJson(newPrice) } };
}

nlohmann::json NotificationContext::promotion(const std::string& name, const std::string& description,
    const std::string& endDate, const std::optional<std::string>& promoCode)
{
    return { { "promotion_name", name }, { "description", description }, { "end_date", endDate },
        { "promo_code", promoCode ? nlohmann::json(*promoCode) : nlohmann::json(nullptr) } };
}

} // namespace notiflow
