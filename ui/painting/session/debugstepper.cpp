#include "painting/session/debugstepper.h"

#include "painting/session/gotoindex.h"
#include "painting/session/replaysession.h"

namespace notiflow::ui {

DebugStepper::DebugStepper(ReplaySession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &ReplaySession::comparisonChanged, this, &DebugStepper::rebuild);
    rebuild();
}

void DebugStepper::rebuild()
{
    // Once per comparison: every move afterwards is a lookup or a walk up a few ancestors.
    const Comparison* cmp = m_session->comparison();
    m_es = cmp ? CallTree(cmp->eventSourced) : CallTree();
    m_ad = cmp ? CallTree(cmp->apiDriven) : CallTree();
}

void DebugStepper::setFocusedSide(Architecture side)
{
    if (side == m_focused)
        return;
    m_focused = side;
    Q_EMIT focusedSideChanged(side);
}

int DebugStepper::target(Move move) const
{
    const CallTree& tree = callTree(m_focused);
    const int from = m_session->currentStep(m_focused);
    switch (move) {
    case Move::StepOver:
        return tree.stepOver(from);
    case Move::StepOut:
        return tree.stepOut(from);
    case Move::NextNotification:
        return tree.nextNotification(from);
    case Move::PreviousNotification:
        return tree.previousNotification(from);
    }
    return from;
}

void DebugStepper::apply(Move move)
{
    m_session->pause();
    const int from = m_session->currentStep(m_focused);
    const int to = target(move);
    // Nowhere to go: stay exactly where the playhead is, rather than snapping back to the end of the step shown
    // (the other pane may be further on in the same action).
    if (to == from || to < 0)
        return;
    m_session->seekToStep(m_focused, to);
}

bool DebugStepper::goTo(const QString& query)
{
    const Comparison* cmp = m_session->comparison();
    if (!cmp)
        return false;
    const PerArchitecture<int> found = GoToIndex::find(*cmp, query.toStdString());
    const Architecture other
        = m_focused == Architecture::EventSourced ? Architecture::ApiDriven : Architecture::EventSourced;
    const Architecture side = found[m_focused] >= 0 ? m_focused : other;
    if (found[side] < 0)
        return false;
    m_session->seekToStep(side, found[side]);
    return true;
}

} // namespace notiflow::ui
