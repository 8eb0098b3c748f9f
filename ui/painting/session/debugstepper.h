// The debugger moves of the transport (step over, step out, next and previous notification) applied to the replay
// session: they move the focused pane along its call tree; the other pane follows by scenario action, as it does
// for every seek.
#pragma once

#include "component.h"
#include "painting/session/calltree.h"

#include <QObject>

namespace notiflow::ui {

class ReplaySession;

class DebugStepper final : public QObject {
    Q_OBJECT
public:
    explicit DebugStepper(ReplaySession* session, QObject* parent = nullptr);

    Architecture focusedSide() const { return m_focused; }
    const CallTree& callTree(Architecture side) const { return side == Architecture::EventSourced ? m_es : m_ad; }

    enum class Move { StepOver, StepOut, NextNotification, PreviousNotification };
    Q_ENUM(Move)
    // Where `move` would land the focused pane from its current step (its current step when there is nowhere to go).
    int target(Move move) const;

public Q_SLOTS:
    void setFocusedSide(notiflow::Architecture side);
    void apply(notiflow::ui::DebugStepper::Move move);
    void stepOver() { apply(Move::StepOver); }
    void stepOut() { apply(Move::StepOut); }
    void nextNotification() { apply(Move::NextNotification); }
    void previousNotification() { apply(Move::PreviousNotification); }
    // Go to… : the first step concerning a customer id, order id or recipient (GoToIndex), in the focused pane if it
    // has one, else in the other; the other pane follows by action. False, and nothing moves, when neither has.
    bool goTo(const QString& query);

Q_SIGNALS:
    void focusedSideChanged(notiflow::Architecture side);

private:
    void rebuild();

    ReplaySession* m_session;
    Architecture m_focused = Architecture::EventSourced;
    CallTree m_es;
    CallTree m_ad;
};

} // namespace notiflow::ui
