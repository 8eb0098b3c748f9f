// The failure drill in the window: a component taken down from an action runs both architectures again with that
// fault (validated by the scenario loader), the window shows the drilled run and flips to the run without it and
// back, picking the scenario again ends the drill, and a fault the loader refuses is reported while what was shown
// stays. Outcome figures are the hand-checked ones of tst_outcome (order-shipped: one customer, email and SMS).
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "scenariorunner.h"
#include "widgets/dialogs/failuredrilldialog.h"
#include "widgets/views/architecturepane.h"
#include "widgets/views/flowview.h"
#include "widgets/window/failuredrillcontroller.h"
#include "widgets/window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace notiflow;
using namespace notiflow::ui;

Q_DECLARE_METATYPE(std::optional<notiflow::Component>)

class TestFailureDrill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void drillRerunsAndFlips_data();
    void drillRerunsAndFlips();
    void refusedFaultKeepsWhatWasShown();
    void dialogAsksForTheFault_data();
    void dialogAsksForTheFault();
    void rightClickFindsTheComponent();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString& scenario);
    Workspace m_workspace;
};

void TestFailureDrill::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_failuredrill"));
    m_workspace.loadBuiltin();
}

std::unique_ptr<MainWindow> TestFailureDrill::makeWindow(const QString& scenario)
{
    auto w = std::make_unique<MainWindow>(&m_workspace, StartOptions { scenario, -1 });
    w->setErrorDialogsEnabled(false);
    w->resize(1280, 800);
    w->show();
    return w;
}

void TestFailureDrill::drillRerunsAndFlips_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<std::optional<Component>>("component");
    QTest::addColumn<int>("policy");
    QTest::addColumn<QList<int>>("eventSourced"); // lost, delayed, duplicated
    QTest::addColumn<QList<int>>("apiDriven");
    const int drop = int(NotifyFailurePolicy::Drop);
    const int retry = int(NotifyFailurePolicy::Retry);
    // The event waits on the bus and both messages go late; the API-driven caller drops both.
    QTest::newRow("notification side down, drop")
        << "order-shipped" << std::optional<Component>() << drop << QList<int> { 0, 2, 0 } << QList<int> { 2, 0, 0 };
    // Retried until the API is back (attempts at 15, 1215 and 2615 ms; it is back at 1265): late, not lost.
    QTest::newRow("notification side down, retry")
        << "order-shipped" << std::optional<Component>() << retry << QList<int> { 0, 2, 0 } << QList<int> { 0, 2, 0 };
    // Redelivered three times, each sending the SMS again; the API answers success false for email and drops it.
    QTest::newRow("email down, drop") << "order-shipped" << std::optional<Component>(Component::Email) << drop
                                      << QList<int> { 0, 1, 3 } << QList<int> { 1, 0, 0 };
}

void TestFailureDrill::drillRerunsAndFlips()
{
    QFETCH(QString, scenario);
    QFETCH(std::optional<Component>, component);
    QFETCH(int, policy);
    QFETCH(QList<int>, eventSourced);
    QFETCH(QList<int>, apiDriven);
    auto w = makeWindow(scenario);
    ReplaySession* session = w->session();
    FailureDrillController* drill = w->failureDrill();
    const Comparison* before = session->comparison();
    QVERIFY(before && before->scenario.faults.empty());
    session->goToEnd();
    QSignalSpy changed(drill, &FailureDrillController::drillChanged);

    QVERIFY(drill->drill({ component, 0, 1, NotifyFailurePolicy(policy) }));
    QCOMPARE(changed.count(), 1);
    QVERIFY(drill->isActive());
    const Comparison* drilled = session->comparison();
    QVERIFY(drilled != before);
    QCOMPARE(drilled->scenario.id, before->scenario.id);
    QCOMPARE(drilled->scenario.faults.size(), std::size_t(1));
    QCOMPARE(drilled->scenario.policies.onNotifyFailure, NotifyFailurePolicy(policy));
    const auto figures = [](const Run& run) {
        return QList<int> { run.outcome.lost, run.outcome.delayed, run.outcome.duplicated };
    };
    QCOMPARE(figures(drilled->eventSourced), eventSourced);
    QCOMPARE(figures(drilled->apiDriven), apiDriven);
    // The playhead stays as far along as the drilled run reaches.
    QCOMPARE(session->playhead(), std::min(session->timeline().duration(), session->playhead()));

    // Flip to the run without the drill, and back: the very comparisons, not new runs.
    drill->withoutDrillAction()->trigger();
    QVERIFY(drill->showsWithoutDrill());
    QCOMPARE(session->comparison(), before);
    QVERIFY(drill->isActive());
    drill->withoutDrillAction()->trigger();
    QVERIFY(!drill->showsWithoutDrill());
    QCOMPARE(session->comparison(), drilled);

    // A second drill replaces the first on the same base: one fault, not two.
    QVERIFY(drill->drill({ component, 0, 1, NotifyFailurePolicy::FailOperation }));
    QCOMPARE(session->comparison()->scenario.faults.size(), std::size_t(1));

    // Picking the scenario again ends the drill: the fault-free run, nothing left to flip to.
    QVERIFY(w->showScenario(scenario));
    QVERIFY(!drill->isActive());
    QVERIFY(!drill->withoutDrillAction()->isEnabled());
    QVERIFY(session->comparison()->scenario.faults.empty());
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.last().at(0).toBool(), false);
}

// A fault past the last action is refused by the loader: reported, and the window keeps what it showed.
void TestFailureDrill::refusedFaultKeepsWhatWasShown()
{
    auto w = makeWindow(QStringLiteral("order-shipped"));
    const Comparison* before = w->session()->comparison();
    const int actions = int(before->scenario.actions.size());
    QVERIFY(!w->failureDrill()->drill({ Component::Email, actions - 1, 2, NotifyFailurePolicy::Drop }));
    QVERIFY(!w->failureDrill()->isActive());
    QCOMPARE(w->session()->comparison(), before);
    QVERIFY2(w->lastError().contains(QStringLiteral("to_action")), qPrintable(w->lastError()));
    QVERIFY(w->lastError().contains(QStringLiteral("failure drill")));
}

void TestFailureDrill::dialogAsksForTheFault_data()
{
    QTest::addColumn<std::optional<Component>>("clicked");
    QTest::addColumn<int>("fromAction");
    QTest::addColumn<std::optional<Component>>("component");
    QTest::addColumn<int>("longest"); // the most actions it can stay down from there
    // The notification service or API means the notification side: both runs lose it.
    QTest::newRow("notification service")
        << std::optional<Component>(Component::NotificationService) << 0 << std::optional<Component>() << 2;
    QTest::newRow("notification API") << std::optional<Component>(Component::NotificationApi) << 1
                                      << std::optional<Component>() << 1;
    QTest::newRow("email") << std::optional<Component>(Component::Email) << 0
                           << std::optional<Component>(Component::Email) << 2;
    QTest::newRow("from the menu") << std::optional<Component>() << 0 << std::optional<Component>() << 2;
    // Past the last action the dialog starts at the last one.
    QTest::newRow("playhead past the end")
        << std::optional<Component>(Component::Orders) << 7 << std::optional<Component>(Component::Orders) << 1;
}

void TestFailureDrill::dialogAsksForTheFault()
{
    QFETCH(std::optional<Component>, clicked);
    QFETCH(int, fromAction);
    QFETCH(std::optional<Component>, component);
    QFETCH(int, longest);
    FailureDrillDialog dialog(2, clicked, fromAction);
    const DrillRequest r = dialog.request();
    QCOMPARE(r.component, component);
    QCOMPARE(r.fromAction, std::min(fromAction, 1));
    QCOMPARE(r.actions, 1);
    QCOMPARE(dialog.durationBox()->maximum(), longest);
    QCOMPARE(dialog.durationBox()->suffix(), QStringLiteral(" action")); // the unit agrees with the number
    if (longest > 1) {
        dialog.durationBox()->setValue(2);
        QCOMPARE(dialog.durationBox()->suffix(), QStringLiteral(" actions"));
    }
    dialog.policyBox()->setCurrentIndex(dialog.policyBox()->findData(int(NotifyFailurePolicy::Retry)));
    QCOMPARE(dialog.request().policy, NotifyFailurePolicy::Retry);
}

// A right-click on a node is a click on that component: the flow view finds it where it is drawn.
void TestFailureDrill::rightClickFindsTheComponent()
{
    auto w = makeWindow(QStringLiteral("order-shipped"));
    FlowView* view = w->pane(Architecture::EventSourced)->flowView();
    QSignalSpy menu(view, &FlowView::componentMenuRequested);
    for (const Component c : { Component::NotificationService, Component::EventBus, Component::Email }) {
        const QPoint at = view->nodeRect(c).center().toPoint();
        QCOMPARE(view->componentAt(at), std::optional<Component>(c));
    }
    QCOMPARE(view->componentAt(QPoint(1, 1)), std::optional<Component>());
    QVERIFY(menu.isEmpty());
}

QTEST_MAIN(TestFailureDrill)
#include "tst_failuredrill.moc"
