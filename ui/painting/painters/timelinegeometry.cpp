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

int TimelineGeometry::rowOfStep(int step) const
{
    // Every separator before the step's action, and the action's own, push it down by one row.
    return step + actionOfStep(step) + 1;
}

int TimelineGeometry::rowOfAction(int action) const
{
    return m_actionFirstStep[static_cast<std::size_t>(action)] + action;
}

TimelineGeometry::Row TimelineGeometry::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    if (m_actionFirstStep.empty())
        return { false, row };
    // Separator rows (first[a] + a) increase strictly with a: find the last one at or before `row`.
    int lo = 0;
    int hi = actionCount() - 1;
    int action = -1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (rowOfAction(mid) <= row) {
            action = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (action < 0)
        return { false, row };
    if (rowOfAction(action) == row)
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
