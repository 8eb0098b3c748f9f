// Collects the records of a data set's six files, then checks the references between them. The files are
// described once, in files(): name, id field, and how a record is added, the file is cleared and its references
// checked. Different files may be loaded on different threads: each fills only its own list and index.
#pragma once

#include "dataset.h"

#include <array>
#include <string>
#include <string_view>

namespace notiflow {

class RecordReader;

class DataSetBuilder {
public:
    struct File {
        const char* name; // "carts.json"
        const char* idField; // the field that identifies a record: "id", or "customer_id" for per-customer files
        void (DataSetBuilder::*add)(const RecordReader& record);
        void (DataSetBuilder::*clear)();
        void (DataSetBuilder::*checkReferences)(const File& file); // nullptr: its records refer to nothing
    };
    static constexpr int fileCount = 6;

    // The six files, in the order in which their errors are reported.
    static const std::array<File, fileCount>& files();
    // The position of `fileName` in files(), or -1.
    static int fileIndex(std::string_view fileName);

    explicit DataSetBuilder(std::string source);

    // Reads all records of one file; throws LoadError naming the place of the first problem.
    void load(const File& file, std::string_view text);
    // Checks the references between the files (dangling ones become warnings) and hands the data set over.
    DataSet finish();

private:
    template <auto list, auto index> void clearFile();

    void addCustomer(const RecordReader& r);
    void addProduct(const RecordReader& r);
    void addOrder(const RecordReader& r);
    void addCart(const RecordReader& r);
    void addPreferences(const RecordReader& r);
    void addPayment(const RecordReader& r);

    // Line items and cart items: the customer and the product of each item must exist.
    template <typename Items>
    void checkCustomerAndProducts(const File& file, int index, const std::string& id, const std::string& customerId,
        const Items& items, const char* itemsField);
    void checkOrders(const File& file);
    void checkCarts(const File& file);
    void checkPreferences(const File& file);
    void checkPayments(const File& file);

    bool knownCustomer(const std::string& id) const;
    bool knownProduct(const std::string& id) const;
    void warn(const File& file, int index, const std::string& id, std::string field, const std::string& problem);

    DataSet m_data;
    int m_warningCount = 0;
};

} // namespace notiflow
