// Everything the user can do from the window's menus and keys, as named actions: their texts, shortcuts and tips,
// the File/Playback/View/Help menus built from them, and the rows of the keys overlay (F1), which read their keys
// from these actions. What the actions do is connected by the window.
#pragma once

#include "widgets/window/keysoverlay.h"

#include <QCoreApplication>
#include <QList>

class QAction;
class QActionGroup;
class QMainWindow;
class QPalette;

namespace notiflow::ui {

class ThemeController;

class WindowActions final {
    Q_DECLARE_TR_FUNCTIONS(WindowActions)

public:
    // The actions are children of `window`, which also holds those that must work with its menu bar hidden.
    explicit WindowActions(QMainWindow* window);

    // File
    QAction* openDataFolder;
    QAction* openScenarioFile;
    QAction* reload;
    QAction* exportPictures;
    QAction* quit;
    // Playback: the transport, in the order the toolbar and the presentation strip show it, then the speed.
    QAction* start;
    QAction* back;
    QAction* play;
    QAction* forward;
    QAction* end;
    QAction* slower;
    QAction* faster;
    // View
    QActionGroup* viewModes; // checkable, each with its ViewMode as data, Ctrl+1 … Ctrl+4
    QAction* titleSlide;
    QAction* timelineTime; // checkable: the timelines in simulated time (T)
    QAction* presentation;
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* zoomReset;
    QAction* blackout;
    // Help
    QAction* showKeys;
    QAction* about;

    QList<QAction*> transport() const { return { start, back, play, forward, end }; }

    // An action of `window` with its shortcuts and tooltip (other action sets of the window use it too).
    static QAction* makeAction(
        QMainWindow* window, const QString& text, const QList<QKeySequence>& keys, const QString& tip);

    // Fills the menu bar: File, Playback, View (view modes, the `panels`' toggles, the theme submenu, the title
    // slide, presentation and zoom), Help.
    void buildMenus(const QList<QAction*>& panels, ThemeController* theme);

    // The keys overlay's rows, in display order; `leavePresentation` is presentation mode's own action (Esc).
    QList<KeysOverlay::Row> keyRows(QAction* leavePresentation) const;

    // The transport's icons are drawn from the palette: again whenever the theme changes. Play turns into Pause.
    void updateTransportIcons(const QPalette& palette, bool playing);
    void updatePlayAction(const QPalette& palette, bool playing);

private:
    QMainWindow* m_window;
};

} // namespace notiflow::ui
