// Requirement changes through the notiflow executable: --list-changes, --change and --change-file with --compare and
// --json, every class of bad input (exit 2, nothing printed on stdout), and the README's table of built-in changes,
// which must be what the program computes.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

using nlohmann::json;

class TestChangeCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listChanges();
    void listChangesOfScenario_data();
    void listChangesOfScenario();
    void jsonAddsChangeImpactToEachRun();
    void compareAddsTablePerArchitecture();
    void changeFileIsUsed();
    void badInput_data();
    void badInput();
    void readmeTableIsComputed();

private:
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList& arguments);
    QString writeFile(const QString& name, const QByteArray& content);
    QStringList ids(const QString& listing);
    QTemporaryDir m_dir;
};

TestChangeCli::Result TestChangeCli::run(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(NOTIFLOW_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QString TestChangeCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

QStringList TestChangeCli::ids(const QString& listing)
{
    QStringList list;
    for (const QString& line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        list << line.section(QLatin1Char('\t'), 0, 0);
    return list;
}

void TestChangeCli::listChanges()
{
    const auto r = run({ QStringLiteral("--list-changes") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(ids(r.out),
        QStringList(
            { "notify-silver-price-drop", "complete-after-delivery", "sms-quiet-hours", "items-in-shipped-email",
                "add-push-channel", "wishlist-price-drop", "payment-failed-retry-date", "notify-idempotency-key" }));
    for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QCOMPARE(line.count(QLatin1Char('\t')), 2);
}

void TestChangeCli::listChangesOfScenario_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("changes");
    QTest::newRow("price-drop") << "price-drop"
                                << QStringList { "notify-silver-price-drop", "sms-quiet-hours", "add-push-channel",
                                       "wishlist-price-drop", "notify-idempotency-key" };
    QTest::newRow("order-shipped") << "order-shipped"
                                   << QStringList { "sms-quiet-hours", "items-in-shipped-email", "add-push-channel",
                                          "notify-idempotency-key" };
    QTest::newRow("payment-failed") << "payment-failed"
                                    << QStringList { "sms-quiet-hours", "add-push-channel", "payment-failed-retry-date",
                                           "notify-idempotency-key" };
    QTest::newRow("order-complete") << "order-complete"
                                    << QStringList { "complete-after-delivery", "sms-quiet-hours", "add-push-channel",
                                           "notify-idempotency-key" };
    QTest::newRow("promotion") << "promotion" << QStringList { "sms-quiet-hours", "add-push-channel" };
}

void TestChangeCli::listChangesOfScenario()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, changes);
    const auto r = run({ QStringLiteral("--list-changes"), QStringLiteral("--scenario"), scenario });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(ids(r.out), changes);
}

void TestChangeCli::jsonAddsChangeImpactToEachRun()
{
    const auto with = run({ "--scenario", "price-drop", "--change", "wishlist-price-drop", "--json" });
    QCOMPARE(with.exitCode, 0);
    const auto without = run({ "--scenario", "price-drop", "--json" });
    QCOMPARE(without.exitCode, 0);
    const json a = json::parse(with.out.toStdString());
    const json b = json::parse(without.out.toStdString());
    const json& es = a["architectures"]["event_sourced"]["change_impact"];
    QCOMPARE(es["change"].get<std::string>(), std::string("wishlist-price-drop"));
    QVERIFY(es["exercised"].get<bool>());
    QCOMPARE(es["components"].size(), std::size_t(1));
    QCOMPARE(es["components"][0]["component"].get<std::string>(), std::string("notification_service"));
    QCOMPARE(es["components"][0]["new_dependencies"][0].get<std::string>(), std::string("wishlists (new)"));
    QVERIFY(es["teams"] == json::array({ "notification" }));
    QCOMPARE(es["deployments"].get<int>(), 1);
    const json& api = a["architectures"]["api_driven"]["change_impact"];
    QCOMPARE(api["components"][0]["component"].get<std::string>(), std::string("pricing_service"));
    QVERIFY(api["teams"] == json::array({ "pricing" }));
    // Everything else is the run without the change.
    json stripped = a;
    for (const char* arch : { "event_sourced", "api_driven" })
        stripped["architectures"][arch].erase("change_impact");
    QVERIFY(stripped == b);
}

void TestChangeCli::compareAddsTablePerArchitecture()
{
    const auto r = run({ "--scenario", "payment-failed", "--change", "payment-failed-retry-date", "--compare" });
    QCOMPARE(r.exitCode, 0);
    const qsizetype table = r.out.indexOf(QStringLiteral("=== Requirement change payment-failed-retry-date"));
    QVERIFY2(table > 0, qPrintable(r.out.right(2000)));
    const QString tail = r.out.mid(table);
    QVERIFY2(tail.contains(QStringLiteral("Event-sourced: 2 components to change, teams: billing, notification, "
                                          "deployments: 2")),
        qPrintable(tail));
    QVERIFY(tail.contains(QStringLiteral("publishes PaymentFailed, whose contract gains next_attempt_at")));
    QVERIFY(tail.contains(QStringLiteral("API-driven: 2 components to change")));

    const auto unexercised = run({ "--scenario", "promotion", "--change", "notify-silver-price-drop", "--compare" });
    QCOMPARE(unexercised.exitCode, 0);
    QVERIFY(unexercised.out.contains(QStringLiteral("Event-sourced: not exercised by this scenario")));
    QVERIFY(unexercised.out.contains(QStringLiteral("API-driven: not exercised by this scenario")));
}

void TestChangeCli::changeFileIsUsed()
{
    const QString file = writeFile(
        QStringLiteral("mine.json"), R"({"id": "mine", "title": "Mine", "touches": {"events": ["PriceChanged"]}})");
    const auto r = run({ "--scenario", "price-drop", "--change-file", file, "--json" });
    QCOMPARE(r.exitCode, 0);
    const json impact = json::parse(r.out.toStdString())["architectures"]["event_sourced"]["change_impact"];
    QCOMPARE(impact["change"].get<std::string>(), std::string("mine"));
    QCOMPARE(impact["components"].size(), std::size_t(2)); // the publisher and the subscriber
    const json api = json::parse(r.out.toStdString())["architectures"]["api_driven"]["change_impact"];
    QVERIFY(!api["exercised"].get<bool>());
    QCOMPARE(api["touched"][0]["exercised"].get<bool>(), false);

    const auto listed = run({ "--list-changes", "--change-file", file });
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(ids(listed.out).constLast(), QStringLiteral("mine"));
}

void TestChangeCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString missing = m_dir.filePath(QStringLiteral("none.json"));
    const QString syntax = writeFile(QStringLiteral("syntax.json"), "{\"id\": \"x\",\n \"title\": }");
    const QString rule
        = writeFile(QStringLiteral("rule.json"), R"({"id": "x", "title": "X", "touches": {"rules": ["price.drop"]}})");
    const QString field
        = writeFile(QStringLiteral("field.json"), R"({"id": "x", "title": "X", "touches": {"channels": 1}})");
    QTest::newRow("unknown change") << QStringList { "--scenario", "price-drop", "--change", "nope", "--compare" }
                                    << "notiflow: unknown change \"nope\" (known: notify-silver-price-drop, ";
    QTest::newRow("missing file") << QStringList { "--scenario", "price-drop", "--change-file", missing, "--json" }
                                  << "notiflow: " + missing + ": cannot be opened";
    QTest::newRow("syntax") << QStringList { "--scenario", "price-drop", "--change-file", syntax, "--json" }
                            << "notiflow: " + syntax + ": line 2, column 11: ";
    QTest::newRow("unknown rule") << QStringList { "--scenario", "price-drop", "--change-file", rule, "--compare" }
                                  << "notiflow: " + rule
            + ": field touches.rules[0]: unknown rule \"price.drop\"; known: order.can_ship, ";
    QTest::newRow("bad field") << QStringList { "--scenario", "price-drop", "--change-file", field,
        "--compare" } << "notiflow: " + field + ": field touches.channels: must be true or false, not number 1";
    QTest::newRow("bad file in list") << QStringList { "--list-changes", "--change-file", rule }
                                      << "notiflow: " + rule + ": field touches.rules[0]";
    QTest::newRow("change with a list") << QStringList { "--list-scenarios", "--change", "sms-quiet-hours" }
                                        << "notiflow: --change goes with --compare, --json, --export or the window";
    QTest::newRow("both") << QStringList { "--scenario", "price-drop", "--change", "sms-quiet-hours", "--change-file",
        rule, "--json" } << "notiflow: choose one of --change and --change-file (see --help)";
    QTest::newRow("list and compare") << QStringList { "--list-changes", "--compare", "--scenario", "price-drop" }
                                      << "notiflow: choose one of --list-scenarios, --list-changes, ";
    QTest::newRow("unknown scenario") << QStringList { "--list-changes", "--scenario", "nope" }
                                      << "notiflow: unknown scenario \"nope\"";
}

void TestChangeCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
    QCOMPARE(r.out, QString()); // nothing ran
}

// The README's table between its markers must be what the program computes: each built-in change on the first
// scenario (in the built-in order) that exercises it.
void TestChangeCli::readmeTableIsComputed()
{
    QStringList rows { QStringLiteral("| change | scenario | event-sourced must change | API-driven must change |"),
        QStringLiteral("|---|---|---|---|") };
    const QStringList scenarios = ids(run({ "--list-scenarios" }).out);
    for (const QString& change : ids(run({ "--list-changes" }).out)) {
        QString natural;
        for (const QString& s : scenarios) {
            if (ids(run({ "--list-changes", "--scenario", s }).out).contains(change)) {
                natural = s;
                break;
            }
        }
        QVERIFY2(!natural.isEmpty(), qPrintable(change));
        const auto r = run({ "--scenario", natural, "--change", change, "--json" });
        QCOMPARE(r.exitCode, 0);
        const json doc = json::parse(r.out.toStdString());
        QStringList cells { change, natural };
        for (const char* arch : { "event_sourced", "api_driven" }) {
            const json& impact = doc["architectures"][arch]["change_impact"];
            QStringList parts;
            for (const json& c : impact["components"]) {
                QString part = QString::fromStdString(c["component"].get<std::string>());
                QStringList deps;
                for (const json& d : c["new_dependencies"])
                    deps << QStringLiteral("+") + QString::fromStdString(d.get<std::string>());
                if (!deps.isEmpty())
                    part += QStringLiteral(" (") + deps.join(QStringLiteral(", ")) + QStringLiteral(")");
                parts << part;
            }
            cells << (impact["exercised"].get<bool>() ? parts.join(QStringLiteral(", "))
                                                      : QStringLiteral("not exercised by this scenario"));
        }
        rows << QStringLiteral("| `%1` | %2 | %3 | %4 |").arg(cells[0], cells[1], cells[2], cells[3]);
    }
    QFile readme(QStringLiteral(NOTIFLOW_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const QString begin = QStringLiteral("<!-- change-table: begin -->\n");
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(QStringLiteral("<!-- change-table: end -->"));
    QVERIFY2(from >= 0 && to > from, "README.md has no change-table markers");
    const QString expected = rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
    QVERIFY2(text.mid(from + begin.size(), to - from - begin.size()) == expected,
        qPrintable(QStringLiteral("README.md's table differs from the program; it should read:\n") + expected));
}

QTEST_GUILESS_MAIN(TestChangeCli)
#include "tst_changecli.moc"
