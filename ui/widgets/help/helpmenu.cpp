#include "widgets/help/helpmenu.h"

#include "widgets/help/helpwindow.h"

#include <QAction>
#include <QMenu>
#include <QWhatsThis>

namespace notiflow::ui {

void HelpMenu::addTo(QMenu* help, QWidget* window)
{
    auto* howToRead = new QAction(tr("How to &Read notiflow"), window);
    howToRead->setObjectName(QStringLiteral("howToRead"));
    howToRead->setToolTip(tr("What every step kind and every metric means, how it is computed and how to read it"));
    QObject::connect(howToRead, &QAction::triggered, window, [window] { HelpWindow::showTopic(QString(), window); });
    QAction* whatsThis = QWhatsThis::createAction(window);
    whatsThis->setObjectName(QStringLiteral("whatsThis"));
    whatsThis->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    window->addAction(whatsThis);
    help->insertActions(help->actions().value(0), { howToRead, whatsThis });
}

} // namespace notiflow::ui
