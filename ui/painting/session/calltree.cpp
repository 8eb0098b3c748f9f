#include "painting/session/calltree.h"

#include "run.h"

#include <algorithm>

namespace notiflow::ui {

CallTree::CallTree(const Run& run)
{
    const int n = static_cast<int>(run.steps.size());
    m_parent.resize(static_cast<std::size_t>(n));
    m_subtreeEnd.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const Step& s = run.steps[static_cast<std::size_t>(i)];
        // A parent must come before its child; anything else (a hand-made or damaged run) is treated as a root,
        // which keeps every move below well defined and free of cycles.
        m_parent[static_cast<std::size_t>(i)] = s.parent >= 0 && s.parent < i ? s.parent : -1;
        m_subtreeEnd[static_cast<std::size_t>(i)] = i;
        if (s.kind == StepKind::Send)
            m_sends.push_back(i);
    }
    // Children come after their parents, so one backward pass carries every maximum up to the root.
    for (int i = n - 1; i >= 0; --i) {
        const int p = m_parent[static_cast<std::size_t>(i)];
        if (p >= 0)
            m_subtreeEnd[static_cast<std::size_t>(p)]
                = std::max(m_subtreeEnd[static_cast<std::size_t>(p)], m_subtreeEnd[static_cast<std::size_t>(i)]);
    }
}

int CallTree::parent(int step) const
{
    return step >= 0 && step < stepCount() ? m_parent[static_cast<std::size_t>(step)] : -1;
}

int CallTree::subtreeEnd(int step) const
{
    return step >= 0 && step < stepCount() ? m_subtreeEnd[static_cast<std::size_t>(step)] : step;
}

bool CallTree::contains(int ancestor, int step) const
{
    for (int s = step; s >= 0 && s >= ancestor; s = parent(s)) {
        if (s == ancestor)
            return true;
    }
    return false;
}

int CallTree::stepOver(int from) const
{
    if (stepCount() == 0)
        return from;
    if (from < 0)
        return 0;
    const int next = subtreeEnd(from) + 1;
    return next < stepCount() ? next : from;
}

int CallTree::stepOut(int from) const
{
    if (from < 0 || from >= stepCount())
        return from;
    // Up the ancestors until one's handling still has steps after this one; a root's handling counts too, so that
    // stepping out of a trigger's last level lands on the end of that action's work.
    for (int a = parent(from); a >= 0; a = parent(a)) {
        if (subtreeEnd(a) > from)
            return subtreeEnd(a);
    }
    return std::max(from, subtreeEnd(from));
}

int CallTree::nextNotification(int from) const
{
    const auto it = std::upper_bound(m_sends.begin(), m_sends.end(), from);
    return it == m_sends.end() ? from : *it;
}

int CallTree::previousNotification(int from) const
{
    const auto it = std::lower_bound(m_sends.begin(), m_sends.end(), from);
    return it == m_sends.begin() ? from : *(it - 1);
}

} // namespace notiflow::ui
