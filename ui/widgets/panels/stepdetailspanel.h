// The current step of one architecture, or the step selected in the session (a clicked arrow, notification or
// decision; the session resets it to the current step when the playhead moves): kind, from → to, label, caption, and
// the step's JSON detail (payload, request/response body, query and records) pretty-printed with syntax colours.
#pragma once

#include "component.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabBar;
class QToolButton;

namespace notiflow {
struct Comparison;
}

namespace notiflow::ui {

class JsonHighlighter;
class ReplaySession;

class StepDetailsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit StepDetailsPanel(ReplaySession* session, QWidget* parent = nullptr);

    Architecture shownSide() const { return m_side; }
    int shownStep() const { return m_shownStep; } // -1 when no step is shown
    bool isFollowingPlayhead() const; // the shown step is the side's current step
    QString headerText() const; // kind, from → to, label and caption as plain text
    QString detailText() const; // the JSON as shown

public Q_SLOTS:
    void showSide(notiflow::Architecture side);
    void followPlayhead();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onSelectedStepChanged(Architecture side);
    int stepToShow() const;
    void refresh();

    ReplaySession* m_session;
    QTabBar* m_sides;
    QLabel* m_mode;
    QToolButton* m_follow;
    QLabel* m_stepLine;
    QLabel* m_kind;
    QLabel* m_route;
    QLabel* m_label;
    QLabel* m_caption;
    QPlainTextEdit* m_detail;
    JsonHighlighter* m_highlighter;

    Architecture m_side = Architecture::EventSourced; // the tab shown; may differ from the session's side
    Architecture m_sessionSide = Architecture::EventSourced; // the session's selected side when last seen
    // What is on screen, so that a playhead moving within one step does not re-render the JSON.
    const Comparison* m_shownComparison = nullptr;
    Architecture m_shownSide = Architecture::EventSourced;
    int m_shownStep = -1;
};

} // namespace notiflow::ui
