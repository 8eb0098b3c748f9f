#include "datastore.h"

#include "datastoreview.h"

namespace notiflow {

namespace {
    template <typename Records, typename KeyOf>
    std::unordered_map<std::string, std::size_t> indexBy(const Records& records, KeyOf keyOf)
    {
        std::unordered_map<std::string, std::size_t> index;
        index.reserve(records.size());
        for (std::size_t i = 0; i < records.size(); ++i)
            index.emplace(keyOf(records[i]), i);
        return index;
    }
} // namespace

DataStore::DataStore(const DataSet& data, TraceRecorder& recorder, Architecture architecture)
    : m_data(data)
    , m_recorder(recorder)
    , m_architecture(architecture)
{
    m_customerIndex = indexBy(m_data.customers, [](const Customer& c) { return c.id; });
    m_productIndex = indexBy(m_data.products, [](const Product& p) { return p.id; });
    m_orderIndex = indexBy(m_data.orders, [](const Order& o) { return o.id; });
    m_preferencesIndex = indexBy(m_data.preferences, [](const NotificationPreferences& p) { return p.customerId; });
    for (std::size_t i = 0; i < m_data.carts.size(); ++i) {
        for (const auto& item : m_data.carts[i].items) {
            auto& holders = m_cartsByProduct[item.productId];
            if (holders.empty() || holders.back() != i) // a product listed twice in one cart counts once
                holders.push_back(i);
        }
    }
}

DataStoreView DataStore::as(Component component) { return DataStoreView(*this, component); }

namespace {
    template <typename Records>
    auto* findIn(Records& records, const std::unordered_map<std::string, std::size_t>& index, const std::string& key)
    {
        const auto it = index.find(key);
        return it == index.end() ? nullptr : &records[it->second];
    }
} // namespace

Customer* DataStore::findCustomer(const std::string& id) { return findIn(m_data.customers, m_customerIndex, id); }
Product* DataStore::findProduct(const std::string& id) { return findIn(m_data.products, m_productIndex, id); }
Order* DataStore::findOrder(const std::string& id) { return findIn(m_data.orders, m_orderIndex, id); }
NotificationPreferences* DataStore::findPreferences(const std::string& customerId)
{
    return findIn(m_data.preferences, m_preferencesIndex, customerId);
}

} // namespace notiflow
