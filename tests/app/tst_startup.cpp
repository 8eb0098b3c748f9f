// The start-up loading the window and the headless modes share: built-in data, then --data, then --scenario-file,
// and the scenario asked for; a bad folder or file gives exit code 2 and a message naming it.
#include "app/commandline.h"
#include "app/startup.h"
#include "painting/session/workspace.h"
#include "support/sourcetree.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace notiflow;
using namespace notiflow::app;

class TestStartup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loads_data();
    void loads();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    QTemporaryDir m_dir;
};

void TestStartup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A data set folder that is a copy of the default one, and one with a broken file.
    for (const QString& folder : { QStringLiteral("good"), QStringLiteral("bad") }) {
        QVERIFY(QDir().mkpath(m_dir.filePath(folder)));
        for (const QString& file :
            QDir(QString::fromStdString(notiflow::test::sourceDataDir())).entryList({ "*.json" }, QDir::Files))
            QVERIFY(QFile::copy(QString::fromStdString(notiflow::test::sourceDataDir() + "/") + file,
                m_dir.filePath(folder + "/" + file)));
    }
    QFile broken(m_dir.filePath(QStringLiteral("bad/orders.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("[{");
    broken.close();
    writeFile(QStringLiteral("mine.json"),
        R"({"id": "mine", "title": "Mine", "steps": [{"action": "deliver_order", "order_id": "ORD-002"}]})");
    writeFile(QStringLiteral("broken.json"), R"({"id": "x", "title": )");
}

QString TestStartup::writeFile(const QString& name, const QByteArray& content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(content);
    return file.fileName();
}

void TestStartup::loads_data()
{
    QTest::addColumn<QStringList>("arguments"); // DIR stands for the temporary folder
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("scenarioId");
    QTest::addColumn<QString>("dataSource");
    QTest::addColumn<QString>("error"); // must appear in the message

    QTest::newRow("nothing asked") << QStringList {} << 0 << ""
                                   << "built-in"
                                   << "";
    QTest::newRow("a scenario by id") << QStringList { "--scenario", "promotion" } << 0 << "promotion"
                                      << "built-in"
                                      << "";
    // An unknown id is not start-up's to refuse: the window falls back to another, a headless mode refuses it.
    QTest::newRow("an unknown id") << QStringList { "--scenario", "nope" } << 0 << "nope"
                                   << "built-in"
                                   << "";
    QTest::newRow("a scenario file") << QStringList { "--scenario-file", "DIR/mine.json" } << 0 << "mine"
                                     << "built-in"
                                     << "";
    QTest::newRow("a file wins over an id")
        << QStringList { "--scenario", "promotion", "--scenario-file", "DIR/mine.json" } << 0 << "mine"
        << "built-in"
        << "";
    QTest::newRow("a data set folder") << QStringList { "--data", "DIR/good" } << 0 << ""
                                       << "DIR/good"
                                       << "";
    QTest::newRow("a broken data set") << QStringList { "--data", "DIR/bad" } << 2 << ""
                                       << "built-in"
                                       << "orders.json";
    QTest::newRow("a missing data set") << QStringList { "--data", "DIR/none" } << 2 << ""
                                        << "built-in"
                                        << "DIR/none";
    QTest::newRow("a broken scenario file") << QStringList { "--scenario-file", "DIR/broken.json" } << 2 << ""
                                            << "built-in"
                                            << "broken.json";
}

void TestStartup::loads()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, scenarioId);
    QFETCH(QString, dataSource);
    QFETCH(QString, error);
    arguments.replaceInStrings(QStringLiteral("DIR"), m_dir.path());
    dataSource.replace(QStringLiteral("DIR"), QDir::toNativeSeparators(m_dir.path()));
    error.replace(QStringLiteral("DIR"), m_dir.path());

    const CommandLine commandLine = parseCommandLine(QStringList { QStringLiteral("notiflow") } + arguments);
    QVERIFY2(commandLine.error.isEmpty(), qPrintable(commandLine.error));
    ui::Workspace workspace;
    const Startup startup = Startup::load(workspace, commandLine);
    QCOMPARE(startup.exitCode, exitCode);
    QVERIFY2(startup.error.contains(error), qPrintable(startup.error));
    QCOMPARE(startup.ok(), exitCode == 0);
    if (!startup.ok())
        return;
    QCOMPARE(startup.scenarioId, scenarioId);
    QCOMPARE(workspace.dataSource(), dataSource);
    if (!commandLine.scenarioFile.isEmpty())
        QVERIFY(workspace.scenario(scenarioId)); // the file's scenario is in the workspace, for the picker
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
