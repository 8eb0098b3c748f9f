// The in-memory state a run changes: a private copy of the data set with indexes by id. Components never touch
// it directly; they go through a DataStoreView, which records every read and write as a step.
#pragma once

#include "component.h"
#include "dataset.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace notiflow {

class DataStoreView;
class TraceRecorder;

class DataStore {
public:
    DataStore(const DataSet& data, TraceRecorder& recorder, Architecture architecture);

    DataStoreView as(Component component);
    Architecture architecture() const { return m_architecture; }

private:
    friend class DataStoreView;

    Customer* findCustomer(const std::string& id);
    Product* findProduct(const std::string& id);
    Order* findOrder(const std::string& id);
    NotificationPreferences* findPreferences(const std::string& customerId);

    DataSet m_data;
    TraceRecorder& m_recorder;
    Architecture m_architecture;
    std::unordered_map<std::string, std::size_t> m_customerIndex;
    std::unordered_map<std::string, std::size_t> m_productIndex;
    std::unordered_map<std::string, std::size_t> m_orderIndex;
    std::unordered_map<std::string, std::size_t> m_preferencesIndex;
    // Which customers hold a product in their cart, in cart-file order: what a carts service would index.
    std::unordered_map<std::string, std::vector<std::size_t>> m_cartsByProduct;
};

} // namespace notiflow
