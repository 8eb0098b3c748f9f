#include "messagetemplates.h"

#include "moneylimit.h"
#include "notificationrules.h"

#include <cmath>

namespace notiflow {

namespace {
constexpr const char* shopName = "Kestrel Store";

std::string firstName(const Customer& customer)
{
    const auto space = customer.name.find(' ');
    return space == std::string::npos ? customer.name : customer.name.substr(0, space);
}

const nlohmann::json& field(const nlohmann::json& context, const char* key)
{
    if (!context.is_object() || !context.contains(key) || context.at(key).is_null())
        throw TemplateError(std::string("context.") + key + " is missing");
    return context.at(key);
}

std::string text(const nlohmann::json& context, const char* key)
{
    const auto& value = field(context, key);
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_integer())
        return std::to_string(value.get<long long>());
    throw TemplateError(std::string("context.") + key + " must be a string");
}

Cents money(const nlohmann::json& context, const char* key)
{
    const auto& value = field(context, key);
    // Beyond the limit the amount is no price: the client's context is refused like a missing field.
    if (!value.is_number() || !(std::abs(value.get<double>()) <= maxMoney))
        throw TemplateError(std::string("context.") + key + " must be a number of at most a trillion in size");
    return centsFromDecimal(value.get<double>());
}

std::string dollars(Cents amount)
{
    return "$" + formatMoney(amount);
}

std::string items(long long count)
{
    return std::to_string(count) + (count == 1 ? " item" : " items");
}

long long count(const nlohmann::json& context, const char* key)
{
    const auto& value = field(context, key);
    if (!value.is_number_integer())
        throw TemplateError(std::string("context.") + key + " must be a whole number");
    return value.get<long long>();
}
} // namespace

RenderedMessage MessageTemplates::render(NotificationType type, const Customer& customer, const nlohmann::json& context)
{
    const std::string hello = "Hello " + firstName(customer) + ",\n\n";
    // Appended rather than built with operator+: GCC 12 at -O2 warns falsely (-Warray-bounds) about the latter here.
    std::string signOff = "\n\nThank you for shopping with us,\n";
    signOff += shopName;
    switch (type) {
    case NotificationType::OrderShipped: {
        const auto order = text(context, "order_id");
        const auto what = items(count(context, "item_count"));
        return { "Order " + order + " is on its way",
            hello + "your order " + order + " (" + what + ", " + dollars(money(context, "total_amount"))
                + ") has left our warehouse and is with the carrier now." + signOff,
            std::string(shopName) + ": order " + order + " has shipped (" + what + ")." };
    }
    case NotificationType::OrderDelivered: {
        const auto order = text(context, "order_id");
        return { "Order " + order + " has arrived",
            hello + "the carrier reports that order " + order
                + " was delivered. If anything is missing or damaged, reply to this message." + signOff,
            std::string(shopName) + ": order " + order + " was delivered. Enjoy!" };
    }
    case NotificationType::OrderComplete: {
        const auto order = text(context, "order_id");
        const auto what = items(count(context, "item_count"));
        return { "Everything in order " + order + " has shipped",
            hello + "the last parcel of order " + order + " is on its way: all " + what
                + " of it have now shipped. Nothing more to wait for." + signOff,
            std::string(shopName) + ": the last item of order " + order + " has shipped. All " + what
                + " are on the way." };
    }
    case NotificationType::PaymentFailed: {
        const auto order = text(context, "order_id");
        const auto amount = dollars(money(context, "amount"));
        const auto reason = text(context, "failure_reason");
        const auto attempt = count(context, "attempt_number");
        std::string what;
        if (context.contains("product_names") && context.at("product_names").is_array()) {
            for (const auto& name : context.at("product_names"))
                what += (what.empty() ? "" : ", ") + name.get<std::string>();
        }
        return { "We could not take payment for order " + order,
            hello + "payment attempt " + std::to_string(attempt) + " of " + amount + " for order " + order
                + (what.empty() ? "" : " (" + what + ")") + " did not go through: " + reason
                + ". Please check your payment details; your order is on hold until then." + signOff,
            std::string(shopName) + ": payment of " + amount + " for order " + order + " failed (" + reason
                + "). Please update your payment details." };
    }
    case NotificationType::PaymentSuccess: {
        const auto order = text(context, "order_id");
        const auto amount = dollars(money(context, "amount"));
        return { "Payment received for order " + order,
            hello + "we received your payment of " + amount + " for order " + order
                + ". We will let you know when it ships." + signOff,
            std::string(shopName) + ": payment of " + amount + " for order " + order + " received." };
    }
    case NotificationType::PriceDropAlert: {
        const auto product = text(context, "product_name");
        const Cents oldPrice = money(context, "old_price");
        const Cents newPrice = money(context, "new_price");
        const auto saving = dollars(oldPrice - newPrice);
        const auto percent = std::to_string(savingPercent(oldPrice, newPrice)) + "%";
        return { "Price drop: " + product + " is now " + dollars(newPrice),
            hello + "good news about something in your cart: " + product + " went from " + dollars(oldPrice) + " to "
                + dollars(newPrice) + ". That is " + saving + " less (" + percent + " off)." + signOff,
            std::string(shopName) + ": " + product + " in your cart is now " + dollars(newPrice) + " (was "
                + dollars(oldPrice) + ", " + percent + " off)." };
    }
    case NotificationType::PromotionAvailable: {
        const auto name = text(context, "promotion_name");
        const auto description = text(context, "description");
        const auto until = text(context, "end_date");
        std::string code;
        if (context.contains("promo_code") && context.at("promo_code").is_string())
            code = context.at("promo_code").get<std::string>();
        return { name + ": an offer for you",
            hello + description + " The offer runs until " + until + "."
                + (code.empty() ? "" : " Use code " + code + " at checkout.") + signOff,
            std::string(shopName) + ": " + name + " until " + until + "."
                + (code.empty() ? "" : " Code " + code + ".") };
    }
    }
    throw TemplateError("unknown notification type");
}

} // namespace notiflow
