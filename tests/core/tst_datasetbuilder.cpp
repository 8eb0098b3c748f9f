// The table of the six data files, and the id indexes the loader builds and the data store then uses.
#include "datastore.h"
#include "datastoreview.h"
#include "io/datasetbuilder.h"
#include "io/datasetloader.h"
#include "support/fixtures.h"
#include "tracerecorder.h"

#include <QTest>
#include <set>

using namespace notiflow;
using namespace notiflow::test;

class TestDataSetBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tableDescribesEachFile_data();
    void tableDescribesEachFile();
    void tableIsTheListOfFileNames();
    void clearUndoesOneFile();
    void indexesCoverTheLoadedLists();
    void indexFindsEveryRecord();
    void storeUsesLoadedIndexes();
    void storeIndexesAnExtendedDataSetItself();
};

void TestDataSetBuilder::tableDescribesEachFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("idField");
    QTest::addColumn<bool>("refersToOthers");
    QTest::newRow("customers") << "customers.json"
                               << "id" << false;
    QTest::newRow("products") << "products.json"
                              << "id" << false;
    QTest::newRow("orders") << "orders.json"
                            << "id" << true;
    QTest::newRow("carts") << "carts.json"
                           << "customer_id" << true;
    QTest::newRow("preferences") << "notification_preferences.json"
                                 << "customer_id" << true;
    QTest::newRow("payments") << "payments.json"
                              << "id" << true;
}

void TestDataSetBuilder::tableDescribesEachFile()
{
    QFETCH(QString, name);
    QFETCH(QString, idField);
    QFETCH(bool, refersToOthers);
    const int position = DataSetBuilder::fileIndex(name.toStdString());
    QVERIFY(position >= 0);
    const DataSetBuilder::File& file = DataSetBuilder::files()[std::size_t(position)];
    QCOMPARE(QString::fromUtf8(file.name), name);
    QCOMPARE(QString::fromUtf8(file.idField), idField);
    QVERIFY(file.add != nullptr);
    QVERIFY(file.clear != nullptr);
    QCOMPARE(file.checkReferences != nullptr, refersToOthers);
}

void TestDataSetBuilder::tableIsTheListOfFileNames()
{
    std::vector<std::string> names;
    for (const DataSetBuilder::File& file : DataSetBuilder::files())
        names.emplace_back(file.name);
    QCOMPARE(names, dataSetFileNames());
    QCOMPARE(std::set<std::string>(names.begin(), names.end()).size(), std::size_t(DataSetBuilder::fileCount));
    QCOMPARE(DataSetBuilder::fileIndex("orders.json"), 2);
    QCOMPARE(DataSetBuilder::fileIndex("notes.json"), -1);
}

void TestDataSetBuilder::clearUndoesOneFile()
{
    // The loader clears a file's records before reading it again (after the fast reader gave up); clearing one
    // file leaves the others, and its ids can then be loaded again without counting as duplicates.
    const auto& files = DataSetBuilder::files();
    const DataSetBuilder::File& customers = files[std::size_t(DataSetBuilder::fileIndex("customers.json"))];
    const DataSetBuilder::File& products = files[std::size_t(DataSetBuilder::fileIndex("products.json"))];
    const std::string customerText = R"([{"id": "C-1", "name": "Ada Byron", "email": "ada@example.com",
        "phone": "+1 555 0100", "segment": "gold", "created_at": "2026-01-01T00:00:00Z"}])";
    const std::string productText
        = R"([{"id": "P-1", "name": "Lamp", "price": 19.99, "category": "home", "description": null}])";
    DataSetBuilder builder("test");
    builder.load(customers, customerText);
    builder.load(products, productText);
    (builder.*customers.clear)();
    builder.load(customers, customerText);
    const DataSet data = builder.finish();
    QCOMPARE(data.customers.size(), std::size_t(1));
    QCOMPARE(data.indexes.customers.size(), std::size_t(1));
    QCOMPARE(data.products.size(), std::size_t(1));
    QCOMPARE(data.products.front().price, Cents(1999));
}

void TestDataSetBuilder::indexesCoverTheLoadedLists()
{
    const DataSet& data = defaultData();
    QVERIFY(!data.customers.empty() && !data.carts.empty() && !data.payments.empty());
    QCOMPARE(data.indexes.customers.size(), data.customers.size());
    QCOMPARE(data.indexes.products.size(), data.products.size());
    QCOMPARE(data.indexes.orders.size(), data.orders.size());
    QCOMPARE(data.indexes.carts.size(), data.carts.size());
    QCOMPARE(data.indexes.preferences.size(), data.preferences.size());
    QCOMPARE(data.indexes.payments.size(), data.payments.size());
}

void TestDataSetBuilder::indexFindsEveryRecord()
{
    const DataSet& data = defaultData();
    for (const Customer& customer : data.customers)
        QCOMPARE(data.indexes.customers.record(data.customers, &Customer::id, customer.id), &customer);
    for (const Cart& cart : data.carts)
        QCOMPARE(data.indexes.carts.record(data.carts, &Cart::customerId, cart.customerId), &cart);
    for (const Payment& payment : data.payments)
        QCOMPARE(data.indexes.payments.record(data.payments, &Payment::id, payment.id), &payment);
    QCOMPARE(data.indexes.orders.record(data.orders, &Order::id, "ORD-404"), nullptr);
    QCOMPARE(data.indexes.products.record(data.products, &Product::id, ""), nullptr);
}

void TestDataSetBuilder::storeUsesLoadedIndexes()
{
    const DataSet& data = defaultData();
    Run run;
    TraceRecorder recorder(run);
    DataStore store(data, recorder, Architecture::EventSourced);
    DataStoreView view = store.as(Component::NotificationService);
    QCOMPARE(view.customer(data.customers.back().id), &data.customers.back());
    QCOMPARE(view.preferences(data.preferences.front().customerId), &data.preferences.front());
    QCOMPARE(view.customer("CUST-404"), nullptr);
}

void TestDataSetBuilder::storeIndexesAnExtendedDataSetItself()
{
    // A data set extended by hand after loading: the loaded index no longer covers the list, so the store builds
    // its own and finds the new record too.
    DataSet data = defaultData();
    Customer added = data.customers.front();
    added.id = "CUST-NEW";
    data.customers.push_back(added);
    QVERIFY(data.indexes.customers.size() != data.customers.size());
    Run run;
    TraceRecorder recorder(run);
    DataStore store(data, recorder, Architecture::ApiDriven);
    DataStoreView view = store.as(Component::PricingService);
    QCOMPARE(view.customer("CUST-NEW"), &data.customers.back());
    QCOMPARE(view.customer(data.customers.front().id), &data.customers.front());
}

QTEST_GUILESS_MAIN(TestDataSetBuilder)
#include "tst_datasetbuilder.moc"
