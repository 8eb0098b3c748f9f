// One client connection as the guard sees it: reads the real socket, frames requests with RequestFramer, answers
// 100-continue, 400, 408, 413, 414, 417, 431 and 505 itself, and hands each complete request to the HTTP server
// through a RelaySocket, one at a time: the next request waits until the answer to this one has been written.
#pragma once

#include "connectionlimits.h"
#include "requestframer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace notiflow::server {

class RelaySocket;

class GuardedConnection final : public QObject {
    Q_OBJECT

public:
    GuardedConnection(QTcpSocket* real, const ConnectionLimits& limits, QObject* parent);
    ~GuardedConnection() override;

    RelaySocket* relay() const { return m_relay; }
    QTcpSocket* real() const { return m_real; }
    QString peer() const { return m_peer; }

    // The HTTP server has written its whole answer to the request it was given.
    void answerWritten();
    // Close once what was written has been sent (the server gave up on the connection, or shutdown).
    void closeAfterWrite();
    // Shutdown: close now if idle, else right after the answer in flight.
    void closeWhenAnswered();
    // Whether the connection closes after the answer being written (the answer then says Connection: close).
    bool closesAfterAnswer() const { return m_closeAfterAnswer || !m_framer.keepAlive(); }

Q_SIGNALS:
    // The guard answered by itself (status, one-line reason): for the request log.
    void refused(int status, const QString& method, const QString& target, const QString& detail);
    void finished(); // the connection is gone and nothing of it is in flight

private:
    void readIncoming();
    void sendRefusal(int status, const std::string& detail);
    void startIdle();
    void arm(int deadline, int milliseconds);
    void timedOut();
    void written();
    void afterAnswer();
    void halfClose();
    void realDisconnected();
    void finishIfDone();

    QTcpSocket* m_real;
    QPointer<RelaySocket> m_relay;
    ConnectionLimits m_limits;
    RequestFramer m_framer;
    QString m_peer;
    QTimer m_timer; // one timer: whichever deadline applies now
    enum Deadline { Idle, Header, Request, Write, Linger };
    int m_deadline = Idle;
    QElapsedTimer m_requestStarted;
    bool m_requestInFlight = false;
    bool m_flushingAnswer = false; // an answer is written but not yet sent; the next request waits for it
    bool m_closing = false;
    bool m_closeAfterAnswer = false;
    bool m_halfClosed = false;
    bool m_gone = false;
    qint64 m_discarded = 0; // bytes thrown away while closing
};

} // namespace notiflow::server
