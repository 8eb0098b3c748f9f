#include "widgets/window/debugactions.h"

#include "painting/folding/foldingstate.h"
#include "painting/session/debugstepper.h"
#include "painting/style/transporticons.h"
#include "widgets/window/windowactions.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace notiflow::ui {

namespace {
QAction* makeAction(QMainWindow* window, const QString& text, const QList<QKeySequence>& keys, const QString& tip)
{
    QAction* action = WindowActions::makeAction(window, text, keys, tip);
    action->setStatusTip(tip);
    return action;
}
} // namespace

DebugActions::DebugActions(QMainWindow* window)
    : m_window(window)
{
    // Debuggers step over with F10 and out with Shift+F11; F11 alone already enters presentation mode, so it is
    // not used for "step into" (Right is one step, which is stepping into).
    stepOver = makeAction(window, tr("Step &Over"), { Qt::Key_F10, QKeySequence(Qt::CTRL | Qt::Key_Right) },
        tr("Step over: past everything this step caused in the focused pane, such as a delivery with all the "
           "subscriber did or a request with all the API did (F10, Ctrl+Right)"));
    stepOut = makeAction(window, tr("Step O&ut"),
        { QKeySequence(Qt::SHIFT | Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::Key_Up) },
        tr("Step out: to the end of the handling this step is part of, in the focused pane (Shift+F11, Ctrl+Up)"));
    previousNotification = makeAction(window, tr("Pre&vious Notification"), { QKeySequence(Qt::SHIFT | Qt::Key_N) },
        tr("Back to the previous message sent in the focused pane (Shift+N)"));
    nextNotification = makeAction(
        window, tr("&Next Notification"), { Qt::Key_N }, tr("On to the next message sent in the focused pane (N)"));
    foldRepeats = makeAction(window, tr("&Fold or Unfold Repeats"), { Qt::Key_F },
        tr("Expand or collapse every group of steps that repeat the same shape in the focused pane's timeline (F); a "
           "click on a group's row does it for one group"));
    goTo = makeAction(window, tr("&Go To…"), { QKeySequence(Qt::CTRL | Qt::Key_G) },
        tr("Jump to where a customer id, an order id or a notification recipient first appears (Ctrl+G)"));
    stepOver->setObjectName(QStringLiteral("stepOver"));
    stepOut->setObjectName(QStringLiteral("stepOut"));
    previousNotification->setObjectName(QStringLiteral("previousNotification"));
    nextNotification->setObjectName(QStringLiteral("nextNotification"));
    window->addActions(transport());
    window->addActions({ foldRepeats, goTo });
}

void DebugActions::connectTo(DebugStepper* stepper, FoldingState* folding) const
{
    QObject::connect(goTo, &QAction::triggered, stepper, [this, stepper] {
        bool ok = false;
        const QString query = QInputDialog::getText(m_window, tr("Go To"),
            tr("Customer id, order id or notification recipient (email address or phone number):"), QLineEdit::Normal,
            {}, &ok);
        if (ok && !query.trimmed().isEmpty() && !stepper->goTo(query))
            QMessageBox::information(m_window, tr("Go To"),
                tr("No step of either run concerns \"%1\": check the id against the data set.").arg(query.trimmed()));
    });
    QObject::connect(
        foldRepeats, &QAction::triggered, folding, [stepper, folding] { folding->toggleAll(stepper->focusedSide()); });
    QObject::connect(stepOver, &QAction::triggered, stepper, &DebugStepper::stepOver);
    QObject::connect(stepOut, &QAction::triggered, stepper, &DebugStepper::stepOut);
    QObject::connect(previousNotification, &QAction::triggered, stepper, &DebugStepper::previousNotification);
    QObject::connect(nextNotification, &QAction::triggered, stepper, &DebugStepper::nextNotification);
}

void DebugActions::addToMenuOf(QAction* neighbour) const
{
    for (QAction* top : m_window->menuBar()->actions()) {
        QMenu* menu = top->menu();
        if (!menu || !menu->actions().contains(neighbour))
            continue;
        const QList<QAction*> items = menu->actions();
        const int at = static_cast<int>(items.indexOf(neighbour)) + 1;
        QAction* before = at < items.size() ? items.at(at) : nullptr;
        menu->insertSeparator(before);
        menu->insertActions(before, transport() << foldRepeats << goTo);
        return;
    }
}

void DebugActions::addKeyRows(QList<KeysOverlay::Row>& rows, QAction* after) const
{
    qsizetype at = rows.size();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).actions.contains(after))
            at = i + 1;
    }
    const QList<KeysOverlay::Row> mine {
        { { stepOver }, tr("Step over what this step caused (focused pane)") },
        { { stepOut }, tr("Step out to the end of the enclosing handling (focused pane)") },
        { { nextNotification, previousNotification }, tr("Next / previous notification (focused pane)") },
        { { foldRepeats }, tr("Expand / collapse the repeats folded in the focused pane's timeline") },
        { { goTo }, tr("Go to a customer, an order or a recipient") },
    };
    for (const KeysOverlay::Row& row : mine)
        rows.insert(at++, row);
}

void DebugActions::updateIcons(const QPalette& palette) const
{
    stepOver->setIcon(TransportIcons::icon(TransportIcons::Glyph::StepOver, palette));
    stepOut->setIcon(TransportIcons::icon(TransportIcons::Glyph::StepOut, palette));
    previousNotification->setIcon(TransportIcons::icon(TransportIcons::Glyph::PreviousNotification, palette));
    nextNotification->setIcon(TransportIcons::icon(TransportIcons::Glyph::NextNotification, palette));
}

} // namespace notiflow::ui
