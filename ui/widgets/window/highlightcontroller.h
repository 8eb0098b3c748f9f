// The window's traceability: a click on a figure of the Coupling Metrics dock (a chip, a bar, a matrix cell, a
// chain box) or on a row of the Why panel highlights the steps behind it in that architecture's flow view and
// timeline and on the scrubber; H and Shift+H (F3, Shift+F3) walk the playhead through them; Esc clears them before
// it leaves presentation mode (and after it closes a slide).
#pragma once

#include "perarchitecture.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;

namespace notiflow::ui {

class ArchitecturePane;
class MetricsPanel;
class ReplaySession;
class Scrubber;
class StepHighlight;
class WhyPanel;
struct TracedFigure;

class HighlightController final : public QObject {
    Q_OBJECT
public:
    // Construct it after the requirement-change controller: its Esc filter must run before that one's.
    HighlightController(QMainWindow* window, ReplaySession* session, const PerArchitecture<ArchitecturePane*>& panes,
        Scrubber* scrubber);

    // The panels whose figures and rows can be clicked.
    void connectPanels(MetricsPanel* metrics, WhyPanel* why);

    StepHighlight* highlight() const { return m_highlight; }
    QAction* nextAction() const { return m_next; } // H, F3
    QAction* previousAction() const { return m_previous; } // Shift+H, Shift+F3
    QAction* clearAction() const { return m_clear; } // Esc; for the menu and the keys overlay
    QList<QAction*> actions() const { return { m_next, m_previous, m_clear }; }

    // Highlights the steps behind `figure`, as a click on it does.
    void show(const TracedFigure& figure);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void publish(); // after the highlight changed
    void updateNotes(); // after the playhead moved

    QMainWindow* m_window;
    ReplaySession* m_session;
    PerArchitecture<ArchitecturePane*> m_panes;
    StepHighlight* m_highlight;
    MetricsPanel* m_metrics = nullptr;
    QAction* m_next;
    QAction* m_previous;
    QAction* m_clear;
};

} // namespace notiflow::ui
