// The call tree of one recorded run (from each step's `parent`) and the debugger moves over it: step over a step's
// whole handling, step out to the end of the parent's, next and previous notification. Plain C++, no Qt.
#pragma once

#include <vector>

namespace notiflow {
struct Run;
}

namespace notiflow::ui {

class CallTree final {
public:
    CallTree() = default;
    explicit CallTree(const Run& run);

    int stepCount() const { return static_cast<int>(m_parent.size()); }
    int parent(int step) const; // -1 for a root (a trigger) or a step out of range
    // The last step recorded during the step's handling: the largest index among it and its descendants. Handling
    // is not always contiguous (a bus delivers after the publisher returned), so this is a maximum, not a count.
    int subtreeEnd(int step) const;
    bool contains(int ancestor, int step) const; // step is ancestor or one of its descendants

    // Each move returns the step to land on; `from` is the step shown now (-1 before the first). A move that has
    // nowhere to go returns `from`, so that stepping over from the last step stays there.
    int stepOver(int from) const; // the first step after everything `from` caused
    int stepOut(int from) const; // the end of the nearest enclosing handling that ends after `from`
    int nextNotification(int from) const; // the next Send step
    int previousNotification(int from) const; // the previous Send step

private:
    std::vector<int> m_parent;
    std::vector<int> m_subtreeEnd;
    std::vector<int> m_sends; // indices of Send steps, ascending
};

} // namespace notiflow::ui
