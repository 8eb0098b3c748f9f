// The window's saved settings: good values come back; a settings file that cannot be read, or values of the wrong
// type or out of range, give the defaults and a warning naming the setting or the file, and the window still opens.
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "widgets/window/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace notiflow;
using namespace notiflow::ui;

class TestWindowSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void goodValuesAreRestored();
    void firstStartFillsTheAvailableArea();
    void badSettingsFallBack_data();
    void badSettingsFallBack();

private:
    void writeSettingsFile(const QByteArray& text);
    Workspace m_workspace;
    QString m_settingsFile;
};

void TestWindowSettings::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowsettings"));
    m_workspace.loadBuiltin();
}

void TestWindowSettings::init()
{
    // A file of its own per test function and row: QSettings caches what it parsed per file within a process.
    static int run = 0;
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowsettings-%1").arg(++run));
    m_settingsFile = QSettings().fileName();
    cleanup();
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^notiflow: "))); // only the warnings a row expects
}

void TestWindowSettings::cleanup()
{
    QFileInfo info(m_settingsFile);
    if (info.isDir())
        QVERIFY(QDir(m_settingsFile).removeRecursively());
    else if (info.exists())
        QVERIFY(QFile::remove(m_settingsFile));
}

void TestWindowSettings::writeSettingsFile(const QByteArray& text)
{
    QVERIFY(QDir().mkpath(QFileInfo(m_settingsFile).path()));
    QFile file(m_settingsFile);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(text), text.size());
}

// Without saved geometry the window takes the screen's whole available area (it used to open at 1600x960 at most).
void TestWindowSettings::firstStartFillsTheAvailableArea()
{
    MainWindow window(&m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.frameGeometry(), window.screen()->availableGeometry());
}

void TestWindowSettings::goodValuesAreRestored()
{
    writeSettingsFile("[General]\nspeed=2\nviewMode=1\nscenario=order-complete\n");
    MainWindow window(&m_workspace);
    QCOMPARE(window.session()->speed(), 2.0);
    QCOMPARE(window.viewMode(), MainWindow::ViewMode::Stacked);
    QCOMPARE(window.currentScenarioId(), QStringLiteral("order-complete"));
}

void TestWindowSettings::badSettingsFallBack_data()
{
    QTest::addColumn<QByteArray>("text"); // the settings file; empty: a folder stands where the file should be
    QTest::addColumn<QString>("warning");

    QTest::newRow("corrupt file")
        << QByteArray("\x01\x02\xFF\xFE\n[[General\nspeed=2\n\x7F\x10")
        << "cannot read the settings in .*tst_windowsettings-\\d+\\.conf \\(not in the expected "
           "format\\); using the defaults";
    QTest::newRow("half-written file") << QByteArray("[General\nspeed=2\nviewMode=1\n")
                                       << "cannot read the settings in .*tst_windowsettings-\\d+\\.conf \\(not in the "
                                          "expected format\\); using the defaults";
    QTest::newRow("unreadable file")
        << QByteArray()
        << "cannot read the settings in .*tst_windowsettings-\\d+\\.conf \\(not accessible\\); "
           "using the defaults";
    QTest::newRow("speed not a number") << QByteArray("[General]\nspeed=fast\n")
                                        << "ignoring the setting speed = \"fast\" in .*; using the default";
    QTest::newRow("speed out of range") << QByteArray("[General]\nspeed=100\n")
                                        << "ignoring the setting speed = \"100\" in .*; using the default";
    QTest::newRow("speed not a number at all")
        << QByteArray("[General]\nspeed=nan\n") << "ignoring the setting speed = \"nan\" in .*; using the default";
    QTest::newRow("view mode out of range")
        << QByteArray("[General]\nviewMode=9\n") << "ignoring the setting viewMode = \"9\" in .*; using the default";
    QTest::newRow("view mode of the wrong type") << QByteArray(
        "[General]\nviewMode=stacked\n") << "ignoring the setting viewMode = \"stacked\" in .*; using the default";
    QTest::newRow("geometry garbage") << QByteArray("[General]\ngeometry=@ByteArray(nonsense)\n")
                                      << "ignoring the setting geometry = \"nonsense\" in .*; using the default";
    QTest::newRow("window state garbage") << QByteArray("[General]\nwindowState=12\n")
                                          << "ignoring the setting windowState = \"12\" in .*; using the default";
}

void TestWindowSettings::badSettingsFallBack()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, warning);
    if (text.isEmpty())
        QVERIFY(QDir().mkpath(m_settingsFile)); // unreadable even for root, unlike a file without permissions
    else
        writeSettingsFile(text);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^notiflow: ") + warning + QLatin1Char('$')));
    MainWindow window(&m_workspace);
    QCOMPARE(window.session()->speed(), 1.0);
    QCOMPARE(window.viewMode(), MainWindow::ViewMode::SideBySide);
    QVERIFY(window.session()->comparison()); // the window opened on a scenario as usual
    QVERIFY(window.width() > 200 && window.height() > 200);
}

QTEST_MAIN(TestWindowSettings)
#include "tst_windowsettings.moc"
