#include "painting/session/failuredrill.h"

#include "faults.h"
#include "io/loaderror.h"
#include "io/scenarioloader.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace notiflow::ui {

std::optional<Scenario> FailureDrill::apply(const Scenario& base, const DrillRequest& request, QString* error)
{
    // A scenario document as a file would hold it: the base's actions, the one new fault and the policy. The loader
    // checks them against the actions; what it accepts is added to the base, whose own faults and policies stay.
    nlohmann::json document;
    document["id"] = base.id;
    document["title"] = base.title;
    auto steps = nlohmann::json::array();
    for (const ScenarioAction& action : base.actions)
        steps.push_back(action.parameters);
    document["steps"] = steps;
    const std::string component
        = request.component ? std::string(componentId(*request.component)) : std::string("notification_side");
    document["faults"] = nlohmann::json::array({ { { "component", component }, { "mode", "down" },
        { "from_action", request.fromAction }, { "to_action", request.fromAction + request.actions - 1 } } });
    document["policies"] = { { "on_notify_failure", notifyFailurePolicyId(request.policy) } };
    try {
        const Scenario checked = parseScenario(document.dump(), "failure drill");
        Scenario drilled = base;
        drilled.faults.insert(drilled.faults.end(), checked.faults.begin(), checked.faults.end());
        drilled.policies.onNotifyFailure = checked.policies.onNotifyFailure;
        drilled.title = base.title + " — drill: " + describe(request).toStdString();
        return drilled;
    } catch (const LoadError& e) {
        if (error)
            *error = QString::fromStdString(e.what());
    }
    return std::nullopt;
}

QString FailureDrill::describe(const DrillRequest& request)
{
    const QString who = request.component ? QString::fromUtf8(componentName(*request.component).data(),
                            qsizetype(componentName(*request.component).size()))
                                          : QStringLiteral("Notification side");
    const QString span = request.actions == 1
        ? QStringLiteral("for action %1").arg(request.fromAction + 1)
        : QStringLiteral("for actions %1–%2").arg(request.fromAction + 1).arg(request.fromAction + request.actions);
    return QStringLiteral("%1 down %2, %3").arg(who, span, QString::fromLatin1(notifyFailurePolicyId(request.policy)));
}

bool FailureDrill::canTakeDown(Component c)
{
    const auto& list = faultableComponents();
    return std::find(list.begin(), list.end(), c) != list.end() && faultModeApplies(FaultMode::Down, c);
}

} // namespace notiflow::ui
