#include "painting/session/liveedge.h"

#include "painting/session/replaysession.h"

#include <QScopedValueRollback>

namespace notiflow::ui {

LiveEdge::LiveEdge(ReplaySession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    // Any move of the playhead that is not ours, and any pause before the edge, is the user's: scrubbing, stepping,
    // pausing. Back from the edge stops following; reaching the edge again (stepping or playing to it) resumes.
    connect(session, &ReplaySession::playheadChanged, this, [this] {
        if (!m_driving && !m_session->isPlaying())
            userMoved();
    });
    connect(session, &ReplaySession::playingChanged, this, [this](bool playing) {
        if (!m_driving && !playing)
            userMoved();
    });
}

bool LiveEdge::isShowingLive() const
{
    return m_shown && m_session->sharedComparison() == m_shown;
}

void LiveEdge::show(std::shared_ptr<const Comparison> recording)
{
    if (!recording)
        return;
    const QScopedValueRollback driving(m_driving, true);
    const bool grown = isShowingLive() && recording->scenario.actions.size() >= m_shown->scenario.actions.size()
        && recording->eventSourced.steps.size() >= m_shown->eventSourced.steps.size()
        && recording->apiDriven.steps.size() >= m_shown->apiDriven.steps.size();
    m_shown = recording;
    // The grown run starts as the one on screen did: the playhead keeps its place in it, and playing goes on.
    double from = m_session->playhead();
    const bool wasPlaying = m_session->isPlaying();
    m_session->setComparison(std::move(recording));
    if (!grown) { // shown afresh: the latest entry animates, what came before it is already there
        from = m_session->timeline().actionStart(m_session->timeline().actionCount() - 1);
        setFollowing(true);
    }
    m_session->setPlayhead(from);
    // Following, the playhead goes on from where it was (the old edge, or still on its way there) to the new edge.
    if ((m_following || wasPlaying) && m_session->playhead() < m_session->timeline().duration())
        m_session->play();
}

void LiveEdge::returnToEdge()
{
    const QScopedValueRollback driving(m_driving, true);
    m_session->goToEnd();
    setFollowing(true);
}

void LiveEdge::userMoved()
{
    if (!isShowingLive())
        return;
    setFollowing(m_session->playhead() >= m_session->timeline().duration());
}

void LiveEdge::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    Q_EMIT followingChanged(following);
}

} // namespace notiflow::ui
