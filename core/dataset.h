// A whole data set as loaded from a folder: the six record lists, their id indexes and the warnings found while
// loading.
#pragma once

#include "idindex.h"
#include "records.h"

#include <string>
#include <vector>

namespace notiflow {

struct LoadWarning {
    std::string file; // "carts.json"
    int recordIndex = -1;
    std::string message;
};

// The indexes the loader builds while it checks for duplicate ids, kept so that the data store does not build
// them again. A data set built or extended by hand has them empty or short: an index whose size() differs from
// its list's is not to be used.
struct DataSetIndexes {
    IdIndex customers; // by Customer::id
    IdIndex products; // by Product::id
    IdIndex orders; // by Order::id
    IdIndex carts; // by Cart::customerId
    IdIndex preferences; // by NotificationPreferences::customerId
    IdIndex payments; // by Payment::id
};

struct DataSet {
    std::string source; // folder it came from, or "built-in"
    std::vector<Customer> customers;
    std::vector<Product> products;
    std::vector<Order> orders;
    std::vector<Cart> carts;
    std::vector<NotificationPreferences> preferences;
    std::vector<Payment> payments;
    std::vector<LoadWarning> warnings; // dangling references: the data loads, the run treats them as absent
    DataSetIndexes indexes;
};

} // namespace notiflow
