#include "painting/painters/timelinegeometry.h"

#include "step.h"

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

qreal TimelineGeometry::stepY(int step) const
{
    if (m_time && step >= 0 && std::size_t(step) < m_time->steps->size())
        return timeY(static_cast<double>((*m_time->steps)[std::size_t(step)].atMs));
    return rowTop(rowOfStep(step)) + m_rowHeight / 2;
}

qreal TimelineGeometry::contentHeight() const
{
    if (m_time)
        return timeY(static_cast<double>(m_time->endMs)) + m_rowHeight;
    return rowCount() * m_rowHeight;
}

std::int64_t TimelineGeometry::endOf(const Step& s)
{
    return std::max({ s.atMs, s.atMs + s.durationMs, s.endMs });
}

void TimelineGeometry::setTimeMode(
    const StepList* steps, std::vector<std::int64_t> actionStartMs, TimelineTimeAxis::Scale scale)
{
    auto index = std::make_shared<TimeIndex>();
    index->steps = steps;
    index->actionStartMs = std::move(actionStartMs);
    const std::size_t n = steps ? steps->size() : 0;
    index->blocks.reserve((n + blockSize - 1) / blockSize);
    for (std::size_t first = 0; first < n; first += blockSize) {
        TimeIndex::Block block { (*steps)[first].atMs, endOf((*steps)[first]) };
        for (std::size_t i = first + 1; i < std::min(n, first + blockSize); ++i) {
            block.first = std::min(block.first, (*steps)[i].atMs);
            block.last = std::max(block.last, endOf((*steps)[i]));
        }
        index->endMs = std::max(index->endMs, block.last);
        index->blocks.push_back(block);
    }
    for (const std::int64_t start : index->actionStartMs)
        index->endMs = std::max(index->endMs, start);
    m_time = steps ? std::move(index) : nullptr;
    m_scale = scale;
    m_scale.msPerRow = std::max(1e-3, scale.msPerRow);
}

std::int64_t TimelineGeometry::endMs() const
{
    return m_time ? m_time->endMs : 0;
}

qreal TimelineGeometry::stepEndY(int step) const
{
    if (!m_time || step < 0 || std::size_t(step) >= m_time->steps->size())
        return stepY(step);
    return timeY(static_cast<double>(endOf((*m_time->steps)[std::size_t(step)])));
}

qreal TimelineGeometry::actionY(int action) const
{
    if (!m_time)
        return rowTop(rowOfAction(action));
    if (action < 0 || std::size_t(action) >= m_time->actionStartMs.size())
        return 0;
    return timeY(static_cast<double>(m_time->actionStartMs[std::size_t(action)]));
}

void TimelineGeometry::forEachStepIn(qreal top, qreal height, const std::function<void(int)>& f) const
{
    if (!m_time)
        return;
    const double from = timeAtY(top);
    const double to = timeAtY(top + height);
    const auto& steps = *m_time->steps;
    for (std::size_t b = 0; b < m_time->blocks.size(); ++b) {
        const TimeIndex::Block& block = m_time->blocks[b];
        if (static_cast<double>(block.first) > to || static_cast<double>(block.last) < from)
            continue;
        const std::size_t end = std::min(steps.size(), (b + 1) * blockSize);
        for (std::size_t i = b * blockSize; i < end; ++i) {
            if (static_cast<double>(steps[i].atMs) <= to && static_cast<double>(endOf(steps[i])) >= from)
                f(static_cast<int>(i));
        }
    }
}

int TimelineGeometry::stepNearY(qreal y, qreal tolerance) const
{
    int best = -1;
    qreal bestDistance = tolerance;
    forEachStepIn(y - tolerance, 2 * tolerance, [&](int step) {
        const qreal distance = std::abs(stepY(step) - y);
        if (distance <= bestDistance && (best < 0 || distance < bestDistance)) {
            best = step;
            bestDistance = distance;
        }
    });
    return best;
}

int TimelineGeometry::laneAtX(qreal x) const
{
    if (m_laneCount == 0 || x < m_laneLeft || x >= m_laneLeft + m_laneAreaWidth)
        return -1;
    return std::min(m_laneCount - 1, static_cast<int>((x - m_laneLeft) / laneWidth()));
}

} // namespace notiflow::ui
