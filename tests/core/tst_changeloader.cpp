// Tests of change-file parsing: the built-in changes, what each field reads, and a catalogue of bad change files
// with the exact message each must produce (file, field, problem).

#include "io/changeloader.h"
#include "rule.h"
#include "support/sourcetree.h"

#include <QDir>
#include <QTest>

using namespace notiflow;

namespace {

std::string toStd(const QByteArray& bytes)
{
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QByteArray withTouches(const QByteArray& touches)
{
    return R"({"id": "c", "title": "C", "touches": )" + touches + "}";
}

} // namespace

class TestChangeLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInChanges_data();
    void builtInChanges();
    void readsEveryField();
    void badChange_data();
    void badChange();
    void unknownRuleListsTheRegistry();
    void missingFile();
};

void TestChangeLoader::builtInChanges_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QString::fromStdString(notiflow::test::sourceDataDir() + "/changes"));
    const auto entries = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY(entries.size() >= 7);
    for (const QString& entry : entries)
        QTest::newRow(qPrintable(entry)) << dir.filePath(entry);
}

void TestChangeLoader::builtInChanges()
{
    QFETCH(QString, file);
    const RequirementChange change = loadRequirementChangeFile(file.toStdString());
    QCOMPARE(QString::fromStdString(change.id) + QStringLiteral(".json"), QFileInfo(file).fileName());
    QVERIFY(!change.title.empty());
    QVERIFY(!change.description.empty());
    QVERIFY(!change.lesson.empty());
}

void TestChangeLoader::readsEveryField()
{
    const RequirementChange change = parseRequirementChange(R"({
        "id": "all", "title": "All", "description": "d", "lesson": "l",
        "touches": {
            "rules": ["price_drop.segment", "price_drop.segment", "channels.route"],
            "notification_types": ["ORDER_SHIPPED"],
            "context_fields": [{"type": "ORDER_SHIPPED", "name": "items", "domain": "orders"},
                               {"type": "PAYMENT_FAILED", "name": "next", "domain": null}],
            "channels": true,
            "events": ["PaymentFailed"],
            "endpoints": ["POST /notify/bulk"],
            "new_data": [{"domain": "wishlists", "read_by_evaluator_of": "price_drop.in_cart"}]
        }})",
        "all.json");
    const ChangeTouches& t = change.touches;
    QCOMPARE(t.rules, (std::vector<std::string> { "price_drop.segment", "channels.route" }));
    QCOMPARE(t.notificationTypes.size(), std::size_t(1));
    QCOMPARE(t.contextFields.size(), std::size_t(2));
    QCOMPARE(t.contextFields[0].domain, std::optional<Component>(Component::Orders));
    QCOMPARE(t.contextFields[1].domain, std::optional<Component>());
    QVERIFY(t.channels);
    QCOMPARE(t.events, std::vector<std::string> { "PaymentFailed" });
    QCOMPARE(t.endpoints, std::vector<std::string> { "POST /notify/bulk" });
    QCOMPARE(t.newData.size(), std::size_t(1));
    QCOMPARE(t.newData[0].readByEvaluatorOf, std::string("price_drop.in_cart"));
    QCOMPARE(change.source, std::string("all.json"));
}

void TestChangeLoader::badChange_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << QByteArray("{\"id\": \"c\",\n  \"title\" \"C\"}")
                            << "bad.json: line 2, column 11: syntax error: unexpected string literal; expected ':'";
    QTest::newRow("not an object") << QByteArray("[]")
                                   << "bad.json: a change must be a JSON object with id, title and touches, not array";
    QTest::newRow("missing id") << QByteArray(R"({"title": "C", "touches": {"channels": true}})")
                                << "bad.json: field id: is missing";
    QTest::newRow("empty title") << QByteArray(R"({"id": "c", "title": "", "touches": {"channels": true}})")
                                 << "bad.json: field title: must not be empty";
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"id": "c", "title": "C", "touch": {}})")
        << "bad.json: field touch: is not a field of a change; expected one of id, title, description, lesson, touches";
    QTest::newRow("missing touches") << QByteArray(R"({"id": "c", "title": "C"})")
                                     << "bad.json: field touches: is missing";
    QTest::newRow("touches not an object")
        << withTouches("[]") << "bad.json: field touches: must be an object, not array";
    QTest::newRow("touches nothing")
        << withTouches(R"({"rules": [], "channels": false})")
        << "bad.json: field touches: touches nothing: name at least one rule, notification type, context field, "
           "event, endpoint or new data, or set channels to true";
    QTest::newRow("misspelt touch") << withTouches(R"({"rule": ["price_drop.segment"]})")
                                    << "bad.json: field touches.rule: is not a field of a change; expected one of "
                                       "rules, notification_types, context_fields, channels, events, endpoints, "
                                       "new_data";
    QTest::newRow("rules not an array") << withTouches(R"({"rules": "price_drop.segment"})")
                                        << "bad.json: field touches.rules: must be an array, not string";
    QTest::newRow("rule not a string") << withTouches(R"({"rules": [3]})")
                                       << "bad.json: field touches.rules[0]: must be a string, not number 3";
    QTest::newRow("unknown type") << withTouches(R"({"notification_types": ["ORDER_SHIPPED", "ORDER_LOST"]})")
                                  << "bad.json: field touches.notification_types[1]: unknown notification type "
                                     "\"ORDER_LOST\"; known: ORDER_SHIPPED, ORDER_DELIVERED, ORDER_COMPLETE, "
                                     "PAYMENT_FAILED, PAYMENT_SUCCESS, PRICE_DROP_ALERT, PROMOTION_AVAILABLE";
    QTest::newRow("channels not a boolean") << withTouches(R"({"channels": "yes"})")
                                            << "bad.json: field touches.channels: must be true or false, not string";
    QTest::newRow("unknown event") << withTouches(R"({"events": ["OrderLost"]})")
                                   << "bad.json: field touches.events[0]: unknown event \"OrderLost\"; known: "
                                      "OrderStatusChanged, LineItemStatusChanged, PaymentFailed, PaymentSucceeded, "
                                      "PriceChanged, PromotionActivated";
    QTest::newRow("unknown endpoint") << withTouches(R"({"endpoints": ["GET /notify"]})")
                                      << "bad.json: field touches.endpoints[0]: unknown endpoint \"GET /notify\"; "
                                         "known: POST /notify, POST /notify/bulk";
    QTest::newRow("context field not an object")
        << withTouches(R"({"context_fields": ["items"]})")
        << "bad.json: field touches.context_fields[0]: must be an object with type, name and domain, not string";
    QTest::newRow("context field without domain")
        << withTouches(R"({"context_fields": [{"type": "ORDER_SHIPPED", "name": "items"}]})")
        << "bad.json: field touches.context_fields[0].domain: is missing (use null when only the publishing service "
           "knows the value)";
    QTest::newRow("context field unknown domain")
        << withTouches(R"({"context_fields": [{"type": "ORDER_SHIPPED", "name": "items", "domain": "ordres"}]})")
        << "bad.json: field touches.context_fields[0].domain: unknown data domain \"ordres\"; known: customers, "
           "products, orders, carts, preferences, payments";
    QTest::newRow("context field without name")
        << withTouches(R"({"context_fields": [{"type": "ORDER_SHIPPED", "domain": null}]})")
        << "bad.json: field touches.context_fields[0].name: is missing";
    QTest::newRow("new data that exists")
        << withTouches(R"({"new_data": [{"domain": "carts", "read_by_evaluator_of": "price_drop.in_cart"}]})")
        << "bad.json: field touches.new_data[0].domain: \"carts\" already exists; new_data names a domain that does "
           "not";
    QTest::newRow("new data without rule") << withTouches(R"({"new_data": [{"domain": "wishlists"}]})")
                                           << "bad.json: field touches.new_data[0].read_by_evaluator_of: is missing";
}

void TestChangeLoader::badChange()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    try {
        parseRequirementChange(toStd(text), "bad.json");
        QFAIL("no error");
    } catch (const LoadError& e) {
        QCOMPARE(QString::fromStdString(e.what()), message);
    }
}

void TestChangeLoader::unknownRuleListsTheRegistry()
{
    try {
        parseRequirementChange(toStd(withTouches(R"({"rules": ["price_drop.segmnt"]})")), "bad.json");
        QFAIL("no error");
    } catch (const LoadError& e) {
        QCOMPARE(e.location().field, std::string("touches.rules[0]"));
        const std::string message = e.what();
        QVERIFY2(message.find("unknown rule \"price_drop.segmnt\"; known: ") != std::string::npos, e.what());
        for (const RuleInfo& info : allRules())
            QVERIFY2(message.find(std::string(info.id)) != std::string::npos, std::string(info.id).c_str());
    }
}

void TestChangeLoader::missingFile()
{
    try {
        loadRequirementChangeFile("/nonexistent/change.json");
        QFAIL("no error");
    } catch (const LoadError& e) {
        QCOMPARE(QString::fromStdString(e.what()), QStringLiteral("/nonexistent/change.json: cannot be opened"));
    }
}

QTEST_GUILESS_MAIN(TestChangeLoader)
#include "tst_changeloader.moc"
