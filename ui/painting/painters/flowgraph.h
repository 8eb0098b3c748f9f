// The edges of one run's message flow, indexed once so that a frame at any playhead costs
// O(edges · log steps): per edge the sorted indices of its steps, counted up to the playhead by binary search.
#pragma once

#include "painting/painters/faultmarks.h"
#include "painting/painters/flowlayout.h"
#include "step.h"

#include <vector>

namespace notiflow {
struct Run;
}

namespace notiflow::ui {

class FlowGraph final {
public:
    struct Edge {
        Component from = Component::OutsideWorld;
        Component to = Component::OutsideWorld;
        StepKind kind = StepKind::Trigger;
        std::vector<int> steps; // ascending step indices
        // Edges between the same two components are drawn side by side: this one's slot, centred on 0, in units
        // of the spacing, measured to the left of the direction from the lower to the higher component.
        qreal parallelOffset = 0;
        std::vector<int> failedSteps; // the steps of `steps` that FaultMarks calls failed
    };

    FlowGraph() = default;
    explicit FlowGraph(const Run& run);

    const std::vector<Edge>& edges() const { return m_edges; }
    const FlowLayout::ComponentSet& components() const { return m_components; }
    bool contains(Component c) const { return m_components[c]; }
    // The edge a step travels along; -1 for steps that stay on one component (decisions).
    int edgeOfStep(int step) const;
    // How many of the edge's steps have happened by `step` inclusive.
    static int countUpTo(const Edge& edge, int step);
    // Steps that stayed on `c` (rules evaluated, local failures) up to `step` inclusive.
    int selfStepsUpTo(Component c, int step) const;
    // Failed steps that stayed on `c` (a timeout, a lost notification, a dead letter) up to `step` inclusive.
    int failedSelfStepsUpTo(Component c, int step) const;
    // What the run's faults look like at each step: built with the graph, so that every view and export of it
    // draws the same marks.
    const FaultMarks& faults() const { return m_faults; }

private:
    std::vector<Edge> m_edges;
    std::vector<int> m_edgeOfStep;
    PerComponent<std::vector<int>> m_selfSteps;
    PerComponent<std::vector<int>> m_failedSelfSteps;
    FaultMarks m_faults;
    FlowLayout::ComponentSet m_components;
};

} // namespace notiflow::ui
