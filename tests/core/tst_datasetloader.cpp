// Tests of the data set loader: the default data set, and a catalogue of bad inputs with the exact message each
// must produce (syntax, shape, fields, limits) or the warning it must raise (dangling references).

#include "io/datasetloader.h"
#include "io/jsonwriter.h"
#include "io/recordjson.h"
#include "support/sourcetree.h"

#include <QTemporaryDir>
#include <QTest>
#include <fstream>
#include <sstream>

using namespace notiflow;

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string toStd(const QByteArray& bytes)
{
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

// A record of each kind that is valid on its own, to build small inputs from.
const char* validCustomer
    = R"({"id": "CUST-900", "name": "Test", "email": "t@example.com", "phone": "+1", "segment": "gold", "created_at": "2025-01-01T00:00:00Z"})";

} // namespace

class TestDataSetLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultDataSetLoads();
    void defaultDataSetValues();
    void utf8NamesSurvive();
    void badInput_data();
    void badInput();
    void danglingReferences_data();
    void danglingReferences();
    void firstErrorInFileOrder();
    void veryLongStringLoads();
    void timestampsKeepEveryCharacter_data();
    void timestampsKeepEveryCharacter();
    void missingFileInFolder();
    void folderDoesNotExist();
    void missingText();
    void textPosition_data();
    void textPosition();
    void formatLoadError_data();
    void formatLoadError();

private:
    DataSet loadWith(const std::string& fileName, const std::string& text) const;
    std::map<std::string, std::string> m_defaultTexts;
};

void TestDataSetLoader::initTestCase()
{
    for (const std::string& name : dataSetFileNames())
        m_defaultTexts[name] = readFile(notiflow::test::sourceDataDir() + "/" + name);
    QCOMPARE(m_defaultTexts.size(), std::size_t(6));
}

DataSet TestDataSetLoader::loadWith(const std::string& fileName, const std::string& text) const
{
    std::map<std::string, std::string> texts = m_defaultTexts;
    texts[fileName] = text;
    return loadDataSetTexts(texts, "test");
}

void TestDataSetLoader::defaultDataSetLoads()
{
    const DataSet data = loadDataSetFolder(notiflow::test::sourceDataDir());
    QCOMPARE(data.customers.size(), std::size_t(12));
    QCOMPARE(data.products.size(), std::size_t(10));
    QCOMPARE(data.orders.size(), std::size_t(8));
    QCOMPARE(data.carts.size(), std::size_t(8));
    QCOMPARE(data.preferences.size(), std::size_t(11));
    QCOMPARE(data.payments.size(), std::size_t(5));
    for (const LoadWarning& warning : data.warnings)
        qWarning("%s", warning.message.c_str());
    QVERIFY(data.warnings.empty());
    QCOMPARE(data.source, notiflow::test::sourceDataDir());

    const DataSet fromTexts = loadDataSetTexts(m_defaultTexts, "built-in");
    QCOMPARE(fromTexts.source, std::string("built-in"));
    QCOMPARE(fromTexts.orders.size(), data.orders.size());
}

// The default data set exists to let every rule show itself; check the cases it promises are there.
void TestDataSetLoader::defaultDataSetValues()
{
    const DataSet data = loadDataSetTexts(m_defaultTexts, "built-in");

    int segments[4] = {};
    for (const Customer& customer : data.customers)
        ++segments[static_cast<int>(customer.segment)];
    for (int count : segments)
        QVERIFY(count > 0);

    const auto product = [&](const std::string& id) {
        return *std::find_if(data.products.begin(), data.products.end(), [&](const Product& p) { return p.id == id; });
    };
    QCOMPARE(product("PROD-001").price, Cents(24900));
    QCOMPARE(product("PROD-005").price, Cents(13900));
    QVERIFY(!product("PROD-007").description.has_value());

    const Order& order = data.orders.at(2);
    QCOMPARE(order.id, std::string("ORD-003"));
    QCOMPARE(order.status, OrderStatus::Processing);
    QCOMPARE(order.lineItems.size(), std::size_t(4));
    QCOMPARE(order.lineItems[0].status, OrderStatus::Shipped);
    QCOMPARE(toStdString(order.lineItems[0].shippedAt.value()), std::string("2025-03-04T15:20:00Z"));
    QCOMPARE(order.lineItems[2].quantity, 2);
    QCOMPARE(order.lineItems[3].status, OrderStatus::Cancelled);
    QVERIFY(!order.lineItems[1].shippedAt.has_value());
    QCOMPARE(order.totalAmount, Cents(19349));

    // CUST-005 has no preference record; CUST-002 gets price alerts by SMS only; CUST-012 lacks two categories.
    const auto preferences = [&](const std::string& id) {
        return std::find_if(data.preferences.begin(), data.preferences.end(),
            [&](const NotificationPreferences& p) { return p.customerId == id; });
    };
    QVERIFY(preferences("CUST-005") == data.preferences.end());
    QVERIFY(!preferences("CUST-002")->of(PreferenceCategory::PriceAlerts).email);
    QVERIFY(preferences("CUST-002")->of(PreferenceCategory::PriceAlerts).sms);
    QVERIFY(!preferences("CUST-012")->of(PreferenceCategory::Promotions).email);
    QVERIFY(!preferences("CUST-012")->of(PreferenceCategory::PriceAlerts).sms);
    QVERIFY(preferences("CUST-012")->of(PreferenceCategory::OrderUpdates).email);

    const Payment& failed = data.payments.at(2);
    QCOMPARE(failed.status, PaymentStatus::Failed);
    QCOMPARE(failed.failureReason.value(), std::string("Card declined by the issuing bank"));
    QCOMPARE(failed.amount, Cents(20300));
}

void TestDataSetLoader::utf8NamesSurvive()
{
    const DataSet data = loadDataSetTexts(m_defaultTexts, "built-in");
    QCOMPARE(data.customers.at(0).name, std::string("Zo\xC3\xAB Marchetti"));
    QCOMPARE(data.customers.at(1).name, std::string("\xC5\x81ukasz Nowak"));
    QCOMPARE(QString::fromStdString(data.customers.at(4).name), QStringLiteral("In\u00E8s Duval"));
    QCOMPARE(QString::fromStdString(data.products.at(4).name), QStringLiteral("Caf\u00E9 Cr\u00E8me Burr Grinder"));

    // Escaped and raw spellings read the same.
    const DataSet escaped = loadWith("customers.json",
        R"([{"id": "C-1", "name": "\u0141ukasz \u00e9\ud83d\ude00", "email": "e", "phone": "p", "segment": "gold", "created_at": "d"}])");
    QCOMPARE(escaped.customers.at(0).name, std::string("\xC5\x81ukasz \xC3\xA9\xF0\x9F\x98\x80"));
}

void TestDataSetLoader::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");

    const QByteArray customer(validCustomer);

    // Syntax: line and column point at the offending token (columns count characters, not bytes).
    QTest::newRow("syntax: missing colon")
        << "customers.json" << QByteArray("[\n  {\"id\": \"CUST-1\",\n   \"name\" \"Zo\xC3\xAB\"}\n]")
        << "customers.json: line 3, column 11: syntax error: unexpected string "
           "literal; expected ':'";
    // Records are checked as soon as they are complete, so the one before the stray comma must be valid.
    QTest::newRow("syntax: doubled comma") << "customers.json"
                                           << "[" + customer + ",,]"
                                           << "customers.json: line 1, column " + QString::number(customer.size() + 3)
            + ": syntax error: unexpected ','; expected '[', '{', or a literal";
    QTest::newRow("syntax: column after multibyte characters")
        << "customers.json" << QByteArray("[{\"\xC3\xA9\xC3\xA9\": 1 2}]")
        << "customers.json: line 1, column 11: syntax error: unexpected number literal; expected '}'";
    QTest::newRow("syntax: unterminated string") << "carts.json" << QByteArray("[\n{\"customer_id\": \"CUST-1")
                                                 << "carts.json: line 2, column 24: syntax error: invalid string: "
                                                    "missing closing quote";
    QTest::newRow("syntax: text after the array") << "payments.json" << QByteArray("[]\n]")
                                                  << "payments.json: line 2, column 1: syntax error: unexpected ']'; "
                                                     "expected end of input";
    QTest::newRow("syntax: unclosed array") << "orders.json" << QByteArray("[\n")
                                            << "orders.json: line 2, column 1: syntax error: unexpected end of input; "
                                               "expected '[', '{', or a literal";
    QTest::newRow("syntax: bare word") << "customers.json" << QByteArray("[yes]")
                                       << "customers.json: line 1, column 2: syntax error: invalid literal";
    QTest::newRow("empty file") << "products.json" << QByteArray()
                                << "products.json: the file is empty; expected a JSON array";
    QTest::newRow("only whitespace") << "orders.json" << QByteArray(" \n\t\n")
                                     << "orders.json: the file is empty; expected a JSON array";
    QTest::newRow("top level object") << "customers.json" << QByteArray("\n  {\"id\": \"CUST-1\"}")
                                      << "customers.json: line 2, column 3: the top level must be an array of "
                                         "records, not an object";
    QTest::newRow("top level string") << "carts.json" << QByteArray("\"carts\"")
                                      << "carts.json: line 1, column 1: the top level must be an array of records, "
                                         "not a string";
    QTest::newRow("record not an object") << "customers.json" << QByteArray("[42]")
                                          << "customers.json: record 0: a record must be an object, not number 42";
    QTest::newRow("invalid UTF-8") << "customers.json" << QByteArray("[{\"id\": \"CUST-1\", \"name\": \"Zo\xEB\"}]")
                                   << "customers.json: line 1, column 30: invalid UTF-8 in a string (files must be "
                                      "UTF-8 encoded)";
    QTest::newRow("invalid UTF-8: overlong encoding")
        << "customers.json" << QByteArray("[{\"id\": \"C-1\", \"name\": \"\xC0\xAF\"}]")
        << "customers.json: line 1, column 25: invalid UTF-8 in a string (files must be UTF-8 encoded)";
    QTest::newRow("invalid UTF-8 in a key") << "customers.json" << QByteArray("[{\"id\": \"C-1\", \"n\xFFme\": 1}]")
                                            << "customers.json: line 1, column 18: invalid UTF-8 in a string (files "
                                               "must be UTF-8 encoded)";
    QTest::newRow("invalid UTF-8: sequence cut off by the end of the file")
        << "customers.json" << QByteArray("[{\"id\": \"C-1\", \"name\": \"ab\xE2\x82")
        << "customers.json: line 1, column 28: invalid UTF-8 in a string (files must be UTF-8 encoded)";
    QTest::newRow("lone surrogate escape") << "customers.json" << QByteArray(R"([{"id": "C-1", "name": "\ud800"}])")
                                           << "customers.json: line 1, column 31: syntax error: invalid string: "
                                              "surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF";
    QTest::newRow("NUL byte") << "products.json" << QByteArray("[\0]", 3)
                              << "products.json: line 1, column 2: syntax error: unexpected NUL byte (files must be "
                                 "UTF-8 text)";
    QTest::newRow("UTF-16 file") << "products.json" << QByteArray("\xFF\xFE[\0]\0", 6)
                                 << "products.json: line 1, column 1: the file is UTF-16 encoded; save it as UTF-8";
    QTest::newRow("byte order mark is not a column") << "products.json" << QByteArray("\xEF\xBB\xBF{}")
                                                     << "products.json: line 1, column 1: the top level must be an "
                                                        "array of records, not an object";
    QTest::newRow("negative number out of range") << "orders.json" << QByteArray("[{\"total_amount\": -1e400}]")
                                                  << "orders.json: line 1, column 19: number out of range: '-1e400'";
    QTest::newRow("quantity beyond any int")
        << "carts.json"
        << QByteArray(R"([{"customer_id": "CUST-001", "items": [{"product_id": "P", "quantity": 3000000000}]}])")
        << "carts.json: record 0 (customer_id CUST-001), field items[0].quantity: is too large (found 3000000000)";
    QTest::newRow("quantity 1e20 is out of range, not fractional")
        << "carts.json"
        << QByteArray(R"([{"customer_id": "CUST-001", "items": [{"product_id": "P", "quantity": 1e20}]}])")
        << "carts.json: record 0 (customer_id CUST-001), field items[0].quantity: is too large (found 1e+20)";
    QTest::newRow("quantity -1e20 is below the minimum")
        << "carts.json"
        << QByteArray(R"([{"customer_id": "CUST-001", "items": [{"product_id": "P", "quantity": -1e20}]}])")
        << "carts.json: record 0 (customer_id CUST-001), field items[0].quantity: must be at least 1 (found -1e+20)";
    QTest::newRow("very long value is cut in the message")
        << "customers.json"
        << "[" + QByteArray(validCustomer).replace("\"gold\"", "\"" + QByteArray(1 << 20, 'x') + "\"") + "]"
        << "customers.json: record 0 (id CUST-900), field segment: unknown segment \"" + QString(60, 'x')
            + "\u2026\"; expected bronze, silver, gold or platinum";
    QTest::newRow("very long duplicate id")
        << "products.json"
        << QByteArray(
               R"([{"id": "ID", "name": "n", "price": 1, "category": "c"}, {"id": "ID", "name": "n", "price": 1, "category": "c"}])")
               .replace("ID", QByteArray(100000, 'p'))
        << "products.json: record 1 (id " + QString(60, 'p') + "\u2026), field id: duplicate: record 0 has the same id";
    QTest::newRow("very long repeated key")
        << "products.json"
        << "[{\"" + QByteArray(5000, 'k') + "\": 1, \"" + QByteArray(5000, 'k') + "\": 2}]"
        << "products.json: record 0, field " + QString(120, 'k') + "\u2026: appears twice in the same object";
    QTest::newRow("control characters in an id are escaped")
        << "products.json" << QByteArray(R"([{"id": "P\n1\u0007", "name": 5}])")
        << "products.json: record 0 (id P\\n1\\u0007), field name: must be a string, not number 5";
    QTest::newRow("number out of range") << "products.json" << QByteArray("[\n  {\"price\": 1e400}]")
                                         << "products.json: line 2, column 13: number out of range: '1e400'";
    QTest::newRow("nesting 100000 deep") << "orders.json" << QByteArray(100000, '[')
                                         << "orders.json: line 1, column 65: nesting deeper than 64 levels is not "
                                            "supported";
    QTest::newRow("nesting deep in objects")
        << "orders.json"
        << "[" + QByteArray("{\"a\":").repeated(70) + "1" + QByteArray("}").repeated(70) + "]"
        << "orders.json: line 1, column 317: nesting deeper than 64 levels is not supported";
    QTest::newRow("repeated key") << "products.json" << QByteArray(R"([{"id": "P-1", "price": 1, "price": 2}])")
                                  << "products.json: record 0, field price: appears twice in the same object";

    // Fields: file, record index, id and field path.
    QTest::newRow("wrong type") << "customers.json" << QByteArray(R"([{"id": "CUST-1", "name": 7}])")
                                << "customers.json: record 0 (id CUST-1), field name: must be a string, not number 7";
    QTest::newRow("id wrong type") << "products.json" << QByteArray(R"([{"id": 5}])")
                                   << "products.json: record 0, field id: must be a string, not number 5";
    QTest::newRow("empty id") << "products.json" << QByteArray(R"([{"id": ""}])")
                              << "products.json: record 0, field id: must not be empty";
    QTest::newRow("missing field") << "products.json"
                                   << QByteArray(R"([{"id": "PROD-001", "name": "Lamp", "category": "home"}])")
                                   << "products.json: record 0 (id PROD-001), field price: is missing";
    QTest::newRow("missing id") << "customers.json"
                                << "[" + customer + ", {\"name\": \"No Id\"}]"
                                << "customers.json: record 1, field id: is missing";
    QTest::newRow("unknown segment") << "customers.json"
                                     << "[" + customer + ", "
            + QByteArray(validCustomer).replace("CUST-900", "CUST-901").replace("\"gold\"", "\"diamond\"") + "]"
                                     << "customers.json: record 1 (id CUST-901), field segment: unknown segment "
                                        "\"diamond\"; expected bronze, silver, gold or platinum";
    QTest::newRow("unknown line item status")
        << "orders.json"
        << QByteArray(
               R"([{"id": "ORD-1", "customer_id": "CUST-001", "status": "PENDING", "line_items": [{"product_id": "PROD-001", "quantity": 1, "unit_price": 1, "status": "LOST"}]}])")
        << "orders.json: record 0 (id ORD-1), field line_items[0].status: unknown status \"LOST\"; expected PENDING, "
           "PROCESSING, SHIPPED, DELIVERED or CANCELLED";
    QTest::newRow("negative price") << "products.json"
                                    << QByteArray(
                                           R"([{"id": "PROD-1", "name": "Lamp", "price": -5, "category": "home"}])")
                                    << "products.json: record 0 (id PROD-1), field price: must not be negative "
                                       "(found -5)";
    QTest::newRow("negative unit price")
        << "orders.json"
        << QByteArray(
               R"([{"id": "ORD-1", "customer_id": "C", "status": "PENDING", "line_items": [{"product_id": "P", "quantity": 1, "unit_price": 2.5, "status": "PENDING"}, {"product_id": "P", "quantity": 1, "unit_price": -0.01}]}])")
        << "orders.json: record 0 (id ORD-1), field line_items[1].unit_price: must not be negative (found -0.01)";
    QTest::newRow("price too large") << "products.json"
                                     << QByteArray(R"([{"id": "PROD-1", "name": "Lamp", "price": 1e20}])")
                                     << "products.json: record 0 (id PROD-1), field price: is too large (found "
                                        "1e+20)";
    QTest::newRow("price as text") << "products.json"
                                   << QByteArray(R"([{"id": "PROD-1", "name": "Lamp", "price": "9.99"}])")
                                   << "products.json: record 0 (id PROD-1), field price: must be a number, not string";
    QTest::newRow("zero quantity")
        << "orders.json"
        << QByteArray(
               R"([{"id": "ORD-1", "customer_id": "C", "status": "PENDING", "line_items": [{"product_id": "P", "quantity": 2, "unit_price": 1, "status": "PENDING", "shipped_at": null}, {"product_id": "P", "quantity": 0}]}])")
        << "orders.json: record 0 (id ORD-1), field line_items[1].quantity: must be at least 1 (found 0)";
    QTest::newRow("negative cart quantity")
        << "carts.json"
        << QByteArray(R"([{"customer_id": "CUST-001", "items": [{"product_id": "P", "quantity": -3}]}])")
        << "carts.json: record 0 (customer_id CUST-001), field items[0].quantity: must be at least 1 (found -3)";
    QTest::newRow("fractional quantity")
        << "carts.json"
        << QByteArray(R"([{"customer_id": "CUST-001", "items": [{"product_id": "P", "quantity": 1.5}]}])")
        << "carts.json: record 0 (customer_id CUST-001), field items[0].quantity: must be a whole number, not "
           "number 1.5";
    QTest::newRow("line items not an array")
        << "orders.json"
        << QByteArray(R"([{"id": "ORD-1", "customer_id": "C", "status": "SHIPPED", "line_items": {}}])")
        << "orders.json: record 0 (id ORD-1), field line_items: must be an array, not object";
    QTest::newRow("line item not an object")
        << "orders.json"
        << QByteArray(R"([{"id": "ORD-1", "customer_id": "C", "status": "SHIPPED", "line_items": [true]}])")
        << "orders.json: record 0 (id ORD-1), field line_items[0]: must be an object, not boolean true";
    QTest::newRow("nullable of wrong type")
        << "products.json"
        << QByteArray(R"([{"id": "PROD-1", "name": "Lamp", "price": 1, "category": "home", "description": 5}])")
        << "products.json: record 0 (id PROD-1), field description: must be a string or null, not number 5";
    QTest::newRow("duplicate id") << "customers.json"
                                  << "[" + customer + ",\n" + customer + "]"
                                  << "customers.json: record 1 (id CUST-900), field id: duplicate: record 0 has the "
                                     "same id";
    QTest::newRow("duplicate cart owner")
        << "carts.json"
        << QByteArray(
               R"([{"customer_id": "CUST-001", "items": [], "updated_at": "d"}, {"customer_id": "CUST-002", "items": [], "updated_at": "d"}, {"customer_id": "CUST-001"}])")
        << "carts.json: record 2 (customer_id CUST-001), field customer_id: duplicate: record 0 has the same "
           "customer_id";
    QTest::newRow("unknown preference category")
        << "notification_preferences.json"
        << QByteArray(R"([{"customer_id": "CUST-001", "preferences": {"newsletters": {"email": true, "sms": false}}}])")
        << "notification_preferences.json: record 0 (customer_id CUST-001), field preferences.newsletters: unknown "
           "category; expected order_updates, price_alerts, promotions or payment_alerts";
    QTest::newRow("preference channel not a boolean")
        << "notification_preferences.json"
        << QByteArray(R"([{"customer_id": "CUST-001", "preferences": {"promotions": {"email": "yes", "sms": false}}}])")
        << "notification_preferences.json: record 0 (customer_id CUST-001), field preferences.promotions.email: must "
           "be true or false, not string";
    QTest::newRow("preference channel missing")
        << "notification_preferences.json"
        << QByteArray(R"([{"customer_id": "CUST-001", "preferences": {"promotions": {"email": true}}}])")
        << "notification_preferences.json: record 0 (customer_id CUST-001), field preferences.promotions.sms: is "
           "missing";
    QTest::newRow("preferences not an object")
        << "notification_preferences.json" << QByteArray(R"([{"customer_id": "CUST-001", "preferences": null}])")
        << "notification_preferences.json: record 0 (customer_id CUST-001), field preferences: must be an object, "
           "not null";
    QTest::newRow("unknown payment status")
        << "payments.json"
        << QByteArray(
               R"([{"id": "PAY-1", "order_id": "ORD-001", "customer_id": "CUST-001", "amount": 1, "status": "REFUNDED"}])")
        << "payments.json: record 0 (id PAY-1), field status: unknown status \"REFUNDED\"; expected PENDING, SUCCESS, "
           "FAILED or RETRY_SCHEDULED";
    QTest::newRow("attempt number zero")
        << "payments.json"
        << QByteArray(
               R"([{"id": "PAY-1", "order_id": "ORD-001", "customer_id": "CUST-001", "amount": 1, "status": "FAILED", "failure_reason": "x", "attempt_number": 0}])")
        << "payments.json: record 0 (id PAY-1), field attempt_number: must be at least 1 (found 0)";
    QTest::newRow("negative payment amount")
        << "payments.json"
        << QByteArray(R"([{"id": "PAY-1", "order_id": "ORD-001", "customer_id": "CUST-001", "amount": -20.5}])")
        << "payments.json: record 0 (id PAY-1), field amount: must not be negative (found -20.5)";
}

void TestDataSetLoader::badInput()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    try {
        loadWith(file.toStdString(), toStd(text));
        QFAIL("the input was accepted");
    } catch (const LoadError& error) {
        QCOMPARE(QString::fromStdString(error.what()), message);
        QCOMPARE(QString::fromStdString(error.location().file), file);
    }
}

void TestDataSetLoader::danglingReferences_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("cart of unknown customer and product")
        << "carts.json"
        << QByteArray(
               R"([{"customer_id": "CUST-404", "items": [{"product_id": "PROD-001", "quantity": 1, "added_at": "d"}, {"product_id": "PROD-404", "quantity": 1, "added_at": "d"}], "updated_at": "d"}])")
        << QStringList { "carts.json: record 0 (customer_id CUST-404), field customer_id: unknown customer CUST-404; "
                         "it is treated as absent",
               "carts.json: record 0 (customer_id CUST-404), field items[1].product_id: unknown product PROD-404; it "
               "is treated as absent" };
    QTest::newRow("order line of unknown product")
        << "orders.json"
        << QByteArray(
               R"([{"id": "ORD-1", "customer_id": "CUST-001", "status": "PENDING", "line_items": [{"product_id": "PROD-404", "quantity": 1, "unit_price": 1, "status": "PENDING", "shipped_at": null}], "total_amount": 1, "created_at": "d", "updated_at": null},
             {"id": "ORD-2", "customer_id": "CUST-404", "status": "PENDING", "line_items": [], "total_amount": 0, "created_at": "d"}])")
        << QStringList { "orders.json: record 0 (id ORD-1), field line_items[0].product_id: unknown product PROD-404; "
                         "it is treated as absent",
               "orders.json: record 1 (id ORD-2), field customer_id: unknown customer CUST-404; it is treated as "
               "absent",
               // The default payments name orders this replacement file no longer has.
               "payments.json: record 0 (id PAY-001), field order_id: unknown order ORD-005; it is treated as absent",
               "payments.json: record 1 (id PAY-002), field order_id: unknown order ORD-002; it is treated as absent",
               "payments.json: record 2 (id PAY-003), field order_id: unknown order ORD-004; it is treated as absent",
               "payments.json: record 3 (id PAY-004), field order_id: unknown order ORD-001; it is treated as absent",
               "payments.json: record 4 (id PAY-005), field order_id: unknown order ORD-007; it is treated as "
               "absent" };
    QTest::newRow("preferences of unknown customer")
        << "notification_preferences.json" << QByteArray(R"([{"customer_id": "CUST-404", "preferences": {}}])")
        << QStringList { "notification_preferences.json: record 0 (customer_id CUST-404), field customer_id: unknown "
                         "customer CUST-404; it is treated as absent" };
    QTest::newRow("payment of unknown order, unknown customer, other customer")
        << "payments.json"
        << QByteArray(
               R"([{"id": "PAY-1", "order_id": "ORD-404", "customer_id": "CUST-001", "amount": 1, "status": "PENDING", "failure_reason": null, "attempt_number": 1, "created_at": "d"},
             {"id": "PAY-2", "order_id": "ORD-001", "customer_id": "CUST-404", "amount": 1, "status": "PENDING", "attempt_number": 1, "created_at": "d"},
             {"id": "PAY-3", "order_id": "ORD-001", "customer_id": "CUST-002", "amount": 1, "status": "SUCCESS", "attempt_number": 1, "created_at": "d"}])")
        << QStringList { "payments.json: record 0 (id PAY-1), field order_id: unknown order ORD-404; it is treated as "
                         "absent",
               "payments.json: record 1 (id PAY-2), field customer_id: unknown customer CUST-404; it is treated as "
               "absent",
               "payments.json: record 2 (id PAY-3), field customer_id: customer CUST-002 is not the customer of order "
               "ORD-001 (CUST-001)" };
}

void TestDataSetLoader::danglingReferences()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(QStringList, warnings);
    const DataSet data = loadWith(file.toStdString(), toStd(text));
    QStringList found;
    for (const LoadWarning& warning : data.warnings)
        found << QString::fromStdString(warning.message);
    QCOMPARE(found, warnings);
    QCOMPARE(QString::fromStdString(data.warnings.front().file), warnings.front().section(':', 0, 0));
}

// Files load on two threads; when several are broken the message must still be the first in file order.
void TestDataSetLoader::firstErrorInFileOrder()
{
    for (int round = 0; round < 20; ++round) {
        std::map<std::string, std::string> texts = m_defaultTexts;
        texts["payments.json"] = "{";
        texts["orders.json"] = "[1]";
        texts["carts.json"] = "[true]";
        try {
            loadDataSetTexts(texts, "test");
            QFAIL("broken files were accepted");
        } catch (const LoadError& error) {
            QCOMPARE(std::string(error.what()),
                std::string("orders.json: record 0: a record must be an object, not number 1"));
        }
    }
}

void TestDataSetLoader::veryLongStringLoads()
{
    const std::string name(1 << 20, 'x');
    const std::string text = R"([{"id": "CUST-1", "name": ")" + name
        + R"(", "email": "e", "phone": "p", "segment": "bronze", "created_at": "d"}])";
    std::map<std::string, std::string> texts = m_defaultTexts;
    texts["customers.json"] = text;
    texts["carts.json"] = "[]";
    texts["orders.json"] = "[]";
    texts["payments.json"] = "[]";
    texts["notification_preferences.json"] = "[]";
    const DataSet data = loadDataSetTexts(texts, "test");
    QCOMPARE(data.customers.at(0).name.size(), name.size());
    QVERIFY(data.warnings.empty());

    // An unterminated megabyte string is reported without echoing the megabyte back.
    try {
        loadWith("customers.json", "[\"" + name);
        QFAIL("the input was accepted");
    } catch (const LoadError& error) {
        QVERIFY(std::string(error.what()).size() < 200);
        QCOMPARE(error.location().column, (1 << 20) + 3);
    }
}

// Timestamps are kept inside their records when they are short (core/shorttext.h) and on the heap when not: both
// read back, and are written into step details, exactly as the file had them.
void TestDataSetLoader::timestampsKeepEveryCharacter_data()
{
    QTest::addColumn<QString>("timestamp");
    QTest::newRow("empty") << QString();
    QTest::newRow("one character") << QStringLiteral("d");
    QTest::newRow("usual, 20 characters") << QStringLiteral("2025-07-16T18:00:00Z");
    QTest::newRow("23 characters, the most kept inline") << QStringLiteral("2025-07-16T18:00:00.12Z");
    QTest::newRow("24 characters, the fewest on the heap") << QStringLiteral("2025-07-16T18:00:00.123Z");
    QTest::newRow("microseconds and an offset") << QStringLiteral("2025-07-16T18:00:00.123456+02:00");
    QTest::newRow("not a timestamp at all, non-ASCII") << QStringLiteral("le 16 juillet à 18 h");
}

void TestDataSetLoader::timestampsKeepEveryCharacter()
{
    QFETCH(QString, timestamp);
    const std::string at = timestamp.toStdString();
    const std::string quoted = nlohmann::json(at).dump();
    const DataSet data = loadWith("customers.json",
        R"([{"id": "C-1", "name": "n", "email": "e", "phone": "p", "segment": "gold", "created_at": )" + quoted
            + "}]");
    const Customer& customer = data.customers.at(0);
    QCOMPARE(std::string_view(customer.createdAt), std::string_view(at));
    JsonWriter out;
    writeJson(out, customer);
    QCOMPARE(nlohmann::json::parse(out.text()).at("created_at").get<std::string>(), at);

    const DataSet orders = loadWith("orders.json",
        R"([{"id": "O-1", "customer_id": "CUST-001", "status": "SHIPPED", "total_amount": 1, "created_at": )" + quoted
            + R"(, "updated_at": )" + quoted + R"(, "line_items": [{"product_id": "PROD-001", "quantity": 1,)"
            + R"( "unit_price": 1, "status": "SHIPPED", "shipped_at": )" + quoted + "}]}]");
    const Order& order = orders.orders.at(0);
    QCOMPARE(std::string_view(order.createdAt), std::string_view(at));
    QCOMPARE(std::string_view(order.updatedAt.value()), std::string_view(at));
    QCOMPARE(std::string_view(order.lineItems.at(0).shippedAt.value()), std::string_view(at));
}

void TestDataSetLoader::missingFileInFolder()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const auto& [name, text] : m_defaultTexts) {
        if (name == "payments.json")
            continue;
        std::ofstream(folder.filePath(QString::fromStdString(name)).toStdString(), std::ios::binary) << text;
    }
    try {
        loadDataSetFolder(folder.path().toStdString());
        QFAIL("a folder without payments.json was accepted");
    } catch (const LoadError& error) {
        QCOMPARE(
            QString::fromStdString(error.what()), "payments.json: missing from the data set folder " + folder.path());
        QCOMPARE(error.location().file, std::string("payments.json"));
    }

    std::ofstream(folder.filePath("payments.json").toStdString(), std::ios::binary) << m_defaultTexts["payments.json"];
    QCOMPARE(loadDataSetFolder(folder.path().toStdString()).payments.size(), std::size_t(5));
}

void TestDataSetLoader::folderDoesNotExist()
{
    const std::string folder = notiflow::test::testDataDir() + "/no-such-folder";
    try {
        loadDataSetFolder(folder);
        QFAIL("a folder that does not exist was accepted");
    } catch (const LoadError& error) {
        QCOMPARE(std::string(error.what()), folder + ": is not a folder");
    }
}

void TestDataSetLoader::missingText()
{
    std::map<std::string, std::string> texts = m_defaultTexts;
    texts.erase("carts.json");
    try {
        loadDataSetTexts(texts, "memory");
        QFAIL("five texts were accepted");
    } catch (const LoadError& error) {
        QCOMPARE(std::string(error.what()), std::string("carts.json: missing from the data set memory"));
    }
}

void TestDataSetLoader::textPosition_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QByteArray("abc") << 0 << 1 << 1;
    QTest::newRow("same line") << QByteArray("abc") << 2 << 1 << 3;
    QTest::newRow("after newline") << QByteArray("ab\ncd") << 3 << 2 << 1;
    QTest::newRow("second line") << QByteArray("ab\ncd\nef") << 7 << 3 << 2;
    QTest::newRow("two-byte character") << QByteArray("\xC3\xA9x") << 2 << 1 << 2;
    QTest::newRow("four-byte character") << QByteArray("\xF0\x9F\x98\x80x") << 4 << 1 << 2;
    QTest::newRow("past the end") << QByteArray("ab") << 50 << 1 << 3;
}

void TestDataSetLoader::textPosition()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const TextPosition position = textPositionAt(toStd(text), static_cast<std::size_t>(offset));
    QCOMPARE(position.line, line);
    QCOMPARE(position.column, column);
}

void TestDataSetLoader::formatLoadError_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("record");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("file only") << 0 << 0 << -1 << ""
                               << ""
                               << "orders.json: broken";
    QTest::newRow("line and column") << 4 << 9 << -1 << ""
                                     << ""
                                     << "orders.json: line 4, column 9: broken";
    QTest::newRow("line only") << 4 << 0 << -1 << ""
                               << ""
                               << "orders.json: line 4: broken";
    QTest::newRow("record") << 0 << 0 << 3 << ""
                            << ""
                            << "orders.json: record 3: broken";
    QTest::newRow("record and id") << 0 << 0 << 3 << "ORD-004"
                                   << ""
                                   << "orders.json: record 3 (id ORD-004): broken";
    QTest::newRow("everything") << 0 << 0 << 3 << "ORD-004"
                                << "line_items[1].quantity"
                                << "orders.json: record 3 (id ORD-004), field line_items[1].quantity: broken";
    QTest::newRow("field only") << 0 << 0 << -1 << ""
                                << "steps"
                                << "orders.json: field steps: broken";
}

void TestDataSetLoader::formatLoadError()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, record);
    QFETCH(QString, id);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    LoadErrorLocation location { .file = "orders.json",
        .line = line,
        .column = column,
        .recordIndex = record,
        .recordId = id.toStdString(),
        .field = field.toStdString() };
    QCOMPARE(QString::fromStdString(notiflow::formatLoadError(location, "broken")), expected);
    const LoadError error(location, "broken");
    QCOMPARE(QString::fromStdString(error.what()), expected);
    QCOMPARE(error.problem(), std::string("broken"));
}

QTEST_GUILESS_MAIN(TestDataSetLoader)
#include "tst_datasetloader.moc"
