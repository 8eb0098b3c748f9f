// The move of the settings file to the application id's name: the old settings arrive once, complete, the old file
// stays as it was, a damaged or unwritable file loses nothing, and a window opened afterwards has the old layout.
#include "painting/session/replaysession.h"
#include "painting/session/settingsmigration.h"
#include "painting/session/workspace.h"
#include "widgets/window/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace notiflow::ui;
using Outcome = SettingsMigration::Outcome;

Q_DECLARE_METATYPE(SettingsMigration::Outcome)

class TestSettingsMigration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void migration_data();
    void migration();
    void legacyFileIsWhere010KeptIt();
    void windowLayoutSurvives();

private:
    QByteArray read(const QString& path);
    void write(const QString& path, const QByteArray& content);
    QTemporaryDir m_dir;
};

void TestSettingsMigration::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QByteArray TestSettingsMigration::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSettingsMigration::write(const QString& path, const QByteArray& content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

namespace {
// What notiflow 0.1.0 wrote: binary window geometry and state, and plain values.
const QByteArray oldSettings = "[General]\n"
                               "geometry=@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3\\0\\0\\0\\0\\0\\x64)\n"
                               "scenario=order-complete\n"
                               "speed=2\n"
                               "theme=dark\n"
                               "titleSlide=true\n"
                               "viewMode=1\n"
                               "\n"
                               "[export]\n"
                               "size=1280x720\n";
} // namespace

void TestSettingsMigration::migration_data()
{
    QTest::addColumn<QByteArray>("oldFile"); // empty: no old file
    QTest::addColumn<QByteArray>("newFile"); // empty: no new file; "FOLDER-IS-A-FILE": the new folder cannot exist
    QTest::addColumn<Outcome>("outcome");

    QTest::newRow("first start") << QByteArray() << QByteArray() << Outcome::NothingToMigrate;
    QTest::newRow("old settings move") << oldSettings << QByteArray() << Outcome::Migrated;
    QTest::newRow("already moved") << oldSettings << QByteArray("[General]\nspeed=0.5\n") << Outcome::AlreadyMigrated;
    QTest::newRow("new settings, no old")
        << QByteArray() << QByteArray("[General]\nspeed=0.5\n") << Outcome::AlreadyMigrated;
    QTest::newRow("old file damaged") << QByteArray("[General\nspeed=2\n\x01\x02") << QByteArray()
                                      << Outcome::OldUnreadable;
    QTest::newRow("new folder cannot be made")
        << oldSettings << QByteArray("FOLDER-IS-A-FILE") << Outcome::NewUnwritable;
}

void TestSettingsMigration::migration()
{
    QFETCH(QByteArray, oldFile);
    QFETCH(QByteArray, newFile);
    QFETCH(Outcome, outcome);
    const QString root = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    const QString from = root + QStringLiteral("/notiflow/notiflow.conf");
    QString to = root + QStringLiteral("/io.github.notiflow/notiflow.conf");
    if (!oldFile.isEmpty())
        write(from, oldFile);
    if (newFile == "FOLDER-IS-A-FILE") {
        write(root + QStringLiteral("/io.github.notiflow"), "a file where the settings folder should be");
    } else if (!newFile.isEmpty()) {
        write(to, newFile);
    }

    const auto result = SettingsMigration::run(from, to);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(read(from), oldFile); // never touched
    switch (outcome) {
    case Outcome::Migrated: {
        QVERIFY(result.message.isEmpty());
        const QSettings before(from, QSettings::IniFormat);
        const QSettings after(to, QSettings::IniFormat);
        QCOMPARE(after.allKeys(), before.allKeys());
        for (const QString& key : before.allKeys())
            QCOMPARE(after.value(key), before.value(key));
        QCOMPARE(after.value(QStringLiteral("geometry")).toByteArray().size(), 12); // binary values too
        // Once moved, never again: a second start leaves the new file alone even when the old one changes.
        write(from, "[General]\nspeed=4\n");
        QCOMPARE(SettingsMigration::run(from, to).outcome, Outcome::AlreadyMigrated);
        QCOMPARE(QSettings(to, QSettings::IniFormat).value(QStringLiteral("speed")).toString(), QStringLiteral("2"));
        break;
    }
    case Outcome::AlreadyMigrated:
        QCOMPARE(read(to), newFile);
        QVERIFY(result.message.isEmpty());
        break;
    case Outcome::NothingToMigrate:
        QVERIFY(!QFileInfo::exists(to));
        QVERIFY(result.message.isEmpty());
        break;
    case Outcome::OldUnreadable:
        QVERIFY(!QFileInfo::exists(to)); // the next start looks again, in case the user repairs the old file
        QVERIFY2(result.message.contains(from) && result.message.contains(QStringLiteral("not in the expected format")),
            qPrintable(result.message));
        break;
    case Outcome::NewUnwritable:
        QVERIFY(!QFileInfo(to).isFile());
        QVERIFY2(result.message.contains(to) && result.message.contains(from), qPrintable(result.message));
        break;
    }
}

void TestSettingsMigration::legacyFileIsWhere010KeptIt()
{
    // 0.1.0 set organisation and application "notiflow" and used QSettings() with its default format.
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow"));
    QCoreApplication::setApplicationName(QStringLiteral("notiflow"));
    QCOMPARE(SettingsMigration::legacyFile(), QSettings().fileName());
    QVERIFY2(SettingsMigration::legacyFile().endsWith(QStringLiteral("/notiflow/notiflow.conf")),
        qPrintable(SettingsMigration::legacyFile()));
}

// The point of it all: a window closed under the old name opens under the new one where it was, as it was.
void TestSettingsMigration::windowLayoutSurvives()
{
    Workspace workspace;
    workspace.loadBuiltin();
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests-old"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsmigration"));
    const QString from = QSettings().fileName();
    QFile::remove(from);
    QRect geometry;
    {
        MainWindow window(&workspace);
        window.session()->setSpeed(2.0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Placed by the user after the first start filled the screen: lower down and less tall (the test's screen is
        // 800x800, the window as wide as its minimum allows).
        const QRect placed(window.geometry().left(), 40, window.geometry().width(), 700);
        window.setGeometry(placed);
        QTRY_COMPARE(window.geometry(), placed);
        geometry = window.geometry();
        window.close(); // saves the settings, as quitting does
    }
    QVERIFY(QFileInfo::exists(from));

    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests-new"));
    const QString to = QSettings().fileName();
    QFile::remove(to);
    QCOMPARE(SettingsMigration::run(from, to).outcome, Outcome::Migrated);
    {
        MainWindow window(&workspace);
        // Where it was and as tall; the width may be a few pixels more, because before its first show (before the
        // zoom is fitted to the screen) the window's minimum width is its default zoom's.
        QCOMPARE(window.geometry().topLeft(), geometry.topLeft());
        QCOMPARE(window.geometry().height(), geometry.height());
        QVERIFY(window.geometry().width() - geometry.width() <= 8);
        QCOMPARE(window.session()->speed(), 2.0);
    }
    // Leave nothing behind in the test-mode configuration folder.
    for (const QString& file : { from, to })
        QVERIFY(QDir(QFileInfo(file).path()).removeRecursively());
}

QTEST_MAIN(TestSettingsMigration)
#include "tst_settingsmigration.moc"
