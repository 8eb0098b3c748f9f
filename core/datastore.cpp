#include "datastore.h"

#include "datastoreview.h"

namespace notiflow {

namespace {
template <typename Records, typename KeyOf>
const std::unordered_map<std::string, std::size_t>& indexed(
    std::optional<std::unordered_map<std::string, std::size_t>>& index, const Records& records, KeyOf keyOf)
{
    if (!index) {
        index.emplace();
        index->reserve(records.size());
        for (std::size_t i = 0; i < records.size(); ++i)
            index->emplace(keyOf(records[i]), i);
    }
    return *index;
}

template <typename Records>
const auto* lookup(
    const Records& records, const std::unordered_map<std::string, std::size_t>& index, const std::string& key)
{
    const auto it = index.find(key);
    return it == index.end() ? nullptr : &records[it->second];
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
    return lookup(
        m_base.customers, indexed(m_customerIndex, m_base.customers, [](const Customer& c) { return c.id; }), id);
}

const NotificationPreferences* DataStore::findPreferences(const std::string& customerId)
{
    const auto& index = indexed(
        m_preferencesIndex, m_base.preferences, [](const NotificationPreferences& p) { return p.customerId; });
    return lookup(m_base.preferences, index, customerId);
}

const Product* DataStore::findProduct(const std::string& id)
{
    if (const auto changed = m_changedProducts.find(id); changed != m_changedProducts.end())
        return &changed->second;
    return lookup(m_base.products, indexed(m_productIndex, m_base.products, [](const Product& p) { return p.id; }), id);
}

const Order* DataStore::findOrder(const std::string& id)
{
    if (const auto changed = m_changedOrders.find(id); changed != m_changedOrders.end())
        return &changed->second;
    return lookup(m_base.orders, indexed(m_orderIndex, m_base.orders, [](const Order& o) { return o.id; }), id);
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

} // namespace notiflow
