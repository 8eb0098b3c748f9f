#include "datastoreview.h"

#include "datastore.h"
#include "faulterror.h"
#include "io/jsonwriter.h"
#include "io/recordjson.h"
#include "tracerecorder.h"

#include <algorithm>

namespace notiflow {

namespace {
// Bulk answers list only their first ids: a detail is for reading, not a data dump.
constexpr std::size_t sampleSize = 12;

void writeSample(JsonWriter& out, const std::vector<std::string>& ids)
{
    out.field("count", ids.size()).key("customer_ids").beginArray();
    for (std::size_t i = 0; i < ids.size() && i < sampleSize; ++i)
        out.value(ids[i]);
    out.endArray().field("truncated", ids.size() > sampleSize);
}

template <typename Record> void writeFound(JsonWriter& out, const Record* record)
{
    out.field("found", record != nullptr).key("record");
    if (record)
        writeJson(out, *record);
    else
        out.null();
}

std::string who(Component c)
{
    return std::string(componentName(c));
}

std::string segmentList(const std::vector<Segment>& segments)
{
    std::string list;
    for (const auto s : segments)
        list += (list.empty() ? "" : ", ") + std::string(segmentId(s));
    return list;
}

// With a down fault on `domain`, the call times out: a timeout step, then ComponentUnavailable. Checked before a
// write changes anything, so a write that times out did not happen.
void requireUp(TraceRecorder& recorder, Component caller, Component domain)
{
    const FaultSchedule& faults = recorder.faults();
    if (faults.isEmpty() || !faults.isDown(domain, recorder.now()))
        return;
    const std::int64_t timeout = faults.policies().timeoutMs;
    const std::string name(componentId(domain));
    recorder.record(FaultEffect::Timeout, caller, domain, StepKind::Failure, "timeout: " + name,
        who(caller) + " gets no answer from " + name + " within " + std::to_string(timeout) + " ms: it is down.",
        { { "domain", name }, { "timeout_ms", timeout } });
    recorder.advance(timeout);
    throw ComponentUnavailable(domain, name + " is down");
}

} // namespace

DataStoreView::DataStoreView(DataStore& store, Component component)
    : m_store(store)
    , m_component(component)
{
}

int DataStoreView::recordAccess(
    StepKind kind, Component domain, std::string label, std::string caption, JsonWriter& detail)
{
    requireUp(m_store.m_recorder, m_component, domain);
    const auto owner = domainOwner(domain, m_store.architecture());
    detail.field("domain", componentId(domain)).field("owned_by_caller", owner && *owner == m_component).endObject();
    return m_store.m_recorder.record(m_component, domain, kind, std::move(label), std::move(caption), detail);
}

template <typename Record>
const Record* DataStoreView::lookUp(Component domain, const Record* found, std::string label, std::string caption,
    const char* description, const char* keyField, const std::string& key)
{
    JsonWriter detail;
    detail.beginObject().field("query", description).field(keyField, key);
    writeFound(detail, found);
    recordAccess(StepKind::Query, domain, std::move(label), std::move(caption), detail);
    return found;
}

const Customer* DataStoreView::customer(const std::string& id)
{
    const Customer* found = m_store.findCustomer(id);
    return lookUp(Component::Customers, found, "customer " + id,
        who(m_component) + " looks up customer " + id
            + (found ? " (" + found->name + ", " + segmentId(found->segment) + ")." : ": no such customer."),
        "customer by id", "id", id);
}

const Product* DataStoreView::product(const std::string& id)
{
    const Product* found = m_store.findProduct(id);
    return lookUp(Component::Products, found, "product " + id,
        who(m_component) + " reads product " + id + (found ? " (" + found->name + ")." : ": no such product."),
        "product by id", "id", id);
}

const Order* DataStoreView::order(const std::string& id)
{
    const Order* found = m_store.findOrder(id);
    return lookUp(Component::Orders, found, "order " + id,
        who(m_component) + " reads order " + id
            + (found ? " (" + std::string(orderStatusId(found->status)) + ", " + std::to_string(found->lineItems.size())
                        + " line items)."
                     : ": no such order."),
        "order by id", "id", id);
}

const NotificationPreferences* DataStoreView::preferences(const std::string& customerId)
{
    const NotificationPreferences* found = m_store.findPreferences(customerId);
    return lookUp(Component::Preferences, found, "preferences " + customerId,
        who(m_component) + " reads the notification preferences of " + customerId
            + (found ? "." : ": there is no preference record."),
        "preferences by customer", "customer_id", customerId);
}

std::vector<std::string> DataStoreView::customersWithProductInCart(const std::string& productId)
{
    std::vector<std::string> holders;
    const auto& carts = m_store.cartsHolding(productId);
    holders.reserve(carts.size());
    for (const auto cart : carts)
        holders.push_back(m_store.m_base.carts[cart].customerId);
    JsonWriter detail;
    detail.beginObject().field("query", "carts containing product").field("product_id", productId);
    writeSample(detail, holders);
    recordAccess(StepKind::Query, Component::Carts, "carts holding " + productId,
        who(m_component) + " asks which carts hold " + productId + ": " + std::to_string(holders.size())
            + (holders.size() == 1 ? " customer." : " customers."),
        detail);
    return holders;
}

std::vector<const Customer*> DataStoreView::customersInSegments(const std::vector<Segment>& segments)
{
    std::vector<const Customer*> matches;
    std::vector<std::string> ids;
    for (const auto& c : m_store.m_base.customers) {
        if (std::find(segments.begin(), segments.end(), c.segment) != segments.end()) {
            matches.push_back(&c);
            ids.push_back(c.id);
        }
    }
    JsonWriter detail;
    detail.beginObject().field("query", "customers by segment").field("segments", segmentList(segments));
    writeSample(detail, ids);
    recordAccess(StepKind::Query, Component::Customers, "customers in " + segmentList(segments),
        who(m_component) + " lists the customers in segments " + segmentList(segments) + ": "
            + std::to_string(matches.size()) + " found.",
        detail);
    return matches;
}

std::vector<std::string> DataStoreView::productNames(const std::vector<std::string>& productIds)
{
    std::vector<std::string> names;
    JsonWriter detail;
    detail.beginObject().field("query", "products by ids").key("products").beginArray();
    for (const auto& id : productIds) {
        const Product* p = m_store.findProduct(id);
        names.push_back(p ? p->name : id);
        detail.beginObject().field("id", id).field("name", names.back()).endObject();
    }
    detail.endArray();
    recordAccess(StepKind::Query, Component::Products, "product names",
        who(m_component) + " reads the names of " + std::to_string(productIds.size()) + " products.", detail);
    return names;
}

const Order* DataStoreView::setOrderStatus(const std::string& orderId, OrderStatus status, const std::string& at)
{
    requireUp(m_store.m_recorder, m_component, Component::Orders);
    Order* order = m_store.writableOrder(orderId);
    const std::string before = order ? orderStatusId(order->status) : "missing";
    if (order) {
        order->status = status;
        order->updatedAt = toShortText(at);
    }
    JsonWriter detail;
    detail.beginObject()
        .field("update", "order status")
        .field("id", orderId)
        .field("from", before)
        .field("to", orderStatusId(status));
    recordAccess(StepKind::Update, Component::Orders, "order " + orderId + " → " + orderStatusId(status),
        who(m_component) + " marks order " + orderId + " " + orderStatusId(status) + " (was " + before + ").", detail);
    return order;
}

const Order* DataStoreView::setLineItemStatus(
    const std::string& orderId, const std::string& productId, OrderStatus status, const std::string& at)
{
    requireUp(m_store.m_recorder, m_component, Component::Orders);
    std::string before = "missing";
    Order* order = m_store.writableOrder(orderId);
    if (order) {
        for (auto& item : order->lineItems) {
            if (item.productId == productId) {
                before = orderStatusId(item.status);
                item.status = status;
                if (status == OrderStatus::Shipped)
                    item.shippedAt = toShortText(at);
            }
        }
        order->updatedAt = toShortText(at);
    }
    JsonWriter detail;
    detail.beginObject()
        .field("update", "line item status")
        .field("order_id", orderId)
        .field("product_id", productId)
        .field("from", before)
        .field("to", orderStatusId(status));
    recordAccess(StepKind::Update, Component::Orders, productId + " → " + orderStatusId(status),
        who(m_component) + " marks " + productId + " of order " + orderId + " " + orderStatusId(status) + ".", detail);
    return order;
}

const Product* DataStoreView::setProductPrice(const std::string& productId, Cents price)
{
    requireUp(m_store.m_recorder, m_component, Component::Products);
    Product* product = m_store.writableProduct(productId);
    const Cents before = product ? product->price : 0;
    if (product)
        product->price = price;
    JsonWriter detail;
    detail.beginObject()
        .field("update", "product price")
        .field("id", productId)
        .key("from")
        .money(before)
        .key("to")
        .money(price);
    recordAccess(StepKind::Update, Component::Products, productId + " → " + formatMoney(price),
        who(m_component) + " sets the price of " + productId + " to " + formatMoney(price) + " (was "
            + formatMoney(before) + ").",
        detail);
    return product;
}

std::string DataStoreView::addPayment(const std::string& orderId, const std::string& customerId, Cents amount,
    PaymentStatus status, const std::optional<std::string>& failureReason, int attempt, const std::string& at)
{
    requireUp(m_store.m_recorder, m_component, Component::Payments);
    auto& payments = m_store.m_newPayments;
    Payment payment;
    payment.id = "PAY-RUN-" + std::to_string(payments.size() + 1);
    payment.orderId = orderId;
    payment.customerId = customerId;
    payment.amount = amount;
    payment.status = status;
    payment.failureReason = failureReason;
    payment.attemptNumber = attempt;
    payment.createdAt = toShortText(at);
    payments.push_back(payment);
    JsonWriter detail;
    detail.beginObject()
        .field("update", "new payment")
        .field("id", payment.id)
        .field("order_id", orderId)
        .field("customer_id", customerId);
    detail.key("amount").money(amount).field("status", paymentStatusId(status)).key("failure_reason");
    if (failureReason)
        detail.value(*failureReason);
    else
        detail.null();
    detail.field("attempt_number", attempt);
    recordAccess(StepKind::Update, Component::Payments, payment.id + " " + paymentStatusId(status),
        who(m_component) + " records payment " + payment.id + " of " + formatMoney(amount) + " for order " + orderId
            + " as " + paymentStatusId(status) + ".",
        detail);
    return payment.id;
}

} // namespace notiflow
