// A failure drill: the scenario on screen with one more fault (a component down from an action, for a number of
// actions) and the caller's policy for notifications that cannot be delivered. The new fault and policy are read
// through the scenario loader, as if they had been written in the scenario file, so they are validated alike.
#pragma once

#include "scenario.h"

#include <QString>
#include <optional>

namespace notiflow::ui {

struct DrillRequest {
    std::optional<Component> component; // nullopt: the notification side (service or API, whichever a run has)
    int fromAction = 0; // 0-based
    int actions = 1; // how many actions it stays down for
    NotifyFailurePolicy policy = NotifyFailurePolicy::Drop;
};

class FailureDrill final {
public:
    // `base` with the drill's fault added and its policy; nullopt with `error` set ("drill: faults[0].to_action: …")
    // when the loader refuses them (an action past the last, a component that cannot fail).
    static std::optional<Scenario> apply(const Scenario& base, const DrillRequest& request, QString* error);
    // "Notification side down from action 1 for 2 actions, drop": what the drill did, for titles and the status bar.
    static QString describe(const DrillRequest& request);
    // Whether a drill may take `c` down (the scenario format lets it fail).
    static bool canTakeDown(Component c);
};

} // namespace notiflow::ui
