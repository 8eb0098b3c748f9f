// The notification rules as pure functions, one data row per case.
#include "notificationrules.h"

#include <QTest>

using namespace notiflow;

Q_DECLARE_METATYPE(notiflow::OrderStatus)
Q_DECLARE_METATYPE(notiflow::Segment)
Q_DECLARE_METATYPE(notiflow::PreferenceCategory)

class TestNotificationRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void routing_data();
    void routing();
    void orderTransitions_data();
    void orderTransitions();
    void discount_data();
    void discount();
    void savingPercent_data();
    void savingPercent();
    void segments_data();
    void segments();
    void outstandingItems();
    void money_data();
    void money();
};

void TestNotificationRules::routing_data()
{
    QTest::addColumn<PreferenceCategory>("category");
    QTest::addColumn<bool>("hasRecord");
    QTest::addColumn<bool>("email");
    QTest::addColumn<bool>("sms");
    QTest::addColumn<QString>("expected");
    using C = PreferenceCategory;
    QTest::newRow("both on") << C::OrderUpdates << true << true << true << "email,sms";
    QTest::newRow("email only") << C::PaymentAlerts << true << true << false << "email";
    QTest::newRow("sms only") << C::PriceAlerts << true << false << true << "sms";
    QTest::newRow("opted out") << C::Promotions << true << false << false << "";
    QTest::newRow("no record: order updates by email") << C::OrderUpdates << false << false << false << "email";
    QTest::newRow("no record: payment alerts by email") << C::PaymentAlerts << false << false << false << "email";
    QTest::newRow("no record: price alerts are opt-in") << C::PriceAlerts << false << false << false << "";
    QTest::newRow("no record: promotions are opt-in") << C::Promotions << false << false << false << "";
}

void TestNotificationRules::routing()
{
    QFETCH(PreferenceCategory, category);
    QFETCH(bool, hasRecord);
    QFETCH(bool, email);
    QFETCH(bool, sms);
    QFETCH(QString, expected);
    NotificationPreferences preferences;
    preferences.customerId = "C";
    preferences.categories[static_cast<int>(category)] = { email, sms };
    const auto routing = routeChannels(category, hasRecord ? &preferences : nullptr);
    QStringList channels;
    for (const auto c : routing.channels)
        channels << QString::fromLatin1(channelId(c));
    QCOMPARE(channels.join(','), expected);
    QVERIFY(!routing.reason.empty());
}

void TestNotificationRules::orderTransitions_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<bool>("ship");
    QTest::addColumn<bool>("deliver");
    QTest::newRow("pending") << OrderStatus::Pending << true << false;
    QTest::newRow("processing") << OrderStatus::Processing << true << false;
    QTest::newRow("shipped") << OrderStatus::Shipped << false << true;
    QTest::newRow("delivered") << OrderStatus::Delivered << false << false;
    QTest::newRow("cancelled") << OrderStatus::Cancelled << false << false;
}

void TestNotificationRules::orderTransitions()
{
    QFETCH(OrderStatus, status);
    QFETCH(bool, ship);
    QFETCH(bool, deliver);
    QCOMPARE(canShip(status), ship);
    QCOMPARE(canDeliver(status), deliver);
}

void TestNotificationRules::discount_data()
{
    QTest::addColumn<qlonglong>("price");
    QTest::addColumn<double>("percent");
    QTest::addColumn<qlonglong>("expected");
    QTest::newRow("20% of 249.00") << 24900LL << 20.0 << 19920LL;
    QTest::newRow("0%") << 24900LL << 0.0 << 24900LL;
    QTest::newRow("100%") << 24900LL << 100.0 << 0LL;
    QTest::newRow("rounds half up to the cent: 15% of 0.99") << 99LL << 15.0 << 84LL;
    QTest::newRow("33% of 10.00") << 1000LL << 33.0 << 670LL;
    QTest::newRow("12.5% of 19.99") << 1999LL << 12.5 << 1749LL;
}

void TestNotificationRules::discount()
{
    QFETCH(qlonglong, price);
    QFETCH(double, percent);
    QFETCH(qlonglong, expected);
    QCOMPARE(discountedPrice(price, percent), expected);
    QCOMPARE(isPriceDrop(price, discountedPrice(price, percent)), expected < price);
}

void TestNotificationRules::savingPercent_data()
{
    QTest::addColumn<qlonglong>("oldPrice");
    QTest::addColumn<qlonglong>("newPrice");
    QTest::addColumn<int>("expected");
    QTest::newRow("20%") << 24900LL << 19920LL << 20;
    QTest::newRow("rounds down") << 300LL << 200LL << 33;
    QTest::newRow("rounds up") << 300LL << 100LL << 67;
    QTest::newRow("free") << 500LL << 0LL << 100;
    QTest::newRow("old price zero") << 0LL << 0LL << 0;
}

void TestNotificationRules::savingPercent()
{
    QFETCH(qlonglong, oldPrice);
    QFETCH(qlonglong, newPrice);
    QFETCH(int, expected);
    QCOMPARE(notiflow::savingPercent(oldPrice, newPrice), expected);
}

void TestNotificationRules::segments_data()
{
    QTest::addColumn<Segment>("segment");
    QTest::addColumn<bool>("eligible");
    QTest::newRow("bronze") << Segment::Bronze << false;
    QTest::newRow("silver") << Segment::Silver << false;
    QTest::newRow("gold") << Segment::Gold << true;
    QTest::newRow("platinum") << Segment::Platinum << true;
}

void TestNotificationRules::segments()
{
    QFETCH(Segment, segment);
    QFETCH(bool, eligible);
    QCOMPARE(isPriceAlertSegment(segment), eligible);
    QCOMPARE(QString::fromStdString(segmentReason(segment)).contains("qualifies"), eligible);
}

void TestNotificationRules::outstandingItems()
{
    Order order;
    order.id = "O";
    order.lineItems = { { "A", 1, 100, OrderStatus::Shipped, "t" }, { "B", 1, 100, OrderStatus::Pending, {} },
        { "C", 1, 100, OrderStatus::Cancelled, {} }, { "D", 1, 100, OrderStatus::Delivered, "t" },
        { "E", 1, 100, OrderStatus::Processing, {} } };
    QCOMPARE(outstandingLineItems(order), (std::vector<std::string> { "B", "E" }));
    QCOMPARE(activeLineItemCount(order), 4);
    QCOMPARE(completionReason("O", { "B", "E" }, 4), std::string("order O: 2 of 4 items still to ship (B, E)"));
    QCOMPARE(completionReason("O", {}, 4), std::string("order O: all 4 items have shipped"));
}

void TestNotificationRules::money_data()
{
    QTest::addColumn<qlonglong>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << 24900LL << "249.00";
    QTest::newRow("cents") << 1999LL << "19.99";
    QTest::newRow("under a dollar") << 5LL << "0.05";
    QTest::newRow("zero") << 0LL << "0.00";
    QTest::newRow("negative") << -150LL << "-1.50";
    QTest::newRow("large") << 123456789012LL << "1234567890.12";
}

void TestNotificationRules::money()
{
    QFETCH(qlonglong, cents);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(formatMoney(cents)), text);
    QCOMPARE(centsFromDecimal(text.toDouble()), cents);
}

QTEST_GUILESS_MAIN(TestNotificationRules)
#include "tst_notificationrules.moc"
