#include "datasetbuilder.h"

#include "recordreader.h"
#include "recordstreamer.h"

namespace notiflow {

namespace {

// After this many dangling references the rest are summed up in one warning, to keep the list readable.
constexpr int maxListedWarnings = 500;

// The record itself, as the readers' object argument (nested objects have their own index).
constexpr int recordRoot = FlatRecord::root;

// Adds the reader's id to `seen`, the index of `records` by `key`, or refuses the record when an earlier one has
// the same id.
template <typename Record>
void claim(IdIndex& seen, const std::vector<Record>& records, std::string Record::*key, const RecordReader& reader)
{
    const int earlier = seen.insert(reader.id(), reader.index(),
        [&records, key](int i) -> const std::string& { return records[std::size_t(i)].*key; });
    if (earlier >= 0)
        reader.fail(
            reader.idField(), "duplicate: record " + std::to_string(earlier) + " has the same " + reader.idField());
}

OrderStatus orderStatus(const RecordReader& r, int object, std::string_view prefix)
{
    return r.choice<OrderStatus>(
        object, prefix, "status", orderStatusFromId, "status", "PENDING, PROCESSING, SHIPPED, DELIVERED or CANCELLED");
}

std::string unknown(const char* what, const std::string& id)
{
    return std::string("unknown ") + what + " " + displayValue(id) + "; it is treated as absent";
}

} // namespace

const std::array<DataSetBuilder::File, DataSetBuilder::fileCount>& DataSetBuilder::files()
{
    using B = DataSetBuilder;
    static const std::array<File, fileCount> table { {
        { "customers.json", "id", &B::addCustomer, &B::clearFile<&DataSet::customers, &DataSetIndexes::customers>,
            nullptr },
        { "products.json", "id", &B::addProduct, &B::clearFile<&DataSet::products, &DataSetIndexes::products>,
            nullptr },
        { "orders.json", "id", &B::addOrder, &B::clearFile<&DataSet::orders, &DataSetIndexes::orders>,
            &B::checkOrders },
        { "carts.json", "customer_id", &B::addCart, &B::clearFile<&DataSet::carts, &DataSetIndexes::carts>,
            &B::checkCarts },
        { "notification_preferences.json", "customer_id", &B::addPreferences,
            &B::clearFile<&DataSet::preferences, &DataSetIndexes::preferences>, &B::checkPreferences },
        { "payments.json", "id", &B::addPayment, &B::clearFile<&DataSet::payments, &DataSetIndexes::payments>,
            &B::checkPayments },
    } };
    return table;
}

int DataSetBuilder::fileIndex(std::string_view fileName)
{
    for (int i = 0; i < fileCount; ++i) {
        if (files()[std::size_t(i)].name == fileName)
            return i;
    }
    return -1;
}

DataSetBuilder::DataSetBuilder(std::string source)
{
    m_data.source = std::move(source);
}

void DataSetBuilder::load(const File& file, std::string_view text)
{
    const std::string fileName = file.name;
    const RecordStreamer::Sink sink = [&](const FlatRecord& record, int index) {
        const RecordReader reader(fileName, index, record, file.idField);
        (this->*file.add)(reader);
    };
    // RapidJSON reads well-formed files. Anything else, including a record the checks refuse, is read again from
    // the start by nlohmann, so that every message, its place and which one comes first stay exactly as nlohmann
    // finds them.
    bool readFast = false;
    try {
        readFast = RecordStreamer(text, fileName, sink).parseFast();
    } catch (const LoadError&) {
    }
    if (readFast)
        return;
    (this->*file.clear)(); // undo what the fast read added; no other file's list is touched
    RecordStreamer(text, fileName, sink).parse();
}

DataSet DataSetBuilder::finish()
{
    for (const File& file : files()) {
        if (file.checkReferences)
            (this->*file.checkReferences)(file);
    }
    if (m_warningCount > maxListedWarnings)
        m_data.warnings.push_back({ {}, -1,
            "... and " + std::to_string(m_warningCount - maxListedWarnings)
                + " more references to records that do not exist" });
    return std::move(m_data);
}

template <auto list, auto index> void DataSetBuilder::clearFile()
{
    (m_data.*list).clear();
    (m_data.indexes.*index).clear();
}

void DataSetBuilder::addCustomer(const RecordReader& r)
{
    claim(m_data.indexes.customers, m_data.customers, &Customer::id, r);
    Customer customer;
    customer.id = r.id();
    customer.name = r.text(recordRoot, "", "name");
    customer.email = r.text(recordRoot, "", "email");
    customer.phone = r.text(recordRoot, "", "phone");
    customer.segment
        = r.choice<Segment>(recordRoot, "", "segment", segmentFromId, "segment", "bronze, silver, gold or platinum");
    customer.createdAt = toShortText(r.text(recordRoot, "", "created_at"));
    m_data.customers.push_back(std::move(customer));
}

void DataSetBuilder::addProduct(const RecordReader& r)
{
    claim(m_data.indexes.products, m_data.products, &Product::id, r);
    Product product;
    product.id = r.id();
    product.name = r.text(recordRoot, "", "name");
    product.price = r.money(recordRoot, "", "price");
    product.category = r.text(recordRoot, "", "category");
    product.description = r.nullableText(recordRoot, "", "description");
    m_data.products.push_back(std::move(product));
}

void DataSetBuilder::addOrder(const RecordReader& r)
{
    claim(m_data.indexes.orders, m_data.orders, &Order::id, r);
    Order order;
    order.id = r.id();
    order.customerId = r.text(recordRoot, "", "customer_id");
    order.status = orderStatus(r, recordRoot, "");
    const int items = r.array(recordRoot, "", "line_items");
    order.lineItems.reserve(static_cast<std::size_t>(r.node(items).childCount));
    r.forEachObject(items, "line_items", [&](int item, std::string_view prefix) {
        LineItem line;
        line.productId = r.text(item, prefix, "product_id");
        line.quantity = r.count(item, prefix, "quantity", 1);
        line.unitPrice = r.money(item, prefix, "unit_price");
        line.status = orderStatus(r, item, prefix);
        line.shippedAt = toOptionalShortText(r.nullableText(item, prefix, "shipped_at"));
        order.lineItems.push_back(std::move(line));
    });
    order.totalAmount = r.money(recordRoot, "", "total_amount");
    order.createdAt = toShortText(r.text(recordRoot, "", "created_at"));
    order.updatedAt = toOptionalShortText(r.nullableText(recordRoot, "", "updated_at"));
    m_data.orders.push_back(std::move(order));
}

void DataSetBuilder::addCart(const RecordReader& r)
{
    claim(m_data.indexes.carts, m_data.carts, &Cart::customerId, r);
    Cart cart;
    cart.customerId = r.id();
    const int items = r.array(recordRoot, "", "items");
    cart.items.reserve(static_cast<std::size_t>(r.node(items).childCount));
    r.forEachObject(items, "items", [&](int item, std::string_view prefix) {
        CartItem entry;
        entry.productId = r.text(item, prefix, "product_id");
        entry.quantity = r.count(item, prefix, "quantity", 1);
        entry.addedAt = toShortText(r.text(item, prefix, "added_at"));
        cart.items.push_back(std::move(entry));
    });
    cart.updatedAt = toShortText(r.text(recordRoot, "", "updated_at"));
    m_data.carts.push_back(std::move(cart));
}

void DataSetBuilder::addPreferences(const RecordReader& r)
{
    claim(m_data.indexes.preferences, m_data.preferences, &NotificationPreferences::customerId, r);
    NotificationPreferences preferences;
    preferences.customerId = r.id();
    const int categories = r.objectField(recordRoot, "", "preferences");
    std::string prefix;
    for (int entry = r.node(categories).firstChild; entry >= 0; entry = r.node(entry).next) {
        const FlatRecord::Node& choice = r.node(entry);
        prefix.assign("preferences.").append(choice.key);
        const std::optional<PreferenceCategory> category = preferenceCategoryFromId(choice.key);
        if (!category)
            r.fail(prefix, "unknown category; expected order_updates, price_alerts, promotions or payment_alerts");
        if (choice.kind != FlatRecord::Kind::Object)
            r.fail(prefix,
                "must be an object like {\"email\": true, \"sms\": false}, not " + RecordReader::describe(choice));
        ChannelChoice& channels = preferences.categories[static_cast<int>(*category)];
        prefix += '.';
        channels.email = r.flag(entry, prefix, "email");
        channels.sms = r.flag(entry, prefix, "sms");
    }
    m_data.preferences.push_back(std::move(preferences));
}

void DataSetBuilder::addPayment(const RecordReader& r)
{
    claim(m_data.indexes.payments, m_data.payments, &Payment::id, r);
    Payment payment;
    payment.id = r.id();
    payment.orderId = r.text(recordRoot, "", "order_id");
    payment.customerId = r.text(recordRoot, "", "customer_id");
    payment.amount = r.money(recordRoot, "", "amount");
    payment.status = r.choice<PaymentStatus>(
        recordRoot, "", "status", paymentStatusFromId, "status", "PENDING, SUCCESS, FAILED or RETRY_SCHEDULED");
    payment.failureReason = r.nullableText(recordRoot, "", "failure_reason");
    payment.attemptNumber = r.count(recordRoot, "", "attempt_number", 1);
    payment.createdAt = toShortText(r.text(recordRoot, "", "created_at"));
    m_data.payments.push_back(std::move(payment));
}

bool DataSetBuilder::knownCustomer(const std::string& id) const
{
    return m_data.indexes.customers.record(m_data.customers, &Customer::id, id) != nullptr;
}

bool DataSetBuilder::knownProduct(const std::string& id) const
{
    return m_data.indexes.products.record(m_data.products, &Product::id, id) != nullptr;
}

void DataSetBuilder::warn(
    const File& file, int index, const std::string& id, std::string field, const std::string& problem)
{
    ++m_warningCount;
    if (m_warningCount > maxListedWarnings)
        return;
    LoadErrorLocation location { .file = file.name, .recordIndex = index, .recordId = id, .field = std::move(field) };
    location.recordIdField = file.idField;
    m_data.warnings.push_back({ file.name, index, formatLoadError(location, problem) });
}

template <typename Items>
void DataSetBuilder::checkCustomerAndProducts(const File& file, int index, const std::string& id,
    const std::string& customerId, const Items& items, const char* itemsField)
{
    if (!knownCustomer(customerId))
        warn(file, index, id, "customer_id", unknown("customer", customerId));
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (!knownProduct(items[k].productId))
            warn(file, index, id, itemsField + ("[" + std::to_string(k) + "].product_id"),
                unknown("product", items[k].productId));
    }
}

void DataSetBuilder::checkOrders(const File& file)
{
    for (std::size_t i = 0; i < m_data.orders.size(); ++i) {
        const Order& order = m_data.orders[i];
        checkCustomerAndProducts(file, static_cast<int>(i), order.id, order.customerId, order.lineItems, "line_items");
    }
}

void DataSetBuilder::checkCarts(const File& file)
{
    for (std::size_t i = 0; i < m_data.carts.size(); ++i) {
        const Cart& cart = m_data.carts[i];
        checkCustomerAndProducts(file, static_cast<int>(i), cart.customerId, cart.customerId, cart.items, "items");
    }
}

void DataSetBuilder::checkPreferences(const File& file)
{
    for (std::size_t i = 0; i < m_data.preferences.size(); ++i) {
        const std::string& customerId = m_data.preferences[i].customerId;
        if (!knownCustomer(customerId))
            warn(file, static_cast<int>(i), customerId, "customer_id", unknown("customer", customerId));
    }
}

void DataSetBuilder::checkPayments(const File& file)
{
    for (std::size_t i = 0; i < m_data.payments.size(); ++i) {
        const Payment& payment = m_data.payments[i];
        const int index = static_cast<int>(i);
        const Order* order = m_data.indexes.orders.record(m_data.orders, &Order::id, payment.orderId);
        if (!order)
            warn(file, index, payment.id, "order_id", unknown("order", payment.orderId));
        if (!knownCustomer(payment.customerId)) {
            warn(file, index, payment.id, "customer_id", unknown("customer", payment.customerId));
        } else if (order && order->customerId != payment.customerId) {
            warn(file, index, payment.id, "customer_id",
                "customer " + displayValue(payment.customerId) + " is not the customer of order "
                    + displayValue(payment.orderId) + " (" + displayValue(order->customerId) + ")");
        }
    }
}

} // namespace notiflow
