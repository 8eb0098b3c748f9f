// The transport's debugger moves as window actions: step over, step out, next and previous notification, and folding
// what repeats, with their keys, tooltips and icons, for the toolbar, the presentation strip, the Playback menu and F1.
#pragma once

#include "widgets/window/keysoverlay.h"

#include <QCoreApplication>
#include <QList>

class QAction;
class QMainWindow;
class QPalette;

namespace notiflow::ui {

class DebugStepper;
class FoldingState;

class DebugActions final {
    Q_DECLARE_TR_FUNCTIONS(DebugActions)

public:
    // The actions are children of `window`, which also holds them so that their keys work with the menu bar hidden.
    explicit DebugActions(QMainWindow* window);

    QAction* stepOver;
    QAction* stepOut;
    QAction* previousNotification;
    QAction* nextNotification;
    QAction* foldRepeats; // expand or collapse every folded group of the focused pane
    QAction* goTo; // Ctrl+G: asks for a customer id, order id or recipient

    QList<QAction*> transport() const { return { stepOver, stepOut, previousNotification, nextNotification }; }

    void connectTo(DebugStepper* stepper, FoldingState* folding) const;
    // Adds the actions to the menu that holds `neighbour` (the Playback menu), after it, behind a separator.
    void addToMenuOf(QAction* neighbour) const;
    // Inserts the overlay's rows for these actions after the row that lists `after`.
    void addKeyRows(QList<KeysOverlay::Row>& rows, QAction* after) const;
    void updateIcons(const QPalette& palette) const;

private:
    QMainWindow* m_window;
};

} // namespace notiflow::ui
