// Esc in layers: what a window shows over its run (a requirement change, highlighted steps) is cleared by Esc before
// presentation mode sees the key. An application event filter takes it ahead of every shortcut.
#pragma once

#include <functional>

class QEvent;
class QObject;
class QWidget;

namespace notiflow::ui {

class EscapeKey final {
public:
    // For an application event filter: true when `event` is a plain Esc for a widget of `window` and was taken, in
    // which case `clear` ran (on the key press; the shortcut override before it is only accepted, so that no
    // shortcut such as leaving presentation mode gets this Esc). A dialog or popup keeps its own Esc.
    static bool take(QObject* watched, QEvent* event, const QWidget* window, const std::function<void()>& clear);
};

} // namespace notiflow::ui
