#include "guardedconnection.h"

#include "httpmessage.h"
#include "relaysocket.h"

#include <QTcpSocket>
#include <sys/socket.h>

namespace notiflow::server {

namespace {
constexpr qint64 readChunk = 64 * 1024;
// After refusing a request the client may still be sending its body; reading and dropping it for a moment lets the
// refusal arrive instead of a connection reset.
constexpr int lingerMs = 2000;
constexpr qint64 maxDiscard = 8 * 1024 * 1024;
} // namespace

GuardedConnection::GuardedConnection(QTcpSocket* real, const ConnectionLimits& limits, QObject* parent)
    : QObject(parent)
    , m_real(real)
    , m_limits(limits)
    , m_framer(limits.framing)
{
    m_real->setParent(this);
    // While a request is being answered we stop reading; Qt then stops reading from the kernel once this much is
    // buffered, and TCP flow control holds the client back.
    m_real->setReadBufferSize(readChunk);
    m_peer = m_real->peerAddress().toString();
    m_relay = new RelaySocket(m_real, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GuardedConnection::timedOut);
    connect(m_real, &QTcpSocket::readyRead, this, &GuardedConnection::readIncoming);
    connect(m_real, &QTcpSocket::bytesWritten, this, &GuardedConnection::written);
    connect(m_real, &QTcpSocket::disconnected, this, &GuardedConnection::realDisconnected);
    startIdle();
}

GuardedConnection::~GuardedConnection() = default;

void GuardedConnection::arm(int deadline, int milliseconds)
{
    m_deadline = deadline;
    m_timer.start(qMax(milliseconds, 1));
}

void GuardedConnection::startIdle()
{
    arm(Idle, m_limits.idleTimeoutMs);
}

void GuardedConnection::readIncoming()
{
    if (m_gone)
        return;
    if (m_closing) {
        // Refused or shutting down: drain what the client still sends, up to a point.
        const qint64 dropped = m_real->skip(m_real->bytesAvailable());
        m_discarded += qMax<qint64>(dropped, 0);
        if (m_discarded > maxDiscard)
            m_real->abort();
        return;
    }
    if (m_requestInFlight || m_flushingAnswer)
        return; // pipelined bytes wait in the socket until this answer is out

    while (m_real->bytesAvailable() > 0) {
        const RequestFramer::State before = m_framer.state();
        const QByteArray chunk = m_real->peek(readChunk);
        const std::size_t used
            = m_framer.feed(std::string_view(chunk.constData(), static_cast<std::size_t>(chunk.size())));
        m_real->skip(static_cast<qint64>(used));
        const RequestFramer::State now = m_framer.state();

        if (before == RequestFramer::State::Idle && now != RequestFramer::State::Idle) {
            m_requestStarted.start();
            arm(Header, m_limits.headerTimeoutMs);
        }
        if (m_deadline == Header && now == RequestFramer::State::Body)
            arm(Request, m_limits.requestTimeoutMs - static_cast<int>(m_requestStarted.elapsed()));
        if (m_framer.wantsContinue()) {
            m_real->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_framer.continueSent();
        }
        if (now == RequestFramer::State::Failed) {
            sendRefusal(m_framer.failure().status, m_framer.failure().detail);
            return;
        }
        if (now == RequestFramer::State::Complete) {
            m_timer.stop();
            m_requestInFlight = true;
            if (m_relay)
                m_relay->deliver(QByteArray::fromStdString(m_framer.request()));
            return;
        }
        if (used == 0)
            return;
    }
}

void GuardedConnection::sendRefusal(int status, const std::string& detail)
{
    const std::string body = HttpResponse::detail(status, detail).body;
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(static_cast<qint64>(body.size()))
        + "\r\nConnection: close\r\n\r\n" + QByteArray::fromStdString(body);
    m_real->write(response);
    Q_EMIT refused(status, QString::fromStdString(m_framer.method()), QString::fromStdString(m_framer.target()),
        QString::fromStdString(detail));
    closeAfterWrite();
}

void GuardedConnection::timedOut()
{
    switch (m_deadline) {
    case Idle:
        closeAfterWrite();
        break;
    case Header:
    case Request:
        sendRefusal(408, "The request did not arrive in time.");
        break;
    case Write:
    case Linger:
        m_real->abort();
        break;
    }
}

void GuardedConnection::answerWritten()
{
    m_requestInFlight = false;
    if (m_gone || m_closing) {
        finishIfDone();
        return;
    }
    if (closesAfterAnswer()) {
        closeAfterWrite();
        return;
    }
    m_framer.next();
    if (m_real->bytesToWrite() > 0) {
        m_flushingAnswer = true;
        arm(Write, m_limits.writeTimeoutMs);
        return;
    }
    afterAnswer();
}

void GuardedConnection::closeWhenAnswered()
{
    m_closeAfterAnswer = true;
    if (!m_requestInFlight)
        closeAfterWrite();
}

void GuardedConnection::afterAnswer()
{
    m_flushingAnswer = false;
    startIdle();
    // A pipelined request may already be waiting; read it from the event loop, not from inside the HTTP server's
    // handler that called answerWritten().
    QTimer::singleShot(0, this, &GuardedConnection::readIncoming);
}

void GuardedConnection::written()
{
    if (m_real->bytesToWrite() > 0) {
        if (m_deadline == Write)
            arm(Write, m_limits.writeTimeoutMs); // progress: the client is reading
        return;
    }
    if (m_closing && !m_halfClosed)
        halfClose();
    else if (m_flushingAnswer)
        afterAnswer();
}

void GuardedConnection::closeAfterWrite()
{
    if (m_gone)
        return;
    if (m_relay && m_relay->state() != QAbstractSocket::UnconnectedState)
        m_relay->markClosed();
    if (m_closing)
        return;
    m_closing = true;
    if (m_real->bytesToWrite() > 0)
        arm(Write, m_limits.writeTimeoutMs);
    else
        halfClose();
}

void GuardedConnection::halfClose()
{
    // Send FIN after the answer but keep reading for a moment (see lingerMs); the client's close ends it.
    m_halfClosed = true;
    if (::shutdown(static_cast<int>(m_real->socketDescriptor()), SHUT_WR) != 0) {
        m_real->abort();
        return;
    }
    arm(Linger, lingerMs);
    readIncoming();
}

void GuardedConnection::realDisconnected()
{
    m_gone = true;
    m_timer.stop();
    if (m_relay)
        m_relay->markClosed();
    finishIfDone();
}

void GuardedConnection::finishIfDone()
{
    if (!m_gone || m_requestInFlight)
        return;
    Q_EMIT finished();
    deleteLater();
}

} // namespace notiflow::server
