#include "widgets/window/liveservercontroller.h"

#include "apiserver.h"
#include "painting/session/liveedge.h"
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "randomid.h"
#include "widgets/dialogs/liveserverdialog.h"
#include "widgets/window/windowactions.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QStatusBar>
#include <QToolButton>

namespace notiflow::ui {

namespace {

// The "on air" dot of the Live button: filled while the playhead follows the live edge, a ring when it does not.
QIcon liveIcon()
{
    QIcon icon;
    for (const int size : { 16, 24, 32, 48 }) {
        for (const bool on : { false, true }) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const QColor red(0xd3, 0x2f, 0x2f);
            const qreal inset = size * 0.22;
            const QRectF dot = QRectF(0, 0, size, size).adjusted(inset, inset, -inset, -inset);
            p.setPen(QPen(red, qMax(1.5, size / 10.0)));
            p.setBrush(on ? QBrush(red) : Qt::NoBrush);
            p.drawEllipse(dot);
            p.end();
            icon.addPixmap(pixmap, QIcon::Normal, on ? QIcon::On : QIcon::Off);
        }
    }
    return icon;
}

} // namespace

LiveServerController::LiveServerController(QMainWindow* window, ReplaySession* session, const Workspace* workspace)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_workspace(workspace)
    , m_edge(new LiveEdge(session, this))
{
    m_liveServer = WindowActions::makeAction(window, tr("&Live Server…"), {},
        tr("Serve the HTTP API from this window: each action or notification a client sends is animated as it "
           "arrives"));
    m_liveServer->setObjectName(QStringLiteral("liveServer"));
    m_liveServer->setStatusTip(m_liveServer->toolTip());
    connect(m_liveServer, &QAction::triggered, this, [this] {
        LiveServerDialog* d = dialog();
        d->show();
        d->raise();
        d->activateWindow();
    });

    m_live = WindowActions::makeAction(window, tr("Live"), { QKeySequence(Qt::CTRL | Qt::Key_L) },
        tr("Back to the live edge: follow what the live server receives as it arrives (Ctrl+L)"));
    m_live->setObjectName(QStringLiteral("goLive"));
    m_live->setStatusTip(m_live->toolTip());
    m_live->setCheckable(true);
    m_live->setIcon(liveIcon());
    m_live->setVisible(false); // until a live run is on screen
    window->addAction(m_live); // its key works with the menu bar hidden too
    connect(m_live, &QAction::triggered, m_edge, [this] {
        m_edge->returnToEdge();
        updateLiveAction();
    });
    connect(m_edge, &LiveEdge::followingChanged, this, &LiveServerController::updateLiveAction);
    connect(session, &ReplaySession::comparisonChanged, this, &LiveServerController::updateLiveAction);

    m_status = new QLabel(window);
    m_status->setObjectName(QStringLiteral("liveStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    window->statusBar()->addPermanentWidget(m_status);
}

void LiveServerController::addToWindow(QAction* neighbour)
{
    for (QObject* holder : neighbour->associatedObjects()) {
        auto* menu = qobject_cast<QMenu*>(holder);
        if (!menu)
            continue;
        const QList<QAction*> items = menu->actions();
        const qsizetype at = items.indexOf(neighbour) + 1;
        QAction* before = at < items.size() ? items.at(at) : nullptr;
        menu->insertSeparator(before);
        menu->insertAction(before, m_liveServer);
        break;
    }
    for (QToolButton* button : m_window->findChildren<QToolButton*>()) {
        if (button->defaultAction() == m_live)
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
}

LiveServerController::~LiveServerController()
{
    delete m_server; // waits for scenario runs still in progress
}

LiveServerDialog* LiveServerController::dialog()
{
    if (!m_dialog)
        m_dialog = new LiveServerDialog(this, m_window);
    return m_dialog;
}

bool LiveServerController::start(const QHostAddress& address, quint16 port, QString* error)
{
    if (m_server) {
        if (error)
            *error = m_stopping ? tr("The live server is still stopping.") : tr("The live server is already running.");
        return false;
    }
    auto context = std::make_shared<server::ApiContext>();
    context->data = m_workspace->sharedDataSet();
    context->scenarios = m_workspace->scenarios();
    context->withLiveSession();
    context->live->setRecordsDirectCalls(true); // the window replays the direct calls too

    server::ApiServer::Options options;
    options.address = address;
    options.port = port;
    // The same limits as `notiflow serve` by default: 20 requests a second per client, bursts of 40.
    options.dispatch.rateLimit.perSecond = 20;
    options.dispatch.rateLimit.burst = 40;
    if (!address.isLoopback())
        options.dispatch.token = server::randomToken();
    auto* apiServer = new server::ApiServer(context, options, this);
    if (!apiServer->start(error)) {
        delete apiServer;
        return false;
    }
    m_context = std::move(context);
    m_server = apiServer;
    m_served = 0;
    m_last.clear();
    m_revision = 0;
    connect(apiServer, &server::ApiServer::requestServed, this, &LiveServerController::served);
    connect(apiServer, &server::ApiServer::stopped, this, [this, apiServer] {
        m_stopping = false;
        if (m_server == apiServer)
            m_server = nullptr;
        apiServer->deleteLater();
        Q_EMIT runningChanged(false);
        Q_EMIT statusChanged();
        m_status->setText(statusText());
        updateLiveAction();
    });
    // The empty live session goes on screen at once: requests then append to it.
    m_edge->show(m_context->live->state().replay);
    Q_EMIT liveRunShown(m_context->live->state().replay->scenario);
    m_status->setText(statusText());
    m_status->setVisible(true);
    updateLiveAction();
    Q_EMIT runningChanged(true);
    Q_EMIT statusChanged();
    return true;
}

void LiveServerController::stop()
{
    if (!m_server || m_stopping)
        return;
    m_stopping = true;
    m_status->setText(statusText());
    Q_EMIT statusChanged();
    m_server->stop();
}

server::ApiServer* LiveServerController::server() const
{
    return m_server.data();
}

bool LiveServerController::isRunning() const
{
    return m_server && m_server->isListening();
}

QString LiveServerController::baseUrl() const
{
    return isRunning() ? m_server->baseUrl() : QString();
}

QString LiveServerController::token() const
{
    return m_server ? QString::fromStdString(m_server->options().dispatch.token) : QString();
}

QString LiveServerController::statusText() const
{
    QString state;
    if (isRunning())
        state = m_stopping ? tr("Live server stopping") : tr("Live on %1").arg(baseUrl());
    else
        state = tr("Live server stopped");
    QString text = state + QStringLiteral(" · ")
        + (m_served == 1 ? tr("1 request served") : tr("%1 requests served").arg(QLocale().toString(m_served)));
    if (!m_last.isEmpty())
        text += tr(" · last: %1").arg(m_last);
    return text;
}

void LiveServerController::served(const server::RequestRecord& record)
{
    ++m_served;
    m_last = QStringLiteral("%1 %2 → %3 (%4 ms)")
                 .arg(record.method, record.path.left(80))
                 .arg(record.status)
                 .arg(record.milliseconds, 0, 'f', 1);
    m_status->setText(statusText());
    showLatest();
    Q_EMIT statusChanged();
}

void LiveServerController::showLatest()
{
    if (!m_context)
        return;
    // The session changes on a worker thread; by the time its request is answered here the change is recorded.
    const auto state = m_context->live->state();
    if (state.revision == m_revision)
        return; // a request that changed nothing (a read, an error, a direct call past the cap)
    m_revision = state.revision;
    const bool wasShowing = m_edge->isShowingLive();
    m_edge->show(state.replay);
    if (!wasShowing || state.replay->scenario.actions.empty())
        Q_EMIT liveRunShown(state.replay->scenario);
}

void LiveServerController::updateLiveAction()
{
    const bool showing = m_edge->isShowingLive();
    m_live->setVisible(showing);
    m_live->setChecked(showing && m_edge->isFollowing());
    m_live->setText(m_edge->isFollowing() ? tr("Live") : tr("Go Live"));
}

} // namespace notiflow::ui
