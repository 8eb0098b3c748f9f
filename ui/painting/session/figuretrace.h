// What a figure of the metrics (or a row of the Why panel) was computed from: a figure names what it counts, and
// FigureTrace finds the steps of the recorded run behind it by the core's own selection rules (MetricsTrace).
#pragma once

#include "component.h"
#include "painting/session/stepselection.h"

#include <QCoreApplication>
#include <optional>
#include <string>
#include <vector>

namespace notiflow {
struct Comparison;
struct Run;
} // namespace notiflow

namespace notiflow::ui {

struct TracedFigure {
    enum class Kind {
        DataAccess, // a foreign-domain chip: `component` read or wrote data domain `other`
        RuleEvaluation, // a rule owner: `component` evaluated `rule`
        Dependency, // a matrix cell: `component` depends on `other`
        Efferent, // a Ce bar of `component`
        Afferent, // a Ca bar of `component`
        Instability, // an instability bar of `component`: Ce and Ca together
        StepsOfKind, // a messages-by-kind bar: the StepKind in `index`, or every step when `index` is -1
        WaitedOn, // a synchronous-chain box: the trigger of the ceiling's action waits on `component`
        BlockingCalls, // the requests the trigger of action `index` waits for
        NotificationRules, // notification rules evaluated in domain services (a headline figure)
        ForeignDomains, // domain services' reads of data they do not own (a headline figure)
        Decision, // a Why-panel decision: Run::decisions[index]
        Message, // a Why-panel message: Run::notifications[index]
    };
    Kind kind = Kind::Dependency;
    Architecture side = Architecture::EventSourced;
    Component component = Component::OutsideWorld;
    Component other = Component::OutsideWorld;
    std::string rule;
    int index = -1;

    bool operator==(const TracedFigure&) const = default;

    // A figure with the fields its kind uses (an aggregate's braces would have to name every field).
    static TracedFigure of(Kind kind, Architecture side, Component component = Component::OutsideWorld,
        Component other = Component::OutsideWorld, std::string rule = {}, int index = -1)
    {
        TracedFigure f;
        f.kind = kind;
        f.side = side;
        f.component = component;
        f.other = other;
        f.rule = std::move(rule);
        f.index = index;
        return f;
    }
};

class FigureTrace final {
    Q_DECLARE_TR_FUNCTIONS(FigureTrace)

public:
    // The steps of `run` behind `figure`, ascending. Metrics figures take exactly the steps the figure counted; a
    // decision or a message takes its own step and the chain of steps during whose handling it happened.
    static std::vector<int> steps(const Run& run, const TracedFigure& figure);
    // What the steps are behind, in words: "Pricing service depends on Carts".
    static QString describe(const Run& run, const TracedFigure& figure);
    // The selection for `figure` in its side's run of `comparison`.
    static StepSelection select(const Comparison& comparison, const TracedFigure& figure);
};

} // namespace notiflow::ui
