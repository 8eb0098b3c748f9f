// The notification API's JSON contract, and what its client records.
#include "datastore.h"
#include "notificationapiclient.h"
#include "support/fixtures.h"
#include "tracerecorder.h"

#include <QTest>

using namespace notiflow;
using namespace notiflow::test;

class TestNotificationApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void contract_data();
    void contract();
    void bulkAnswersEachRequest();
    void clientRecordsRequestAndResponse();
};

void TestNotificationApi::contract_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected"); // channels sent, or a fragment of the error

    QTest::newRow("sends by preference") << "/notify"
                                         << R"({"notification_type": "ORDER_SHIPPED", "customer_id": "CUST-001",
                                               "context": {"order_id": "ORD-001", "item_count": 2, "total_amount": 10}})"
                                         << 200 << "email,sms";
    QTest::newRow("channels override preferences")
        << "/notify"
        << R"({"notification_type": "ORDER_DELIVERED", "customer_id": "CUST-001",
                                                         "context": {"order_id": "ORD-001"}, "channels": ["sms"]})"
        << 200 << "sms";
    QTest::newRow("opted out: 200, nothing sent")
        << "/notify"
        << R"({"notification_type": "PROMOTION_AVAILABLE", "customer_id": "CUST-002",
                                                        "context": {"promotion_name": "X", "description": "Y", "end_date": "Z"}})"
        << 200 << "";
    QTest::newRow("unknown customer: 404")
        << "/notify"
        << R"({"notification_type": "ORDER_SHIPPED", "customer_id": "CUST-999", "context": {}})" << 404
        << "unknown customer CUST-999";
    QTest::newRow("unknown type: 400") << "/notify"
                                       << R"({"notification_type": "BIRTHDAY", "customer_id": "CUST-001"})" << 400
                                       << "unknown notification_type BIRTHDAY";
    QTest::newRow("missing type: 400") << "/notify"
                                       << R"({"customer_id": "CUST-001"})" << 400 << "notification_type is required";
    QTest::newRow("missing customer: 400")
        << "/notify"
        << R"({"notification_type": "ORDER_SHIPPED"})" << 400 << "customer_id is required";
    QTest::newRow("context lacks a field: 400")
        << "/notify"
        << R"({"notification_type": "PRICE_DROP_ALERT", "customer_id": "CUST-001",
                                                      "context": {"product_name": "Lamp", "old_price": 10}})"
        << 400 << "context.new_price is missing";
    QTest::newRow("bad channel: 400") << "/notify"
                                      << R"({"notification_type": "ORDER_DELIVERED", "customer_id": "CUST-001",
                                            "context": {"order_id": "O"}, "channels": ["fax"]})"
                                      << 400 << "unknown channel";
    QTest::newRow("body not an object: 400") << "/notify"
                                             << R"([1, 2])" << 400 << "JSON object";
    QTest::newRow("unknown endpoint: 404") << "/notify/later"
                                           << R"({})" << 404 << "no such endpoint";
}

void TestNotificationApi::contract()
{
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, expected);
    Run run;
    TraceRecorder recorder(run);
    DataStore store(defaultData(), recorder, Architecture::ApiDriven);
    ChannelGateway channels(recorder);
    NotificationApi api(store, recorder, channels);
    const auto response = api.handle("POST", path.toStdString(), nlohmann::json::parse(body.toStdString()));
    QCOMPARE(response.status, status);
    if (status == 200) {
        QVERIFY(response.body.at("request_id").is_string());
        QStringList sent;
        for (const auto& r : response.body.at("results")) {
            QVERIFY(r.at("success").get<bool>());
            QVERIFY(!r.at("recipient").get<std::string>().empty());
            sent << QString::fromStdString(r.at("channel").get<std::string>());
        }
        QCOMPARE(sent.join(','), expected);
        QCOMPARE(int(run.notifications.size()), int(sent.size()));
    } else {
        const QString error = QString::fromStdString(response.body.at("error").get<std::string>());
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(run.notifications.empty());
    }
}

void TestNotificationApi::bulkAnswersEachRequest()
{
    Run run;
    TraceRecorder recorder(run);
    DataStore store(defaultData(), recorder, Architecture::ApiDriven);
    ChannelGateway channels(recorder);
    NotificationApi api(store, recorder, channels);
    const auto response = api.handle("POST", "/notify/bulk", nlohmann::json::parse(R"({"notifications": [
        {"notification_type": "ORDER_DELIVERED", "customer_id": "CUST-002", "context": {"order_id": "ORD-002"}},
        {"notification_type": "ORDER_DELIVERED", "customer_id": "NOBODY", "context": {"order_id": "ORD-002"}}]})"));
    QCOMPARE(response.status, 200);
    const auto& results = response.body.at("results");
    QCOMPARE(results.size(), std::size_t(2));
    QCOMPARE(results[0].at("status").get<int>(), 200);
    QCOMPARE(results[1].at("status").get<int>(), 404);
    QCOMPARE(api.handle("POST", "/notify/bulk", { { "notifications", 3 } }).status, 400);
}

void TestNotificationApi::clientRecordsRequestAndResponse()
{
    Run run;
    TraceRecorder recorder(run);
    DataStore store(defaultData(), recorder, Architecture::ApiDriven);
    ChannelGateway channels(recorder);
    NotificationApi api(store, recorder, channels);
    NotificationApiClient client(Component::BillingService, api, recorder);
    client.post("/notify",
        { { "notification_type", "PAYMENT_SUCCESS" }, { "customer_id", "CUST-005" },
            { "context", { { "order_id", "ORD-007" }, { "amount", 5 } } } });
    recorder.finish();
    QVERIFY(run.steps.size() >= 4);
    const Step& request = run.steps.front();
    QCOMPARE(request.kind, StepKind::Request);
    QCOMPARE(request.from, Component::BillingService);
    QCOMPARE(request.to, Component::NotificationApi);
    QCOMPARE(run.stepWithText(0).detailJson().at("body").at("customer_id").get<std::string>(), std::string("CUST-005"));
    const Step& response = run.steps.back();
    QCOMPARE(response.kind, StepKind::Response);
    QCOMPARE(response.to, Component::BillingService);
    QCOMPARE(response.parent, request.index);
    for (std::size_t i = 1; i + 1 < run.steps.size(); ++i)
        QCOMPARE(run.steps[i].parent, request.index); // the API's own work happens inside the request
    // No preference record: email only.
    QCOMPARE(run.notifications.size(), std::size_t(1));
    QCOMPARE(run.notifications.front().channel, Channel::Email);
}

QTEST_GUILESS_MAIN(TestNotificationApi)
#include "tst_notificationapi.moc"
