// The one registry of rules: a table code can enumerate, exactly the rules the runs record, and each outcome
// worded once so that both architectures record the same rule with the same reason.
#include "notificationrules.h"
#include "rule.h"
#include "support/fixtures.h"

#include <QRegularExpression>
#include <QTest>
#include <map>
#include <set>
#include <tuple>

using namespace notiflow;
using namespace notiflow::test;

Q_DECLARE_METATYPE(notiflow::Rule)
Q_DECLARE_METATYPE(notiflow::NotificationType)

namespace {
// The built-in data set with a cart whose customer does not exist, so that customer.exists is evaluated too.
DataSet dataWithDanglingCart()
{
    DataSet data = defaultData();
    data.carts.push_back({ "CUST-404", { { "PROD-001", 1, "2026-01-01T00:00:00Z" } }, "2026-01-01T00:00:00Z" });
    return data;
}

QString describe(const RuleOutcome& outcome)
{
    return QStringLiteral("%1 %2: %3")
        .arg(QString::fromUtf8(ruleId(outcome.rule).data()), outcome.passed ? "passed" : "failed",
            QString::fromStdString(outcome.reason));
}
} // namespace

class TestRule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tableFollowsTheEnum();
    void idsAreUniqueAndWellFormed();
    void servedTypes_data();
    void servedTypes();
    void runsRecordExactlyTheRegisteredRules();
    void bothArchitecturesWordARuleAlike_data();
    void bothArchitecturesWordARuleAlike();
    void outcomes_data();
    void outcomes();
};

void TestRule::tableFollowsTheEnum()
{
    QCOMPARE(int(allRules().size()), ruleCount);
    for (int i = 0; i < ruleCount; ++i) {
        const auto rule = static_cast<Rule>(i);
        QCOMPARE(allRules()[std::size_t(i)].rule, rule);
        QCOMPARE(&ruleInfo(rule), &allRules()[std::size_t(i)]);
        QCOMPARE(ruleId(rule), allRules()[std::size_t(i)].id);
    }
}

void TestRule::idsAreUniqueAndWellFormed()
{
    const QRegularExpression shape(QStringLiteral("^[a-z_]+\\.[a-z_]+$"));
    std::set<std::string_view> seen;
    for (const RuleInfo& info : allRules()) {
        const QString id = QString::fromUtf8(info.id.data(), qsizetype(info.id.size()));
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(seen.insert(info.id).second, qPrintable(id + " is listed twice"));
        QVERIFY2(!info.checks.empty(), qPrintable(id + " does not say what it checks"));
        QVERIFY2(info.servedTypes != 0, qPrintable(id + " serves no notification type"));
        QCOMPARE(info.servedTypes >> notificationTypeCount, 0u);
    }
}

void TestRule::servedTypes_data()
{
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<NotificationType>("type");
    QTest::addColumn<bool>("serves");
    using T = NotificationType;
    QTest::newRow("segment serves price drops") << Rule::PriceDropSegment << T::PriceDropAlert << true;
    QTest::newRow("segment does not serve promotions") << Rule::PriceDropSegment << T::PromotionAvailable << false;
    QTest::newRow("status serves shipped") << Rule::OrderUpdateStatusNotifies << T::OrderShipped << true;
    QTest::newRow("status serves delivered") << Rule::OrderUpdateStatusNotifies << T::OrderDelivered << true;
    QTest::newRow("status does not serve complete") << Rule::OrderUpdateStatusNotifies << T::OrderComplete << false;
    QTest::newRow("routing serves every type") << Rule::ChannelsRoute << T::PromotionAvailable << true;
    QTest::newRow("a customer record serves every type") << Rule::CustomerExists << T::PaymentFailed << true;
    QTest::newRow("failure rule serves failures") << Rule::PaymentNotifyOnFailure << T::PaymentFailed << true;
    QTest::newRow("failure rule not successes") << Rule::PaymentNotifyOnFailure << T::PaymentSuccess << false;
}

void TestRule::servedTypes()
{
    QFETCH(Rule, rule);
    QFETCH(NotificationType, type);
    QFETCH(bool, serves);
    QCOMPARE(ruleInfo(rule).serves(type), serves);
}

void TestRule::runsRecordExactlyTheRegisteredRules()
{
    std::set<std::string> registered;
    for (const RuleInfo& info : allRules())
        registered.emplace(info.id);
    std::set<std::string> recorded;
    const auto collect = [&](const DataSet& data, const std::string& scenario) {
        const Comparison c = compareArchitectures(data, builtinScenario(scenario));
        for (const Run* run : { &c.eventSourced, &c.apiDriven }) {
            for (const Decision& d : run->decisions) {
                QVERIFY2(registered.contains(d.rule), qPrintable(QString::fromStdString(d.rule)));
                recorded.insert(d.rule);
            }
        }
    };
    for (const std::string& scenario : builtinScenarioIds())
        collect(defaultData(), scenario);
    collect(dataWithDanglingCart(), "price-drop");
    // Every registered rule is evaluated by some run: the registry holds no rule the engine has stopped using.
    QCOMPARE(recorded, registered);
}

void TestRule::bothArchitecturesWordARuleAlike_data()
{
    addBuiltinScenarioRows();
}

void TestRule::bothArchitecturesWordARuleAlike()
{
    // Where both architectures evaluate a rule for the same subject, they record the same outcome and reason:
    // what differs is only the component that evaluated it.
    QFETCH(QString, scenario);
    const Comparison c = compareArchitectures(defaultData(), builtinScenario(scenario.toStdString()));
    using Key = std::tuple<int, std::string, std::string>; // action, rule, subject
    std::map<Key, std::vector<std::pair<bool, std::string>>> eventSourced;
    for (const Decision& d : c.eventSourced.decisions)
        eventSourced[{ d.action, d.rule, d.subject }].emplace_back(d.passed, d.reason);
    int compared = 0;
    for (const Decision& d : c.apiDriven.decisions) {
        const auto other = eventSourced.find({ d.action, d.rule, d.subject });
        if (other == eventSourced.end())
            continue;
        const bool sameOutcome
            = std::find(other->second.begin(), other->second.end(), std::pair(d.passed, d.reason.str()))
            != other->second.end();
        QVERIFY2(sameOutcome,
            qPrintable(QString::fromStdString(d.rule.str() + " for " + d.subject + ": " + d.reason.str())));
        ++compared;
    }
    QVERIFY(compared > 0);
}

void TestRule::outcomes_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const RuleOutcome& outcome, const char* expected) {
        QTest::newRow(name) << describe(outcome) << QString::fromUtf8(expected);
    };
    using S = OrderStatus;
    row("ship from pending", orderTransition(Rule::OrderCanShip, "O-1", S::Pending, S::Shipped),
        "order.can_ship passed: order O-1 is PENDING, so it can become SHIPPED");
    row("deliver from pending", orderTransition(Rule::OrderCanDeliver, "O-1", S::Pending, S::Delivered),
        "order.can_deliver failed: order O-1 is PENDING, so it cannot become DELIVERED");
    row("missing order", orderMissing(Rule::OrderCanShip, "O-9"), "order.can_ship failed: order O-9 does not exist");
    row("ship an item twice", lineItemCanShip("O-1", "P-1", S::Shipped),
        "line_item.can_ship failed: P-1 in order O-1 is SHIPPED, so shipping it again changes nothing");
    row("same price", priceChanged(1999, 1999), "price.changed failed: the price stays 19.99: nothing to do");
    row("lower price", priceIsLower(1999, 1499), "price_drop.is_lower passed: the new price 14.99 is lower");
    row("cancelled is not told", statusNotifies("O-1", S::Cancelled),
        "order_update.status_notifies failed: order O-1 became CANCELLED, which customers are not told about");
    row("one item still to ship", allItemsShipped("O-1", { "P-2" }, 3),
        "order_complete.all_items_shipped failed: order O-1: 1 of 3 items still to ship (P-2)");
    row("failed payment", paymentNotifies(PaymentStatus::Failed),
        "payment.notify_on_failure passed: a failed payment is always reported to the customer");
    row("silver segment", priceDropSegment(Segment::Silver),
        "price_drop.segment failed: segment silver is not gold or platinum");
    row("no preferences for promotions", promotionOptedIn(routeChannels(PreferenceCategory::Promotions, nullptr)),
        "promotion.opted_in failed: no preference record, and promotions are opt-in");
    row("caller's channels", channelsChosenByCaller({ Channel::Sms }),
        "channels.route passed: the caller chose the channels itself");
}

void TestRule::outcomes()
{
    QFETCH(QString, outcome);
    QFETCH(QString, expected);
    QCOMPARE(outcome, expected);
}

QTEST_GUILESS_MAIN(TestRule)
#include "tst_rule.moc"
