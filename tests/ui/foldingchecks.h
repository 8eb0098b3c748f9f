// What the folding tests check of any folding, independently of how StepFolding works: every folded instance
// repeats the open first one step by step, every group's counts equal counts taken from the run's own lists, and
// two foldings of one run agree in their groups and in which steps have equal shapes.
#pragma once

#include "painting/folding/stepfolding.h"
#include "run.h"

#include <QSet>
#include <QString>
#include <QTest>
#include <string>
#include <unordered_map>
#include <vector>

namespace notiflow::test {

// One step's shape written out: kind, from, to, where its parent is (the group's parent, or how many steps back),
// then `outcomes`: its rules with their outcomes and the types it sent (stepOutcomes).
inline std::string foldSignature(const Run& run, int step, int groupParent, const std::vector<std::string>& outcomes)
{
    const Step& s = run.steps[static_cast<std::size_t>(step)];
    return std::string(stepKindId(s.kind)) + " " + std::string(componentId(s.from)) + ">"
        + std::string(componentId(s.to)) + " parent "
        + (s.parent == groupParent ? std::string("P") : std::to_string(step - s.parent))
        + outcomes[static_cast<std::size_t>(step)];
}

// Per step, the rules it evaluated with their outcomes and the notification types it sent, in the run's order.
inline std::vector<std::string> stepOutcomes(const Run& run)
{
    std::vector<std::string> outcomes(run.steps.size());
    for (const Decision& d : run.decisions) {
        if (d.step >= 0 && d.step < static_cast<int>(run.steps.size()))
            outcomes[static_cast<std::size_t>(d.step)] += " " + d.rule.str() + (d.passed ? "+" : "-");
    }
    for (const SentNotification& n : run.notifications) {
        if (n.step >= 0 && n.step < static_cast<int>(run.steps.size()))
            outcomes[static_cast<std::size_t>(n.step)] += std::string(" ") + notificationTypeId(n.type);
    }
    return outcomes;
}

// Checks every group of `folding` against `run`; adds the steps folded to `folded`. Callers check
// QTest::currentTestFailed() after.
inline void checkFoldedGroups(const Run& run, const ui::StepFolding& folding, int* folded)
{
    QCOMPARE(folding.stepCount(), static_cast<int>(run.steps.size()));
    const std::vector<std::string> outcomes = stepOutcomes(run);
    int previousLast = -1;
    for (const ui::StepFolding::Group& g : folding.groups()) {
        QVERIFY(g.foldedFirst > previousLast); // ascending, never overlapping
        previousLast = g.foldedLast;
        *folded += g.foldedSteps();
        // The open instance runs from its first step to the first folded one; each folded instance repeats it
        // step by step.
        const int length = g.foldedFirst - g.firstStep;
        QVERIFY(length > 0);
        QCOMPARE(g.foldedSteps(), length * (g.instances - 1));
        for (int i = g.foldedFirst; i <= g.foldedLast; ++i) {
            const int model = g.firstStep + (i - g.foldedFirst) % length;
            QCOMPARE(foldSignature(run, i, g.parent, outcomes), foldSignature(run, model, g.parent, outcomes));
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
    }
}

// Per step, the first step whose subtree has the same shape: equal for two foldings that see the same shapes,
// whatever numbers each gave them.
inline std::vector<int> shapeClasses(const ui::StepFolding& folding)
{
    std::unordered_map<int, int> first;
    std::vector<int> classes;
    for (int i = 0; i < folding.stepCount(); ++i)
        classes.push_back(first.try_emplace(folding.shapeOf(i), i).first->second);
    return classes;
}

// `grown` and `fresh` fold one run alike. `when` names the moment for the message.
inline void compareFoldings(const ui::StepFolding& grown, const ui::StepFolding& fresh, const QString& when)
{
    QVERIFY2(grown.stepCount() == fresh.stepCount(), qPrintable(when));
    const auto& a = grown.groups();
    const auto& b = fresh.groups();
    for (std::size_t g = 0; g < std::max(a.size(), b.size()); ++g) {
        const auto describe = [](const std::vector<ui::StepFolding::Group>& groups, std::size_t i) {
            return i < groups.size() ? QStringLiteral("parent %1 from %2, %3 instances, folded %4-%5")
                                           .arg(groups[i].parent)
                                           .arg(groups[i].firstStep)
                                           .arg(groups[i].instances)
                                           .arg(groups[i].foldedFirst)
                                           .arg(groups[i].foldedLast)
                                     : QStringLiteral("none");
        };
        QVERIFY2(g < a.size() && g < b.size() && a[g] == b[g],
            qPrintable(QStringLiteral("%1: group %2 is %3 extended, %4 from scratch")
                           .arg(when)
                           .arg(g)
                           .arg(describe(a, g), describe(b, g))));
    }
    QVERIFY2(shapeClasses(grown) == shapeClasses(fresh), qPrintable(when + QStringLiteral(": shapes differ")));
}

} // namespace notiflow::test
