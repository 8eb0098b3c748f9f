// The live session as a window replays it: direct calls to the notification API are kept (only when asked for), in
// the order they arrived among the domain actions, in the API-driven run alone; the actions' steps stay exactly as
// the engine recorded them, renumbered; the whole stays a well-formed run; a reset empties it.
#include "dispatchcall.h"
#include "serverfixture.h"

#include <QTest>

using namespace notiflow;
using namespace notiflow::server;
using namespace notiflow::test;
using nlohmann::json;

namespace {

std::shared_ptr<const ApiContext> recordingContext(bool recordsDirectCalls)
{
    auto context = std::make_shared<ApiContext>(*defaultApiContext());
    context->live = std::make_shared<LiveSession>(context->data);
    context->live->setRecordsDirectCalls(recordsDirectCalls);
    return context;
}

struct Request {
    std::string path;
    std::string body;
};

Request requestOf(const QString& code)
{
    if (code == QLatin1String("ship"))
        return { "/actions/ship_order", R"({"order_id": "ORD-001"})" };
    if (code == QLatin1String("price"))
        return { "/actions/update_price", R"({"product_id": "PROD-001", "new_price": 99.0})" };
    if (code == QLatin1String("notify"))
        return {
            "/notify",
            R"({"notification_type": "ORDER_SHIPPED", "customer_id": "CUST-001", "context": {"order_id": "ORD-001", "item_count": 2, "total_amount": 349.98}})"
        };
    if (code == QLatin1String("notify404"))
        return { "/notify", R"({"notification_type": "ORDER_SHIPPED", "customer_id": "CUST-999", "context": {}})" };
    if (code == QLatin1String("bulk"))
        return { "/notify/bulk",
            R"({"notification_type": "PROMOTION_AVAILABLE", "customer_ids": ["CUST-001", "CUST-002", "CUST-404"],
                "context": {"promotion_name": "Spring", "description": "d", "end_date": "2026-04-30"}})" };
    return {};
}

bool isDirect(const QString& code)
{
    return code.startsWith(QLatin1String("notify")) || code == QLatin1String("bulk");
}

// Messages a direct call's answer says were sent.
int sentIn(const json& body)
{
    int sent = 0;
    const auto count = [&sent](const json& results) {
        for (const json& r : results)
            sent += r.at("success").get<bool>() ? 1 : 0;
    };
    if (body.contains("total_customers")) {
        for (const json& customer : body.at("results"))
            count(customer.at("results"));
    } else if (body.contains("results")) {
        count(body.at("results"));
    }
    return sent;
}

std::pair<int, int> stepsOf(const Run& run, int action)
{
    const int first = run.actionFirstStep[static_cast<std::size_t>(action)];
    const int last = action + 1 < static_cast<int>(run.actionFirstStep.size())
        ? run.actionFirstStep[static_cast<std::size_t>(action) + 1]
        : static_cast<int>(run.steps.size());
    return { first, last };
}

QString shapeOf(const NarratedStep& s)
{
    return QStringLiteral("%1 %2>%3 %4 | %5")
        .arg(QString::fromLatin1(stepKindId(s.kind)), QString::fromStdString(std::string(componentId(s.from))),
            QString::fromStdString(std::string(componentId(s.to))), QString::fromStdString(toStdString(s.label)),
            QString::fromStdString(s.caption));
}

// What every run the window replays must be: indices in order, parents before children and in the same action,
// actions in order and in time, notifications and decisions on steps of their own action.
void checkWellFormed(const Run& run, int actions)
{
    QCOMPARE(static_cast<int>(run.actionFirstStep.size()), actions);
    QCOMPARE(static_cast<int>(run.actionStartMs.size()), actions);
    for (int a = 0; a < actions; ++a) {
        const auto [first, last] = stepsOf(run, a);
        QVERIFY(first <= last);
        if (a > 0)
            QVERIFY(
                run.actionStartMs[static_cast<std::size_t>(a)] >= run.actionStartMs[static_cast<std::size_t>(a) - 1]);
        for (int i = first; i < last; ++i) {
            const Step& s = run.steps[static_cast<std::size_t>(i)];
            QCOMPARE(s.index, i);
            QCOMPARE(s.action, a);
            QVERIFY(s.atMs >= run.actionStartMs[static_cast<std::size_t>(a)]);
            if (s.parent >= 0) {
                QVERIFY(s.parent < i);
                QCOMPARE(run.steps[static_cast<std::size_t>(s.parent)].action, a);
            }
        }
    }
    for (const SentNotification& n : run.notifications) {
        QVERIFY(n.step >= 0 && n.step < static_cast<int>(run.steps.size()));
        QCOMPARE(run.steps[static_cast<std::size_t>(n.step)].action, n.action);
        QCOMPARE(run.steps[static_cast<std::size_t>(n.step)].kind, StepKind::Send);
    }
    for (const Decision& d : run.decisions) {
        QVERIFY(d.step >= 0 && d.step < static_cast<int>(run.steps.size()));
        QCOMPARE(run.steps[static_cast<std::size_t>(d.step)].action, d.action);
    }
}

} // namespace

class TestLiveReplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void directCallsOnlyWhenAsked();
    void replayKeepsTheOrder_data();
    void replayKeepsTheOrder();
    void resetEmptiesTheReplay();
};

void TestLiveReplay::directCallsOnlyWhenAsked()
{
    const auto context = recordingContext(false);
    Dispatcher d(context, unlimited());
    const Request notify = requestOf(QStringLiteral("notify"));
    const Reply r = call(d, "POST", notify.path, notify.body);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.deferred); // answered on the serving thread, as before: nothing to keep
    const auto state = context->live->state();
    QVERIFY(state.replay->scenario.actions.empty());
    QCOMPARE(state.replay.get(), state.comparison.get());
    QCOMPARE(state.revision, std::uint64_t(0));

    context->live->setRecordsDirectCalls(true);
    const Reply kept = call(d, "POST", notify.path, notify.body);
    QCOMPARE(kept.status, 200);
    QVERIFY(kept.deferred); // recorded away from the serving thread
    QCOMPARE(context->live->state().replay->scenario.actions.size(), std::size_t(1));
    QCOMPARE(context->live->state().revision, std::uint64_t(1));
    COMPARE_JSON(kept.body.at("results"), r.body.at("results")); // the answer does not change
}

void TestLiveReplay::replayKeepsTheOrder_data()
{
    QTest::addColumn<QStringList>("requests");
    QTest::newRow("one action") << QStringList { "ship" };
    QTest::newRow("one direct call") << QStringList { "notify" };
    QTest::newRow("direct call first") << QStringList { "notify", "ship" };
    QTest::newRow("between two actions") << QStringList { "ship", "notify", "price" };
    QTest::newRow("unknown customer") << QStringList { "ship", "notify404", "ship" };
    QTest::newRow("bulk") << QStringList { "price", "bulk", "notify", "ship" };
}

void TestLiveReplay::replayKeepsTheOrder()
{
    QFETCH(QStringList, requests);
    const auto context = recordingContext(true);
    Dispatcher d(context, unlimited());
    int directlySent = 0;
    std::vector<int> actionOfEntry; // per entry, its index among the domain actions, or -1
    int domainActions = 0;
    for (const QString& code : requests) {
        const Request request = requestOf(code);
        const Reply r = call(d, "POST", request.path, request.body);
        QVERIFY2(r.status == 200 || code == QLatin1String("notify404"), r.text.c_str());
        directlySent += isDirect(code) ? sentIn(r.body) : 0;
        if (code == QLatin1String("notify"))
            QVERIFY(sentIn(r.body) > 0); // CUST-001 takes email and SMS: the check below counts real messages
        actionOfEntry.push_back(isDirect(code) ? -1 : domainActions++);
    }
    const auto state = context->live->state();
    const Comparison& replay = *state.replay;
    const Comparison& actions = *state.comparison;
    const int entries = static_cast<int>(requests.size());
    QCOMPARE(static_cast<int>(replay.scenario.actions.size()), entries);
    QCOMPARE(static_cast<int>(actions.scenario.actions.size()), domainActions);
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
        checkWellFormed(replay.run(side), entries);
        if (QTest::currentTestFailed())
            return;
    }

    for (int e = 0; e < entries; ++e) {
        const int action = actionOfEntry[static_cast<std::size_t>(e)];
        if (action >= 0) {
            // A domain action: both runs show exactly the steps the engine recorded for it.
            for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
                const auto [first, last] = stepsOf(replay.run(side), e);
                const auto [ofirst, olast] = stepsOf(actions.run(side), action);
                QCOMPARE(last - first, olast - ofirst);
                for (int i = 0; i < last - first; ++i) {
                    const NarratedStep shown = replay.run(side).stepWithText(first + i);
                    const NarratedStep recorded = actions.run(side).stepWithText(ofirst + i);
                    QCOMPARE(shapeOf(shown), shapeOf(recorded));
                    QCOMPARE(shown.parent < 0, recorded.parent < 0);
                    if (recorded.parent >= 0)
                        QCOMPARE(shown.parent - first, recorded.parent - ofirst);
                }
            }
            QCOMPARE(replay.scenario.actions[static_cast<std::size_t>(e)].type,
                actions.scenario.actions[static_cast<std::size_t>(action)].type);
            continue;
        }
        // A direct call: nothing happens in the event-sourced run; in the API-driven one the outside world calls
        // the notification API, and everything the API did hangs under that call.
        const auto [esFirst, esLast] = stepsOf(replay.eventSourced, e);
        QCOMPARE(esLast - esFirst, 0);
        const auto [first, last] = stepsOf(replay.apiDriven, e);
        QVERIFY(last > first);
        const Step& trigger = replay.apiDriven.steps[static_cast<std::size_t>(first)];
        QCOMPARE(trigger.kind, StepKind::Trigger);
        QCOMPARE(trigger.from, Component::OutsideWorld);
        QCOMPARE(trigger.to, Component::NotificationApi);
        QVERIFY(QString::fromStdString(toStdString(trigger.label)).startsWith(QLatin1String("POST /notify")));
        for (int i = first + 1; i < last; ++i)
            QVERIFY(replay.apiDriven.steps[static_cast<std::size_t>(i)].parent >= first);
        QVERIFY(QString::fromStdString(describeAction(replay.scenario.actions[static_cast<std::size_t>(e)]))
                    .startsWith(QLatin1String("POST /notify")));
    }
    // Every message the direct calls answered as sent is in the API-driven run, besides those of the actions; the
    // event-sourced run sent only what its actions did.
    QCOMPARE(replay.apiDriven.notifications.size(), actions.apiDriven.notifications.size() + directlySent);
    QCOMPARE(replay.eventSourced.notifications.size(), actions.eventSourced.notifications.size());
    QCOMPARE(replay.sameNotifications, directlySent == 0 && actions.sameNotifications);
}

void TestLiveReplay::resetEmptiesTheReplay()
{
    const auto context = recordingContext(true);
    Dispatcher d(context, unlimited());
    for (const char* code : { "ship", "notify" }) {
        const Request request = requestOf(QString::fromLatin1(code));
        QCOMPARE(call(d, "POST", request.path, request.body).status, 200);
    }
    QCOMPARE(context->live->state().replay->scenario.actions.size(), std::size_t(2));
    const std::uint64_t before = context->live->state().revision;
    QCOMPARE(call(d, "POST", "/reset").status, 200);
    const auto state = context->live->state();
    QVERIFY(state.replay->scenario.actions.empty());
    QVERIFY(state.replay->apiDriven.steps.empty());
    QVERIFY(state.revision > before);
    // And it records again from the start.
    const Request notify = requestOf(QStringLiteral("notify"));
    QCOMPARE(call(d, "POST", notify.path, notify.body).status, 200);
    QCOMPARE(context->live->state().replay->scenario.actions.size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestLiveReplay)
#include "tst_livereplay.moc"
