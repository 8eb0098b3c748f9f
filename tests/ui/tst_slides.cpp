// The metrics and summary slides as painted: for every built-in scenario at 1920x1080 and 1280x720 nothing leaves
// the slide, no text runs over other text or a chart, nothing is cut, text is large enough for a projector, and
// the figures shown are the run's; the summary's sentences are checked by hand for price-drop and its faulted twin.
#include "painting/charts/metricsheadline.h"
#include "painting/charts/summaryfigures.h"
#include "painting/painters/metricsslidepainter.h"
#include "painting/painters/summaryslidepainter.h"
#include "painting/style/panelpalette.h"
#include "support/fixtures.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace notiflow;
using namespace notiflow::ui;

class TestSlides : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metricsSlideFits_data();
    void metricsSlideFits();
    void summarySlideFits_data();
    void summarySlideFits();
    void summarySentences_data();
    void summarySentences();
    void faultsAddTheirFigures_data();
    void faultsAddTheirFigures();
};

namespace {
const QSize projectorSizes[] = { { 1920, 1080 }, { 1280, 720 } };

QString describe(const QRectF& r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

bool overlap(const QRectF& a, const QRectF& b)
{
    const QRectF both = a.intersected(b);
    return both.width() > 0.5 && both.height() > 0.5;
}

// Every problem of a laid-out slide, one line each; empty when it is fit to project.
QStringList problemsOf(const SlideLayout& layout)
{
    QStringList problems;
    const QRectF slide = layout.slide().adjusted(-0.5, -0.5, 0.5, 0.5);
    // Body text at least 24 pixels high on a 1080-line slide, and nothing smaller than 0.9 of it.
    const qreal minimumBody = 24.0 * layout.slide().height() / 1080.0;
    if (layout.bodyPixels() < minimumBody - 0.01)
        problems << QStringLiteral("body text %1 px, under %2").arg(layout.bodyPixels()).arg(minimumBody);
    const auto& texts = layout.texts();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const SlideLayout::Text& t = texts[i];
        if (!slide.contains(t.rect))
            problems << QStringLiteral("\"%1\" %2 leaves the slide").arg(t.text, describe(t.rect));
        if (t.rect.width() > t.box.width() + 0.5)
            problems << QStringLiteral("\"%1\" is wider than its column").arg(t.text);
        if (t.font.pixelSize() < minimumBody * 0.9 - 0.5)
            problems << QStringLiteral("\"%1\" in %2 px text").arg(t.text).arg(t.font.pixelSize());
        for (std::size_t j = i + 1; j < texts.size(); ++j) {
            if (overlap(t.rect, texts[j].rect))
                problems << QStringLiteral("\"%1\" %2 overlaps \"%3\" %4")
                                .arg(t.text, describe(t.rect), texts[j].text, describe(texts[j].rect));
        }
        for (const SlideLayout::Chart& c : layout.charts()) {
            if (overlap(t.rect, c.rect))
                problems << QStringLiteral("\"%1\" overlaps the chart %2").arg(t.text, c.chart->title());
        }
    }
    const auto& charts = layout.charts();
    for (std::size_t i = 0; i < charts.size(); ++i) {
        const SlideLayout::Chart& c = charts[i];
        if (!slide.contains(c.rect))
            problems << QStringLiteral("chart %1 %2 leaves the slide").arg(c.chart->title(), describe(c.rect));
        // Its preferred width is where every label and every row of chips shows whole on one line: no chip is cut.
        const ChartStyle style { PanelPalette(QGuiApplication::palette()), c.font };
        if (c.chart->preferredWidth(style) > c.rect.width() + 0.5)
            problems << QStringLiteral("chart %1 needs %2 px, has %3")
                            .arg(c.chart->title())
                            .arg(c.chart->preferredWidth(style))
                            .arg(c.rect.width());
        for (std::size_t j = i + 1; j < charts.size(); ++j) {
            if (overlap(c.rect, charts[j].rect))
                problems << QStringLiteral("charts %1 and %2 overlap").arg(c.chart->title(), charts[j].chart->title());
        }
    }
    return problems;
}

std::shared_ptr<const Comparison> comparisonOf(const QString& id)
{
    return std::make_shared<const Comparison>(
        compareArchitectures(test::defaultData(), test::builtinScenario(id.toStdString())));
}

// Lays a slide out at each projector size and paints it (painting must not fail on any scenario); returns every
// problem, prefixed with the size. `checkText` adds what the slide's text must hold.
QStringList problemsAtProjectorSizes(const std::function<SlideLayout(const QRectF&)>& layoutAt,
    const std::function<void(const QString& text, QStringList* problems)>& checkText)
{
    QStringList all;
    for (const QSize size : projectorSizes) {
        const SlideLayout layout = layoutAt(QRectF(QPointF(0, 0), QSizeF(size)));
        QStringList problems = problemsOf(layout);
        checkText(layout.plainText(), &problems);
        QImage image(size, QImage::Format_RGB32);
        QPainter painter(&image);
        layout.paint(&painter, QGuiApplication::palette());
        if (qEnvironmentVariableIsSet("SLIDES_DUMP")) // to look at them: SLIDES_DUMP=/tmp/prefix
            image.save(QStringLiteral("%1-%2x%3.png")
                           .arg(qEnvironmentVariable("SLIDES_DUMP"))
                           .arg(size.width())
                           .arg(size.height()));
        for (const QString& problem : problems)
            all << QStringLiteral("%1x%2: %3").arg(size.width()).arg(size.height()).arg(problem);
    }
    return all;
}
} // namespace

void TestSlides::metricsSlideFits_data()
{
    test::addBuiltinScenarioRows();
}

void TestSlides::metricsSlideFits()
{
    QFETCH(QString, scenario);
    const auto cmp = comparisonOf(scenario);
    const QStringList problems = problemsAtProjectorSizes(
        [&](const QRectF& slide) {
            return MetricsSlidePainter::layout(slide, *cmp, QGuiApplication::font(), QStringLiteral("M or Esc: back"));
        },
        [&](const QString& text, QStringList* found) {
            // The figures are the run's: every headline figure's name, and its value for each architecture.
            for (MetricsHeadline::Figure f : MetricsHeadline::figures) {
                if (!text.contains(MetricsHeadline::label(f)))
                    *found << QStringLiteral("no \"%1\"").arg(MetricsHeadline::label(f));
                for (Architecture a : allArchitectures) {
                    if (!text.contains(MetricsHeadline::shortValue(f, cmp->run(a).metrics)))
                        *found << QStringLiteral("no \"%1\"").arg(MetricsHeadline::shortValue(f, cmp->run(a).metrics));
                }
            }
        });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Both Data & rules charts: foreign data domains and who evaluated each rule.
    QCOMPARE(MetricsSlidePainter::layout(QRectF(0, 0, 1920, 1080), *cmp, QGuiApplication::font()).charts().size(),
        std::size_t(2));
}

void TestSlides::summarySlideFits_data()
{
    test::addBuiltinScenarioRows();
}

void TestSlides::summarySlideFits()
{
    QFETCH(QString, scenario);
    const auto cmp = comparisonOf(scenario);
    const QStringList problems = problemsAtProjectorSizes(
        [&](const QRectF& slide) {
            return SummarySlidePainter::layout(slide, *cmp, QGuiApplication::font(), QStringLiteral("S or Esc: back"));
        },
        [&](const QString& text, QStringList* found) {
            for (const SummaryFigures::Row& row : SummaryFigures::rows(*cmp)) {
                for (const QString& part : { row.sentence, row.values[0], row.values[1] }) {
                    if (!text.contains(part))
                        *found << QStringLiteral("no \"%1\"").arg(part);
                }
            }
        });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestSlides::summarySentences_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("eventSourced");
    QTest::addColumn<QString>("apiDriven");
    QTest::addColumn<QString>("sentence");
    // price-drop, from `notiflow --scenario price-drop --compare`: the API-driven pricing service reads carts,
    // customers and preferences and evaluates the four eligibility rules; the event-sourced one neither.
    QTest::newRow("price-drop: foreign data")
        << "price-drop"
        << "foreign_domains"
        << "0"
        << "3"
        << "API-driven's domain services read 3 more foreign data domains than event-sourced's (3 against 0).";
    QTest::newRow("price-drop: notification rules")
        << "price-drop"
        << "notification_rules"
        << "0"
        << "4"
        << "API-driven's domain services evaluate 4 more notification rules than event-sourced's (4 against 0).";
    QTest::newRow("price-drop: blocking calls")
        << "price-drop"
        << "blocking_calls"
        << "none"
        << "up to 2"
        << "API-driven's busiest trigger waits on 2 more blocking calls than event-sourced's (2 against 0).";
    QTest::newRow("price-drop: dependencies")
        << "price-drop"
        << "dependencies"
        << "domain data 2 · own data 2 · service API 1 · event contract 1; infrastructure 4 apart"
        << "domain data 4 · own data 2 · service API 2 · event contract 0; infrastructure 2 apart"
        << "Event-sourced depends more on event contract (1 against 0) and on infrastructure (4 against 2); "
           "API-driven more on domain data (4 against 2) and on service API (2 against 1).";
    // price-drop-side-down (README's fault table): the notification side is down during the price drop.
    QTest::newRow("side down: outcome")
        << "price-drop-side-down"
        << "outcome"
        << "0 · 3 · 0"
        << "3 · 0 · 0"
        << "API-driven loses 3 more notifications than event-sourced (3 against 0); event-sourced delays 3 more "
           "notifications than API-driven (3 against 0).";
    QTest::newRow("side down: slowest trigger")
        << "price-drop-side-down"
        << "slowest_trigger"
        << "17 ms"
        << "2070 ms"
        << "API-driven's slowest trigger waits 2053 ms longer than event-sourced's (2070 ms against 17 ms).";
}

void TestSlides::summarySentences()
{
    QFETCH(QString, scenario);
    QFETCH(QString, figure);
    QFETCH(QString, eventSourced);
    QFETCH(QString, apiDriven);
    QFETCH(QString, sentence);
    const auto rows = SummaryFigures::rows(*comparisonOf(scenario));
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.id == figure; });
    QVERIFY(row != rows.end());
    QCOMPARE(row->values[0], eventSourced);
    QCOMPARE(row->values[1], apiDriven);
    QCOMPARE(row->sentence, sentence);
}

void TestSlides::faultsAddTheirFigures_data()
{
    test::addBuiltinScenarioRows();
}

void TestSlides::faultsAddTheirFigures()
{
    QFETCH(QString, scenario);
    const auto cmp = comparisonOf(scenario);
    const auto rows = SummaryFigures::rows(*cmp);
    QStringList ids;
    for (const auto& r : rows)
        ids << r.id;
    const QStringList headline { "foreign_domains", "notification_rules", "blocking_calls", "dependencies" };
    QCOMPARE(ids.mid(0, 4), headline);
    if (cmp->scenario.faults.empty()) {
        QCOMPARE(ids, headline);
        return;
    }
    QVERIFY(ids.contains(QStringLiteral("outcome")));
    QVERIFY(ids.contains(QStringLiteral("slowest_trigger")));
    const bool anyFailed
        = !cmp->eventSourced.outcome.failedActions.empty() || !cmp->apiDriven.outcome.failedActions.empty();
    QCOMPARE(ids.contains(QStringLiteral("failed_actions")), anyFailed);
    for (const auto& r : rows)
        QVERIFY2(!r.sentence.isEmpty() && r.sentence.endsWith(u'.'), qPrintable(r.id));
}

QTEST_MAIN(TestSlides)
#include "tst_slides.moc"
