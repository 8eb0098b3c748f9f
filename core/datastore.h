// The state a run sees and changes. It reads the loaded data set in place and keeps the records a run changes
// as copies (copy on first write), so each run starts from the same data without copying all of it. Components
// never touch it directly: they go through a DataStoreView, which records every read and write as a step.
#pragma once

#include "component.h"
#include "dataset.h"

#include <optional>
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
    // Writes what the run changed into `data`, a copy of the data set the store reads: the state a run leaves
    // behind (the live server's state after its actions).
    void applyChangesTo(DataSet& data) const;

    // What the run has changed so far, to go back to: the fail_operation policy undoes an action's domain change.
    struct Savepoint {
        std::unordered_map<std::string, Order> orders;
        std::unordered_map<std::string, Product> products;
        std::size_t payments = 0;
    };
    Savepoint savepoint() const { return { m_changedOrders, m_changedProducts, m_newPayments.size() }; }
    // Restores the state of `savepoint`; records read since then must not be used any more.
    void rollBack(Savepoint savepoint);

private:
    friend class DataStoreView;

    const Customer* findCustomer(const std::string& id);
    const Product* findProduct(const std::string& id);
    const Order* findOrder(const std::string& id);
    const NotificationPreferences* findPreferences(const std::string& customerId);
    const std::vector<std::size_t>& cartsHolding(const std::string& productId);
    Order* writableOrder(const std::string& id);
    Product* writableProduct(const std::string& id);

    const DataSet& m_base;
    TraceRecorder& m_recorder;
    Architecture m_architecture;
    std::unordered_map<std::string, Order> m_changedOrders;
    std::unordered_map<std::string, Product> m_changedProducts;
    std::vector<Payment> m_newPayments;
    // The loader's id indexes are used as they are. These are built on first use only when the data set has none
    // (built by hand) or they no longer cover its lists (extended by hand).
    DataSetIndexes m_ownIndexes;
    // Built on first use: a scenario that never asks for carts never pays for indexing them.
    std::optional<std::unordered_map<std::string, std::vector<std::size_t>>> m_cartsByProduct;
};

} // namespace notiflow
