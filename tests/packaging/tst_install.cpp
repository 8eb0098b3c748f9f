// `cmake --install` into a temporary DESTDIR: every file where a desktop expects it and nothing else, the desktop
// entry and the AppStream metainfo accepted by their validators, and the installed program runs.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString appId = QStringLiteral(NOTIFLOW_APP_ID);
const QString version = QStringLiteral(NOTIFLOW_VERSION);

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return { -1, {}, QStringLiteral("%1 did not finish: %2").arg(program, process.errorString()) };
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray gunzip(const QString& path)
{
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), { QStringLiteral("-dc"), path });
    if (!gzip.waitForFinished(60000) || gzip.exitStatus() != QProcess::NormalExit || gzip.exitCode() != 0)
        return {};
    return gzip.readAllStandardOutput();
}

// Lines of a validator's report that are worse than a hint.
QStringList complaints(const QString& report, const QRegularExpression& serious)
{
    QStringList lines;
    for (const QString& line : report.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (serious.match(line).hasMatch())
            lines << line;
    }
    return lines;
}
} // namespace

class TestInstall : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void installedFile_data();
    void installedFile();
    void nothingElseIsInstalled();
    void desktopEntryValidates();
    void metainfoValidates();
    void metainfoCarriesTheProjectVersion();
    void copyrightHoldsTheLicence();
    void manPageRendersWithoutWarnings();
    void installedProgramRuns();

private:
    QString installed(const QString& pathUnderPrefix) const
    {
        return m_root + QStringLiteral("/usr/") + pathUnderPrefix;
    }
    struct ExpectedFile {
        QString path;
        QString check;
    };
    static QList<ExpectedFile> expectedFiles();
    QTemporaryDir m_destdir;
    QString m_root;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_destdir.isValid());
    m_root = m_destdir.path();
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DESTDIR"), m_root);
    const auto r = run(QStringLiteral(CMAKE_COMMAND),
        { QStringLiteral("--install"), QStringLiteral(NOTIFLOW_BUILD_DIR), QStringLiteral("--prefix"),
            QStringLiteral("/usr"), QStringLiteral("--strip") }, // stripped, as the Debian package installs it
        environment);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void TestInstall::installedFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("check");
    for (const auto& file : expectedFiles())
        QTest::newRow(qPrintable(file.path)) << file.path << file.check;
}

void TestInstall::installedFile()
{
    QFETCH(QString, path);
    QFETCH(QString, check);
    const QFileInfo info(installed(path));
    QVERIFY2(info.isFile(), qPrintable(installed(path) + QStringLiteral(" is missing")));
    QVERIFY(info.size() > 0);
    if (check == QLatin1String("executable")) {
        QVERIFY(info.isExecutable());
    } else if (check.startsWith(QLatin1String("png "))) {
        const int size = check.mid(4).toInt();
        const QImage image(info.filePath());
        QCOMPARE(image.size(), QSize(size, size)); // the icon theme looks a PNG up by its folder's size
        QVERIFY(image.hasAlphaChannel());
    } else if (check == QLatin1String("svg")) {
        QVERIFY(readFile(info.filePath()).contains("<svg"));
    } else if (check == QLatin1String("gzip")) {
        QVERIFY2(!gunzip(info.filePath()).isEmpty(), "not a gzip file");
    }
    if (check != QLatin1String("executable"))
        QVERIFY2(!info.isExecutable(), "data files are not executable");
}

void TestInstall::nothingElseIsInstalled()
{
    QStringList expected;
    for (const auto& file : expectedFiles())
        expected << file.path;
    QStringList found;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next().mid(m_root.size() + QStringLiteral("/usr/").size());
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

// Where each file belongs under the prefix (/usr), and what shows it is the right kind of file.
QList<TestInstall::ExpectedFile> TestInstall::expectedFiles()
{
    QList<ExpectedFile> files { { QStringLiteral("bin/notiflow"), QStringLiteral("executable") },
        { QStringLiteral("share/applications/%1.desktop").arg(appId), QStringLiteral("text") },
        { QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId), QStringLiteral("text") },
        { QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId), QStringLiteral("svg") },
        { QStringLiteral("share/man/man1/notiflow.1.gz"), QStringLiteral("gzip") },
        { QStringLiteral("share/doc/notiflow/README.md"), QStringLiteral("text") },
        { QStringLiteral("share/doc/notiflow/copyright"), QStringLiteral("text") },
        { QStringLiteral("share/doc/notiflow/changelog.gz"), QStringLiteral("gzip") } };
    for (const int size : { 16, 32, 48, 64, 128, 256 }) {
        files.append({ QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId),
            QStringLiteral("png %1").arg(size) });
    }
    return files;
}

void TestInstall::desktopEntryValidates()
{
    const auto r = run(QStringLiteral("desktop-file-validate"),
        { installed(QStringLiteral("share/applications/%1.desktop").arg(appId)) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // Hints are allowed: the one it gives is for listing notiflow under both Education and Development, on purpose.
    const QStringList serious = complaints(r.out + r.err, QRegularExpression(QStringLiteral(": (error|warning): ")));
    QVERIFY2(serious.isEmpty(), qPrintable(serious.join(QLatin1Char('\n'))));

    // The validator does not look outside the file: its Icon must be the installed icon, its Exec the program.
    const QString entry
        = QString::fromUtf8(readFile(installed(QStringLiteral("share/applications/%1.desktop").arg(appId))));
    const auto icon
        = QRegularExpression(QStringLiteral("^Icon=(.*)$"), QRegularExpression::MultilineOption).match(entry);
    QVERIFY(icon.hasMatch());
    QVERIFY2(
        QFileInfo::exists(installed(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(icon.captured(1)))),
        qPrintable(QStringLiteral("no icon installed for Icon=") + icon.captured(1)));
    const auto exec
        = QRegularExpression(QStringLiteral("^Exec=(\\S+) %F$"), QRegularExpression::MultilineOption).match(entry);
    QVERIFY2(exec.hasMatch(), "Exec must run a program on the files given (%F)");
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/") + exec.captured(1))).isExecutable());
}

void TestInstall::metainfoValidates()
{
    const auto r = run(QStringLiteral("appstreamcli"),
        { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
            installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId)) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // Pedantic notes (P:), infos (I:), warnings (W:) and errors (E:) are all absent today; keep it so.
    const QStringList notes = complaints(r.out + r.err, QRegularExpression(QStringLiteral("^[EWIP]: ")));
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));

    // The installed tree as a whole: the metainfo's launchable names an installed desktop entry, which names an icon.
    const auto tree = run(QStringLiteral("appstreamcli"),
        { QStringLiteral("validate-tree"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"), m_root });
    QVERIFY2(tree.exitCode == 0, qPrintable(tree.out + tree.err));
    const QStringList treeNotes = complaints(tree.out + tree.err, QRegularExpression(QStringLiteral("^[EWIP]: ")));
    QVERIFY2(treeNotes.isEmpty(), qPrintable(treeNotes.join(QLatin1Char('\n'))));
}

void TestInstall::metainfoCarriesTheProjectVersion()
{
    const QString metainfo
        = QString::fromUtf8(readFile(installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId))));
    QVERIFY(metainfo.contains(QStringLiteral("<id>%1</id>").arg(appId)));
    QVERIFY(metainfo.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(appId)));
    QVERIFY(metainfo.contains(
        QStringLiteral("<release version=\"%1\" date=\"%2\">").arg(version, QStringLiteral(NOTIFLOW_RELEASE_DATE))));
    const QString changelog = QString::fromUtf8(gunzip(installed(QStringLiteral("share/doc/notiflow/changelog.gz"))));
    QVERIFY2(changelog.startsWith(QStringLiteral("notiflow (%1) ").arg(version)), qPrintable(changelog.left(80)));
}

// The copyright file says, in Debian's machine-readable format, exactly what LICENSE says.
void TestInstall::copyrightHoldsTheLicence()
{
    const QString copyright = QString::fromUtf8(readFile(installed(QStringLiteral("share/doc/notiflow/copyright"))));
    QVERIFY(copyright.startsWith(
        QStringLiteral("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")));
    const QString licence = QString::fromUtf8(readFile(QStringLiteral(NOTIFLOW_SOURCE_DIR "/LICENSE")));
    const auto holder = QRegularExpression(QStringLiteral("Copyright \\(c\\) ([^\n]+)")).match(licence);
    QVERIFY(holder.hasMatch());
    QVERIFY(copyright.contains(QStringLiteral("\nCopyright: %1\nLicense: Expat\n").arg(holder.captured(1))));

    // Undo DEP-5's indentation (one space; a lone dot for an empty line) and compare with LICENSE's terms.
    const qsizetype start = copyright.indexOf(QStringLiteral("License: Expat\n")) + 15;
    QStringList terms;
    for (const QString& line : copyright.mid(start).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        terms << (line == QLatin1String(" .") ? QString() : line.mid(1));
    const qsizetype body = licence.indexOf(QStringLiteral("Permission is hereby granted"));
    QVERIFY(body > 0);
    QCOMPARE(terms.join(QLatin1Char('\n')), licence.mid(body).trimmed());
}

void TestInstall::manPageRendersWithoutWarnings()
{
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    const auto r = run(QStringLiteral("man"),
        { QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"), QStringLiteral("-l"),
            QStringLiteral("-Tutf8"), installed(QStringLiteral("share/man/man1/notiflow.1.gz")) },
        environment);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    // -Tutf8 (as lintian runs it) marks bold by overstriking: "E\bE".
    const QString text = QString(r.out).remove(QRegularExpression(QStringLiteral(".\x08")));
    QVERIFY2(text.contains(QStringLiteral("\nEXIT STATUS\n")), qPrintable(text.left(400)));
    // The header carries the version and date of the release it documents.
    const QString source = QString::fromUtf8(gunzip(installed(QStringLiteral("share/man/man1/notiflow.1.gz"))));
    QVERIFY2(
        source.contains(
            QStringLiteral("\n.TH NOTIFLOW 1 %1 \"notiflow %2\"").arg(QStringLiteral(NOTIFLOW_RELEASE_DATE), version)),
        "docs/notiflow.1's .TH line names another version or date than the project");
}

void TestInstall::installedProgramRuns()
{
    const auto r = run(installed(QStringLiteral("bin/notiflow")), { QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(version), qPrintable(r.out));
    // Stripped of symbols and of the compiler's notes (lintian: binary-has-unneeded-section).
    const auto sections = run(QStringLiteral("readelf"),
        { QStringLiteral("-S"), QStringLiteral("-W"), installed(QStringLiteral("bin/notiflow")) });
    QCOMPARE(sections.exitCode, 0);
    QVERIFY2(!sections.out.contains(QStringLiteral(" .comment ")), "the installed program keeps its .comment section");
    QVERIFY2(!sections.out.contains(QStringLiteral(" .symtab ")), "the installed program is not stripped");
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
