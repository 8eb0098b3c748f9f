#include "widgets/presentation/presentationmode.h"

#include "painting/style/transporticons.h"
#include "painting/style/zoomlevel.h"
#include "widgets/presentation/blackoutoverlay.h"
#include "widgets/presentation/transportstrip.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMouseEvent>
#include <QScreen>
#include <QToolBar>

namespace notiflow::ui {

PresentationMode::PresentationMode(
    QMainWindow* window, ReplaySession* session, const QList<QAction*>& transport, const QList<QWidget*>& chrome)
    : QObject(window)
    , m_window(window)
    , m_leave(new QAction(tr("Leave Presentation"), this))
{
    for (QWidget* w : chrome)
        m_chrome << w;
    m_leave->setObjectName(QStringLiteral("leavePresentation"));
    m_leave->setShortcut(Qt::Key_Escape);
    m_leave->setToolTip(tr("Back to the window as it was (Esc)"));
    m_leave->setIcon(TransportIcons::icon(TransportIcons::Glyph::LeavePresentation, window->palette()));
    m_leave->setEnabled(false); // Esc stays free for dialogs and popups outside presentation mode
    connect(m_leave, &QAction::triggered, this, &PresentationMode::leave);
    window->addAction(m_leave);

    m_strip = new TransportStrip(session, transport, m_leave, window);
    m_blackout = new BlackoutOverlay(window);
    connect(m_blackout, &BlackoutOverlay::uncovered, this, [this] { Q_EMIT blackedOutChanged(false); });
    connect(m_blackout, &BlackoutOverlay::escapePressed, this, &PresentationMode::leave);
    connect(m_strip, &TransportStrip::wentIdle, this, [this] { setCursorHidden(m_active); });

    const Settings settings;
    m_windowZoom = settings.windowZoom();
    m_presentationZoom = settings.presentationZoom();
}

bool PresentationMode::isBlackedOut() const
{
    return m_blackout->isVisible();
}

void PresentationMode::enter()
{
    if (m_active)
        return;
    m_saved.geometry = m_window->saveGeometry();
    m_saved.normalGeometry = m_window->geometry();
    m_saved.state = m_window->saveState();
    m_saved.windowState = m_window->windowState();
    m_saved.menuBarVisible = m_window->menuBar()->isVisible();
    m_saved.visibleChrome.clear();
    for (const QPointer<QWidget>& w : m_chrome) {
        if (w && w->isVisible()) {
            m_saved.visibleChrome << w;
            w->hide();
        }
    }
    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>())
        dock->hide();
    for (QToolBar* bar : m_window->findChildren<QToolBar*>())
        bar->hide();
    m_window->menuBar()->hide();
    m_active = true;
    m_leave->setEnabled(true);
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowFullScreen);
    m_window->show();
    qApp->installEventFilter(this);
    m_strip->wake();
    Q_EMIT activeChanged(true);
    Q_EMIT zoomChanged(zoom(), captionScale());
}

void PresentationMode::leave()
{
    if (!m_active)
        return;
    qApp->removeEventFilter(this);
    setBlackedOut(false);
    setCursorHidden(false);
    m_strip->hide();
    m_active = false;
    m_leave->setEnabled(false);
    // Window-sized text and margins first: presentation sizes would raise the window's minimum size and make the
    // restored geometry grow.
    Q_EMIT activeChanged(false);
    Q_EMIT zoomChanged(zoom(), captionScale());
    m_window->menuBar()->setVisible(m_saved.menuBarVisible);
    for (const QPointer<QWidget>& w : m_saved.visibleChrome) {
        if (w)
            w->show();
    }
    // Then the window state (leaving full screen), the geometry it had in that state, and the docks.
    m_window->setWindowState(m_saved.windowState);
    m_window->restoreGeometry(m_saved.geometry);
    // restoreGeometry keeps a title bar's height below the screen's top: a window that filled the available area
    // would come back lower than it was, its bottom off the screen. Still on the same screen, put it back exactly.
    if (m_saved.windowState == Qt::WindowNoState
        && m_window->screen()->availableGeometry().contains(m_saved.normalGeometry))
        m_window->setGeometry(m_saved.normalGeometry);
    m_window->restoreState(m_saved.state);
}

void PresentationMode::toggle()
{
    if (m_active)
        leave();
    else
        enter();
}

void PresentationMode::setBlackedOut(bool black)
{
    if (black == isBlackedOut())
        return;
    if (black) {
        m_blackout->cover();
        Q_EMIT blackedOutChanged(true);
    } else {
        m_blackout->uncover(); // signals through uncovered()
    }
}

void PresentationMode::toggleBlackout()
{
    setBlackedOut(!isBlackedOut());
}

void PresentationMode::setZoom(qreal zoom)
{
    zoom = ZoomLevel::clamp(zoom);
    qreal& current = m_active ? m_presentationZoom : m_windowZoom;
    if (qFuzzyCompare(zoom, current))
        return;
    current = zoom;
    Settings settings;
    if (m_active)
        settings.setPresentationZoom(zoom);
    else
        settings.setWindowZoom(zoom);
    Q_EMIT zoomChanged(zoom, captionScale());
}

void PresentationMode::zoomIn()
{
    setZoom(ZoomLevel::larger(zoom()));
}

void PresentationMode::zoomOut()
{
    setZoom(ZoomLevel::smaller(zoom()));
}

void PresentationMode::resetZoom()
{
    setZoom(m_active ? defaultPresentationZoom : 1.0);
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event)
{
    // Installed on the application while presenting: any mouse movement brings the strip (and the pointer) back.
    if (event->type() == QEvent::MouseMove && !isBlackedOut()) {
        setCursorHidden(false);
        m_strip->wake();
    }
    return QObject::eventFilter(watched, event);
}

void PresentationMode::setCursorHidden(bool hidden)
{
    if (hidden == m_cursorHidden)
        return;
    m_cursorHidden = hidden;
    if (hidden)
        m_window->setCursor(Qt::BlankCursor);
    else
        m_window->unsetCursor();
}

} // namespace notiflow::ui
