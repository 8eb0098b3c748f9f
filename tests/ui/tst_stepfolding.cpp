// Folding what repeats: on the built-in price drop and on a generated 1,000-customer price drop, every group's
// counts equal counts taken independently from the run, and every folded instance has, step by step, the shape of
// the open first instance; on hand-built runs, a differently shaped unit is never folded. The same holds for a
// folding extended as its run grows, which equals a folding of the grown run from scratch after every extension
// (every built-in scenario step by step, the generated run in strides, decisions recorded on time and late).
#include "foldingchecks.h"
#include "painting/folding/stepfolding.h"
#include "support/fixtures.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <climits>

using namespace notiflow;
using notiflow::ui::StepFolding;

Q_DECLARE_METATYPE(notiflow::Architecture)

namespace {
// The run as it stood when its first `steps` steps were recorded: its notifications up to the first one for a later
// step, and its decisions too or, with `lag`, up to the first one for a step among the last `lag` (recorded late: they
// reach steps whose subtree looked complete). The whole run has them all.
Run recordedUpTo(const Run& run, std::size_t steps, int lag)
{
    const auto until = [&](const auto& items, int late) {
        const int limit = steps == run.steps.size() ? INT_MAX : static_cast<int>(steps) - late;
        std::size_t k = 0;
        while (k < items.size() && items[k].step < limit)
            ++k;
        return static_cast<std::ptrdiff_t>(k);
    };
    Run r;
    r.steps.assign(run.steps.begin(), run.steps.begin() + static_cast<std::ptrdiff_t>(steps));
    r.decisions.assign(run.decisions.begin(), run.decisions.begin() + until(run.decisions, lag));
    r.notifications.assign(run.notifications.begin(), run.notifications.begin() + until(run.notifications, 0));
    return r;
}

// Grows `run` from nothing by `stride` steps at a time, extending one folding, and compares it with a folding from
// scratch and against the steps after every extension. Returns how many extensions changed a group that was there
// before (one that gained instances), so that rows can show growth was exercised.
int growAndCompare(const Run& run, std::size_t stride, int lag, StepFolding* grown)
{
    int grewGroups = 0;
    Run before;
    for (std::size_t k = 0;; k = std::min(k + stride, run.steps.size())) {
        const Run now = recordedUpTo(run, k, lag);
        const QString when = QStringLiteral("after %1 of %2 steps").arg(k).arg(run.steps.size());
        const std::vector<StepFolding::Group> had = grown->groups();
        if (!StepFolding::grewFrom(before, now) || !grown->extend(now)) {
            QTest::qFail(qPrintable(when + QStringLiteral(": not taken as grown")), __FILE__, __LINE__);
            return grewGroups;
        }
        const StepFolding fresh(now);
        test::compareFoldings(*grown, fresh, when);
        int folded = 0;
        test::checkFoldedGroups(now, *grown, &folded);
        if (QTest::currentTestFailed())
            return grewGroups;
        for (const StepFolding::Group& g : grown->groups()) {
            grewGroups += std::count_if(had.begin(), had.end(), [&g](const StepFolding::Group& h) {
                return h.parent == g.parent && h.firstStep == g.firstStep && h.instances < g.instances;
            }) > 0;
        }
        if (k == run.steps.size())
            return grewGroups;
        before = now;
    }
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
    void grownRunsFoldAsFromScratch_data();
    void grownRunsFoldAsFromScratch();
    void anotherRunIsNotExtended_data();
    void anotherRunIsNotExtended();

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
    test::checkFoldedGroups(run, folding, &folded);
    if (QTest::currentTestFailed())
        return;
    for (const StepFolding::Group& g : folding.groups())
        QCOMPARE(g.subjects, g.instances - 1); // one customer per folded instance
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
    // Recorded step by step, the run folds alike at every moment and ends with the same groups.
    StepFolding grown;
    growAndCompare(run, 1, 0, &grown);
    if (QTest::currentTestFailed())
        return;
    got.clear();
    for (const StepFolding::Group& g : grown.groups())
        got << g.firstStep << g.instances;
    QCOMPARE(got, groups);
}

void TestStepFolding::grownRunsFoldAsFromScratch_data()
{
    QTest::addColumn<QString>("scenario"); // a built-in scenario, or "generated": the 1,000-customer price drop
    QTest::addColumn<Architecture>("side");
    QTest::addColumn<int>("stride"); // steps recorded between two extensions
    QTest::addColumn<int>("lag"); // decisions and notifications recorded this many steps late
    // A group gains instances as the run grows (the built-in runs' groups are of two or three customers, and with
    // late decisions a unit's shape is known late: such groups may appear whole).
    QTest::addColumn<bool>("groupsGrow");
    for (const std::string& id : test::builtinScenarioIds()) {
        for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
            QTest::addRow("%s, %s, step by step", id.c_str(), std::string(architectureId(side)).c_str())
                << QString::fromStdString(id) << side << 1 << 0 << false;
        }
    }
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
        QTest::addRow("price-drop, %s, decisions 7 steps late", std::string(architectureId(side)).c_str())
            << QStringLiteral("price-drop") << side << 1 << 7 << false;
        QTest::addRow("1,000 customers, %s, 61 steps at a time", std::string(architectureId(side)).c_str())
            << QStringLiteral("generated") << side << 61 << 0 << true;
        QTest::addRow("1,000 customers, %s, 97 at a time, decisions 40 late", std::string(architectureId(side)).c_str())
            << QStringLiteral("generated") << side << 97 << 40 << false;
    }
}

void TestStepFolding::grownRunsFoldAsFromScratch()
{
    QFETCH(QString, scenario);
    QFETCH(Architecture, side);
    QFETCH(int, stride);
    QFETCH(int, lag);
    QFETCH(bool, groupsGrow);
    const Comparison cmp = scenario == QLatin1String("generated")
        ? *m_generated
        : compareArchitectures(test::defaultData(), test::builtinScenario(scenario.toStdString()));
    StepFolding grown;
    const int grewGroups = growAndCompare(cmp.run(side), static_cast<std::size_t>(stride), lag, &grown);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(grown.stepCount(), static_cast<int>(cmp.run(side).steps.size()));
    if (groupsGrow) {
        QVERIFY(!grown.groups().empty());
        QVERIFY2(grewGroups > 0, "no group gained instances while the run grew");
    }
}

void TestStepFolding::anotherRunIsNotExtended_data()
{
    // The folded run is the built-in price drop without its last quarter; `after` is the whole run, then changed.
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("grewFrom"); // StepFolding::grewFrom(folded, after): every element checked
    QTest::addColumn<bool>("extends"); // StepFolding::extend(after): the tail alone checked
    QTest::newRow("the whole run") << "none" << true << true;
    QTest::newRow("fewer steps") << "fewer" << false << false;
    QTest::newRow("the last folded step changed") << "last step" << false << false;
    QTest::newRow("a step in the middle changed") << "middle step" << false << true;
    QTest::newRow("a decision's outcome flipped") << "decision" << false << true;
    QTest::newRow("another notification type") << "notification" << false << true;
}

void TestStepFolding::anotherRunIsNotExtended()
{
    QFETCH(QString, change);
    QFETCH(bool, grewFrom);
    QFETCH(bool, extends);
    const Run& run = m_builtin->run(Architecture::ApiDriven);
    const Run folded = recordedUpTo(run, run.steps.size() - run.steps.size() / 4, 0);
    QVERIFY(!folded.decisions.empty() && !folded.notifications.empty());
    Run after = run;
    if (change == QLatin1String("fewer"))
        after = recordedUpTo(run, folded.steps.size() - 1, 0);
    else if (change == QLatin1String("last step"))
        after.steps[folded.steps.size() - 1].kind = StepKind::Failure;
    else if (change == QLatin1String("middle step"))
        after.steps[folded.steps.size() / 2].kind = StepKind::Failure;
    else if (change == QLatin1String("decision"))
        after.decisions.front().passed = !after.decisions.front().passed;
    else if (change == QLatin1String("notification"))
        after.notifications.front().type = NotificationType::PromotionAvailable;
    QCOMPARE(StepFolding::grewFrom(folded, after), grewFrom);
    StepFolding folding(folded);
    const std::vector<StepFolding::Group> before = folding.groups();
    QCOMPARE(folding.extend(after), extends);
    if (!extends) { // refused: the folding is as it was
        QVERIFY(folding.groups() == before);
        QCOMPARE(folding.stepCount(), static_cast<int>(folded.steps.size()));
    } else if (grewFrom) {
        test::compareFoldings(folding, StepFolding(after), QStringLiteral("extended to the whole run"));
    }
}

QTEST_GUILESS_MAIN(TestStepFolding)
#include "tst_stepfolding.moc"
