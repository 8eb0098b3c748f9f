// The steps highlighted in the window: the steps behind the figure last clicked, in one architecture's run. Views
// draw them, Next/Previous walk the playhead through them; a new comparison clears them (they belong to a run).
#pragma once

#include "painting/session/figuretrace.h"
#include "painting/session/stepselection.h"

#include <QObject>
#include <optional>

namespace notiflow::ui {

class ReplaySession;

class StepHighlight final : public QObject {
    Q_OBJECT
public:
    explicit StepHighlight(ReplaySession* session, QObject* parent = nullptr);

    // Highlights the steps behind `figure` in the run on screen; false (and nothing highlighted) without a run.
    bool show(const TracedFigure& figure);
    void clear();

    bool isActive() const { return m_selection.has_value(); }
    const std::optional<TracedFigure>& figure() const { return m_figure; }
    // The selection, or nullptr; for one side, nullptr unless the selection is in that side's run.
    const StepSelection* selection() const { return m_selection ? &*m_selection : nullptr; }
    const StepSelection* selection(Architecture side) const
    {
        return m_selection && m_selection->side == side ? &*m_selection : nullptr;
    }

    // The highlighted step after (before) the one shown in the selection's pane, wrapping round; -1 when none.
    int nextStep() const;
    int previousStep() const;

public Q_SLOTS:
    void goToNext(); // moves the playhead to nextStep()
    void goToPrevious();

Q_SIGNALS:
    void changed();

private:
    ReplaySession* m_session;
    std::optional<TracedFigure> m_figure;
    std::optional<StepSelection> m_selection;
};

} // namespace notiflow::ui
