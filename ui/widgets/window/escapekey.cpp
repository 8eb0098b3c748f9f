#include "widgets/window/escapekey.h"

#include <QKeyEvent>
#include <QWidget>

namespace notiflow::ui {

bool EscapeKey::take(QObject* watched, QEvent* event, const QWidget* window, const std::function<void()>& clear)
{
    const bool escape = (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape
        && static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier;
    if (!escape)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != window)
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    clear();
    return true;
}

} // namespace notiflow::ui
