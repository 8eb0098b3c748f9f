#include "widgets/window/highlightcontroller.h"

#include "painting/session/replaysession.h"
#include "painting/session/stephighlight.h"
#include "painting/style/displaytext.h"
#include "widgets/panels/metricspanel.h"
#include "widgets/panels/whypanel.h"
#include "widgets/views/architecturepane.h"
#include "widgets/views/flowview.h"
#include "widgets/views/scrubber.h"
#include "widgets/views/timelineview.h"
#include "widgets/window/escapekey.h"
#include "widgets/window/windowactions.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>

namespace notiflow::ui {

HighlightController::HighlightController(
    QMainWindow* window, ReplaySession* session, const PerArchitecture<ArchitecturePane*>& panes, Scrubber* scrubber)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_panes(panes)
    , m_highlight(new StepHighlight(session, this))
{
    // H and Shift+H follow N and Shift+N (next and previous notification); F3 and Shift+F3 are "find next" and
    // "find previous" elsewhere.
    m_next = WindowActions::makeAction(window, tr("Next &Highlighted Step"),
        { QKeySequence(Qt::Key_H), QKeySequence(Qt::Key_F3) },
        tr("On to the next of the steps behind the figure you clicked in the metrics or the Why panel (H, F3)"));
    m_previous = WindowActions::makeAction(window, tr("Previous Highlighted Ste&p"),
        { QKeySequence(Qt::SHIFT | Qt::Key_H), QKeySequence(Qt::SHIFT | Qt::Key_F3) },
        tr("Back to the previous of the highlighted steps (Shift+H, Shift+F3)"));
    m_clear = WindowActions::makeAction(window, tr("Clear the Highlight"), { QKeySequence(Qt::Key_Escape) },
        tr("Stop highlighting the steps behind a figure (Esc)"));
    m_next->setObjectName(QStringLiteral("nextHighlighted"));
    m_previous->setObjectName(QStringLiteral("previousHighlighted"));
    m_clear->setObjectName(QStringLiteral("clearHighlight"));
    // Esc is taken by the event filter, before any shortcut: the action only shows the key in menus and the keys
    // overlay, so it must not compete with leaving presentation mode.
    m_clear->setShortcutContext(Qt::WidgetShortcut);
    window->addActions({ m_next, m_previous }); // their keys work with the menu bar hidden (presentation)
    connect(m_next, &QAction::triggered, m_highlight, &StepHighlight::goToNext);
    connect(m_previous, &QAction::triggered, m_highlight, &StepHighlight::goToPrevious);
    connect(m_clear, &QAction::triggered, m_highlight, &StepHighlight::clear);
    connect(m_highlight, &StepHighlight::changed, this, &HighlightController::publish);
    connect(m_session, &ReplaySession::playheadChanged, this, &HighlightController::updateNotes);

    for (ArchitecturePane* pane : m_panes) {
        pane->flowView()->setHighlight(m_highlight);
        pane->timelineView()->setHighlight(m_highlight);
    }
    scrubber->setHighlight(m_highlight);
    qApp->installEventFilter(this);
    publish();
}

void HighlightController::connectPanels(MetricsPanel* metrics, WhyPanel* why)
{
    m_metrics = metrics;
    connect(metrics, &MetricsPanel::figureClicked, this, &HighlightController::show);
    connect(why, &WhyPanel::figureClicked, this, &HighlightController::show);
}

void HighlightController::show(const TracedFigure& figure)
{
    m_highlight->show(figure);
}

void HighlightController::publish()
{
    const StepSelection* selection = m_highlight->selection();
    for (QAction* a : { m_next, m_previous })
        a->setEnabled(selection && !selection->isEmpty());
    m_clear->setEnabled(selection != nullptr);
    if (m_metrics)
        m_metrics->setSelectedFigure(m_highlight->figure());
    updateNotes();
    if (!selection) {
        m_window->statusBar()->clearMessage();
        return;
    }
    const int count = static_cast<int>(selection->steps.size());
    const QString steps = count == 0 ? tr("no step of the run is behind it")
        : count == 1                 ? tr("1 step highlighted")
                                     : tr("%1 steps highlighted").arg(count);
    m_window->statusBar()->showMessage(tr("%1 (%2): %3. H / Shift+H go through them, Esc clears.")
                                           .arg(selection->label, architectureTitle(selection->side), steps));
}

void HighlightController::updateNotes()
{
    const StepSelection* selection = m_highlight->selection();
    for (const Architecture side : allArchitectures) {
        if (!selection || selection->side != side) {
            m_panes[side]->setHighlightNote(QString());
            continue;
        }
        const int count = static_cast<int>(selection->steps.size());
        const int at = selection->indexOf(m_session->currentStep(side));
        // Short: the header elides it. Which of the steps the playhead is on matters most while stepping with H.
        const QString where = count == 0 ? tr("no step")
            : at >= 0                    ? tr("step %1 of %2").arg(at + 1).arg(count)
            : count == 1                 ? tr("1 step")
                                         : tr("%1 steps").arg(count);
        m_panes[side]->setHighlightNote(tr("◆ %1: %2 · %3").arg(where, selection->label, tr("H next, Esc clears")));
    }
}

bool HighlightController::eventFilter(QObject* watched, QEvent* event)
{
    return m_highlight->isActive() && EscapeKey::take(watched, event, m_window, [this] { m_highlight->clear(); });
}

} // namespace notiflow::ui
