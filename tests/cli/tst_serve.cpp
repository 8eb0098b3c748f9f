// `notiflow serve` as a user meets it, through QProcess: its help, bad options and a taken port (exit 2), the token
// printed for a non-loopback address, and SIGINT/SIGTERM finishing the request in flight before exit 0.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <csignal>
#include <nlohmann/json.hpp>

using nlohmann::json;

class TestServe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpDocumentsEveryOption();
    void badOptions_data();
    void badOptions();
    void takenPortIsNamed();
    void signalFinishesTheRequestInFlight_data();
    void signalFinishesTheRequestInFlight();
    void otherAddressesNeedTheToken();

private:
    // Starts `notiflow serve ARGS` and waits for the line saying where it listens: sets its base URL and what it
    // printed up to then.
    void start(QProcess& process, const QStringList& arguments, QString& url, QString& printed);
    static QByteArray longScenario();
};

void TestServe::start(QProcess& process, const QStringList& arguments, QString& url, QString& printed)
{
    process.start(QStringLiteral(NOTIFLOW_BINARY), QStringList { QStringLiteral("serve") } + arguments);
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+) "));
    QTRY_VERIFY_WITH_TIMEOUT(
        (printed += QString::fromUtf8(process.readAllStandardOutput()), listening.match(printed).hasMatch()), 30000);
    url = listening.match(printed).captured(1);
    url.replace(QLatin1String("0.0.0.0"), QLatin1String("127.0.0.1"));
}

QByteArray TestServe::longScenario()
{
    json steps = json::array();
    for (int i = 0; i < 700; ++i) {
        steps.push_back({ { "action", "apply_discount" }, { "product_id", "PROD-001" }, { "percent", 20 } });
        steps.push_back({ { "action", "update_price" }, { "product_id", "PROD-001" }, { "new_price", 249 } });
    }
    return QByteArray::fromStdString(json({ { "id", "long" }, { "title", "Long" }, { "steps", steps } }).dump());
}

void TestServe::helpDocumentsEveryOption()
{
    QProcess process;
    process.start(QStringLiteral(NOTIFLOW_BINARY), { QStringLiteral("serve"), QStringLiteral("--help") });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(help.startsWith(QLatin1String("Usage: notiflow serve [options]")));
    for (const char* option : { "--host", "--port", "--data", "--scenario-file", "--token", "--rate-limit", "/docs" })
        QVERIFY2(help.contains(QLatin1String(option)), option);
    // The main help points to it.
    process.start(QStringLiteral(NOTIFLOW_BINARY), { QStringLiteral("--help") });
    QVERIFY(process.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QLatin1String("notiflow serve --help")));
}

void TestServe::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("port not a number") << QStringList { "--port", "http" } << "--port must be a whole number";
    QTest::newRow("port too large") << QStringList { "--port", "65536" } << "--port must be a whole number";
    QTest::newRow("host not an address") << QStringList { "--host", "my laptop" } << "is not an IP address";
    QTest::newRow("short token") << QStringList { "--token", "abc" } << "--token must be 8 to 256";
    QTest::newRow("token with a space") << QStringList { "--token", "abc defgh" } << "--token must be 8 to 256";
    QTest::newRow("negative rate") << QStringList { "--rate-limit", "-3" } << "--rate-limit must be a number";
    QTest::newRow("unknown option") << QStringList { "--json" } << "Unknown option 'json'";
    QTest::newRow("stray argument") << QStringList { "now" } << "unexpected argument: now";
    QTest::newRow("missing data folder") << QStringList { "--data", "/nonexistent/notiflow" }
                                         << "/nonexistent/notiflow";
}

void TestServe::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(QStringLiteral(NOTIFLOW_BINARY), QStringList { QStringLiteral("serve") } + arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

void TestServe::takenPortIsNamed()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    const QString port = QString::number(occupant.serverPort());
    QProcess process;
    process.start(QStringLiteral(NOTIFLOW_BINARY), { QStringLiteral("serve"), QStringLiteral("--port"), port });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(
        err.contains(QStringLiteral("port %1").arg(port)) && err.contains(QLatin1String("in use")), qPrintable(err));
}

void TestServe::signalFinishesTheRequestInFlight_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGINT (Ctrl+C)") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
}

void TestServe::signalFinishesTheRequestInFlight()
{
    QFETCH(int, signal);
    QProcess process;
    QString base;
    QString printed;
    start(process, { QStringLiteral("--port"), QStringLiteral("0") }, base, printed);
    if (QTest::currentTestFailed())
        return;
    const QUrl url(base);
    const auto connectTo = [&url](QTcpSocket& socket, QByteArray& received) {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
        socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    };
    const QByteArray scenario = longScenario();
    QTcpSocket run;
    QByteArray runReply;
    connectTo(run, runReply);
    QTRY_COMPARE(run.state(), QAbstractSocket::ConnectedState);
    run.write("POST /scenarios/run HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(scenario.size()) + "\r\n\r\n" + scenario);
    QTRY_COMPARE(run.bytesToWrite(), qint64(0));
    // A request on a second connection, sent after the run was: once it is answered the server has read the run.
    QTcpSocket health;
    QByteArray healthReply;
    connectTo(health, healthReply);
    QTRY_COMPARE(health.state(), QAbstractSocket::ConnectedState);
    health.write("GET /health HTTP/1.1\r\nHost: t\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(healthReply.contains("healthy"), 30000);
    QVERIFY2(runReply.isEmpty(), "the scenario run was already answered: make it longer");

    ::kill(static_cast<pid_t>(process.processId()), signal);
    QTRY_VERIFY_WITH_TIMEOUT(run.state() == QAbstractSocket::UnconnectedState, 60000);
    QVERIFY2(runReply.startsWith("HTTP/1.1 200 OK\r\n"), runReply.left(300).constData());
    const QByteArray body = runReply.mid(runReply.indexOf("\r\n\r\n") + 4);
    QCOMPARE(json::parse(body.toStdString()).at("scenario").at("steps").size(), std::size_t(1400));
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("finishing 1 request(s) in flight")), qPrintable(err));
    QVERIFY2(err.contains(QRegularExpression(QStringLiteral("127\\.0\\.0\\.1 POST /scenarios/run 200 [0-9.]+ ms"))),
        qPrintable(err));
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QLatin1String("stopped")));
    // The idle keep-alive connection was closed too.
    QTRY_COMPARE(health.state(), QAbstractSocket::UnconnectedState);
}

void TestServe::otherAddressesNeedTheToken()
{
    QProcess process;
    QString base;
    QString out;
    start(process,
        { QStringLiteral("--host"), QStringLiteral("0.0.0.0"), QStringLiteral("--port"), QStringLiteral("0") }, base,
        out);
    if (QTest::currentTestFailed())
        return;
    const auto token = QRegularExpression(QStringLiteral("token \\(generated\\): ([0-9a-f]{40})")).match(out);
    QVERIFY2(token.hasMatch(), qPrintable(out));
    QNetworkAccessManager manager;
    const auto get = [&](const QString& path, const QByteArray& authorization) {
        QNetworkRequest request(QUrl(base + path));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply* reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(30000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    QCOMPARE(get(QStringLiteral("/data/orders"), {}), 401);
    QCOMPARE(get(QStringLiteral("/data/orders"), "Bearer " + token.captured(1).toLatin1()), 200);
    QCOMPARE(get(QStringLiteral("/health"), {}), 200);
    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000);
    QCOMPARE(process.exitCode(), 0);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("warning: notiflow serve listens on 0.0.0.0")), qPrintable(err));
    QVERIFY(err.contains(QLatin1String("has the token can trigger notifications and read the data set")));
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
