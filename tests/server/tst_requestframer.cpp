// RequestFramer: where requests begin and end on a connection, and what it refuses before any HTTP library sees
// the bytes. Every row is fed whole and byte by byte, which must give the same answer.
#include "requestframer.h"

#include <QTest>

using notiflow::server::RequestFramer;
using State = RequestFramer::State;

Q_DECLARE_METATYPE(State)

class TestRequestFramer : public QObject {
    Q_OBJECT

private:
    struct Outcome {
        State state;
        int status;
        QByteArray request;
        bool keepAlive;
        std::size_t used;
    };

    static Outcome frame(const QByteArray& input, bool byteByByte, const RequestFramer::Limits& limits = {})
    {
        RequestFramer framer(limits);
        std::size_t used = 0;
        if (byteByByte) {
            while (used < static_cast<std::size_t>(input.size()) && framer.state() != State::Complete
                && framer.state() != State::Failed) {
                const std::size_t n = framer.feed(std::string_view(input.constData() + used, 1));
                if (n == 0)
                    break;
                used += n;
            }
        } else {
            used = framer.feed(std::string_view(input.constData(), static_cast<std::size_t>(input.size())));
        }
        return { framer.state(), framer.failure().status, QByteArray::fromStdString(framer.request()),
            framer.keepAlive(), used };
    }

private Q_SLOTS:
    void framing_data();
    void framing();
    void limits_data();
    void limits();
    void expectContinue();
    void pipelinedRequestsAreFramedOneAtATime();
    void nextForgetsTheRequest();
};

void TestRequestFramer::framing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<State>("state");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("keepAlive");

    const QByteArray ok;
    QTest::newRow("GET") << QByteArray("GET /health HTTP/1.1\r\nHost: a\r\n\r\n") << State::Complete << 0
                         << QByteArray("GET /health HTTP/1.1\r\nHost: a\r\n\r\n") << true;
    QTest::newRow("POST with Content-Length")
        << QByteArray("POST /notify HTTP/1.1\r\nHost: a\r\nContent-Length: 7\r\n\r\n{\"a\":1}") << State::Complete << 0
        << QByteArray("POST /notify HTTP/1.1\r\nHost: a\r\nContent-Length: 7\r\n\r\n{\"a\":1}") << true;
    QTest::newRow("POST without a body gets Content-Length 0")
        << QByteArray("POST /reset HTTP/1.1\r\nHost: a\r\n\r\n") << State::Complete << 0
        << QByteArray("POST /reset HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n") << true;
    QTest::newRow("chunked body is decoded")
        << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n")
        << State::Complete << 0 << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nabcde") << true;
    QTest::newRow("chunked trailer is dropped")
        << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n1\r\nz\r\n0\r\nX-Sum: 1\r\n\r\n")
        << State::Complete << 0 << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 1\r\n\r\nz") << true;
    QTest::newRow("GET with an empty chunked body keeps its length")
        << QByteArray("GET /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << State::Complete << 0
        << QByteArray("GET /x HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << true;
    QTest::newRow("GET with Content-Length 0 keeps it")
        << QByteArray("GET /x HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << State::Complete << 0
        << QByteArray("GET /x HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << true;
    QTest::newRow("empty chunked body") << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                        << State::Complete << 0
                                        << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << true;
    QTest::newRow("LF line endings become CRLF") << QByteArray("GET /a HTTP/1.1\nHost: a\n\n") << State::Complete << 0
                                                 << QByteArray("GET /a HTTP/1.1\r\nHost: a\r\n\r\n") << true;
    QTest::newRow("empty lines before the request are skipped")
        << QByteArray("\r\n\r\nGET /a HTTP/1.1\r\n\r\n") << State::Complete << 0
        << QByteArray("GET /a HTTP/1.1\r\n\r\n") << true;
    QTest::newRow("the same Content-Length twice")
        << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nq") << State::Complete << 0
        << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 1\r\n\r\nq") << true;
    QTest::newRow("Upgrade is not handed on")
        << QByteArray("GET /a HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n") << State::Complete << 0
        << QByteArray("GET /a HTTP/1.1\r\nConnection: Upgrade\r\n\r\n") << true;
    QTest::newRow("Connection: close") << QByteArray("GET /a HTTP/1.1\r\nConnection: close\r\n\r\n") << State::Complete
                                       << 0 << QByteArray("GET /a HTTP/1.1\r\nConnection: close\r\n\r\n") << false;
    QTest::newRow("HTTP/1.0 closes") << QByteArray("GET /a HTTP/1.0\r\n\r\n") << State::Complete << 0
                                     << QByteArray("GET /a HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("HTTP/1.0 keep-alive") << QByteArray("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                                         << State::Complete << 0
                                         << QByteArray("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
    QTest::newRow("header not finished") << QByteArray("GET /a HTTP/1.1\r\nHost: a\r\n") << State::Header << 0 << ok
                                         << true;
    QTest::newRow("body not finished") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nab") << State::Body
                                       << 0 << ok << true;

    QTest::newRow("Content-Length and Transfer-Encoding")
        << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") << State::Failed
        << 400 << ok << true;
    QTest::newRow("gzip transfer coding")
        << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << State::Failed << 501 << ok << true;
    QTest::newRow("chunked in HTTP/1.0") << QByteArray("POST /x HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n")
                                         << State::Failed << 400 << ok << false;
    QTest::newRow("Content-Length not a number")
        << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 12a\r\n\r\n") << State::Failed << 400 << ok << true;
    QTest::newRow("negative Content-Length")
        << QByteArray("POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << State::Failed << 400 << ok << true;
    QTest::newRow("two different Content-Lengths")
        << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << State::Failed << 400
        << ok << true;
    QTest::newRow("folded header line") << QByteArray("GET /a HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n") << State::Failed
                                        << 400 << ok << true;
    QTest::newRow("space in a header name")
        << QByteArray("GET /a HTTP/1.1\r\nBad Name: 1\r\n\r\n") << State::Failed << 400 << ok << true;
    QTest::newRow("header without colon")
        << QByteArray("GET /a HTTP/1.1\r\nnocolon\r\n\r\n") << State::Failed << 400 << ok << true;
    QTest::newRow("control character in a value")
        << QByteArray("GET /a HTTP/1.1\r\nX-A: a\x01z\r\n\r\n") << State::Failed << 400 << ok << true;
    QTest::newRow("NUL in a value") << QByteArray("GET /a HTTP/1.1\r\nX-A: a") + QByteArray(1, '\0') + "b\r\n\r\n"
                                    << State::Failed << 400 << ok << true;
    QTest::newRow("bare CR") << QByteArray("GET /a HTTP/1.1\r\nX-A: a\rb\r\n\r\n") << State::Failed << 400 << ok
                             << true;
    QTest::newRow("HTTP/2.0") << QByteArray("GET /a HTTP/2.0\r\n\r\n") << State::Failed << 505 << ok << true;
    QTest::newRow("not HTTP") << QByteArray("GET /a SPDY/3\r\n\r\n") << State::Failed << 400 << ok << true;
    QTest::newRow("missing version") << QByteArray("GET /a\r\n\r\n") << State::Failed << 400 << ok << true;
    QTest::newRow("two spaces") << QByteArray("GET  /a HTTP/1.1\r\n\r\n") << State::Failed << 400 << ok << true;
    QTest::newRow("method not a token") << QByteArray("G@T /a HTTP/1.1\r\n\r\n") << State::Failed << 400 << ok << true;
    QTest::newRow("unknown method") << QByteArray("BREW /pot HTTP/1.1\r\n\r\n") << State::Failed << 501 << ok << true;
    QTest::newRow("CONNECT") << QByteArray("CONNECT /a HTTP/1.1\r\n\r\n") << State::Failed << 501 << ok << true;
    QTest::newRow("absolute target") << QByteArray("GET http://x/a HTTP/1.1\r\n\r\n") << State::Failed << 400 << ok
                                     << true;
    QTest::newRow("asterisk target") << QByteArray("OPTIONS * HTTP/1.1\r\n\r\n") << State::Failed << 400 << ok << true;
    QTest::newRow("non-ASCII target") << QByteArray("GET /caf\xc3\xa9 HTTP/1.1\r\n\r\n") << State::Failed << 400 << ok
                                      << true;
    QTest::newRow("Expect something else")
        << QByteArray("POST /x HTTP/1.1\r\nExpect: 200-ok\r\n\r\n") << State::Failed << 417 << ok << true;
    QTest::newRow("chunk size not hex") << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << State::Failed << 400 << ok << true;
    QTest::newRow("chunk data not followed by CRLF")
        << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n") << State::Failed << 400 << ok
        << true;
}

void TestRequestFramer::framing()
{
    QFETCH(QByteArray, input);
    QFETCH(State, state);
    QFETCH(int, status);
    QFETCH(QByteArray, request);
    QFETCH(bool, keepAlive);
    for (const bool byteByByte : { false, true }) {
        const Outcome o = frame(input, byteByByte);
        QCOMPARE(o.state, state);
        QCOMPARE(o.status, status);
        QCOMPARE(o.request, request);
        if (state == State::Complete)
            QCOMPARE(o.keepAlive, keepAlive);
    }
}

void TestRequestFramer::limits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");

    RequestFramer::Limits defaults;
    QTest::newRow("header over the limit")
        << "GET /a HTTP/1.1\r\nX-Big: " + QByteArray(static_cast<int>(defaults.maxHeaderBytes), 'x') + "\r\n\r\n"
        << 431;
    QTest::newRow("header just under the limit")
        << "GET /a HTTP/1.1\r\nX-Big: " + QByteArray(static_cast<int>(defaults.maxHeaderBytes) - 40, 'x') + "\r\n\r\n"
        << 0;
    QTest::newRow("endless header line without newline")
        << "GET /a HTTP/1.1\r\nX-Big: " + QByteArray(static_cast<int>(defaults.maxHeaderBytes) * 2, 'x') << 431;
    QTest::newRow("request line over the limit")
        << "GET /" + QByteArray(static_cast<int>(defaults.maxRequestLineBytes), 'a') + " HTTP/1.1\r\n\r\n"
        << 414;
    QByteArray manyFields = "GET /a HTTP/1.1\r\n";
    for (std::size_t i = 0; i <= defaults.maxHeaderFields; ++i)
        manyFields += "X-" + QByteArray::number(static_cast<qulonglong>(i)) + ": 1\r\n";
    QTest::newRow("too many header fields") << manyFields + "\r\n" << 431;
    QTest::newRow("Content-Length over 1 MiB") << "POST /x HTTP/1.1\r\nContent-Length: "
            + QByteArray::number(static_cast<qulonglong>(defaults.maxBodyBytes) + 1)
            + "\r\n\r\n" << 413;
    QTest::newRow("Content-Length of exactly 1 MiB is fine") << "POST /x HTTP/1.1\r\nContent-Length: "
            + QByteArray::number(static_cast<qulonglong>(defaults.maxBodyBytes))
            + "\r\n\r\n" << 0;
    QTest::newRow("Content-Length beyond 64 bits")
        << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n") << 413;
    QTest::newRow("one chunk over 1 MiB")
        << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n100001\r\n") << 413;
    QTest::newRow("chunks adding up to over 1 MiB") << "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n80000\r\n"
            + QByteArray(0x80000, 'a')
            + "\r\n80001\r\n" << 413;
    QTest::newRow("endless chunk size line")
        << "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;" + QByteArray(5000, 'e') << 400;
    QTest::newRow("endless trailer") << "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: "
            + QByteArray(5000, 't') << 431;
}

void TestRequestFramer::limits()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    const Outcome o = frame(input, false);
    QCOMPARE(o.status, status);
    QCOMPARE(o.state == State::Failed, status != 0);
}

void TestRequestFramer::expectContinue()
{
    RequestFramer framer;
    const std::string header = "POST /notify HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n";
    QCOMPARE(framer.feed(header), header.size());
    QCOMPARE(framer.state(), State::Body);
    QVERIFY(framer.wantsContinue());
    framer.continueSent();
    QVERIFY(!framer.wantsContinue());
    QCOMPARE(framer.feed("{}"), std::size_t(2));
    QCOMPARE(framer.state(), State::Complete);
    QVERIFY(!QByteArray::fromStdString(framer.request()).contains("Expect"));

    // Without a body there is nothing to continue to.
    RequestFramer noBody;
    noBody.feed("POST /reset HTTP/1.1\r\nExpect: 100-continue\r\n\r\n");
    QCOMPARE(noBody.state(), State::Complete);
    QVERIFY(!noBody.wantsContinue());
}

void TestRequestFramer::pipelinedRequestsAreFramedOneAtATime()
{
    const std::string first = "GET /health HTTP/1.1\r\n\r\n";
    const std::string second = "POST /reset HTTP/1.1\r\nContent-Length: 0\r\n\r\n";
    RequestFramer framer;
    const std::size_t used = framer.feed(first + second);
    QCOMPARE(used, first.size());
    QCOMPARE(framer.state(), State::Complete);
    QCOMPARE(framer.method(), std::string("GET"));
    QCOMPARE(framer.feed(second), std::size_t(0)); // nothing more until the first is taken
    framer.next();
    QCOMPARE(framer.feed(second), second.size());
    QCOMPARE(framer.state(), State::Complete);
    QCOMPARE(framer.method(), std::string("POST"));
    QCOMPARE(framer.target(), std::string("/reset"));
}

void TestRequestFramer::nextForgetsTheRequest()
{
    RequestFramer framer;
    framer.feed("POST /a HTTP/1.0\r\nContent-Length: 1\r\n\r\nx");
    QCOMPARE(framer.state(), State::Complete);
    QVERIFY(!framer.keepAlive());
    framer.next();
    QCOMPARE(framer.state(), State::Idle);
    QVERIFY(framer.request().empty());
    framer.feed("GET /b HTTP/1.1\r\n\r\n");
    QCOMPARE(framer.state(), State::Complete);
    QVERIFY(framer.keepAlive());
    QCOMPARE(framer.request(), std::string("GET /b HTTP/1.1\r\n\r\n"));
}

QTEST_APPLESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
