// Presentation mode for a class (F5 or F11, Esc to leave): the window goes full screen without menus, docks or
// toolbar, a slim transport strip fades in on mouse movement, and the zoom switches to the presentation zoom. On
// leaving, the window gets back exactly the geometry, state, docks and toolbar it had. Also owns the zoom levels
// (one for the window, one for presenting, both remembered) and the blackout (B or ".").
#pragma once

#include "painting/session/settings.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

class QAction;
class QMainWindow;

namespace notiflow::ui {

class BlackoutOverlay;
class ReplaySession;
class TransportStrip;

class PresentationMode final : public QObject {
    Q_OBJECT
public:
    // `transport` become the strip's buttons; `chrome` are widgets of the window hidden while presenting.
    PresentationMode(
        QMainWindow* window, ReplaySession* session, const QList<QAction*>& transport, const QList<QWidget*>& chrome);

    bool isActive() const { return m_active; }
    bool isBlackedOut() const;
    qreal zoom() const { return m_active ? m_presentationZoom : m_windowZoom; } // of the current mode
    qreal presentationZoom() const { return m_presentationZoom; }
    // Captions are this much larger than the panes while presenting, to be read from the back of a room.
    qreal captionScale() const { return m_active ? 1.3 : 1.0; }
    TransportStrip* strip() const { return m_strip; }
    QAction* leaveAction() const { return m_leave; }

    static constexpr qreal defaultPresentationZoom = Settings::defaultPresentationZoom;

public Q_SLOTS:
    void enter();
    void leave();
    void toggle();
    void setBlackedOut(bool black);
    void toggleBlackout();
    void setZoom(qreal zoom); // of the current mode, clamped, remembered
    void zoomIn();
    void zoomOut();
    void resetZoom(); // 1 in the window, the default presentation zoom when presenting

Q_SIGNALS:
    void activeChanged(bool active);
    void zoomChanged(qreal zoom, qreal captionScale);
    void blackedOutChanged(bool black);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setCursorHidden(bool hidden);

    QMainWindow* m_window;
    TransportStrip* m_strip;
    BlackoutOverlay* m_blackout;
    QAction* m_leave;
    QList<QPointer<QWidget>> m_chrome;
    bool m_active = false;
    bool m_cursorHidden = false;
    qreal m_windowZoom = 1.0;
    qreal m_presentationZoom = defaultPresentationZoom;

    // What leaving restores.
    struct Saved {
        QByteArray geometry;
        QRect normalGeometry; // exactly, where restoreGeometry would move a window touching the screen's top
        QByteArray state; // docks and toolbars
        Qt::WindowStates windowState;
        bool menuBarVisible = true;
        QList<QPointer<QWidget>> visibleChrome;
    } m_saved;
};

} // namespace notiflow::ui
