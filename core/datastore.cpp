#include "datastore.h"

#include "datastoreview.h"

#include <algorithm>

namespace notiflow {

namespace {
// The record of `records` with this key, through `loaded` when it indexes the whole list, else through `own`,
// built on first use.
template <typename Record>
const Record* lookup(const std::vector<Record>& records, const IdIndex& loaded, IdIndex& own, std::string Record::*key,
    const std::string& id)
{
    if (loaded.size() == records.size())
        return loaded.record(records, key, id);
    if (own.size() == 0) {
        const auto idOf = [&records, key](int i) -> const std::string& { return records[std::size_t(i)].*key; };
        for (std::size_t i = 0; i < records.size(); ++i)
            own.insert(records[i].*key, static_cast<int>(i), idOf); // the first of equal ids wins
    }
    return own.record(records, key, id);
}
} // namespace

DataStore::DataStore(const DataSet& data, TraceRecorder& recorder, Architecture architecture)
    : m_base(data)
    , m_recorder(recorder)
    , m_architecture(architecture)
{
}

DataStoreView DataStore::as(Component component)
{
    return DataStoreView(*this, component);
}

const Customer* DataStore::findCustomer(const std::string& id)
{
    return lookup(m_base.customers, m_base.indexes.customers, m_ownIndexes.customers, &Customer::id, id);
}

const NotificationPreferences* DataStore::findPreferences(const std::string& customerId)
{
    return lookup(m_base.preferences, m_base.indexes.preferences, m_ownIndexes.preferences,
        &NotificationPreferences::customerId, customerId);
}

const Product* DataStore::findProduct(const std::string& id)
{
    if (const auto changed = m_changedProducts.find(id); changed != m_changedProducts.end())
        return &changed->second;
    return lookup(m_base.products, m_base.indexes.products, m_ownIndexes.products, &Product::id, id);
}

const Order* DataStore::findOrder(const std::string& id)
{
    if (const auto changed = m_changedOrders.find(id); changed != m_changedOrders.end())
        return &changed->second;
    return lookup(m_base.orders, m_base.indexes.orders, m_ownIndexes.orders, &Order::id, id);
}

Order* DataStore::writableOrder(const std::string& id)
{
    if (const auto changed = m_changedOrders.find(id); changed != m_changedOrders.end())
        return &changed->second;
    const Order* original = findOrder(id);
    return original ? &m_changedOrders.emplace(id, *original).first->second : nullptr;
}

Product* DataStore::writableProduct(const std::string& id)
{
    if (const auto changed = m_changedProducts.find(id); changed != m_changedProducts.end())
        return &changed->second;
    const Product* original = findProduct(id);
    return original ? &m_changedProducts.emplace(id, *original).first->second : nullptr;
}

const std::vector<std::size_t>& DataStore::cartsHolding(const std::string& productId)
{
    if (!m_cartsByProduct) {
        m_cartsByProduct.emplace();
        for (std::size_t i = 0; i < m_base.carts.size(); ++i) {
            for (const auto& item : m_base.carts[i].items) {
                auto& holders = (*m_cartsByProduct)[item.productId];
                if (holders.empty() || holders.back() != i) // a product listed twice in one cart counts once
                    holders.push_back(i);
            }
        }
    }
    static const std::vector<std::size_t> none;
    const auto it = m_cartsByProduct->find(productId);
    return it == m_cartsByProduct->end() ? none : it->second;
}

void DataStore::applyChangesTo(DataSet& data) const
{
    // Positions are the base's, and `data` is its copy: a changed record replaces the one at the same place.
    const auto replace = [](auto& records, const IdIndex& index, const auto& changes, auto key) {
        const auto idOf = [&records, key](int i) -> const std::string& { return records[std::size_t(i)].*key; };
        IdIndex own;
        const IdIndex* lookup = &index;
        if (index.size() != records.size()) {
            for (std::size_t i = 0; i < records.size(); ++i)
                own.insert(records[i].*key, static_cast<int>(i), idOf);
            lookup = &own;
        }
        for (const auto& [id, record] : changes) {
            if (const int at = lookup->find(id, idOf); at >= 0)
                records[std::size_t(at)] = record;
        }
    };
    replace(data.orders, data.indexes.orders, m_changedOrders, &Order::id);
    replace(data.products, data.indexes.products, m_changedProducts, &Product::id);
    data.payments.insert(data.payments.end(), m_newPayments.begin(), m_newPayments.end());
    data.indexes.payments = IdIndex(); // no longer covers the list; lookups rebuild their own
}

void DataStore::rollBack(Savepoint savepoint)
{
    m_changedOrders = std::move(savepoint.orders);
    m_changedProducts = std::move(savepoint.products);
    m_newPayments.resize(std::min(m_newPayments.size(), savepoint.payments));
}

} // namespace notiflow
