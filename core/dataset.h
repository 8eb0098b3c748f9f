// A whole data set as loaded from a folder: the six record lists plus the warnings found while loading.
#pragma once

#include "records.h"

#include <string>
#include <vector>

namespace notiflow {

struct LoadWarning {
    std::string file; // "carts.json"
    int recordIndex = -1;
    std::string message;
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
};

} // namespace notiflow
