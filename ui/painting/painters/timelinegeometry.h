// The mapping math of the sequence timeline, kept out of painting so it can be tested with data rows: step and
// action separator <-> row <-> y, lane <-> x, and the rows visible in a window (binary search, never a scan); or,
// in time mode, simulated milliseconds <-> y and the steps whose time is in a window.
#pragma once

#include "painting/painters/timelinetimeaxis.h"
#include "step.h"

#include <QtGlobal>
#include <cstdint>
#include <functional>
#include <memory>
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
    qreal stepY(int step) const; // the arrow's line: its row's middle, or in time mode its start's y
    qreal contentHeight() const;
    int rowAtY(qreal y) const; // -1 above the first row, rowCount() below the last
    // First and last row (inclusive) that intersect [top, top + height); first > last when none do.
    std::pair<int, int> visibleRows(qreal top, qreal height) const;

    qreal laneWidth() const { return m_laneCount > 0 ? m_laneAreaWidth / m_laneCount : 0; }
    qreal laneX(int lane) const { return m_laneLeft + (lane + 0.5) * laneWidth(); } // centre of the lifeline
    int laneAtX(qreal x) const; // nearest lane, -1 outside the lane area

    // Simulated time: a step's y follows its start (Step::atMs), and `scale.msPerRow` milliseconds take one row
    // height (TimelineTimeAxis::scaleFor both runs: both panes then share the scale). Rows, folds and separators keep
    // answering for step order; stepY, contentHeight and the functions below follow the mode. `steps` (the run's)
    // must outlive the geometry. Indexing keeps the earliest start and latest end per block of 256 steps, nothing
    // per step.
    void setTimeMode(
        const StepList* steps, std::vector<std::int64_t> actionStartMs, TimelineTimeAxis::Scale scale);
    void setStepOrderMode() { m_time.reset(); }
    bool isTimeMode() const { return m_time != nullptr; }
    const TimelineTimeAxis::Scale& timeScale() const { return m_scale; }
    qreal pixelsPerMs() const { return m_rowHeight / m_scale.msPerRow; }
    qreal timeY(double ms) const { return m_rowHeight * (timeTopRows + ms / m_scale.msPerRow); }
    double timeAtY(qreal y) const { return (y / m_rowHeight - timeTopRows) * m_scale.msPerRow; }
    std::int64_t endMs() const; // time mode: when the last step's work ends
    qreal stepEndY(int step) const; // time mode: where its call returns (a trigger's answer); stepY otherwise
    qreal actionY(int action) const; // time mode: the start of the action; the separator row's top otherwise
    // Time mode: calls `f` with each step whose [start, end] overlaps the content y range [top, top + height), in
    // step order.
    void forEachStepIn(qreal top, qreal height, const std::function<void(int)>& f) const;
    int stepNearY(qreal y, qreal tolerance) const; // time mode: the step starting nearest `y` within it, or -1
    static constexpr qreal timeTopRows = 1.5; // room above time 0 for the first action's name and arrow label

private:
    struct TimeIndex {
        const StepList* steps = nullptr;
        std::vector<std::int64_t> actionStartMs;
        std::int64_t endMs = 0;
        struct Block {
            std::int64_t first = 0; // earliest start of the block's steps
            std::int64_t last = 0; // latest end
        };
        std::vector<Block> blocks; // of blockSize steps each
    };
    static constexpr int blockSize = 256;
    static std::int64_t endOf(const Step& step);

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
    std::shared_ptr<const TimeIndex> m_time; // shared: views copy the geometry to fit it
    TimelineTimeAxis::Scale m_scale;
};

} // namespace notiflow::ui
