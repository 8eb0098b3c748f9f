#include "widgets/window/themecontroller.h"

#include "painting/session/settings.h"
#include "widgets/window/contraststyle.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QStyle>

namespace notiflow::ui {

ThemeController::ThemeController(QObject* parent)
    : QObject(parent)
{
}

void ThemeController::restore()
{
    m_choice = Settings().theme();
    apply();
    syncActions();
}

void ThemeController::setChoice(ThemeChoice choice)
{
    m_choice = choice;
    Settings().setTheme(choice);
    apply();
    syncActions();
}

void ThemeController::apply()
{
    // Fusion draws everything from the palette, so a palette looks the same on every desktop; native styles
    // ignore parts of it (GTK, macOS) and would mix our dark window with their light controls.
    // ContrastStyle is Fusion with outlines that stay visible on the high-contrast palette.
    if (!qobject_cast<ContrastStyle*>(QApplication::style()))
        QApplication::setStyle(new ContrastStyle);
    if (m_choice == ThemeChoice::System) {
        // An empty palette resolves to the desktop's: Qt then keeps it up to date when the desktop changes.
        QApplication::setPalette(QPalette());
    } else {
        QApplication::setPalette(Theme::palette(m_choice, QApplication::palette()));
    }
}

QMenu* ThemeController::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("&Theme"), parent);
    menu->setToolTipsVisible(true);
    if (!m_actions) {
        m_actions = new QActionGroup(this);
        m_actions->setExclusive(true);
    }
    for (ThemeChoice choice : Theme::all) {
        QAction* action = menu->addAction(Theme::displayName(choice));
        action->setCheckable(true);
        action->setData(Theme::id(choice));
        action->setObjectName(QStringLiteral("theme-") + Theme::id(choice));
        switch (choice) {
        case ThemeChoice::System:
            action->setToolTip(tr("Follow the desktop's colours"));
            break;
        case ThemeChoice::Light:
            action->setToolTip(tr("Dark text on a light background"));
            break;
        case ThemeChoice::Dark:
            action->setToolTip(tr("Light text on a dark background"));
            break;
        case ThemeChoice::HighContrast:
            action->setToolTip(tr("White on black with strong colours and thicker lines, for projectors"));
            break;
        }
        m_actions->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { setChoice(choice); });
    }
    syncActions();
    return menu;
}

void ThemeController::syncActions()
{
    if (!m_actions)
        return;
    for (QAction* action : m_actions->actions())
        action->setChecked(action->data().toString() == Theme::id(m_choice));
}

} // namespace notiflow::ui
