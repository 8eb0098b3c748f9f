// Narration that teaches: a customer who is not told gets the reason in the caption, from the recorded decision,
// and numbers agree with their nouns in captions and in the --compare text.
#include "io/textreport.h"
#include "support/fixtures.h"

#include <QRegularExpression>
#include <QTest>
#include <sstream>

using namespace notiflow;
using namespace notiflow::test;

Q_DECLARE_METATYPE(notiflow::Architecture)

class TestNarration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void notToldSaysWhy_data();
    void notToldSaysWhy();
    void priceDropCaptionByHand();
    void numbersAgreeWithNouns_data();
    void numbersAgreeWithNouns();
};

namespace {
// "1 items", "1 messages": a one followed by a plural noun (not "1 of 3 items").
const QRegularExpression onePlural(QStringLiteral("(^|[^0-9.,])1 (items|messages|notifications|steps|customers|"
                                                  "components|calls|violations|dependencies)\\b"));
} // namespace

void TestNarration::notToldSaysWhy_data()
{
    notiflow::test::addBuiltinScenarioRows();
}

void TestNarration::notToldSaysWhy()
{
    QFETCH(QString, scenario);
    const Comparison c = compareArchitectures(defaultData(), builtinScenario(scenario.toStdString()));
    for (const Run* run : { &c.eventSourced, &c.apiDriven }) {
        for (int i = 0; i < static_cast<int>(run->steps.size()); ++i) {
            const QString caption = QString::fromStdString(run->text(i).caption);
            QVERIFY2(!caption.contains(QStringLiteral("is not notified")), qPrintable(caption));
            if (!caption.contains(QStringLiteral(" is not told")))
                continue;
            // Every failed check recorded at this step is named in the caption, in its own words.
            int failed = 0;
            for (const Decision& d : run->decisions) {
                if (d.step == i && !d.passed) {
                    ++failed;
                    QVERIFY2(caption.contains(QString::fromStdString(d.reason)), qPrintable(caption));
                }
            }
            QVERIFY2(failed > 0, qPrintable(caption));
        }
    }
}

void TestNarration::priceDropCaptionByHand()
{
    const Run run = runScenario(defaultData(), builtinScenario("price-drop"), Architecture::EventSourced);
    QStringList captions;
    run.forEachStepWithText([&](const NarratedStep& step) {
        if (step.label == "eligibility of CUST-005" || step.label == "eligibility of CUST-003")
            captions << QString::fromStdString(step.caption);
    });
    QCOMPARE(captions,
        (QStringList { QStringLiteral("Notification service decides: CUST-003 is not told: segment silver is not gold "
                                      "or platinum."),
            QStringLiteral("Notification service decides: CUST-005 is not told: no preference record, and "
                           "price_alerts are opt-in.") }));
}

void TestNarration::numbersAgreeWithNouns_data()
{
    notiflow::test::addBuiltinScenarioRows();
}

void TestNarration::numbersAgreeWithNouns()
{
    QFETCH(QString, scenario);
    const Comparison c = compareArchitectures(defaultData(), builtinScenario(scenario.toStdString()));
    std::ostringstream text;
    TextReport::write(text, c);
    const QString report = QString::fromStdString(text.str());
    const auto match = onePlural.match(report);
    QVERIFY2(!match.hasMatch(), qPrintable(match.captured(0)));
    QVERIFY(report.contains(QStringLiteral("Foreign data domains in domain services: ")));
    QVERIFY(report.contains(QStringLiteral("Dependencies by kind: another domain's data ")));
    // The one-line total is split too.
    QVERIFY(!report.contains(QRegularExpression(QStringLiteral("Dependencies: \\d+ distinct, "))));
}

QTEST_GUILESS_MAIN(TestNarration)
#include "tst_narration.moc"
