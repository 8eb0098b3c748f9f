// A step's structure without its text (label, caption, detail): what a run written out as it goes (the --json
// output) keeps of each step for its metrics and outcome, a third of a Step's size.
#pragma once

#include "step.h"

#include <cstdint>
#include <deque>

namespace notiflow {

// The fields have a Step's names, so that what is computed from the structure alone reads either.
struct StepShape {
    StepShape() = default;
    explicit StepShape(const Step& step)
        : atMs(step.atMs)
        , durationMs(step.durationMs)
        , endMs(step.endMs)
        , index(step.index)
        , action(step.action)
        , parent(step.parent)
        , from(step.from)
        , to(step.to)
        , publisher(step.publisher)
        , kind(step.kind)
        , synchronous(step.synchronous)
        , effect(step.effect)
    {
    }

    // The step with its structure and no text.
    Step toStep() const
    {
        Step step;
        step.index = index;
        step.action = action;
        step.from = from;
        step.to = to;
        step.kind = kind;
        step.synchronous = synchronous;
        step.effect = effect;
        step.parent = parent;
        step.publisher = publisher;
        step.atMs = atMs;
        step.durationMs = durationMs;
        step.endMs = endMs;
        return step;
    }

    std::int64_t atMs = 0;
    std::int64_t durationMs = -1;
    std::int64_t endMs = -1;
    int index = 0;
    int action = 0;
    int parent = -1;
    Component from = Component::OutsideWorld;
    Component to = Component::OutsideWorld;
    Component publisher = Component::OutsideWorld;
    StepKind kind = StepKind::Trigger;
    bool synchronous = true;
    FaultEffect effect = FaultEffect::None;
};

// In blocks rather than one array: a run of hundreds of thousands of steps never copies them all to grow, and
// never holds twice their size while it does.
using StepShapes = std::deque<StepShape>;

} // namespace notiflow
