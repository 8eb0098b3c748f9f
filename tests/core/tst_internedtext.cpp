// Interned text: one stored copy per wording, shared by every record that repeats it, from any thread; and the
// decisions of a recorded run hold their rules and reasons that way, word for word as the rules gave them.
#include "internedtext.h"
#include "scenariorunner.h"
#include "support/fixtures.h"

#include <QTest>
#include <set>
#include <thread>

using namespace notiflow;
using namespace notiflow::test;

class TestInternedText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void equalWordingsShareOneCopy();
    void differentWordingsStayApart();
    void emptyTextIsOneEntry();
    void threadsInterningTheSameWordingsStoreEachOnce();
    void decisionsKeepTheirWordingsAndShareThem_data();
    void decisionsKeepTheirWordingsAndShareThem();
};

void TestInternedText::equalWordingsShareOneCopy()
{
    // Two separate buffers with the same wording: one stored copy.
    const std::string first = "segment gold qualifies (interned text test)";
    const std::string second = first.substr(0);
    const std::size_t before = InternedText::storedCount();
    const InternedText a(first);
    const InternedText b(second);
    QCOMPARE(InternedText::storedCount(), before + 1);
    QVERIFY(a == b);
    QCOMPARE(&a.str(), &b.str());
    QCOMPARE(a.str(), first);
    QVERIFY(a == first);
    QVERIFY(a == std::string_view(first));
    QVERIFY(a == first.c_str());
}

void TestInternedText::differentWordingsStayApart()
{
    const InternedText a("segment silver is not gold or platinum (interned text test)");
    const InternedText b("segment bronze is not gold or platinum (interned text test)");
    QVERIFY(!(a == b));
    QVERIFY(&a.str() != &b.str());
    QVERIFY(!(a == b.str()));
}

void TestInternedText::emptyTextIsOneEntry()
{
    const InternedText none;
    const InternedText empty("");
    QVERIFY(none.empty());
    QVERIFY(none == empty);
    QCOMPARE(&none.str(), &empty.str());
}

void TestInternedText::threadsInterningTheSameWordingsStoreEachOnce()
{
    constexpr int wordings = 64;
    constexpr int rounds = 2000;
    const auto wording = [](int i) { return "wording " + std::to_string(i) + " (interned text threads test)"; };
    const std::size_t before = InternedText::storedCount();
    std::vector<const std::string*> seen[2];
    const auto intern = [&](int thread) {
        for (int r = 0; r < rounds; ++r) {
            const InternedText t(wording(r % wordings));
            if (r < wordings)
                seen[thread].push_back(&t.str());
        }
    };
    std::thread other(intern, 1);
    intern(0);
    other.join();
    QCOMPARE(InternedText::storedCount(), before + wordings);
    QCOMPARE(seen[0], seen[1]);
    for (int i = 0; i < wordings; ++i)
        QCOMPARE(*seen[0][std::size_t(i)], wording(i));
}

void TestInternedText::decisionsKeepTheirWordingsAndShareThem_data()
{
    addBuiltinScenarioRows();
}

void TestInternedText::decisionsKeepTheirWordingsAndShareThem()
{
    QFETCH(QString, scenario);
    for (const Architecture architecture : allArchitectures) {
        const Run run = runScenario(defaultData(), builtinScenario(scenario.toStdString()), architecture);
        // The decision steps' details carry the rules' own words (written from the rule outcomes, not from the
        // decisions): every decision says the same, and equal wordings are one stored copy.
        std::set<std::string> reasons;
        std::set<const std::string*> stored;
        for (const Decision& d : run.decisions) {
            const nlohmann::json detail = nlohmann::json::parse(run.text(d.step).detail);
            bool found = false;
            for (const auto& check : detail.at("checks"))
                found = found
                    || (check.at("rule").get<std::string>() == d.rule.str()
                        && check.at("reason").get<std::string>() == d.reason.str()
                        && check.at("passed").get<bool>() == d.passed);
            QVERIFY2(found, (d.rule.str() + ": " + d.reason.str()).c_str());
            reasons.insert(d.reason.str());
            stored.insert(&d.reason.str());
        }
        QCOMPARE(stored.size(), reasons.size());
    }
}

QTEST_GUILESS_MAIN(TestInternedText)
#include "tst_internedtext.moc"
