// Applies the chosen theme to the whole application (Fusion style, application palette), remembers it in the
// settings, and offers it as a checkable View → Theme submenu. "System" hands the palette back to the desktop, so
// it follows the desktop when that changes.
#pragma once

#include "painting/style/theme.h"

#include <QObject>

class QActionGroup;
class QMenu;
class QWidget;

namespace notiflow::ui {

class ThemeController final : public QObject {
    Q_OBJECT
public:
    explicit ThemeController(QObject* parent = nullptr);

    ThemeChoice choice() const { return m_choice; }
    // The remembered choice (System when nothing or something unknown was saved), applied.
    void restore();
    QMenu* createMenu(QWidget* parent); // the submenu; its actions stay in step with choice()

public Q_SLOTS:
    void setChoice(notiflow::ui::ThemeChoice choice); // applies and remembers

private:
    void apply();
    void syncActions();

    ThemeChoice m_choice = ThemeChoice::System;
    QActionGroup* m_actions = nullptr;
};

} // namespace notiflow::ui
