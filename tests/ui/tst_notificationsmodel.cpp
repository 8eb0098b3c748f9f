// NotificationsModel: rows up to a playhead step (binary search), row insertion and removal as the step moves,
// the data of each column and role, the lost, delayed and duplicated marks of runs with faults (hand-checked against
// the notifications of each run and its fault-free run), and QAbstractItemModelTester throughout.
#include "painting/models/notificationsmodel.h"
#include "scenariorunner.h"
#include "support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace notiflow;
using notiflow::ui::NotificationsModel;

class TestNotificationsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sentUpTo_data();
    void sentUpTo();
    void rowsFollowTheStep_data();
    void rowsFollowTheStep();
    void insertsAndRemovesRatherThanResets();
    void columnsAndRoles();
    void smsHasNoSubject();
    void largeRun();
    void faultMarks_data();
    void faultMarks();
    void lostRowsShowWhenTheirActionIsOver();
};

static std::shared_ptr<const Run> fixtureRun(Architecture arch)
{
    auto cmp = test::priceDropComparison();
    return std::shared_ptr<const Run>(cmp, &cmp->run(arch));
}

void TestNotificationsModel::sentUpTo_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("expected");
    // Event-sourced fixture: the two sends are steps 10 and 11.
    QTest::newRow("before the first step") << -1 << 0;
    QTest::newRow("first step") << 0 << 0;
    QTest::newRow("just before the email") << 9 << 0;
    QTest::newRow("the email") << 10 << 1;
    QTest::newRow("the sms") << 11 << 2;
    QTest::newRow("last step") << 13 << 2;
    QTest::newRow("past the end") << 1000 << 2;
}

void TestNotificationsModel::sentUpTo()
{
    QFETCH(int, step);
    QFETCH(int, expected);
    const auto run = fixtureRun(Architecture::EventSourced);
    QCOMPARE(run->notifications.at(0).step, 10);
    QCOMPARE(NotificationsModel::sentUpTo(*run, step), expected);
}

void TestNotificationsModel::rowsFollowTheStep_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("rows");
    QTest::newRow("start") << -1 << 0;
    QTest::newRow("request sent, nothing delivered") << 8 << 0;
    QTest::newRow("email sent") << 10 << 1;
    QTest::newRow("both sent") << 11 << 2;
    QTest::newRow("end") << 14 << 2;
}

void TestNotificationsModel::rowsFollowTheStep()
{
    QFETCH(int, step);
    QFETCH(int, rows);
    NotificationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(fixtureRun(Architecture::ApiDriven));
    model.setCurrentStep(step);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.columnCount(), int(NotificationsModel::ColumnCount));
    // Moving back to the start and forward again lands on the same rows.
    model.setCurrentStep(-1);
    QCOMPARE(model.rowCount(), 0);
    model.setCurrentStep(step);
    QCOMPARE(model.rowCount(), rows);
}

void TestNotificationsModel::insertsAndRemovesRatherThanResets()
{
    NotificationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(fixtureRun(Architecture::EventSourced));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setCurrentStep(10);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
    model.setCurrentStep(11);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    model.setCurrentStep(12); // no send at 12: nothing changes
    QCOMPARE(inserted.count(), 2);
    model.setCurrentStep(3);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestNotificationsModel::columnsAndRoles()
{
    NotificationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(fixtureRun(Architecture::EventSourced));
    model.setCurrentStep(100);
    QCOMPARE(model.headerData(NotificationsModel::TypeColumn, Qt::Horizontal).toString(), QStringLiteral("Type"));
    QCOMPARE(
        model.headerData(NotificationsModel::RecipientColumn, Qt::Horizontal).toString(), QStringLiteral("Recipient"));

    const QModelIndex type = model.index(0, NotificationsModel::TypeColumn);
    QCOMPARE(type.data().toString(), QStringLiteral("Price drop alert"));
    QCOMPARE(model.index(0, NotificationsModel::ChannelColumn).data().toString(), QStringLiteral("Email"));
    QCOMPARE(model.index(0, NotificationsModel::RecipientColumn).data().toString(), QStringLiteral("ana@example.org"));
    QCOMPARE(model.index(0, NotificationsModel::SubjectColumn).data().toString(),
        QStringLiteral("Price drop: Trail Kettle now 36.00"));
    QCOMPARE(type.data(NotificationsModel::CustomerIdRole).toString(), QStringLiteral("C-001"));
    QCOMPARE(type.data(NotificationsModel::StepRole).toInt(), 10);
    QCOMPARE(type.data(NotificationsModel::NotificationIndexRole).toInt(), 0);
    QVERIFY(type.data(NotificationsModel::BodyRole).toString().contains(QStringLiteral("save 9.00")));
    QVERIFY(type.data(NotificationsModel::SearchTextRole).toString().contains(QStringLiteral("PRICE_DROP_ALERT")));
    QVERIFY(model.index(0, NotificationsModel::RecipientColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("C-001")));
    QVERIFY(model.notification(type) != nullptr);
    QVERIFY(model.notification(QModelIndex()) == nullptr);
}

void TestNotificationsModel::smsHasNoSubject()
{
    NotificationsModel model;
    model.setRun(fixtureRun(Architecture::EventSourced));
    model.setCurrentStep(100);
    const QModelIndex subject = model.index(1, NotificationsModel::SubjectColumn);
    QCOMPARE(model.index(1, NotificationsModel::ChannelColumn).data().toString(), QStringLiteral("SMS"));
    QVERIFY(subject.data(NotificationsModel::SubjectRole).toString().isEmpty());
    // The SMS text stands in for the subject, in italics.
    QVERIFY(subject.data().toString().startsWith(QStringLiteral("Good news")));
    QVERIFY(subject.data(Qt::FontRole).value<QFont>().italic());
}

void TestNotificationsModel::largeRun()
{
    // 50,000 notifications, four per step: the binary search must find exact boundaries.
    auto run = std::make_shared<Run>();
    for (int i = 0; i < 50'000; ++i) {
        SentNotification n;
        n.step = 10 + i / 4;
        n.customerId = "C-" + std::to_string(i);
        n.recipient = n.customerId + "@example.org";
        run->notifications.push_back(n);
    }
    NotificationsModel model;
    model.setRun(run);
    model.setCurrentStep(9);
    QCOMPARE(model.rowCount(), 0);
    model.setCurrentStep(10);
    QCOMPARE(model.rowCount(), 4);
    model.setCurrentStep(10 + 12'499);
    QCOMPARE(model.rowCount(), 50'000);
    model.setCurrentStep(10 + 6'000);
    QCOMPARE(model.rowCount(), 24'004);
    QCOMPARE(model.index(24'003, NotificationsModel::RecipientColumn).data().toString(),
        QStringLiteral("C-24003@example.org"));
}

namespace {
std::shared_ptr<const Run> teachingRun(const QString& id, const QString& architecture)
{
    return std::make_shared<const Run>(runScenario(test::defaultData(), test::builtinScenario(id.toStdString()),
        architecture == QLatin1String("es") ? Architecture::EventSourced : Architecture::ApiDriven));
}
} // namespace

void TestNotificationsModel::faultMarks_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QStringList>("rows"); // at the end of the run: "channel|delivery", "|struck" for a lost one
    // The notification service is back at 1422 ms instead of delivering at 67: every alert 1355 ms late.
    QTest::newRow("price-drop-side-down es")
        << "price-drop-side-down"
        << "es" << QStringList { "Email|delayed +1355 ms", "SMS|delayed +1355 ms", "SMS|delayed +1355 ms" };
    // The pricing service drops all three: lost, as the fault-free run sent them (at 60, 160, 320 ms).
    QTest::newRow("price-drop-side-down api")
        << "price-drop-side-down"
        << "api" << QStringList { "Email|lost|struck", "SMS|lost|struck", "SMS|lost|struck" };
    // The SMS goes with each of four deliveries (at 87 ms, earlier than the fault-free 187: on time; then three
    // more); the email only with the fourth, at 1847 instead of 87.
    QTest::newRow("email-outage es") << "email-outage"
                                     << "es"
                                     << QStringList { "SMS|", "SMS|duplicate", "SMS|duplicate",
                                            "Email|delayed +1760 ms", "SMS|duplicate" };
    QTest::newRow("email-outage api") << "email-outage"
                                      << "api" << QStringList { "SMS|", "Email|lost|struck" };
    // The redelivery sends both again.
    QTest::newRow("lost-ack es") << "lost-ack"
                                 << "es" << QStringList { "Email|", "SMS|", "Email|duplicate", "SMS|duplicate" };
    // Three attempts, each sending both.
    QTest::newRow("lost-ack api") << "lost-ack"
                                  << "api"
                                  << QStringList { "Email|", "SMS|", "Email|duplicate", "SMS|duplicate",
                                         "Email|duplicate", "SMS|duplicate" };
    QTest::newRow("lost-ack-idempotent api") << "lost-ack-idempotent"
                                             << "api" << QStringList { "Email|", "SMS|" };
}

void TestNotificationsModel::faultMarks()
{
    QFETCH(QString, id);
    QFETCH(QString, architecture);
    QFETCH(QStringList, rows);
    NotificationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto run = teachingRun(id, architecture);
    model.setRun(run);
    model.setCurrentStep(int(run->steps.size()) - 1);
    QStringList got;
    for (int r = 0; r < model.rowCount(); ++r) {
        QString row = model.index(r, NotificationsModel::ChannelColumn).data().toString() + QLatin1Char('|')
            + model.index(r, NotificationsModel::DeliveryColumn).data().toString();
        if (model.index(r, NotificationsModel::SubjectColumn).data(Qt::FontRole).value<QFont>().strikeOut())
            row += QStringLiteral("|struck");
        got << row;
    }
    QCOMPARE(got, rows);
    QCOMPARE(model.lostRowCount(), run->outcome.lost);
    QCOMPARE(model.sentRowCount(), int(run->notifications.size()));
    // Idempotency leaves nothing to mark: the Delivery column is then hidden.
    QCOMPARE(model.hasMarks(), id != QLatin1String("lost-ack-idempotent"));
    // Marks and delays come from the core's matching: the roles say the same as the text.
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, NotificationsModel::DeliveryColumn);
        const auto mark = NotificationsModel::Mark(i.data(NotificationsModel::MarkRole).toInt());
        QCOMPARE(i.data().toString(),
            NotificationsModel::markText(mark, i.data(NotificationsModel::DelayRole).toLongLong()));
        QCOMPARE(i.data(NotificationsModel::StepRole).toInt() < 0, mark == NotificationsModel::Mark::Lost);
    }
}

// A lost notification shows once its action's work (retries and redeliveries included) is over, and goes again
// when the playhead moves back before that.
void TestNotificationsModel::lostRowsShowWhenTheirActionIsOver()
{
    NotificationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto run = teachingRun(QStringLiteral("price-drop-side-down"), QStringLiteral("api"));
    model.setRun(run);
    const std::vector<int> last = NotificationsModel::lastSteps(*run);
    QCOMPARE(last.size(), std::size_t(2));
    QVERIFY(last[0] > 0 && last[0] < last[1]);
    for (std::size_t i = 0; i < run->steps.size(); ++i)
        QVERIFY(run->steps[i].action != 0 || int(i) <= last[0]);
    model.setCurrentStep(last[0] - 1);
    QCOMPARE(model.lostRowCount(), 0);
    model.setCurrentStep(last[0]);
    QCOMPARE(model.lostRowCount(), 3);
    QCOMPARE(model.rowCount(), model.sentRowCount() + 3);
    model.setCurrentStep(-1);
    QCOMPARE(model.rowCount(), 0);
    model.setCurrentStep(int(run->steps.size()) - 1);
    QCOMPARE(model.lostRowCount(), 3);
}

QTEST_MAIN(TestNotificationsModel)
#include "tst_notificationsmodel.moc"
