// The context each notification type is rendered from (MessageTemplates reads these fields), built in one place
// whichever component gathers it: the notification side from an event, or a domain service before it calls the
// notification API.
#pragma once

#include "records.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace notiflow {

class NotificationContext {
public:
    // ORDER_SHIPPED and ORDER_DELIVERED.
    static nlohmann::json orderStatus(const std::string& orderId, std::size_t itemCount, Cents totalAmount);
    static nlohmann::json orderComplete(const std::string& orderId, int itemCount);
    // `productNames` names what was ordered; nullopt when the order could not be read.
    static nlohmann::json paymentFailed(const std::string& orderId, Cents amount, const std::string& failureReason,
        int attemptNumber, const std::optional<std::vector<std::string>>& productNames);
    static nlohmann::json paymentSucceeded(const std::string& orderId, Cents amount);
    static nlohmann::json priceDrop(
        const std::string& productId, const std::string& productName, Cents oldPrice, Cents newPrice);
    static nlohmann::json promotion(const std::string& name, const std::string& description, const std::string& endDate,
        const std::optional<std::string>& promoCode);
};

} // namespace notiflow
