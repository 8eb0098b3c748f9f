// Plain records of the data set, in the schema of the original project (see README "Data set format").
#pragma once

#include "shorttext.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace notiflow {

// Money is kept in whole cents so that discounts, savings and totals are exact.
using Cents = std::int64_t;

enum class Segment { Bronze, Silver, Gold, Platinum };
enum class OrderStatus { Pending, Processing, Shipped, Delivered, Cancelled };
enum class PaymentStatus { Pending, Success, Failed, RetryScheduled };
enum class Channel { Email, Sms };
enum class PreferenceCategory { OrderUpdates, PriceAlerts, Promotions, PaymentAlerts };

inline constexpr int preferenceCategoryCount = 4;

struct Customer {
    std::string id;
    std::string name;
    std::string email;
    std::string phone;
    Segment segment = Segment::Bronze;
    ShortText createdAt;
};

struct Product {
    std::string id;
    std::string name;
    Cents price = 0;
    std::string category;
    std::optional<std::string> description;
};

struct LineItem {
    std::string productId;
    int quantity = 1;
    Cents unitPrice = 0;
    OrderStatus status = OrderStatus::Pending;
    std::optional<ShortText> shippedAt;
};

struct Order {
    std::string id;
    std::string customerId;
    OrderStatus status = OrderStatus::Pending;
    std::vector<LineItem> lineItems;
    Cents totalAmount = 0;
    ShortText createdAt;
    std::optional<ShortText> updatedAt;
};

struct CartItem {
    std::string productId;
    int quantity = 1;
    ShortText addedAt;
};

struct Cart {
    std::string customerId;
    std::vector<CartItem> items;
    ShortText updatedAt;
};

struct ChannelChoice {
    bool email = false;
    bool sms = false;
};

struct NotificationPreferences {
    std::string customerId;
    // Indexed by PreferenceCategory; a category absent from the file is all-off.
    ChannelChoice categories[preferenceCategoryCount] {};
    const ChannelChoice& of(PreferenceCategory c) const { return categories[static_cast<int>(c)]; }
};

struct Payment {
    std::string id;
    std::string orderId;
    std::string customerId;
    Cents amount = 0;
    PaymentStatus status = PaymentStatus::Pending;
    std::optional<std::string> failureReason;
    int attemptNumber = 1;
    ShortText createdAt;
};

// Enum spellings as they appear in the data files ("gold", "SHIPPED", "price_alerts", ...).
const char* segmentId(Segment s);
const char* orderStatusId(OrderStatus s);
const char* paymentStatusId(PaymentStatus s);
const char* channelId(Channel c);
const char* preferenceCategoryId(PreferenceCategory c);
std::optional<Segment> segmentFromId(std::string_view s);
std::optional<OrderStatus> orderStatusFromId(std::string_view s);
std::optional<PaymentStatus> paymentStatusFromId(std::string_view s);
std::optional<PreferenceCategory> preferenceCategoryFromId(std::string_view s);

// "1234.50" from 123450 cents.
std::string formatMoney(Cents amount);
// Nearest cent of a decimal amount from a file, e.g. 19.99 -> 1999.
Cents centsFromDecimal(double amount);
double decimalFromCents(Cents amount);

} // namespace notiflow
