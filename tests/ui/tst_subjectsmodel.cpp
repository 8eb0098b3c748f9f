// The Why panel's list of subjects, on every built-in scenario: one row per subject either run decided about or sent
// to, sorted by id, each shown with its email address when one was sent to it (else another recipient).
#include "painting/models/subjectsmodel.h"
#include "scenariorunner.h"
#include "support/fixtures.h"

#include <QTest>
#include <map>
#include <set>

using namespace notiflow;
using notiflow::ui::SubjectsModel;

class TestSubjectsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everySubjectOnce_data() { test::addBuiltinScenarioRows(); }
    void everySubjectOnce();
    void emptyWithoutAComparison();
};

void TestSubjectsModel::everySubjectOnce()
{
    QFETCH(QString, scenario);
    const Comparison cmp = compareArchitectures(test::defaultData(), test::builtinScenario(scenario.toStdString()));
    // Counted here independently: the subjects, and the email addresses sent to.
    std::set<std::string> subjects;
    std::map<std::string, std::string> emails;
    for (const Architecture arch : allArchitectures) {
        for (const Decision& d : cmp.run(arch).decisions)
            subjects.insert(d.subject);
        for (const SentNotification& n : cmp.run(arch).notifications) {
            subjects.insert(n.customerId);
            if (n.channel == Channel::Email)
                emails[n.customerId] = n.recipient;
        }
    }
    subjects.erase(std::string());
    QVERIFY(!subjects.empty());

    SubjectsModel model;
    model.setComparison(&cmp);
    QCOMPARE(model.rowCount(), static_cast<int>(subjects.size()));
    int row = 0;
    for (const std::string& id : subjects) { // std::set: sorted as the model must be
        const QModelIndex index = model.index(row++);
        const QString key = QString::fromStdString(id);
        QCOMPARE(index.data(SubjectsModel::KeyRole).toString(), key);
        const QString shown = index.data(Qt::DisplayRole).toString();
        QVERIFY2(shown.startsWith(key), qPrintable(shown));
        if (const auto email = emails.find(id); email != emails.end())
            QCOMPARE(shown, key + QStringLiteral(" · ") + QString::fromStdString(email->second));
    }
}

void TestSubjectsModel::emptyWithoutAComparison()
{
    SubjectsModel model;
    const Comparison cmp = compareArchitectures(test::defaultData(), test::builtinScenario("price-drop"));
    model.setComparison(&cmp);
    QVERIFY(model.rowCount() > 0);
    model.setComparison(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSubjectsModel)
#include "tst_subjectsmodel.moc"
