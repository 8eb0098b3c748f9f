// The spill file: what one thread writes, with gaps it fills later, comes out whole and in order on the thread that
// copies it, however the two interleave; a writer that stops with a gap open ends the copy there.
#include "io/spillfile.h"

#include <QStringList>
#include <QTest>
#include <future>
#include <sstream>
#include <string>
#include <vector>

using namespace notiflow;

class TestSpillFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void copiesTextWithGapsFilled_data();
    void copiesTextWithGapsFilled();
};

void TestSpillFile::copiesTextWithGapsFilled_data()
{
    // Writer operations: "write TEXT", "gap N" (a gap N bytes beyond the text written so far, as if the writer still
    // buffered N bytes), "fill TEXT" (the latest gap not yet filled).
    QTest::addColumn<QStringList>("operations");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no gap") << QStringList { "write abc", "write def" } << "abcdef";
    QTest::newRow("gap filled at once") << QStringList { "write {a", "gap 0", "fill ,b}", "write ,\n{c}" }
                                        << "{a,b},\n{c}";
    QTest::newRow("gap filled after the text behind it") << QStringList { "write [{t", "gap 0", "write ,{x}",
        "write ,{y}", "fill ,end}", "write ]" } << "[{t,end},{x},{y}]";
    QTest::newRow("nested gaps, inner filled first")
        << QStringList { "write T", "gap 0", "write R", "gap 0", "write q", "fill r", "write s", "fill t" } << "TtRrqs";
    QTest::newRow("gap inside text still buffered")
        << QStringList { "write ab", "gap 2", "write cd", "write ef", "fill X" } << "abcdXef";
    QTest::newRow("empty fill") << QStringList { "write a", "gap 0", "write b", "fill " } << "ab";
    QTest::newRow("writer stops with a gap open") << QStringList { "write kept", "gap 0", "write lost" } << "kept";
}

void TestSpillFile::copiesTextWithGapsFilled()
{
    QFETCH(QStringList, operations);
    QFETCH(QString, expected);
    SpillFile spill;
    QVERIFY(spill.isOpen());
    auto writer = std::async(std::launch::async, [&] {
        const SpillFile::Writing writing(spill);
        std::uint64_t written = 0;
        std::vector<std::size_t> open;
        for (const QString& operation : operations) {
            const QString verb = operation.section(' ', 0, 0);
            const std::string argument = operation.section(' ', 1).toStdString();
            if (verb == "write") {
                spill.write(argument);
                written += argument.size();
            } else if (verb == "gap") {
                open.push_back(spill.openGap(written + std::stoull(argument)));
            } else {
                spill.fillGap(open.back(), argument);
                open.pop_back();
            }
        }
    });
    std::ostringstream out;
    spill.copyTo(out);
    writer.get();
    QCOMPARE(QString::fromStdString(out.str()), expected);
}

QTEST_GUILESS_MAIN(TestSpillFile)
#include "tst_spillfile.moc"
