// File → Live Server: the HTTP server of `notiflow serve` running inside the window. Each recorded change of the live
// session (an action, a direct notification API call, a reset) is shown as it arrives, the playhead following the
// live edge; the "Live" action returns to it; the status bar counts the requests served and names the last.
#pragma once

#include "scenario.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <cstdint>
#include <memory>

class QAction;
class QLabel;
class QMainWindow;

namespace notiflow::server {
class ApiServer;
struct ApiContext;
struct RequestRecord;
} // namespace notiflow::server

namespace notiflow::ui {

class LiveEdge;
class LiveServerDialog;
class ReplaySession;
class Workspace;

class LiveServerController final : public QObject {
    Q_OBJECT
public:
    // The actions are children of `window`; the status bar's label is added to its status bar.
    LiveServerController(QMainWindow* window, ReplaySession* session, const Workspace* workspace);
    ~LiveServerController() override;

    QAction* liveServerAction() const { return m_liveServer; } // File → Live Server…: the dialog
    QAction* liveAction() const { return m_live; } // back to the live edge (toolbar and presentation strip)
    QList<QAction*> transport() const { return { m_live }; }
    LiveEdge* edge() const { return m_edge; }
    // Puts Live Server… in the menu that holds `neighbour` (File, after Export…), and shows the Live button's text
    // beside its dot wherever it is a tool button (the toolbar and, once presenting, the strip).
    void addToWindow(QAction* neighbour);
    LiveServerDialog* dialog(); // created when first asked for

    // Starts serving the workspace's data set and scenarios on `address`:`port` (0: any free port). Off loopback a
    // token is generated and required. False with a message naming the address and port when it cannot listen;
    // nothing changes then.
    bool start(const QHostAddress& address, quint16 port, QString* error);
    // Stops accepting and finishes the requests in flight; stopped() follows. The live run stays on screen.
    void stop();
    bool isRunning() const; // listening
    bool isStopping() const { return m_stopping; }
    QString baseUrl() const; // "http://127.0.0.1:8000"; empty when not running
    QString token() const; // empty when none is needed
    int requestsServed() const { return m_served; }
    QString lastRequest() const { return m_last; } // "POST /actions/ship_order → 200 (3.1 ms)"
    QString statusText() const;
    server::ApiServer* server() const; // null when none runs (a stopping one is still there)

Q_SIGNALS:
    void runningChanged(bool running); // started, or stopped after the requests in flight finished
    // A live recording was put on screen; the window shows its scenario's title.
    void liveRunShown(const notiflow::Scenario& scenario);
    void statusChanged();

private:
    void served(const server::RequestRecord& record);
    void showLatest();
    void updateLiveAction();

    QMainWindow* m_window;
    ReplaySession* m_session;
    const Workspace* m_workspace;
    LiveEdge* m_edge;
    QAction* m_liveServer;
    QAction* m_live;
    QLabel* m_status;
    QPointer<LiveServerDialog> m_dialog;
    std::shared_ptr<server::ApiContext> m_context;
    QPointer<server::ApiServer> m_server;
    bool m_stopping = false;
    std::uint64_t m_revision = 0; // of the live session last shown
    int m_served = 0;
    QString m_last;
};

} // namespace notiflow::ui
