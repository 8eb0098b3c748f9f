// docs/notiflow.1 against `notiflow --help` and `notiflow serve --help`: every option the program lists is described
// in the manual's OPTIONS section, and the manual describes no option the program no longer has.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>

class TestManPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void optionIsDocumented_data();
    void optionIsDocumented();
    void documentedOptionExists_data();
    void documentedOptionExists();
    void argumentIsInSynopsis_data();
    void argumentIsInSynopsis();

private:
    struct Option {
        QString shortName; // empty when the option has only a long name
        QString longName;
    };
    QList<Option> m_helpOptions;
    QStringList m_helpArguments; // positional arguments and subcommands: "FILE|FOLDER" gives FILE and FOLDER
    QString m_optionsSection; // the roff source from ".SH OPTIONS" to the next section
    QString m_synopsis;
};

namespace {
// A name as the manual's roff source writes it: every hyphen is \- (a real minus sign, so it can be copied).
QString roffName(const QString& dashes, const QString& name)
{
    return QString(dashes).replace(QLatin1Char('-'), QStringLiteral("\\-"))
        + QString(name).replace(QLatin1Char('-'), QStringLiteral("\\-"));
}

bool mentions(const QString& roff, const QString& name)
{
    // Whole names only: --scenario must not be found inside --scenario-file.
    const QRegularExpression word(QRegularExpression::escape(name) + QStringLiteral("(?![A-Za-z0-9]|\\\\-)"));
    return word.match(roff).hasMatch();
}
} // namespace

void TestManPage::initTestCase()
{
    // The options of the program and of its subcommand (`notiflow serve --help`); the manual documents both.
    QString help;
    for (const QStringList& arguments : { QStringList { QStringLiteral("--help") },
             QStringList { QStringLiteral("serve"), QStringLiteral("--help") } }) {
        QProcess process;
        process.start(QStringLiteral(NOTIFLOW_BINARY), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        if (help.isEmpty())
            help = text;
        // Qt prints each option on a line of its own, two spaces in: "  -h, --help" or "  --scenario <ID>".
        static const QRegularExpression line(QStringLiteral("^  (?:-([A-Za-z0-9]), )?--([A-Za-z0-9][A-Za-z0-9-]*)"),
            QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const bool seen = std::any_of(m_helpOptions.cbegin(), m_helpOptions.cend(),
                [&](const Option& option) { return option.longName == match.captured(2); });
            if (!seen)
                m_helpOptions.append({ match.captured(1), match.captured(2) });
        }
    }
    QVERIFY2(m_helpOptions.size() >= 10, qPrintable(QStringLiteral("too few options found in --help:\n") + help));

    // Positional arguments follow "Arguments:", also two spaces in.
    const qsizetype arguments = help.indexOf(QStringLiteral("\nArguments:\n"));
    if (arguments >= 0) {
        static const QRegularExpression name(QStringLiteral("^  ([^ \n]+)"), QRegularExpression::MultilineOption);
        for (auto it = name.globalMatch(help, arguments); it.hasNext();)
            m_helpArguments << it.next().captured(1).split(QLatin1Char('|'));
    }

    QFile manual(QStringLiteral(NOTIFLOW_SOURCE_DIR "/docs/notiflow.1"));
    QVERIFY(manual.open(QIODevice::ReadOnly));
    const QString source = QString::fromUtf8(manual.readAll());
    const qsizetype start = source.indexOf(QStringLiteral("\n.SH OPTIONS\n"));
    QVERIFY2(start >= 0, "docs/notiflow.1 has no OPTIONS section");
    const qsizetype end = source.indexOf(QStringLiteral("\n.SH "), start + 1);
    m_optionsSection = source.mid(start, end < 0 ? -1 : end - start);
    const qsizetype synopsis = source.indexOf(QStringLiteral("\n.SH SYNOPSIS\n"));
    QVERIFY2(synopsis >= 0, "docs/notiflow.1 has no SYNOPSIS section");
    m_synopsis = source.mid(synopsis, source.indexOf(QStringLiteral("\n.SH "), synopsis + 1) - synopsis);
}

void TestManPage::optionIsDocumented_data()
{
    QTest::addColumn<QString>("shortName");
    QTest::addColumn<QString>("longName");
    for (const auto& option : std::as_const(m_helpOptions))
        QTest::newRow(qPrintable(QStringLiteral("--") + option.longName)) << option.shortName << option.longName;
}

void TestManPage::optionIsDocumented()
{
    QFETCH(QString, shortName);
    QFETCH(QString, longName);
    QVERIFY2(mentions(m_optionsSection, roffName(QStringLiteral("--"), longName)),
        qPrintable(
            QStringLiteral("--%1 is in --help but not in the OPTIONS section of docs/notiflow.1").arg(longName)));
    if (!shortName.isEmpty()) {
        QVERIFY2(mentions(m_optionsSection, roffName(QStringLiteral("-"), shortName)),
            qPrintable(QStringLiteral("-%1 is in --help but not in docs/notiflow.1").arg(shortName)));
    }
}

// Each option the manual describes: the line after each .TP names it.
void TestManPage::documentedOptionExists_data()
{
    QTest::addColumn<QString>("longName");
    static const QRegularExpression item(QStringLiteral("\n\\.TP\n[^\n]*?\\\\-\\\\-((?:[A-Za-z0-9]|\\\\-)+)"));
    int count = 0;
    for (auto it = item.globalMatch(m_optionsSection); it.hasNext(); ++count) {
        const QString name = it.next().captured(1).replace(QStringLiteral("\\-"), QStringLiteral("-"));
        QTest::newRow(qPrintable(QStringLiteral("--") + name)) << name;
    }
    QVERIFY2(count >= 10, "the OPTIONS section of docs/notiflow.1 lists too few options");
}

void TestManPage::documentedOptionExists()
{
    QFETCH(QString, longName);
    const bool known = std::any_of(m_helpOptions.cbegin(), m_helpOptions.cend(),
        [&](const Option& option) { return option.longName == longName; });
    QVERIFY2(
        known, qPrintable(QStringLiteral("docs/notiflow.1 describes --%1, which --help does not list").arg(longName)));
}

void TestManPage::argumentIsInSynopsis_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : std::as_const(m_helpArguments))
        QTest::newRow(qPrintable(name)) << name;
}

// A positional argument has a line of its own in the synopsis, ".RI [ FILE ]"; a subcommand, ".B serve".
void TestManPage::argumentIsInSynopsis()
{
    QFETCH(QString, name);
    const QString escaped = QRegularExpression::escape(name);
    const QRegularExpression line(
        QStringLiteral("^\\.(?:RI \\[ %1 \\]|B %1)$").arg(escaped), QRegularExpression::MultilineOption);
    QVERIFY2(line.match(m_synopsis).hasMatch(),
        qPrintable(QStringLiteral("%1 is an argument in --help but not in the SYNOPSIS of docs/notiflow.1").arg(name)));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
