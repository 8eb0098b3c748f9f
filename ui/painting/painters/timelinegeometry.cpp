#include "painting/painters/timelinegeometry.h"

#include <algorithm>
#include <cmath>

namespace notiflow::ui {

TimelineGeometry::TimelineGeometry(std::vector<int> actionFirstStep, int stepCount, int laneCount)
    : m_actionFirstStep(std::move(actionFirstStep))
    , m_stepCount(std::max(0, stepCount))
    , m_laneCount(std::max(0, laneCount))
{
    for (int& first : m_actionFirstStep)
        first = std::clamp(first, 0, m_stepCount);
}

void TimelineGeometry::setLaneArea(qreal left, qreal width)
{
    m_laneLeft = left;
    m_laneAreaWidth = std::max<qreal>(0, width);
}

int TimelineGeometry::actionOfStep(int step) const
{
    if (m_actionFirstStep.empty())
        return -1;
    const auto it = std::upper_bound(m_actionFirstStep.begin(), m_actionFirstStep.end(), step);
    return std::max(0, static_cast<int>(it - m_actionFirstStep.begin()) - 1);
}

int TimelineGeometry::unfoldedRowOfStep(int step) const
{
    // Every separator before the step's action, and the action's own, push it down by one row.
    return step + actionOfStep(step) + 1;
}

void TimelineGeometry::setFolds(std::vector<Fold> folds)
{
    m_folds.clear();
    m_hiddenBefore.clear();
    m_hiddenRows = 0;
    for (const Fold& f : folds) {
        // Anything out of order, out of range or spanning an action would break the row mapping: left unfolded.
        if (f.first < 0 || f.last < f.first || f.last >= m_stepCount || actionOfStep(f.first) != actionOfStep(f.last)
            || (!m_folds.empty() && f.first <= m_folds.back().last))
            continue;
        m_folds.push_back(f);
        m_hiddenBefore.push_back(m_hiddenRows);
        m_hiddenRows += hiddenBy(m_folds.size() - 1);
    }
}

int TimelineGeometry::hiddenBy(std::size_t fold) const
{
    const Fold& f = m_folds[fold];
    return f.collapsed ? f.last - f.first : -1;
}

int TimelineGeometry::foldOfStep(int step) const
{
    const auto it
        = std::upper_bound(m_folds.begin(), m_folds.end(), step, [](int s, const Fold& f) { return s < f.first; });
    if (it == m_folds.begin() || step > (it - 1)->last)
        return -1;
    return static_cast<int>(it - 1 - m_folds.begin());
}

int TimelineGeometry::foldRow(int fold) const
{
    return unfoldedRowOfStep(m_folds[static_cast<std::size_t>(fold)].first)
        - m_hiddenBefore[static_cast<std::size_t>(fold)];
}

int TimelineGeometry::rowOfStep(int step) const
{
    if (m_folds.empty())
        return unfoldedRowOfStep(step);
    if (const int fold = foldOfStep(step); fold >= 0) {
        const Fold& f = m_folds[static_cast<std::size_t>(fold)];
        return f.collapsed ? foldRow(fold) : foldRow(fold) + 1 + (step - f.first);
    }
    // The folds wholly before the step hide their rows (or add their header rows).
    const auto it
        = std::upper_bound(m_folds.begin(), m_folds.end(), step, [](int s, const Fold& f) { return s < f.first; });
    const auto before = static_cast<std::size_t>(it - m_folds.begin());
    const int hidden = before == 0 ? 0 : m_hiddenBefore[before - 1] + hiddenBy(before - 1);
    return unfoldedRowOfStep(step) - hidden;
}

int TimelineGeometry::rowOfAction(int action) const
{
    const int first = m_actionFirstStep[static_cast<std::size_t>(action)];
    int hidden = 0;
    for (std::size_t f = 0; f < m_folds.size() && m_folds[f].last < first; ++f)
        hidden = m_hiddenBefore[f] + hiddenBy(f);
    return first + action - hidden;
}

TimelineGeometry::Row TimelineGeometry::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    if (m_folds.empty())
        return unfoldedRowAt(row);
    // The last fold whose row is at or before `row` (fold rows increase with the fold).
    int lo = 0;
    int hi = static_cast<int>(m_folds.size()) - 1;
    int fold = -1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (foldRow(mid) <= row) {
            fold = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (fold < 0)
        return unfoldedRowAt(row);
    const Fold& f = m_folds[static_cast<std::size_t>(fold)];
    const int header = foldRow(fold);
    if (header == row)
        return { false, f.first, fold };
    if (!f.collapsed && row <= header + 1 + (f.last - f.first))
        return { false, f.first + (row - header - 1) };
    return unfoldedRowAt(
        row + m_hiddenBefore[static_cast<std::size_t>(fold)] + hiddenBy(static_cast<std::size_t>(fold)));
}

TimelineGeometry::Row TimelineGeometry::unfoldedRowAt(int row) const
{
    if (m_actionFirstStep.empty())
        return { false, row };
    // Separator rows (first[a] + a) increase strictly with a: find the last one at or before `row`.
    int lo = 0;
    int hi = actionCount() - 1;
    int action = -1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (m_actionFirstStep[static_cast<std::size_t>(mid)] + mid <= row) {
            action = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (action < 0)
        return { false, row };
    if (m_actionFirstStep[static_cast<std::size_t>(action)] + action == row)
        return { true, action };
    return { false, row - action - 1 };
}

int TimelineGeometry::rowAtY(qreal y) const
{
    if (y < 0)
        return -1;
    return std::min(static_cast<int>(std::floor(y / m_rowHeight)), rowCount());
}

std::pair<int, int> TimelineGeometry::visibleRows(qreal top, qreal height) const
{
    const int first = std::max(0, rowAtY(std::max<qreal>(0, top)));
    const int last = std::min(rowCount() - 1, static_cast<int>(std::ceil((top + height) / m_rowHeight)) - 1);
    return { first, last };
}

int TimelineGeometry::laneAtX(qreal x) const
{
    if (m_laneCount == 0 || x < m_laneLeft || x >= m_laneLeft + m_laneAreaWidth)
        return -1;
    return std::min(m_laneCount - 1, static_cast<int>((x - m_laneLeft) / laneWidth()));
}

} // namespace notiflow::ui
