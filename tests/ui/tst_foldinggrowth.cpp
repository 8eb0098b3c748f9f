// Folding a live run as it grows: a live session fed through the server's dispatcher (the requests a client sends to
// File → Live Server), shown request by request in a ReplaySession as the window shows it; the window's FoldingState
// extends each run's folding rather than folding it afresh, and after every request the folding equals a folding of
// the run from scratch, every group checks against the steps, and the groups the user expanded stay expanded.
#include "dispatchcall.h"
#include "foldingchecks.h"
#include "painting/folding/foldingstate.h"
#include "painting/session/replaysession.h"
#include "serverfixture.h"
#include "support/fixtures.h"
#include "support/sourcetree.h"

#include <QTest>
#include <fstream>
#include <set>

using namespace notiflow;
using notiflow::ui::FoldingState;
using notiflow::ui::StepFolding;

namespace {

struct Request {
    std::string path;
    std::string body;
};

// The actions of a built-in scenario as a client sends them: POST /actions/<action> with the step's parameters.
std::vector<Request> requestsOf(const std::string& scenario)
{
    std::ifstream file(notiflow::test::sourceTree() / "data" / "scenarios" / (scenario + ".json"));
    const nlohmann::json document = nlohmann::json::parse(file);
    std::vector<Request> requests;
    for (nlohmann::json step : document.at("steps")) {
        const std::string action = step.at("action").get<std::string>();
        step.erase("action");
        requests.push_back({ "/actions/" + action, step.dump() });
    }
    return requests;
}

// Calls to the notification API from outside, which the window records into the API-driven run.
const Request bulkPromotion { "/notify/bulk",
    R"({"notification_type": "PROMOTION_AVAILABLE", "customer_ids": ["CUST-001", "CUST-002", "CUST-003", "CUST-004"],
        "context": {"promotion_name": "Spring", "description": "d", "end_date": "2026-04-30"}})" };
const Request notifyShipped {
    "/notify",
    R"({"notification_type": "ORDER_SHIPPED", "customer_id": "CUST-001", "context": {"order_id": "ORD-001", "item_count": 2, "total_amount": 349.98}})"
};

} // namespace

class TestFoldingGrowth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void liveSessionFoldsAsItGrows_data();
    void liveSessionFoldsAsItGrows();
};

void TestFoldingGrowth::liveSessionFoldsAsItGrows_data()
{
    QTest::addColumn<QStringList>("scenarios"); // their actions, sent in turn; "bulk" and "notify" are direct calls
    for (const std::string& id : test::builtinScenarioIds())
        QTest::newRow(id.c_str()) << QStringList { QString::fromStdString(id) };
    QTest::newRow("price drops, shipments and direct calls")
        << QStringList { "price-drop", "bulk", "order-shipped", "price-drop", "notify", "bulk", "price-drop" };
}

void TestFoldingGrowth::liveSessionFoldsAsItGrows()
{
    QFETCH(QStringList, scenarios);
    auto context = std::make_shared<server::ApiContext>(*test::defaultApiContext());
    context->live = std::make_shared<LiveSession>(context->data);
    context->live->setRecordsDirectCalls(true); // as the window's live server does
    server::Dispatcher dispatcher(context, test::unlimited());
    ui::ReplaySession session;
    FoldingState folding(&session);
    session.setComparison(context->live->state().replay);

    std::vector<Request> requests;
    for (const QString& s : scenarios) {
        if (s == QLatin1String("bulk"))
            requests.push_back(bulkPromotion);
        else if (s == QLatin1String("notify"))
            requests.push_back(notifyShipped);
        else
            for (const Request& r : requestsOf(s.toStdString()))
                requests.push_back(r);
    }
    int groupsSeen = 0;
    for (std::size_t k = 0; k < requests.size(); ++k) {
        // Every group open before the request: those still there after it stay open, new ones come folded.
        std::set<std::pair<int, int>> opened;
        for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
            folding.setAllExpanded(side, true);
            for (const StepFolding::Group& g : folding.folding(side).groups())
                opened.insert({ static_cast<int>(side) * 1000000 + g.parent, g.firstStep });
        }
        const test::Reply reply = test::call(dispatcher, "POST", requests[k].path, requests[k].body);
        QVERIFY2(reply.status == 200, reply.text.c_str());
        const auto replay = context->live->state().replay;
        session.setComparison(replay);
        for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
            const Run& run = replay->run(side);
            const QString when = QStringLiteral("%1 after request %2 (%3)")
                                     .arg(QString::fromStdString(std::string(architectureId(side))))
                                     .arg(k + 1)
                                     .arg(QString::fromStdString(requests[k].path));
            QVERIFY2(folding.wasExtended(side), qPrintable(when));
            test::compareFoldings(folding.folding(side), StepFolding(run), when);
            int folded = 0;
            test::checkFoldedGroups(run, folding.folding(side), &folded);
            if (QTest::currentTestFailed())
                return;
            const auto& groups = folding.folding(side).groups();
            groupsSeen += static_cast<int>(groups.size());
            for (std::size_t g = 0; g < groups.size(); ++g) {
                const bool wasOpen
                    = opened.count({ static_cast<int>(side) * 1000000 + groups[g].parent, groups[g].firstStep }) > 0;
                QCOMPARE(folding.isExpanded(side, static_cast<int>(g)), wasOpen);
            }
        }
    }
    if (scenarios.contains(QLatin1String("price-drop")))
        QVERIFY(groupsSeen > 0);
    // A reset starts the run afresh: a run that had steps is folded from scratch, not extended.
    const PerArchitecture<int> stepsBefore { { folding.folding(Architecture::EventSourced).stepCount(),
        folding.folding(Architecture::ApiDriven).stepCount() } };
    QCOMPARE(test::call(dispatcher, "POST", "/reset").status, 200);
    session.setComparison(context->live->state().replay);
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
        QCOMPARE(folding.wasExtended(side), stepsBefore[side] == 0);
        QCOMPARE(folding.folding(side).stepCount(), 0);
    }
}

QTEST_GUILESS_MAIN(TestFoldingGrowth)
#include "tst_foldinggrowth.moc"
