// DecisionChainModel: the chain of decisions about one customer, the messages that followed or "no message",
// the component that made each decision, upcoming rows after the playhead, and QAbstractItemModelTester.
#include "painting/models/decisionchainmodel.h"
#include "support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace notiflow;
using notiflow::ui::DecisionChainModel;

class TestDecisionChainModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chain_data();
    void chain();
    void notifiedCustomer();
    void notNotifiedCustomer();
    void upcomingRows();
    void unknownSubjectAndNoRun();
};

static std::shared_ptr<const Run> fixtureRun(Architecture arch)
{
    auto cmp = test::priceDropComparison();
    return std::shared_ptr<const Run>(cmp, &cmp->run(arch));
}

void TestDecisionChainModel::chain_data()
{
    QTest::addColumn<int>("architecture");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<int>("decisions");
    QTest::addColumn<int>("messages");
    QTest::addColumn<QString>("decidedBy");
    QTest::newRow("event-sourced, gold customer") << 0 << "C-001" << 3 << 2 << "Notification service";
    QTest::newRow("event-sourced, silver customer") << 0 << "C-002" << 2 << 0 << "Notification service";
    QTest::newRow("api-driven, gold customer") << 1 << "C-001" << 3 << 2 << "Pricing service";
    QTest::newRow("api-driven, silver customer") << 1 << "C-002" << 2 << 0 << "Pricing service";
}

void TestDecisionChainModel::chain()
{
    QFETCH(int, architecture);
    QFETCH(QString, customer);
    QFETCH(int, decisions);
    QFETCH(int, messages);
    QFETCH(QString, decidedBy);
    DecisionChainModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(fixtureRun(architecture == 0 ? Architecture::EventSourced : Architecture::ApiDriven));
    model.setSubject(customer);
    QCOMPARE(model.decisionCount(), decisions);
    QCOMPARE(model.messageCount(), messages);
    QCOMPARE(model.decidingComponents(), QStringList { decidedBy });
    // One row per decision and message, plus "no message" when nothing was sent.
    QCOMPARE(model.rowCount(), decisions + std::max(messages, 1));
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(DecisionChainModel::RowKindRole).toInt() == DecisionChainModel::DecisionRow)
            QCOMPARE(model.index(row, DecisionChainModel::ComponentColumn).data().toString(), decidedBy);
    }
    // Rows are in step order.
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row, 0).data(DecisionChainModel::StepRole).toInt()
            >= model.index(row - 1, 0).data(DecisionChainModel::StepRole).toInt());
    }
}

void TestDecisionChainModel::notifiedCustomer()
{
    DecisionChainModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(fixtureRun(Architecture::ApiDriven));
    model.setCurrentStep(100);
    model.setSubject(QStringLiteral("C-001"));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, DecisionChainModel::ResultColumn).data().toString(), QStringLiteral("Passed"));
    QCOMPARE(
        model.index(0, DecisionChainModel::ReasonColumn).data().toString(), QStringLiteral("has the product in cart"));
    QCOMPARE(model.index(0, DecisionChainModel::RuleColumn).data().toString(), QStringLiteral("price_drop.in_cart"));
    QCOMPARE(model.index(0, 0).data(DecisionChainModel::PassedRole).toBool(), true);
    QCOMPARE(model.index(0, 0).data(DecisionChainModel::ComponentIdRole).toString(), QStringLiteral("pricing_service"));
    // Passed and failed carry an icon as well as a word.
    QVERIFY(!model.index(0, DecisionChainModel::ResultColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

    QCOMPARE(model.index(3, 0).data(DecisionChainModel::RowKindRole).toInt(), int(DecisionChainModel::MessageRow));
    QCOMPARE(model.index(3, DecisionChainModel::ResultColumn).data().toString(), QStringLiteral("Sent"));
    QCOMPARE(model.index(3, DecisionChainModel::ReasonColumn).data().toString(),
        QStringLiteral("Price drop alert by email to ana@example.org"));
    // The sender of an API-driven message is the notification API.
    QCOMPARE(model.index(3, DecisionChainModel::ComponentColumn).data().toString(), QStringLiteral("Notification API"));
    QCOMPARE(model.index(4, DecisionChainModel::ReasonColumn).data().toString(),
        QStringLiteral("Price drop alert by sms to +15550001"));
}

void TestDecisionChainModel::notNotifiedCustomer()
{
    DecisionChainModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(fixtureRun(Architecture::EventSourced));
    model.setSubject(QStringLiteral("C-002"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, DecisionChainModel::ResultColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model.index(1, DecisionChainModel::ReasonColumn).data().toString(),
        QStringLiteral("segment silver is not gold or platinum"));
    QCOMPARE(
        model.index(1, DecisionChainModel::ComponentColumn).data().toString(), QStringLiteral("Notification service"));
    QCOMPARE(model.index(2, 0).data(DecisionChainModel::RowKindRole).toInt(), int(DecisionChainModel::NoMessageRow));
    QCOMPARE(model.index(2, DecisionChainModel::ResultColumn).data().toString(), QStringLiteral("No message"));
}

void TestDecisionChainModel::upcomingRows()
{
    DecisionChainModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(fixtureRun(Architecture::EventSourced));
    model.setSubject(QStringLiteral("C-001"));
    model.setCurrentStep(8); // decisions at 7, 8, 9; sends at 10, 11
    QCOMPARE(model.index(0, 0).data(DecisionChainModel::UpcomingRole).toBool(), false);
    QCOMPARE(model.index(1, 0).data(DecisionChainModel::UpcomingRole).toBool(), false);
    QCOMPARE(model.index(2, 0).data(DecisionChainModel::UpcomingRole).toBool(), true);
    QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not yet played")));
    QVERIFY(model.index(2, 0).data(Qt::FontRole).value<QFont>().italic());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCurrentStep(10);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 3);
    QCOMPARE(model.index(3, 0).data(DecisionChainModel::UpcomingRole).toBool(), false);
    QCOMPARE(model.index(4, 0).data(DecisionChainModel::UpcomingRole).toBool(), true);
}

void TestDecisionChainModel::unknownSubjectAndNoRun()
{
    DecisionChainModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(QStringLiteral("C-001"));
    QCOMPARE(model.rowCount(), 0);
    model.setRun(fixtureRun(Architecture::EventSourced));
    model.setSubject(QStringLiteral("C-404"));
    QCOMPARE(model.rowCount(), 1); // "nothing was sent"
    QCOMPARE(model.decisionCount(), 0);
    model.setSubject(QString());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestDecisionChainModel)
#include "tst_decisionchainmodel.moc"
