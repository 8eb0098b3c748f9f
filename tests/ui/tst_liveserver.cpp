// File → Live Server in the window, over real sockets on an ephemeral port: requests sent with
// QNetworkAccessManager grow the run on screen (an action in both panes, a direct /notify in the API-driven pane
// only), the playhead follows the live edge until the user scrubs back and the Live button returns to it, the
// status bar counts; a port in use changes nothing; the server stops and starts again; off loopback a token is
// shown and required.
#include "apiserver.h"
#include "painting/session/liveedge.h"
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "widgets/dialogs/liveserverdialog.h"
#include "widgets/presentation/presentationmode.h"
#include "widgets/window/liveservercontroller.h"
#include "widgets/window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace notiflow;
using namespace notiflow::ui;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
};

Answer send(QNetworkAccessManager& manager, const QByteArray& method, const QUrl& url, const QByteArray& body = {},
    const QByteArray& token = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* reply = manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        qWarning("no answer from %s", qPrintable(url.toString()));
    Answer answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    reply->deleteLater();
    return answer;
}

int actionCount(const ReplaySession* session)
{
    return session->comparison() ? static_cast<int>(session->comparison()->scenario.actions.size()) : -1;
}

int stepsIn(const ReplaySession* session, Architecture side, int action)
{
    const PlaybackTimeline& t = session->timeline();
    const int first
        = static_cast<int>(session->comparison()->run(side).actionFirstStep.at(static_cast<std::size_t>(action)));
    const int last = action + 1 < t.actionCount()
        ? session->comparison()->run(side).actionFirstStep.at(static_cast<std::size_t>(action) + 1)
        : t.stepCount(side);
    return last - first;
}

const QByteArray notifyBody
    = R"({"notification_type": "ORDER_SHIPPED", "customer_id": "CUST-001", "context": {"order_id": "ORD-001", "item_count": 2, "total_amount": 349.98}})";

} // namespace

class TestLiveServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void requestsGrowTheRunAndThePlayheadFollows();
    void portInUseChangesNothing();
    void stopsAndStartsAgain();
    void offLoopbackShowsAndRequiresAToken();
    void liveButtonInToolbarAndStrip();

private:
    std::unique_ptr<MainWindow> makeWindow();
    Workspace m_workspace;
};

void TestLiveServer::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_liveserver"));
    m_workspace.loadBuiltin();
}

std::unique_ptr<MainWindow> TestLiveServer::makeWindow()
{
    auto w = std::make_unique<MainWindow>(&m_workspace);
    w->setErrorDialogsEnabled(false);
    w->resize(1280, 800);
    w->show();
    return w;
}

void TestLiveServer::requestsGrowTheRunAndThePlayheadFollows()
{
    auto w = makeWindow();
    ReplaySession* session = w->session();
    LiveServerController* live = w->liveServer();
    QLabel* status = w->statusBar()->findChild<QLabel*>(QStringLiteral("liveStatus"));
    QVERIFY(status);
    QVERIFY(!live->liveAction()->isVisible());

    QString error;
    QVERIFY2(live->start(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    QVERIFY(live->isRunning());
    QVERIFY(live->token().isEmpty()); // loopback: no token
    QCOMPARE(QString::fromStdString(session->comparison()->scenario.id), QStringLiteral("live"));
    QCOMPARE(actionCount(session), 0);
    QVERIFY(live->liveAction()->isVisible());
    QVERIFY(live->edge()->isFollowing());
    QVERIFY(status->text().contains(live->baseUrl()));
    session->setSpeed(ReplaySession::speedSteps.back()); // the animations take seconds, not tens of them

    QNetworkAccessManager manager;
    const QString base = live->baseUrl();
    // An action: both panes grow, and the playhead animates to the new edge.
    Answer a = send(manager, "POST", QUrl(base + "/actions/ship_order"), R"({"order_id": "ORD-001"})");
    QCOMPARE(a.status, 200);
    QTRY_COMPARE(actionCount(session), 1);
    QVERIFY(stepsIn(session, Architecture::EventSourced, 0) > 0);
    QVERIFY(stepsIn(session, Architecture::ApiDriven, 0) > 0);
    QVERIFY(session->isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(session->playhead(), session->timeline().duration(), 30000);
    QVERIFY(live->edge()->isFollowing());
    QCOMPARE(live->requestsServed(), 1);
    QVERIFY2(status->text().contains(QStringLiteral("1 request served")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("POST /actions/ship_order → 200")), qPrintable(status->text()));

    // A direct /notify: only the API-driven pane has something to show for it.
    const double edgeBefore = session->timeline().duration();
    a = send(manager, "POST", QUrl(base + "/notify"), notifyBody);
    QCOMPARE(a.status, 200);
    QTRY_COMPARE(actionCount(session), 2);
    QCOMPARE(stepsIn(session, Architecture::EventSourced, 1), 0);
    QVERIFY(stepsIn(session, Architecture::ApiDriven, 1) > 0);
    QVERIFY(session->timeline().duration() > edgeBefore);
    QTRY_COMPARE_WITH_TIMEOUT(session->playhead(), session->timeline().duration(), 30000);
    QCOMPARE(live->requestsServed(), 2);
    QVERIFY(status->text().contains(QStringLiteral("POST /notify → 200")));

    // The user scrubs back: the playhead stays there while the run grows, until Live.
    session->setPlayhead(1.0);
    QVERIFY(!live->edge()->isFollowing());
    QVERIFY(!live->liveAction()->isChecked());
    a = send(manager, "POST", QUrl(base + "/actions/update_price"), R"({"product_id": "PROD-001", "new_price": 99.0})");
    QCOMPARE(a.status, 200);
    QTRY_COMPARE(actionCount(session), 3);
    QCOMPARE(session->playhead(), 1.0);
    QVERIFY(!session->isPlaying());
    QVERIFY(session->playhead() < session->timeline().duration());
    live->liveAction()->trigger();
    QCOMPARE(session->playhead(), session->timeline().duration());
    QVERIFY(live->edge()->isFollowing());
    QVERIFY(live->liveAction()->isChecked());

    // A read changes nothing on screen but is counted; a reset empties the live run.
    a = send(manager, "GET", QUrl(base + "/health"));
    QCOMPARE(a.status, 200);
    QTRY_COMPARE(live->requestsServed(), 4);
    QCOMPARE(actionCount(session), 3);
    a = send(manager, "POST", QUrl(base + "/reset"));
    QCOMPARE(a.status, 200);
    QTRY_COMPARE(actionCount(session), 0);
    QCOMPARE(live->requestsServed(), 5);
    QVERIFY(status->text().contains(QStringLiteral("5 requests served")));
    QVERIFY(status->text().contains(QStringLiteral("POST /reset → 200")));
    QVERIFY(live->edge()->isFollowing());

    // Picking a scenario leaves the live run; the next request brings it back, on its latest entry.
    w->showScenario(QStringLiteral("order-shipped"));
    QVERIFY(!live->edge()->isShowingLive());
    QVERIFY(!live->liveAction()->isVisible());
    a = send(manager, "POST", QUrl(base + "/notify"), notifyBody);
    QCOMPARE(a.status, 200);
    QTRY_VERIFY(live->edge()->isShowingLive());
    QCOMPARE(actionCount(session), 1);
    QVERIFY(w->windowTitle().startsWith(QStringLiteral("Live session")));
}

void TestLiveServer::portInUseChangesNothing()
{
    auto w = makeWindow();
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    const quint16 port = occupier.serverPort();
    const auto shown = w->session()->sharedComparison();
    const QString title = w->windowTitle();

    LiveServerDialog* dialog = w->liveServer()->dialog();
    dialog->hostField()->setCurrentText(QStringLiteral("127.0.0.1"));
    dialog->portField()->setValue(port);
    dialog->startStopButton()->click();
    QVERIFY(!w->liveServer()->isRunning());
    QVERIFY2(dialog->errorText().contains(QString::number(port)), qPrintable(dialog->errorText()));
    QVERIFY(dialog->errorText().contains(QStringLiteral("in use"), Qt::CaseInsensitive));
    QVERIFY(w->session()->sharedComparison() == shown);
    QCOMPARE(w->windowTitle(), title);
    QVERIFY(!w->liveServer()->liveAction()->isVisible());
    QVERIFY(dialog->portField()->isEnabled()); // free to pick another port

    // Another port then works from the same dialog.
    dialog->portField()->setValue(0);
    dialog->startStopButton()->click();
    QVERIFY(w->liveServer()->isRunning());
    QVERIFY(dialog->errorText().isEmpty());
    QCOMPARE(dialog->addressField()->text(), w->liveServer()->baseUrl());
    QVERIFY(!dialog->tokenField()->isVisible());
}

void TestLiveServer::stopsAndStartsAgain()
{
    auto w = makeWindow();
    LiveServerController* live = w->liveServer();
    QNetworkAccessManager manager;
    QString error;
    QVERIFY2(live->start(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    const QString first = live->baseUrl();
    QCOMPARE(send(manager, "POST", QUrl(first + "/actions/ship_order"), R"({"order_id": "ORD-001"})").status, 200);
    QTRY_COMPARE(actionCount(w->session()), 1);
    QVERIFY(!live->start(QHostAddress(QHostAddress::LocalHost), 0, &error)); // one server at a time
    QVERIFY(error.contains(QStringLiteral("already running")));

    QSignalSpy running(live, &LiveServerController::runningChanged);
    live->stop();
    QTRY_VERIFY(!running.isEmpty());
    QCOMPARE(running.constLast().at(0).toBool(), false);
    QVERIFY(!live->isRunning());
    QVERIFY(live->statusText().startsWith(QStringLiteral("Live server stopped")));
    QCOMPARE(actionCount(w->session()), 1); // the recorded run stays on screen
    const Answer refused = send(manager, "GET", QUrl(first + "/health"));
    QCOMPARE(refused.status, 0); // nobody listens any more

    QVERIFY2(live->start(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    QCOMPARE(live->requestsServed(), 0);
    QCOMPARE(actionCount(w->session()), 0); // a new live session
    QCOMPARE(send(manager, "GET", QUrl(live->baseUrl() + "/health")).status, 200);
    QTRY_COMPARE(live->requestsServed(), 1);
}

void TestLiveServer::offLoopbackShowsAndRequiresAToken()
{
    auto w = makeWindow();
    LiveServerController* live = w->liveServer();
    LiveServerDialog* dialog = live->dialog();
    dialog->show();
    dialog->hostField()->setCurrentText(QStringLiteral("0.0.0.0"));
    dialog->portField()->setValue(0);
    dialog->startStopButton()->click();
    QVERIFY2(live->isRunning(), qPrintable(dialog->errorText()));
    const QString token = live->token();
    QCOMPARE(token.size(), 40);
    QCOMPARE(dialog->tokenField()->text(), token);
    QVERIFY(dialog->tokenField()->isVisible());

    QNetworkAccessManager manager;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(live->server()->port());
    const QByteArray body = R"({"order_id": "ORD-001"})";
    QCOMPARE(send(manager, "POST", QUrl(base + "/actions/ship_order"), body).status, 401);
    QCOMPARE(send(manager, "POST", QUrl(base + "/actions/ship_order"), body, token.toLatin1()).status, 200);
    QTRY_COMPARE(actionCount(w->session()), 1);
    dialog->startStopButton()->click(); // Stop
    QTRY_VERIFY(!live->server());
    QCOMPARE(dialog->startStopButton()->text(), QStringLiteral("&Start"));
}

void TestLiveServer::liveButtonInToolbarAndStrip()
{
    auto w = makeWindow();
    QAction* liveAction = w->liveServer()->liveAction();
    int buttons = 0;
    for (QToolButton* b : w->findChildren<QToolButton*>()) {
        if (b->defaultAction() == liveAction) {
            ++buttons;
            QCOMPARE(b->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        }
    }
    QCOMPARE(buttons, 2); // the toolbar's and the presentation strip's
    bool inFileMenu = false;
    for (QAction* top : w->menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(w->liveServer()->liveServerAction()))
            inFileMenu = top->text().contains(QStringLiteral("File"));
    }
    QVERIFY(inFileMenu);
}

QTEST_MAIN(TestLiveServer)
#include "tst_liveserver.moc"
