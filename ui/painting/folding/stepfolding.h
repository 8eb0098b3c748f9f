// What repeats in a run, folded: consecutive sibling units of the call tree that have the same shape (the same
// kinds, from/to, rules, decision outcomes and notification types, ids and values aside) form a group whose first
// instance stays open and whose others fold into one row. Computed once per run from the recorded steps, and
// extended when the run grows (a live run); no Qt.
#pragma once

#include <memory>
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
        bool operator==(const Group&) const = default;
    };

    StepFolding();
    explicit StepFolding(const Run& run);
    StepFolding(const StepFolding& other);
    StepFolding(StepFolding&& other) noexcept;
    StepFolding& operator=(const StepFolding& other);
    StepFolding& operator=(StepFolding&& other) noexcept;
    ~StepFolding();

    // Whether `run` looks like the folded run grown: at least as many steps, decisions and notifications, and the
    // last folded step, decision and notification unchanged. A check of the tail only, in constant time: it is for
    // runs known to be recorded by appending (the same live session), not a proof that two arbitrary runs agree.
    bool continuesInto(const Run& run) const;
    // Whether `after` starts with all of `before` in everything folding reads (each step's kind, from, to and
    // parent; each decision's step, rule, subject and outcome; each notification's step and type): a check of every
    // element, far cheaper than folding, for callers that hold the run folded before.
    static bool grewFrom(const Run& before, const Run& after);
    // Folds what `run` has beyond the folded steps, when continuesInto(run); false, and nothing changed, otherwise.
    // The result equals a folding of `run` from scratch. Only what the new steps reach is computed again: the new
    // steps, every older step that gained a descendant (a subtree still being recorded) and the repeats among the
    // children of those; whatever else is complete keeps its shape and its groups.
    bool extend(const Run& run);

    const std::vector<Group>& groups() const { return m_groups; } // ascending by foldedFirst, never overlapping
    int groupOfStep(int step) const; // the group whose folded steps hold `step`, or -1
    // The shape of a step's whole subtree: equal numbers mean equal shapes (within this folding; the numbers
    // themselves depend on the order the steps were folded in).
    int shapeOf(int step) const;
    int stepCount() const { return static_cast<int>(m_shape.size()); }

private:
    struct Memo; // what extending needs beyond the result: the call tree's links, interned shapes, the run's tail
    void fold(const Run& run, int from);

    std::vector<int> m_shape;
    std::vector<Group> m_groups;
    std::unique_ptr<Memo> m_memo;
};

} // namespace notiflow::ui
