// What repeats in a run, folded: consecutive sibling units of the call tree that have the same shape (the same
// kinds, from/to, rules, decision outcomes and notification types, ids and values aside) form a group whose first
// instance stays open and whose others fold into one row. Computed once per run from the recorded steps; no Qt.
#pragma once

#include <string>
#include <vector>

namespace notiflow {
struct Run;
}

namespace notiflow::ui {

class StepFolding final {
public:
    struct Group {
        int parent = -1; // the step whose handling repeats the pattern
        int firstStep = -1; // the first step of the open first instance
        int instances = 0; // of the pattern, the open one included
        int foldedFirst = -1; // the folded steps: [foldedFirst, foldedLast], every one of them
        int foldedLast = -1;
        // Counted from the folded steps alone.
        int foldedSteps() const { return foldedLast - foldedFirst + 1; }
        int emails = 0;
        int sms = 0;
        int checksPassed = 0;
        int checksFailed = 0;
        int subjects = 0; // distinct decision subjects (customer or order ids)
        bool ordersNotCustomers = false; // every rule of the folded decisions is an order rule
    };

    StepFolding() = default;
    explicit StepFolding(const Run& run);

    const std::vector<Group>& groups() const { return m_groups; } // ascending by foldedFirst, never overlapping
    int groupOfStep(int step) const; // the group whose folded steps hold `step`, or -1
    // The shape of a step's whole subtree: equal numbers mean equal shapes (within this run).
    int shapeOf(int step) const;
    int stepCount() const { return static_cast<int>(m_shape.size()); }

private:
    std::vector<int> m_shape;
    std::vector<Group> m_groups;
};

} // namespace notiflow::ui
