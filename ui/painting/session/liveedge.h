// The live edge of a growing run: whether the playhead follows what arrives (it does until the user moves it back),
// and how a grown recording is shown: appended to the run on screen and, while following, animated as it arrives.
#pragma once

#include "scenariorunner.h"

#include <QObject>
#include <memory>

namespace notiflow::ui {

class ReplaySession;

class LiveEdge final : public QObject {
    Q_OBJECT
public:
    explicit LiveEdge(ReplaySession* session, QObject* parent = nullptr);

    bool isFollowing() const { return m_following; }
    // Whether the run on screen is the live one (it stops being when the user opens another scenario).
    bool isShowingLive() const;

    // Shows `recording`, the live run as recorded after its latest change. When it is the run on screen grown, the
    // playhead keeps its place; anything else (the first recording, a run after a reset, or when another run is
    // shown) starts on its latest entry. While following, the playhead animates on to the new edge.
    void show(std::shared_ptr<const Comparison> recording);

public Q_SLOTS:
    void returnToEdge(); // the "Live" button: to the end of the run, following again

Q_SIGNALS:
    void followingChanged(bool following);

private:
    void setFollowing(bool following);
    void userMoved();

    ReplaySession* m_session;
    std::shared_ptr<const Comparison> m_shown; // the live recording last shown
    bool m_following = true;
    bool m_driving = false; // the playhead moves because of show() or returnToEdge(), not the user
};

} // namespace notiflow::ui
