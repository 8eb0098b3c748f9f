// The dockable panels show what the run holds at a given playhead: notifications up to it, the verdict at the
// end, the decision chain of the selected customer, the step details, and the metrics as Run::metrics has them.
#include "io/datasetloader.h"
#include "io/scenarioloader.h"
#include "painting/charts/chipgridchart.h"
#include "painting/charts/dependencymatrixchart.h"
#include "painting/charts/pairedbarchart.h"
#include "painting/charts/syncchainchart.h"
#include "painting/models/decisionchainmodel.h"
#include "painting/models/notificationsmodel.h"
#include "painting/session/replaysession.h"
#include "support/fixtures.h"
#include "support/sourcetree.h"
#include "widgets/panels/metricspanel.h"
#include "widgets/panels/notificationspanel.h"
#include "widgets/panels/stepdetailspanel.h"
#include "widgets/panels/whypanel.h"
#include "widgets/views/chartwidget.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <filesystem>

using namespace notiflow;
using namespace notiflow::ui;

class TestPanels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void notificationsFollowThePlayhead();
    void notificationsVerdictAtTheEnd();
    void notificationsColumnsFitTheirContent_data();
    void notificationsColumnsFitTheirContent();
    void notificationsVerdictListsDifferences();
    void clickingARecipientSelectsTheCustomer();
    void whyFollowsTheSelectedCustomer();
    void stepDetailsFollowPlayheadAndSelection();
    void metricsShowTheFixture();
    void metricsWrapRatherThanCut();
    void priceDropMetricsFromTheEngine();
    void priceDropPanelsFromTheEngine();
};

void TestPanels::notificationsFollowThePlayhead()
{
    ReplaySession session;
    NotificationsPanel panel(&session);
    session.setComparison(test::priceDropComparison());
    QCOMPARE(panel.model(Architecture::EventSourced)->rowCount(), 0);
    session.seekToStep(Architecture::EventSourced, 10);
    QCOMPARE(session.currentStep(Architecture::EventSourced), 10);
    QCOMPARE(panel.model(Architecture::EventSourced)->rowCount(), 1);
    QCOMPARE(panel.model(Architecture::ApiDriven)->rowCount(),
        NotificationsModel::sentUpTo(session.comparison()->apiDriven, session.currentStep(Architecture::ApiDriven)));
    QVERIFY(panel.verdictText().contains(QStringLiteral("end of the run")));
    session.goToEnd();
    QCOMPARE(panel.model(Architecture::EventSourced)->rowCount(), 2);
    QCOMPARE(panel.model(Architecture::ApiDriven)->rowCount(), 2);
    session.goToStart();
    QCOMPARE(panel.model(Architecture::EventSourced)->rowCount(), 0);
}

void TestPanels::notificationsVerdictAtTheEnd()
{
    ReplaySession session;
    NotificationsPanel panel(&session);
    session.setComparison(test::priceDropComparison(true));
    session.goToEnd();
    QVERIFY(panel.verdictText().startsWith(QStringLiteral("Same notifications.")));
}

void TestPanels::notificationsColumnsFitTheirContent_data()
{
    QTest::addColumn<QString>("scenario");
    for (const char* id : { "price-drop", "order-complete", "promotion", "payment-failed" })
        QTest::newRow(id) << QString::fromLatin1(id);
}

// The table needed sideways scrolling and cut its columns at fixed widths: type, channel and recipient are as wide
// as their longest entry in the whole run, the subject takes the rest.
void TestPanels::notificationsColumnsFitTheirContent()
{
    QFETCH(QString, scenario);
    ReplaySession session;
    NotificationsPanel panel(&session);
    panel.resize(1400, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    session.setComparison(std::make_shared<Comparison>(
        compareArchitectures(test::defaultData(), test::builtinScenario(scenario.toStdString()))));
    session.goToEnd();
    for (Architecture arch : allArchitectures) {
        QTableView* view = panel.view(arch);
        QVERIFY(view->model()->rowCount() > 0);
        for (const int column : { NotificationsModel::TypeColumn, NotificationsModel::ChannelColumn,
                 NotificationsModel::RecipientColumn }) {
            // What the view itself would need for every row and the header.
            const int needed = std::max(static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column),
                view->horizontalHeader()->sectionSizeHint(column));
            QVERIFY2(view->columnWidth(column) >= needed,
                qPrintable(
                    QStringLiteral("column %1: %2 < %3").arg(column).arg(view->columnWidth(column)).arg(needed)));
        }
        QVERIFY(view->horizontalHeader()->stretchLastSection());
    }
}

void TestPanels::notificationsVerdictListsDifferences()
{
    ReplaySession session;
    NotificationsPanel panel(&session);
    session.setComparison(test::priceDropComparison(false));
    session.goToEnd();
    const QString verdict = panel.verdictText();
    QVERIFY2(verdict.startsWith(QStringLiteral("Different notifications.")), qPrintable(verdict));
    QVERIFY(verdict.contains(QStringLiteral("event_sourced only: PRICE_DROP_ALERT sms to +15550001")));
}

void TestPanels::clickingARecipientSelectsTheCustomer()
{
    ReplaySession session;
    NotificationsPanel panel(&session);
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    session.setComparison(test::priceDropComparison());
    session.goToEnd();
    QSignalSpy customer(&session, &ReplaySession::selectedCustomerChanged);
    QTableView* view = panel.view(Architecture::ApiDriven);
    const QModelIndex recipient = view->model()->index(0, NotificationsModel::RecipientColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(recipient).center());
    QCOMPARE(customer.count(), 1);
    QCOMPARE(session.selectedCustomer(), QStringLiteral("C-001"));
    QVERIFY(panel.messageText().contains(QStringLiteral("Price drop: Trail Kettle now 36.00")));
    QVERIFY(panel.messageText().contains(QStringLiteral("save 9.00")));
}

void TestPanels::whyFollowsTheSelectedCustomer()
{
    ReplaySession session;
    WhyPanel panel(&session);
    session.setComparison(test::priceDropComparison());
    session.goToEnd();
    session.selectCustomer(QStringLiteral("C-002"));
    QCOMPARE(panel.model(Architecture::EventSourced)->subject(), QStringLiteral("C-002"));
    QCOMPARE(
        panel.model(Architecture::ApiDriven)->decidingComponents(), QStringList { QStringLiteral("Pricing service") });
    QCOMPARE(panel.model(Architecture::EventSourced)->decidingComponents(),
        QStringList { QStringLiteral("Notification service") });
    QVERIFY(panel.summaryText(Architecture::ApiDriven).contains(QStringLiteral("not notified")));
    QCOMPARE(panel.subjectBox()->currentData().toString(), QStringLiteral("C-002"));

    // Choosing in the box selects the customer in the session.
    const int row = panel.subjectBox()->findData(QStringLiteral("C-001"));
    QVERIFY(row >= 0);
    QVERIFY(panel.subjectBox()->itemText(row).contains(QStringLiteral("ana@example.org")));
    panel.subjectBox()->setCurrentIndex(row);
    Q_EMIT panel.subjectBox()->activated(row);
    QCOMPARE(session.selectedCustomer(), QStringLiteral("C-001"));
    QVERIFY(panel.summaryText(Architecture::EventSourced).contains(QStringLiteral("2 messages sent")));
}

void TestPanels::stepDetailsFollowPlayheadAndSelection()
{
    ReplaySession session;
    StepDetailsPanel panel(&session);
    session.setComparison(test::priceDropComparison());
    session.seekToStep(Architecture::EventSourced, 2);
    QCOMPARE(panel.shownStep(), 2);
    QVERIFY(panel.headerText().contains(QStringLiteral("Pricing service → Event bus")));
    QVERIFY(panel.headerText().contains(QStringLiteral("Publish (asynchronous)")));
    QVERIFY(panel.detailText().contains(QStringLiteral("\"old_price\": 45.0")));

    // A clicked step on the other side is shown until the playhead moves.
    session.selectStep(Architecture::ApiDriven, 8);
    QCOMPARE(panel.shownSide(), Architecture::ApiDriven);
    QCOMPARE(panel.shownStep(), 8);
    QVERIFY(!panel.isFollowingPlayhead());
    QVERIFY(panel.detailText().contains(QStringLiteral("\"notification_type\": \"PRICE_DROP_ALERT\"")));
    session.goToEnd();
    QVERIFY(panel.isFollowingPlayhead());
    QCOMPARE(panel.shownStep(), session.currentStep(Architecture::ApiDriven));
}

void TestPanels::metricsShowTheFixture()
{
    ReplaySession session;
    MetricsPanel panel(&session);
    session.setComparison(test::priceDropComparison());
    const PairedBarChart::Row* pricing = panel.couplingChart().row(QStringLiteral("Pricing service"));
    QVERIFY(pricing);
    QCOMPARE(pricing->values.at(0)[0].value(), 1.0); // Ce, event-sourced
    QCOMPARE(pricing->values.at(0)[1].value(), 5.0); // Ce, API-driven
    QVERIFY(!panel.couplingChart().row(QStringLiteral("Notification API"))->values.at(0)[0].has_value());
    const ChipGridChart::Row* rule = panel.ruleImpactChart().row(QStringLiteral("price_drop.segment"));
    QVERIFY(rule);
    QCOMPARE(rule->chips[0].value(), QStringList { QStringLiteral("Notification service") });
    QCOMPARE(rule->chips[1].value(), QStringList { QStringLiteral("Pricing service") });
    QCOMPARE(panel.dependencyMatrix().count(Architecture::ApiDriven, Component::PricingService, Component::Carts), 1);
    QCOMPARE(
        panel.dependencyMatrix().count(Architecture::EventSourced, Component::PricingService, Component::Carts), 0);
    QCOMPARE(panel.syncChainChart().side(Architecture::ApiDriven).depth, 3);
    QVERIFY(panel.syncChainChart().summary().contains(QStringLiteral("99.20%")));
}

// The default data set and a built-in scenario, read from the source tree and run by the engine.
static std::shared_ptr<const Comparison> builtinComparison(const QString& id)
{
    const std::filesystem::path data(notiflow::test::sourceDataDir());
    const DataSet dataSet = loadDataSetFolder(data);
    const Scenario scenario = loadScenarioFile(data / "scenarios" / (id.toStdString() + ".json"));
    return std::make_shared<const Comparison>(compareArchitectures(dataSet, scenario));
}

// The Coupling Metrics dock cut "Ce: dep…", "Instabili…", "API-driven (lowe", "not in this architect": each chart
// knows the width at which every label is whole on one line, and narrower it grows taller (wraps) instead.
void TestPanels::metricsWrapRatherThanCut()
{
    ReplaySession session;
    MetricsPanel panel(&session);
    session.setComparison(test::priceDropComparison());
    const ChartStyle style { PanelPalette(panel.palette()), panel.font() };
    for (ChartWidget* widget : panel.chartWidgets()) {
        const MetricsChart* chart = widget->chart();
        const int preferred = chart->preferredWidth(style);
        QVERIFY2(preferred > 0, qPrintable(chart->title()));
        QVERIFY(widget->sizeHint().width() >= preferred);
        if (dynamic_cast<const DependencyMatrixChart*>(chart))
            continue; // it cuts nothing at any width: its cells shrink to a legible minimum instead
        QVERIFY2(chart->heightForWidth(preferred / 2, style) >= chart->heightForWidth(preferred, style),
            qPrintable(chart->title()));
    }
    QVERIFY(panel.sizeHint().width() >= panel.chartWidgets().constFirst()->sizeHint().width());
    // The coupling chart's measure titles and the legend wrap at half its width.
    const MetricsChart* coupling = panel.chartWidgets().constFirst()->chart();
    const int preferred = coupling->preferredWidth(style);
    QVERIFY(coupling->heightForWidth(preferred / 2, style) > coupling->heightForWidth(preferred, style));
    QCOMPARE(coupling->heightForWidth(preferred * 2, style), coupling->heightForWidth(preferred, style));
}

void TestPanels::priceDropMetricsFromTheEngine()
{
    ReplaySession session;
    MetricsPanel panel(&session);
    const auto cmp = builtinComparison(QStringLiteral("price-drop"));
    QVERIFY(cmp);
    session.setComparison(cmp);
    session.goToEnd();
    // The lesson of price-drop: API-driven pricing queries carts, customers and preferences; event-sourced none.
    const ChipGridChart::Row* pricing = panel.foreignDomainsChart().row(QStringLiteral("Pricing service"));
    QVERIFY(pricing);
    QVERIFY(pricing->chips[1].has_value());
    QStringList apiDomains = *pricing->chips[1];
    apiDomains.sort();
    QCOMPARE(apiDomains,
        (QStringList { QStringLiteral("Carts"), QStringLiteral("Customers"), QStringLiteral("Preferences") }));
    QVERIFY(pricing->chips[0].has_value());
    QVERIFY(pricing->chips[0]->isEmpty());
    QVERIFY(panel.foreignDomainsChart().summary().contains(
        QStringLiteral("Pricing service (Event-sourced: none; API-driven: ")));

    // The charts hold exactly Run::metrics.
    const auto& esMetrics
        = cmp->eventSourced.metrics.components[static_cast<std::size_t>(indexOf(Component::PricingService))];
    const auto& adMetrics
        = cmp->apiDriven.metrics.components[static_cast<std::size_t>(indexOf(Component::PricingService))];
    const PairedBarChart::Row* coupling = panel.couplingChart().row(QStringLiteral("Pricing service"));
    QVERIFY(coupling);
    QCOMPARE(coupling->values.at(0)[0].value(), double(esMetrics.efferent));
    QCOMPARE(coupling->values.at(0)[1].value(), double(adMetrics.efferent));
    QCOMPARE(coupling->values.at(2)[1].value(), adMetrics.instability);
    QCOMPARE(panel.syncChainChart().side(Architecture::ApiDriven).depth, cmp->apiDriven.metrics.syncChainDepth);
    QCOMPARE(panel.syncChainChart().side(Architecture::EventSourced).availabilityCeiling,
        cmp->eventSourced.metrics.availabilityCeiling);
    const auto carts = static_cast<std::size_t>(indexOf(Component::Carts));
    const auto pricingIndex = static_cast<std::size_t>(indexOf(Component::PricingService));
    QCOMPARE(panel.dependencyMatrix().count(Architecture::ApiDriven, Component::PricingService, Component::Carts),
        cmp->apiDriven.metrics.dependencies[pricingIndex][carts]);
    QVERIFY(panel.dependencyMatrix().count(Architecture::ApiDriven, Component::PricingService, Component::Carts) > 0);
    // The eligibility rules moved: the API-driven pricing service evaluates them, the event-sourced one none.
    for (const char* rule : { "price_drop.in_cart", "price_drop.opted_in", "price_drop.segment" }) {
        const ChipGridChart::Row* row = panel.ruleImpactChart().row(QString::fromLatin1(rule));
        QVERIFY2(row, rule);
        QVERIFY(row->chips[1] && row->chips[1]->contains(QStringLiteral("Pricing service")));
        QVERIFY(row->chips[0] && !row->chips[0]->contains(QStringLiteral("Pricing service")));
    }
}

void TestPanels::priceDropPanelsFromTheEngine()
{
    ReplaySession session;
    NotificationsPanel notifications(&session);
    WhyPanel why(&session);
    StepDetailsPanel details(&session);
    const auto cmp = builtinComparison(QStringLiteral("price-drop"));
    QVERIFY(cmp);
    session.setComparison(cmp);
    session.goToEnd();
    for (Architecture arch : allArchitectures)
        QCOMPARE(notifications.model(arch)->rowCount(), static_cast<int>(cmp->run(arch).notifications.size()));
    QVERIFY(cmp->sameNotifications);
    QVERIFY(notifications.verdictText().startsWith(QStringLiteral("Same notifications.")));

    // Every customer with a failed eligibility decision in the API-driven run gets a chain ending in "no message".
    const auto failed = std::find_if(cmp->apiDriven.decisions.begin(), cmp->apiDriven.decisions.end(),
        [](const Decision& d) { return !d.passed && d.component == Component::PricingService; });
    QVERIFY(failed != cmp->apiDriven.decisions.end());
    session.selectCustomer(QString::fromStdString(failed->subject));
    DecisionChainModel* chain = why.model(Architecture::ApiDriven);
    QVERIFY(chain->rowCount() >= 2);
    QVERIFY(chain->decidingComponents().contains(QStringLiteral("Pricing service")));
    QVERIFY(!why.model(Architecture::EventSourced)->decidingComponents().contains(QStringLiteral("Pricing service")));

    // Halfway, the details show the current step of the chosen side.
    session.setPlayhead(session.timeline().duration() / 2);
    QCOMPARE(details.shownStep(), session.currentStep(details.shownSide()));
    QVERIFY(!details.headerText().isEmpty());
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
