// Folding what repeats: on the built-in price drop and on a generated 1,000-customer price drop, every group's
// counts equal counts taken independently from the run, and every folded instance has, step by step, the shape of
// the open first instance; on hand-built runs, a differently shaped unit is never folded.
#include "painting/folding/stepfolding.h"
#include "support/fixtures.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace notiflow;
using notiflow::ui::StepFolding;

Q_DECLARE_METATYPE(notiflow::Architecture)

namespace {
// One step's shape written out independently of StepFolding: kind, from, to, where its parent is (the group's
// parent, or how many steps back), its rules with their outcomes and the type it sent.
std::string signature(const Run& run, int step, int groupParent)
{
    const Step& s = run.steps[static_cast<std::size_t>(step)];
    std::string sig = std::string(stepKindId(s.kind)) + " " + std::string(componentId(s.from)) + ">"
        + std::string(componentId(s.to)) + " parent "
        + (s.parent == groupParent ? std::string("P") : std::to_string(step - s.parent));
    for (const Decision& d : run.decisions) {
        if (d.step == step)
            sig += " " + d.rule + (d.passed ? "+" : "-");
    }
    for (const SentNotification& n : run.notifications) {
        if (n.step == step)
            sig += std::string(" ") + notificationTypeId(n.type);
    }
    return sig;
}

std::shared_ptr<Comparison> generatedPriceDrop(const QString& dir, int customers)
{
    QProcess generator;
    generator.start(
        QStringLiteral(NOTIFLOW_GENERATE_DATASET), { dir, QStringLiteral("--customers"), QString::number(customers) });
    if (!generator.waitForFinished(120000) || generator.exitCode() != 0)
        return nullptr;
    const DataSet data = loadDataSetFolder(dir.toStdString());
    return std::make_shared<Comparison>(compareArchitectures(data, test::builtinScenario("price-drop")));
}
} // namespace

class TestStepFolding : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void groupsMatchTheSteps_data();
    void groupsMatchTheSteps();
    void differentShapesAreNeverFolded_data();
    void differentShapesAreNeverFolded();

private:
    std::shared_ptr<Comparison> m_builtin;
    std::shared_ptr<Comparison> m_generated;
    QTemporaryDir m_dir;
};

void TestStepFolding::initTestCase()
{
    m_builtin
        = std::make_shared<Comparison>(compareArchitectures(test::defaultData(), test::builtinScenario("price-drop")));
    QVERIFY(m_dir.isValid());
    m_generated = generatedPriceDrop(m_dir.path(), 1000);
    QVERIFY2(m_generated, "generate_dataset failed");
}

void TestStepFolding::groupsMatchTheSteps_data()
{
    QTest::addColumn<bool>("generated");
    QTest::addColumn<Architecture>("side");
    // Of the steps. The generated customers vary at random (segment, cart, opt-in, channels), so runs of consecutive
    // customers with one shape are short there: about a sixth of the steps fold.
    QTest::addColumn<int>("minimumFolded");
    QTest::newRow("built-in price drop, event-sourced") << false << Architecture::EventSourced << 1;
    QTest::newRow("built-in price drop, API-driven") << false << Architecture::ApiDriven << 1;
    QTest::newRow("1,000 customers, event-sourced") << true << Architecture::EventSourced << 200;
    QTest::newRow("1,000 customers, API-driven") << true << Architecture::ApiDriven << 200;
}

void TestStepFolding::groupsMatchTheSteps()
{
    QFETCH(bool, generated);
    QFETCH(Architecture, side);
    QFETCH(int, minimumFolded);
    const Run& run = (generated ? m_generated : m_builtin)->run(side);
    const StepFolding folding(run);
    QVERIFY(!folding.groups().empty());
    int folded = 0;
    int previousLast = -1;
    for (const StepFolding::Group& g : folding.groups()) {
        QVERIFY(g.foldedFirst > previousLast); // ascending, never overlapping
        previousLast = g.foldedLast;
        folded += g.foldedSteps();
        // The open instance runs from its first step to the first folded one; each folded instance repeats it
        // step by step.
        const int length = g.foldedFirst - g.firstStep;
        QVERIFY(length > 0);
        QCOMPARE(g.foldedSteps(), length * (g.instances - 1));
        for (int i = g.foldedFirst; i <= g.foldedLast; ++i) {
            const int model = g.firstStep + (i - g.foldedFirst) % length;
            QCOMPARE(signature(run, i, g.parent), signature(run, model, g.parent));
            QCOMPARE(folding.groupOfStep(i), static_cast<int>(&g - folding.groups().data()));
        }
        QCOMPARE(folding.groupOfStep(g.firstStep), -1); // the first instance stays open
        // The counts against the run's own lists: notifications sent and decisions taken in the folded range.
        int emails = 0, sms = 0, passed = 0, failed = 0;
        QSet<QString> customers;
        for (const SentNotification& n : run.notifications) {
            if (n.step >= g.foldedFirst && n.step <= g.foldedLast)
                ++(n.channel == Channel::Email ? emails : sms);
        }
        for (const Decision& d : run.decisions) {
            if (d.step >= g.foldedFirst && d.step <= g.foldedLast) {
                ++(d.passed ? passed : failed);
                customers.insert(QString::fromStdString(d.subject));
            }
        }
        QCOMPARE(g.emails, emails);
        QCOMPARE(g.sms, sms);
        QCOMPARE(g.checksPassed, passed);
        QCOMPARE(g.checksFailed, failed);
        QCOMPARE(g.subjects, static_cast<int>(customers.size()));
        QCOMPARE(g.subjects, g.instances - 1); // one customer per folded instance
    }
    QVERIFY2(folded >= minimumFolded, qPrintable(QStringLiteral("%1 steps folded").arg(folded)));
}

void TestStepFolding::differentShapesAreNeverFolded_data()
{
    // Units of one customer each under one delivery: "a" notified by email, "b" skipped, "c" by email and SMS;
    // capitals differ from their lower case only in ids. The expected groups: (first step, instances).
    QTest::addColumn<QString>("units");
    QTest::addColumn<QList<int>>("groups"); // pairs: the first step of the open instance, instances
    QTest::newRow("a run of one shape") << "aAaA" << QList<int> { 1, 4 };
    QTest::newRow("a differing unit splits the run") << "aAbaAa" << QList<int> { 1, 2, 9, 3 };
    QTest::newRow("two channels is another shape") << "acaca" << QList<int>();
    QTest::newRow("skipped ones fold apart") << "bBbaA" << QList<int> { 1, 3, 7, 2 };
    QTest::newRow("nothing repeats") << "abc" << QList<int>();
}

void TestStepFolding::differentShapesAreNeverFolded()
{
    QFETCH(QString, units);
    QFETCH(QList<int>, groups);
    using C = Component;
    using K = StepKind;
    Run run;
    const int deliver = test::addStep(run, 0, C::EventBus, C::NotificationService, K::Deliver, "PriceChanged");
    run.steps[0].parent = -1;
    int customer = 0;
    for (const QChar u : units) {
        const std::string id = "CUST-" + std::to_string(++customer);
        const auto child = [&](C to, K kind, const std::string& label) {
            const int s = test::addStep(run, 0, C::NotificationService, to, kind, label);
            run.steps.back().parent = deliver;
            return s;
        };
        child(C::Customers, K::Query, "customer " + id);
        const bool skipped = u.toLower() == QLatin1Char('b');
        const int decision = child(C::NotificationService, K::Decision, "eligibility of " + id);
        run.decisions.push_back({ decision, 0, C::NotificationService, "price_drop.segment", id, !skipped, "" });
        if (!skipped)
            test::send(run, C::NotificationService, id, Channel::Email, id + "@example.com");
        if (u.toLower() == QLatin1Char('c'))
            test::send(run, C::NotificationService, id, Channel::Sms, "+1-555");
        for (Step& s : run.steps) {
            if (s.index > decision && s.parent != deliver)
                s.parent = deliver;
        }
    }
    const StepFolding folding(run);
    QList<int> got;
    for (const StepFolding::Group& g : folding.groups())
        got << g.firstStep << g.instances;
    QCOMPARE(got, groups);
}

QTEST_GUILESS_MAIN(TestStepFolding)
#include "tst_stepfolding.moc"
