// The Help menu's entries of issue 11: "How to read notiflow" (the page, at its start) and What's This (Shift+F1),
// which turns the cursor into a question mark: a chart or metric label clicked then opens the page at its entry.
#pragma once

#include <QCoreApplication>

class QAction;
class QMenu;
class QWidget;

namespace notiflow::ui {

class HelpMenu {
    Q_DECLARE_TR_FUNCTIONS(HelpMenu)

public:
    // Adds both actions to `help`; the window keeps them working while its menu bar is hidden.
    static void addTo(QMenu* help, QWidget* window);
};

} // namespace notiflow::ui
