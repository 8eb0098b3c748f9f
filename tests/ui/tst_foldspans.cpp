// The scrubber's fold bands: groups that overlap on screen are drawn as one band, and nothing a group covered is
// left uncovered, in the group's own state (opened or folded).
#include "painting/folding/foldspans.h"

#include <QTest>
#include <algorithm>
#include <random>

using notiflow::ui::FoldSpan;
using notiflow::ui::FoldSpans;

namespace {
struct Group {
    double x0;
    double x1;
    bool expanded;
};
} // namespace

Q_DECLARE_METATYPE(std::vector<Group>)

class TestFoldSpans : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mergesWhatOverlaps_data();
    void mergesWhatOverlaps();
    void manyNarrowGroupsMakeFewBands();
};

void TestFoldSpans::mergesWhatOverlaps_data()
{
    QTest::addColumn<std::vector<Group>>("groups");
    QTest::addColumn<int>("bands");
    QTest::newRow("none") << std::vector<Group> {} << 0;
    QTest::newRow("one") << std::vector<Group> { { 10, 50, false } } << 1;
    QTest::newRow("two apart") << std::vector<Group> { { 10, 20, false }, { 30, 40, false } } << 2;
    QTest::newRow("touching stay apart") << std::vector<Group> { { 10, 20, false }, { 20, 40, false } } << 2;
    QTest::newRow("overlapping merge") << std::vector<Group> { { 10, 25, false }, { 20, 40, false } } << 1;
    QTest::newRow("overlapping, other state") << std::vector<Group> { { 10, 25, false }, { 20, 40, true } } << 2;
    QTest::newRow("narrow widened, then merged")
        << std::vector<Group> { { 10, 10.2, true }, { 10.5, 10.7, true }, { 11, 11.1, true } } << 1;
    QTest::newRow("narrow between wide ones")
        << std::vector<Group> { { 0, 10, false }, { 10, 10.1, true }, { 10.1, 30, false } } << 3;
    QTest::newRow("inside the one before") << std::vector<Group> { { 0, 100, false }, { 5, 6, false } } << 1;
}

void TestFoldSpans::mergesWhatOverlaps()
{
    QFETCH(std::vector<Group>, groups);
    QFETCH(int, bands);
    const double minWidth = 2;
    FoldSpans spans(minWidth);
    for (const Group& g : groups)
        spans.add(g.x0, g.x1, g.expanded);
    QCOMPARE(static_cast<int>(spans.spans().size()), bands);
    // Every group, widened to the minimum, lies inside a band of its own state.
    for (const Group& g : groups) {
        const double x1 = std::max(g.x1, g.x0 + minWidth);
        const bool covered = std::any_of(spans.spans().begin(), spans.spans().end(),
            [&](const FoldSpan& s) { return s.expanded == g.expanded && s.x0 <= g.x0 && x1 <= s.x1; });
        QVERIFY2(covered, qPrintable(QStringLiteral("group %1–%2 not covered").arg(g.x0).arg(g.x1)));
    }
    for (const FoldSpan& s : spans.spans())
        QVERIFY(s.x1 - s.x0 >= minWidth);
}

// A large run on a scrubber 1,000 pixels wide: 50,000 groups of random widths, mostly folded, some opened.
void TestFoldSpans::manyNarrowGroupsMakeFewBands()
{
    std::mt19937 random(20261130);
    std::uniform_real_distribution<double> width(0, 0.04);
    std::bernoulli_distribution opened(0.01);
    FoldSpans spans(2);
    double x = 0;
    int groups = 0;
    double coveredByGroups = 0;
    while (x < 1000) {
        const double w = width(random);
        const bool expanded = opened(random);
        spans.add(x, x + w, expanded);
        coveredByGroups += w;
        x += w;
        ++groups;
    }
    QVERIFY(groups > 40000);
    // Bands never overlap one of the same state, and there are at most about two per pixel column.
    const auto& bands = spans.spans();
    QVERIFY2(bands.size() < 2000, qPrintable(QString::number(bands.size())));
    double coveredByBands = 0;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        coveredByBands += bands[i].x1 - bands[i].x0;
        if (i > 0)
            QVERIFY(bands[i].x0 >= bands[i - 1].x0);
    }
    QVERIFY(coveredByBands >= coveredByGroups);
}

QTEST_APPLESS_MAIN(TestFoldSpans)
#include "tst_foldspans.moc"
