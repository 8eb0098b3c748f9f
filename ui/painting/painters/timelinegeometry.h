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

    // Folded repeats: a collapsed range of steps [first, last] shows as one row; an expanded one gets a header row
    // above its steps (`group` names it for the painter). Ranges must be ascending, disjoint and within one action.
    struct Fold {
        int first = 0;
        int last = 0;
        int group = -1;
        bool collapsed = true;
    };
    void setFolds(std::vector<Fold> folds);
    const std::vector<Fold>& folds() const { return m_folds; }
    int foldOfStep(int step) const; // index into folds() of the fold hiding `step`, or -1

    int rowCount() const { return m_stepCount + actionCount() - m_hiddenRows; }
    int rowOfStep(int step) const;
    int rowOfAction(int action) const; // its separator row
    int actionOfStep(int step) const;

    struct Row {
        bool separator = false;
        int index = -1; // the action for a separator, the step otherwise (a fold's first step); -1 outside the rows
        int fold = -1; // index into folds() for a fold's row (collapsed) or header row (expanded)
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
    int unfoldedRowOfStep(int step) const;
    Row unfoldedRowAt(int row) const;
    int foldRow(int fold) const; // the row a fold shows as

    std::vector<int> m_actionFirstStep;
    std::vector<Fold> m_folds;
    int hiddenBy(std::size_t fold) const; // rows the fold removes (a header row counts as -1)
    std::vector<int> m_hiddenBefore; // per fold, the rows hidden by the folds before it
    int m_hiddenRows = 0;
    int m_stepCount = 0;
    int m_laneCount = 0;
    qreal m_rowHeight = 20;
    qreal m_laneLeft = 0;
    qreal m_laneAreaWidth = 0;
};

} // namespace notiflow::ui
