// The mapping math of the sequence timeline, kept out of painting so it can be tested with data rows: step and
// action separator <-> row <-> y, lane <-> x, and the rows visible in a window (binary search, never a scan).
#pragma once

#include <QtGlobal>
#include <utility>
#include <vector>

namespace notiflow::ui {

class TimelineGeometry final {
public:
    TimelineGeometry() = default;
    // `actionFirstStep`: per action, the index of its first step (as in Run). Each action gets a separator row
    // just before its first step.
    TimelineGeometry(std::vector<int> actionFirstStep, int stepCount, int laneCount);

    void setRowHeight(qreal height) { m_rowHeight = height; }
    void setLaneArea(qreal left, qreal width); // lanes share [left, left + width) equally
    qreal rowHeight() const { return m_rowHeight; }
    int stepCount() const { return m_stepCount; }
    int actionCount() const { return static_cast<int>(m_actionFirstStep.size()); }
    int laneCount() const { return m_laneCount; }

    int rowCount() const { return m_stepCount + actionCount(); }
    int rowOfStep(int step) const;
    int rowOfAction(int action) const; // its separator row
    int actionOfStep(int step) const;

    struct Row {
        bool separator = false;
        int index = -1; // the action for a separator, the step otherwise; -1 outside the rows
    };
    Row rowAt(int row) const;

    qreal rowTop(int row) const { return row * m_rowHeight; }
    qreal stepY(int step) const { return rowTop(rowOfStep(step)) + m_rowHeight / 2; } // the arrow's line
    qreal contentHeight() const { return rowCount() * m_rowHeight; }
    int rowAtY(qreal y) const; // -1 above the first row, rowCount() below the last
    // First and last row (inclusive) that intersect [top, top + height); first > last when none do.
    std::pair<int, int> visibleRows(qreal top, qreal height) const;

    qreal laneWidth() const { return m_laneCount > 0 ? m_laneAreaWidth / m_laneCount : 0; }
    qreal laneX(int lane) const { return m_laneLeft + (lane + 0.5) * laneWidth(); } // centre of the lifeline
    int laneAtX(qreal x) const; // nearest lane, -1 outside the lane area

private:
    std::vector<int> m_actionFirstStep;
    int m_stepCount = 0;
    int m_laneCount = 0;
    qreal m_rowHeight = 20;
    qreal m_laneLeft = 0;
    qreal m_laneAreaWidth = 0;
};

} // namespace notiflow::ui
