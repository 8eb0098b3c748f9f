// The command line as a user meets it: outputs, JSON shape, and exit codes (0 ok, 2 bad input or usage, 1 a
// failure such as a disk that fills up while an export is written).
#include "support/sourcetree.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <sys/resource.h>

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void version();
    void listScenarios();
    void compareNarratesBothRuns();
    void jsonHasTheDocumentedShape();
    void faultedScenarioReportsItsOutcome();
    void scenarioFileRunsInsteadOfBuiltin();
    void pathArguments_data();
    void pathArguments();
    void badInput_data();
    void badInput();
    void badFilesNameTheFileAndPlace();
    void exportWritesEachFormat_data();
    void exportWritesEachFormat();
    void exportAllWritesEveryScenario();
    void badExportWritesNothing_data();
    void badExportWritesNothing();
    void exportFailingWhileWritingExitsWithOne_data();
    void exportFailingWhileWritingExitsWithOne();
    void badFileExitsWithTwo_data();
    void badFileExitsWithTwo();
    void danglingReferencesWarnAndRun();

private:
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // `inChild` runs in the child between fork and exec (async-signal-safe calls only).
    Result run(const QStringList& arguments, const std::function<void()>& inChild = {});
    QString writeFile(const QString& name, const QByteArray& content);
    QString brokenDataSet(const QString& file, const QByteArray& content);
    QTemporaryDir m_dir;
};

TestCli::Result TestCli::run(const QStringList& arguments, const std::function<void()>& inChild)
{
    QProcess process;
    if (inChild)
        process.setChildProcessModifier(inChild);
    process.start(QStringLiteral(NOTIFLOW_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QString TestCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

// A copy of the default data set with one file replaced.
QString TestCli::brokenDataSet(const QString& file, const QByteArray& content)
{
    const QString folder = QStringLiteral("data-") + QString(file).remove(QStringLiteral(".json"));
    for (const QString& name :
        QDir(QString::fromStdString(notiflow::test::sourceDataDir())).entryList({ QStringLiteral("*.json") })) {
        QFile source(QString::fromStdString(notiflow::test::sourceDataDir() + "/") + name);
        if (!source.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        writeFile(folder + "/" + name, name == file ? content : source.readAll());
    }
    return m_dir.filePath(folder);
}

void TestCli::version()
{
    const auto r = run({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("notiflow ")));
    const auto help = run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--scenario-file")));
    // It said "Usage: <executable_name> [options]" (issue 13, item 3).
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: notiflow")), qPrintable(help.out.left(80)));
    QVERIFY(!help.out.contains(QStringLiteral("executable_name")));
}

void TestCli::listScenarios()
{
    const auto r = run({ QStringLiteral("--list-scenarios") });
    QCOMPARE(r.exitCode, 0);
    QStringList ids;
    for (const QString& line : r.out.split('\n', Qt::SkipEmptyParts))
        ids << line.section('\t', 0, 0);
    ids.sort();
    QCOMPARE(ids,
        (QStringList { "email-outage", "lost-ack", "lost-ack-idempotent", "order-complete", "order-delivered",
            "order-shipped", "payment-failed", "payment-succeeded", "price-drop", "price-drop-side-down", "promotion",
            "ship-api-down-drop", "ship-api-down-fail", "ship-api-down-retry" }));
}

void TestCli::compareNarratesBothRuns()
{
    const auto r = run({ QStringLiteral("--scenario"), QStringLiteral("price-drop"), QStringLiteral("--compare") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("=== Event-sourced:")));
    QVERIFY(r.out.contains(QStringLiteral("=== API-driven:")));
    QVERIFY(r.out.contains(QStringLiteral("Pricing service asks which carts hold PROD-001")));
    QVERIFY(r.out.contains(QStringLiteral("Same notifications: yes")));
}

void TestCli::jsonHasTheDocumentedShape()
{
    const auto r = run({ QStringLiteral("--scenario"), QStringLiteral("order-complete"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const auto doc = nlohmann::json::parse(r.out.toStdString());
    QCOMPARE(doc.at("scenario").at("id").get<std::string>(), std::string("order-complete"));
    QVERIFY(doc.at("same_notifications").get<bool>());
    const std::set<std::string> components { "outside_world", "ordering_service", "pricing_service", "billing_service",
        "promotions_service", "event_bus", "notification_service", "event_correlator", "notification_api", "customers",
        "products", "orders", "carts", "preferences", "payments", "email", "sms" };
    for (const char* arch : { "event_sourced", "api_driven" }) {
        const auto& run = doc.at("architectures").at(arch);
        const auto& steps = run.at("steps");
        QVERIFY(!steps.empty());
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const auto& s = steps[i];
            QCOMPARE(s.at("index").get<std::size_t>(), i);
            for (const char* key : { "action", "kind", "label", "caption", "detail", "synchronous" })
                QVERIFY2(s.contains(key), key);
            QVERIFY(components.count(s.at("from").get<std::string>()));
            QVERIFY(components.count(s.at("to").get<std::string>()));
        }
        const auto& notifications = run.at("notifications");
        QCOMPARE(notifications.size(), std::size_t(1));
        QCOMPARE(notifications[0].at("type").get<std::string>(), std::string("ORDER_COMPLETE"));
        QCOMPARE(notifications[0].at("channel").get<std::string>(), std::string("email"));
        for (const char* key : { "recipient", "subject", "body", "action" })
            QVERIFY2(notifications[0].contains(key), key);
        QVERIFY(run.at("decisions").is_array());
        QVERIFY(run.at("metrics").at("components").contains("ordering_service"));
    }
}

// A built-in scenario with faults: each run's outcome in the JSON, and a table of it in --compare.
void TestCli::faultedScenarioReportsItsOutcome()
{
    const auto json = run({ QStringLiteral("--scenario"), QStringLiteral("lost-ack"), QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0);
    const auto doc = nlohmann::json::parse(json.out.toStdString());
    QCOMPARE(doc.at("scenario").at("faults").size(), std::size_t(2));
    QCOMPARE(doc.at("scenario").at("faults").at(0).at("mode").get<std::string>(), std::string("duplicate_delivery"));
    QCOMPARE(doc.at("scenario").at("policies").at("on_notify_failure").get<std::string>(), std::string("retry"));
    const auto& es = doc.at("architectures").at("event_sourced").at("outcome");
    const auto& api = doc.at("architectures").at("api_driven").at("outcome");
    QCOMPARE(es.at("duplicated").get<int>(), 2);
    QCOMPARE(api.at("duplicated").get<int>(), 4);
    QCOMPARE(api.at("retries").get<int>(), 2);
    QVERIFY(es.at("unaffected_faults") == nlohmann::json::array({ 1 }));
    for (const char* key : { "failed_actions", "lost", "delayed", "lost_notifications", "trigger_latency_ms",
             "notify_latency_ms", "max_queue_depth", "dead_lettered" })
        QVERIFY2(es.contains(key) && api.contains(key), key);
    int effects = 0;
    for (const auto& step : doc.at("architectures").at("api_driven").at("steps"))
        effects += step.contains("effect") ? 1 : 0;
    QVERIFY(effects > 0);
    const auto text
        = run({ QStringLiteral("--scenario"), QStringLiteral("ship-api-down-fail"), QStringLiteral("--compare") });
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(QStringLiteral("Outcome against the fault-free run")), 2);
    QVERIFY2(text.out.contains(QStringLiteral("  failed actions      1\n")), qPrintable(text.out));
    // Without faults: zeros, and no step carries an effect.
    const auto plain = run({ QStringLiteral("--scenario"), QStringLiteral("order-shipped"), QStringLiteral("--json") });
    const auto plainDoc = nlohmann::json::parse(plain.out.toStdString());
    QCOMPARE(plainDoc.at("architectures").at("api_driven").at("outcome").at("lost").get<int>(), 0);
    QVERIFY(!plain.out.contains(QStringLiteral("\"effect\"")));
    QVERIFY(!plainDoc.at("scenario").contains("faults"));
}

void TestCli::scenarioFileRunsInsteadOfBuiltin()
{
    const QString file = writeFile(QStringLiteral("mine.json"),
        R"({"id": "mine", "title": "Mine", "steps": [{"action": "deliver_order", "order_id": "ORD-002"}]})");
    const auto r = run({ QStringLiteral("--scenario-file"), file, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const auto doc = nlohmann::json::parse(r.out.toStdString());
    QCOMPARE(doc.at("scenario").at("id").get<std::string>(), std::string("mine"));
    QCOMPARE(doc.at("architectures").at("api_driven").at("notifications").at(0).at("type").get<std::string>(),
        std::string("ORDER_DELIVERED"));
}

// notiflow FILE and notiflow FOLDER, as the desktop entry's Exec=notiflow %F calls it: a folder is a data set, a
// file a scenario. In the rows, FILE is a scenario file, FOLDER a copy of the default data set, BROKEN a data set
// whose orders.json does not parse (so a run that loads it fails naming that file).
void TestCli::pathArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output"); // on stdout when the exit code is 0, on stderr otherwise

    QTest::newRow("file, as --scenario-file") << QStringList { "FILE", "--compare" } << 0 << "Scenario mine: Mine";
    QTest::newRow("file after the mode") << QStringList { "--json", "FILE" } << 0 << "\"id\":\"mine\"";
    QTest::newRow("folder, as --data") << QStringList { "FOLDER", "--scenario", "price-drop", "--compare" } << 0
                                       << "Same notifications: yes";
    QTest::newRow("folder is loaded") << QStringList { "BROKEN", "--scenario", "price-drop", "--compare" } << 2
                                      << "orders.json";
    QTest::newRow("folder and file") << QStringList { "BROKEN", "FILE", "--compare" } << 2 << "orders.json";
    QTest::newRow("file and folder") << QStringList { "FILE", "FOLDER", "--compare" } << 0 << "Scenario mine: Mine";
    QTest::newRow("no such path") << QStringList { "/no/such/scenario.json", "--compare" } << 2
                                  << "no such file or folder: /no/such/scenario.json";
    QTest::newRow("no such path, window")
        << QStringList { "/no/such/scenario.json" } << 2 << "no such file or folder: /no/such/scenario.json";
    QTest::newRow("two files") << QStringList { "FILE", "FILE", "--compare" } << 2 << "one scenario file at a time";
    QTest::newRow("file and --scenario-file")
        << QStringList { "FILE", "--scenario-file", "FILE", "--compare" } << 2 << "one scenario file at a time";
    QTest::newRow("folder and --data") << QStringList { "--data", "FOLDER", "BROKEN", "--list-scenarios" } << 2
                                       << "one data set folder at a time";
    QTest::newRow("file with --export-all") << QStringList { "FILE", "--export-all", "out" } << 2 << "--export-all";
}

void TestCli::pathArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    const QString file = writeFile(QStringLiteral("paths/mine.json"),
        R"({"id": "mine", "title": "Mine", "steps": [{"action": "deliver_order", "order_id": "ORD-002"}]})");
    const QString folder = brokenDataSet(QStringLiteral("none.json"), {});
    const QString broken = brokenDataSet(QStringLiteral("orders.json"), "[\n  {\"id\": \"ORD-1\",\n  oops\n]");
    for (QString& argument : arguments) {
        if (argument == QLatin1String("FILE"))
            argument = file;
        else if (argument == QLatin1String("FOLDER"))
            argument = folder;
        else if (argument == QLatin1String("BROKEN"))
            argument = broken;
    }
    const auto r = run(arguments);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    const QString& text = exitCode == 0 ? r.out : r.err;
    QVERIFY2(text.contains(output), qPrintable(text.left(2000)));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // must appear on stderr

    QTest::newRow("unknown option") << QStringList { "--bogus" } << "bogus";
    QTest::newRow("two modes") << QStringList { "--scenario", "price-drop", "--json", "--compare" } << "choose one";
    QTest::newRow("json without a scenario") << QStringList { "--json" } << "--scenario";
    QTest::newRow("unknown scenario") << QStringList { "--scenario", "nope", "--json" } << "unknown scenario \"nope\"";
    QTest::newRow("missing data folder") << QStringList { "--data", "/no/such/folder", "--list-scenarios" }
                                         << "/no/such/folder";
    QTest::newRow("bad step number") << QStringList { "--step", "zero" } << "--step";
}

void TestCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::badFilesNameTheFileAndPlace()
{
    const QString data = brokenDataSet(QStringLiteral("orders.json"), "[\n  {\"id\": \"ORD-1\",\n  oops\n]");
    const auto broken = run({ QStringLiteral("--data"), data, QStringLiteral("--scenario"),
        QStringLiteral("price-drop"), QStringLiteral("--json") });
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains(QStringLiteral("orders.json")) && broken.err.contains(QStringLiteral("line 3")),
        qPrintable(broken.err));
    const QString scenario = writeFile(QStringLiteral("unknown-order.json"),
        R"({"id": "x", "title": "X", "steps": [{"action": "ship_order", "order_id": "ORD-404"}]})");
    const auto unknown = run({ QStringLiteral("--scenario-file"), scenario, QStringLiteral("--compare") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(
        unknown.err.contains(QStringLiteral("unknown-order.json")) && unknown.err.contains(QStringLiteral("ORD-404")),
        qPrintable(unknown.err));
    const QString timing = writeFile(QStringLiteral("bad-timing.json"),
        R"({"id": "x", "title": "X", "timing": {"query_ms": -1}, "steps": [{"action": "ship_order", "order_id": "ORD-001"}]})");
    const auto badTiming = run({ QStringLiteral("--scenario-file"), timing, QStringLiteral("--json") });
    QCOMPARE(badTiming.exitCode, 2);
    QVERIFY(badTiming.out.isEmpty());
    QVERIFY2(badTiming.err.contains(QStringLiteral("bad-timing.json"))
            && badTiming.err.contains(QStringLiteral("field timing.query_ms")),
        qPrintable(badTiming.err));
}

void TestCli::exportWritesEachFormat_data()
{
    QTest::addColumn<QStringList>("arguments"); // after --scenario price-drop --export PATH
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("pngSize"); // of the (first) PNG written; empty for other formats
    QTest::newRow("png at scale 2") << QStringList { "--size", "960x540", "--scale", "2" } << "a.png"
                                    << QSize(1920, 1080);
    QTest::newRow("png of a step, dark, with metrics")
        << QStringList { "--step", "5", "--theme", "dark", "--with-metrics", "--size", "1280x720" } << "b.png"
        << QSize(1280, 720);
    QTest::newRow("svg") << QStringList { "--step", "3" } << "c.svg" << QSize();
    QTest::newRow("png with the timelines in simulated time")
        << QStringList { "--step", "9", "--timeline-time", "--size", "1280x720" } << "time.png" << QSize(1280, 720);
    QTest::newRow("pdf of all steps") << QStringList { "--all-steps", "--size", "960x540" } << "d.pdf" << QSize();
    QTest::newRow("gif") << QStringList { "--size", "640x360" } << "e.gif" << QSize();
    QTest::newRow("png sequence") << QStringList { "--size", "640x360" } << "frames/" << QSize(640, 360);
    QTest::newRow("summary png") << QStringList { "--summary" } << "summary.png" << QSize(1920, 1080);
    QTest::newRow("summary png, 1280x720 at scale 2, high contrast")
        << QStringList { "--summary", "--size", "1280x720", "--scale", "2", "--theme", "high-contrast" }
        << "summary-hc.png" << QSize(2560, 1440);
    QTest::newRow("summary svg") << QStringList { "--summary", "--theme", "dark" } << "summary.svg" << QSize();
}

void TestCli::exportWritesEachFormat()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, name);
    QFETCH(QSize, pngSize);
    const QString path = m_dir.filePath(QStringLiteral("export-") + name);
    const auto r = run(QStringList { "--scenario", "price-drop", "--export", path } + arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // It prints each file it wrote, one per line, and each exists.
    const QStringList printed = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!printed.isEmpty());
    for (const QString& file : printed)
        QVERIFY2(QFileInfo(file).isFile() && QFileInfo(file).size() > 0, qPrintable(file));
    QVERIFY(printed.first().startsWith(QDir::cleanPath(path)));
    if (!pngSize.isEmpty())
        QCOMPARE(QImage(printed.first()).size(), pngSize);
}

void TestCli::exportAllWritesEveryScenario()
{
    const QString folder = m_dir.filePath(QStringLiteral("export-all"));
    const auto r = run({ "--export-all", folder, "--size", "640x360" });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto list = run({ "--list-scenarios" });
    QStringList expected;
    for (const QString& line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        expected << line.section(QLatin1Char('\t'), 0, 0) + QStringLiteral(".png");
    QVERIFY(expected.size() >= 4);
    expected.sort();
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), expected);
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), expected.size());
    QCOMPARE(QImage(QDir(folder).filePath(expected.first())).size(), QSize(640, 360));
}

void TestCli::badExportWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments"); // PATH stands for a file in an empty folder
    QTest::addColumn<QString>("message");
    const QStringList png { "--scenario", "price-drop", "--export", "PATH/x.png" };
    QTest::newRow("scale 5") << png + QStringList { "--scale", "5" } << "--scale";
    QTest::newRow("scale not a number") << png + QStringList { "--scale", "big" } << "--scale";
    QTest::newRow("unknown theme") << png + QStringList { "--theme", "purple" } << "purple";
    QTest::newRow("size too small") << png + QStringList { "--size", "100x50" } << "--size";
    QTest::newRow("size not WxH") << png + QStringList { "--size", "wide" } << "--size";
    QTest::newRow("step past the end") << png + QStringList { "--step", "999" } << "999";
    QTest::newRow("step and all steps") << png + QStringList { "--step", "2", "--all-steps" } << "--all-steps";
    QTest::newRow("all steps in a png") << png + QStringList { "--all-steps" } << "x.png";
    QTest::newRow("unknown extension") << QStringList { "--scenario", "price-drop", "--export", "PATH/x.bmp" }
                                       << ".bmp";
    QTest::newRow("step with a gif") << QStringList { "--scenario", "price-drop", "--export", "PATH/x.gif", "--step",
        "2" } << "--step";
    QTest::newRow("unknown scenario") << QStringList { "--scenario", "nope", "--export", "PATH/x.png" } << "nope";
    QTest::newRow("unwritable folder") << QStringList { "--scenario", "price-drop", "--export", "PATH/no/x.png" }
                                       << "PATH/no/x.png";
    QTest::newRow("unwritable sequence") << QStringList { "--scenario", "price-drop", "--export", "PATH/no/seq/" }
                                         << "PATH/no/seq";
    QTest::newRow("export without a scenario") << QStringList { "--export", "PATH/x.png" } << "--scenario";
    QTest::newRow("scale without export") << QStringList { "--scenario", "price-drop", "--scale", "2" } << "--scale";
    QTest::newRow("export-all with a step")
        << QStringList { "--export-all", "PATH/all", "--step", "2" } << "--export-all";
    QTest::newRow("export-all into a missing folder") << QStringList { "--export-all", "PATH/no/all" } << "PATH/no/all";
    const QStringList summary { "--scenario", "price-drop", "--summary", "--export" };
    QTest::newRow("summary into a missing folder")
        << summary + QStringList { "PATH/no/summary.png" } << "cannot write PATH/no/summary.png";
    QTest::newRow("summary as a gif") << summary + QStringList { "PATH/x.gif" } << "the summary is one picture";
    QTest::newRow("summary as a folder") << summary + QStringList { "PATH/seq/" } << "the summary is one picture";
    QTest::newRow("summary of a step") << summary + QStringList { "PATH/x.png", "--step", "2" } << "--step";
    QTest::newRow("summary with metrics")
        << summary + QStringList { "PATH/x.png", "--with-metrics" } << "--with-metrics";
    QTest::newRow("summary in simulated time")
        << summary + QStringList { "PATH/x.png", "--timeline-time" } << "--timeline-time";
    QTest::newRow("timeline time without export")
        << QStringList { "--scenario", "price-drop", "--timeline-time" } << "--timeline-time goes with --export";
    QTest::newRow("summary with a change")
        << summary + QStringList { "PATH/x.png", "--change", "sms-quiet-hours" } << "--change";
    QTest::newRow("summary without export")
        << QStringList { "--scenario", "price-drop", "--summary" } << "--summary goes with --export";
}

void TestCli::badExportWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    arguments.replaceInStrings(QStringLiteral("PATH"), dir.path());
    message.replace(QStringLiteral("PATH"), dir.path());
    const auto r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), {});
}

void TestCli::exportFailingWhileWritingExitsWithOne_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("png") << "full.png";
    QTest::newRow("svg") << "full.svg";
    QTest::newRow("pdf") << "full.pdf";
    QTest::newRow("gif") << "full.gif";
    QTest::newRow("folder") << "full/";
    QTest::newRow("summary png") << "full-summary.png";
}

// A disk that fills up while the picture is written: files may not grow past 4 KiB in the child, and a write past it
// fails (EFBIG) instead of killing it. The path was good, so this is a failure, exit 1, and nothing is left behind.
void TestCli::exportFailingWhileWritingExitsWithOne()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QStringList arguments { QStringLiteral("--scenario"), QStringLiteral("price-drop"), QStringLiteral("--export"),
        path, QStringLiteral("--size"), QStringLiteral("640x360") };
    if (name.contains(QStringLiteral("summary")))
        arguments << QStringLiteral("--summary");
    const auto r = run(arguments, [] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit {};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = 4096;
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("notiflow: failed writing ") + QDir::toNativeSeparators(path)),
        qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), {});
}

// One row per class of bad input in the catalogue: exit code 2, nothing on stdout, and on stderr exactly one line,
// the message naming the file and the place.
void TestCli::badFileExitsWithTwo_data()
{
    QTest::addColumn<QString>("file"); // a data set file replaced in a copy of the default, or "scenario"
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message"); // %1: the scenario file's path

    const QByteArray steps = R"({"id": "s", "title": "S", "steps": [)";
    const QByteArray longName(1 << 20, 'x');
    QTest::newRow("syntax error") << "orders.json" << QByteArray("[\n  {\"id\": \"ORD-1\"\n  \"status\": 1}]")
                                  << "orders.json: line 3, column 3: syntax error: unexpected string literal; expected "
                                     "'}'";
    QTest::newRow("empty file") << "customers.json" << QByteArray("\n")
                                << "customers.json: the file is empty; expected a JSON array";
    QTest::newRow("top level not an array") << "payments.json" << QByteArray("{\"payments\": []}")
                                            << "payments.json: line 1, column 1: the top level must be an array of "
                                               "records, not an object";
    QTest::newRow("wrong type") << "customers.json" << QByteArray(R"([{"id": "C-1", "name": ["Zoe"]}])")
                                << "customers.json: record 0 (id C-1), field name: must be a string, not array";
    QTest::newRow("missing field") << "products.json" << QByteArray(R"([{"id": "P-1", "name": "n", "category": "c"}])")
                                   << "products.json: record 0 (id P-1), field price: is missing";
    QTest::newRow("unknown enum value")
        << "payments.json"
        << QByteArray(
               R"([{"id": "PAY-1", "order_id": "ORD-001", "customer_id": "CUST-001", "amount": 1, "status": "LOST"}])")
        << "payments.json: record 0 (id PAY-1), field status: unknown status \"LOST\"; expected PENDING, SUCCESS, "
           "FAILED or RETRY_SCHEDULED";
    QTest::newRow("negative price") << "products.json"
                                    << QByteArray(R"([{"id": "P-1", "name": "n", "price": -2, "category": "c"}])")
                                    << "products.json: record 0 (id P-1), field price: must not be negative (found -2)";
    QTest::newRow("zero quantity")
        << "carts.json"
        << QByteArray(R"([{"customer_id": "CUST-001", "items": [{"product_id": "PROD-001", "quantity": 0}]}])")
        << "carts.json: record 0 (customer_id CUST-001), field items[0].quantity: must be at "
           "least 1 (found 0)";
    QTest::newRow("duplicate id")
        << "products.json"
        << QByteArray(
               R"([{"id": "P-1", "name": "n", "price": 1, "category": "c"}, {"id": "P-1", "name": "n", "price": 1, "category": "c"}])")
        << "products.json: record 1 (id P-1), field id: duplicate: record 0 has the same id";
    QTest::newRow("invalid UTF-8") << "customers.json" << QByteArray("[{\"id\": \"C-\xF0\x9F\"}]")
                                   << "customers.json: line 1, column 12: invalid UTF-8 in a string (files must be "
                                      "UTF-8 encoded)";
    QTest::newRow("deeply nested") << "carts.json" << QByteArray(1 << 20, '[')
                                   << "carts.json: line 1, column 65: nesting deeper than 64 levels is not supported";
    QTest::newRow("number out of range") << "orders.json" << QByteArray("[{\"total_amount\": 1e400}]")
                                         << "orders.json: line 1, column 19: number out of range: '1e400'";
    QTest::newRow("very long string")
        << "customers.json"
        << R"([{"id": "C-1", "name": "n", "email": "e", "phone": "p", "created_at": "d", "segment": ")" + longName
            + "\"}]"
        << "customers.json: record 0 (id C-1), field segment: unknown segment \"" + QString(60, 'x')
            + "\u2026\"; expected bronze, silver, gold or platinum";
    QTest::newRow("missing file") << "payments.json" << QByteArray()
                                  << "payments.json: missing from the data set folder %2";
    QTest::newRow("scenario: syntax error") << "scenario" << QByteArray("{\"id\": \"s\",\n\"steps\": [}")
                                            << "%1: line 2, column 11: syntax error: unexpected '}'; expected '[', "
                                               "'{', or a literal";
    QTest::newRow("scenario: unknown action") << "scenario" << steps + R"({"action": "refund_order"}]})"
                                              << "%1: step 0, field action: unknown action \"refund_order\"; expected "
                                                 "one of ship_order, deliver_order, ship_line_item, fail_payment, "
                                                 "succeed_payment, update_price, apply_discount, activate_promotion";
    QTest::newRow("scenario: missing parameter")
        << "scenario" << steps + R"({"action": "apply_discount", "product_id": "PROD-001"}]})"
        << "%1: step 0 (apply_discount), field percent: is missing";
    QTest::newRow("scenario: unknown order")
        << "scenario" << steps + R"({"action": "fail_payment", "order_id": "ORD-404", "failure_reason": "r"}]})"
        << "%1: step 0 (fail_payment), field order_id: unknown order ORD-404";
    QTest::newRow("scenario: unknown product")
        << "scenario" << steps + R"({"action": "apply_discount", "product_id": "PROD-404", "percent": 5}]})"
        << "%1: step 0 (apply_discount), field product_id: unknown product "
           "PROD-404";
    QTest::newRow("scenario: discount of 150 %")
        << "scenario" << steps + R"({"action": "apply_discount", "product_id": "PROD-001", "percent": 150}]})"
        << "%1: step 0 (apply_discount), field percent: must be between 0 and "
           "100 (found 150)";
    QTest::newRow("scenario: negative new price")
        << "scenario" << steps + R"({"action": "update_price", "product_id": "PROD-001", "new_price": -5}]})"
        << "%1: step 0 (update_price), field new_price: must not be negative "
           "(found -5)";
    const QByteArray shipping = steps + R"({"action": "ship_order", "order_id": "ORD-001"}], "faults": [)";
    QTest::newRow("scenario: slow without extra_ms")
        << "scenario" << shipping + R"({"component": "email", "mode": "slow", "from_action": 0, "to_action": 0}]})"
        << "%1: fault 0, field extra_ms: is missing";
    QTest::newRow("scenario: duplicate delivery of a channel")
        << "scenario" << shipping + R"({"component": "email", "mode": "down", "from_action": 0, "to_action": 0},
                 {"component": "sms", "mode": "duplicate_delivery", "from_action": 0, "to_action": 0}]})"
        << "%1: fault 1, field mode: duplicate_delivery does not apply to sms (only the event_bus delivers)";
    QTest::newRow("scenario: negative extra_ms") << "scenario"
                                                 << shipping
            + R"({"component": "customers", "mode": "slow", "extra_ms": -1, "from_action": 0, "to_action": 0}]})"
                                                 << "%1: fault 0, field extra_ms: must not be negative (found -1)";
    QTest::newRow("scenario: unknown policy value")
        << "scenario" << shipping + R"(], "policies": {"on_notify_failure": "shrug"}})"
        << "%1: field policies.on_notify_failure: unknown policy \"shrug\"; expected drop, retry or fail_operation";
    QTest::newRow("scenario: no steps") << "scenario" << steps + "]}"
                                        << "%1: field steps: the scenario has no steps";
    QTest::newRow("scenario: missing file") << "scenario" << QByteArray() << "%1: cannot be opened";
}

void TestCli::badFileExitsWithTwo()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QStringList arguments;
    QString expected = message;
    if (file == QLatin1String("scenario")) {
        const QString path = text.isEmpty()
            ? m_dir.filePath(QStringLiteral("absent.json"))
            : writeFile(QStringLiteral("scenario-%1.json").arg(QTest::currentDataTag()).replace(' ', '-'), text);
        arguments << QStringLiteral("--scenario-file") << path << QStringLiteral("--compare");
        expected = expected.arg(path);
    } else {
        const QString folder = brokenDataSet(file, text);
        if (text.isEmpty())
            QVERIFY(QFile::remove(folder + QLatin1Char('/') + file));
        arguments << QStringLiteral("--data") << folder << QStringLiteral("--scenario") << QStringLiteral("price-drop")
                  << QStringLiteral("--json");
        expected.replace(QStringLiteral("%2"), folder);
    }
    const auto r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("notiflow: ") + expected + QLatin1Char('\n'));
    QVERIFY(r.out.isEmpty());
}

void TestCli::danglingReferencesWarnAndRun()
{
    const QString data = brokenDataSet(QStringLiteral("carts.json"),
        R"([{"customer_id": "CUST-404", "items": [{"product_id": "PROD-001", "quantity": 1, "added_at": "d"}], "updated_at": "d"}])");
    const auto r = run({ QStringLiteral("--data"), data, QStringLiteral("--scenario"), QStringLiteral("price-drop"),
        QStringLiteral("--compare") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("carts.json: record 0 (customer_id CUST-404), field customer_id: unknown "
                                           "customer CUST-404; it is treated as absent")),
        qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("=== Event-sourced:")));
}

QTEST_GUILESS_MAIN(TestCli) // QImage reads the exported PNGs without a QGuiApplication
#include "tst_cli.moc"
