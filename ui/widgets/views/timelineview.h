// The sequence timeline of one architecture: a lane per component, an arrow per step, following the replay
// session (auto-scroll keeps the current step in view; a click jumps to a step). Painting is TimelinePainter's.
#pragma once

#include "component.h"
#include "painting/painters/faultmarks.h"
#include "painting/painters/timelinegeometry.h"
#include "painting/painters/timelinewaits.h"

#include <QAbstractScrollArea>
#include <vector>

namespace notiflow::ui {

class FoldingState;
class ReplaySession;
class StepHighlight;

class TimelineView final : public QAbstractScrollArea {
    Q_OBJECT
public:
    TimelineView(ReplaySession* session, Architecture side, QWidget* parent = nullptr);

    Architecture side() const { return m_side; }
    const std::vector<Component>& lanes() const { return m_lanes; }
    // The geometry as currently fitted to the viewport, for tests and hit-testing.
    TimelineGeometry fittedGeometry() const;
    int stepAt(const QPoint& viewportPos) const; // -1 on a separator, a header or empty space
    void scrollToStep(int step); // brings the step into view if it is not
    // Folds what repeats as `folding` says; a click on a fold's row expands or collapses it.
    void setFolding(FoldingState* folding);
    int foldAt(const QPoint& viewportPos) const; // the group of the fold row there, or -1
    // Marks the highlighted steps' rows when they are in this side's run, and brings one into view. Not owned.
    void setHighlight(StepHighlight* highlight);

    // Step order (a row per step) or simulated time (each step at its start, on the scale both panes share). Folded
    // repeats show unfolded in time: a fold would hide time that passed.
    void setTimeMode(bool on);
    bool isTimeMode() const { return m_timeMode; }

    // Fonts, rows and strokes scale by `zoom` (Ctrl+Plus / Ctrl+Minus, presentation mode).
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }
    QFont paintFont() const; // the widget's font at the zoom

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void rebuild();
    void updateScrollBars();
    void onPlayheadChanged();
    void applyFolds();
    void applyTimeMode(); // the geometry's mode and the waits, from m_timeMode and the comparison

    ReplaySession* m_session;
    Architecture m_side;
    std::vector<Component> m_lanes;
    TimelineGeometry m_geometry;
    FaultMarks m_faults; // of the run shown, indexed once per comparison
    TimelineWaits m_waits; // of the run shown, in time mode only
    bool m_timeMode = false;
    int m_lastStep = -2;
    qreal m_zoom = 1.0;
    FoldingState* m_folding = nullptr;
    StepHighlight* m_highlight = nullptr;
};

} // namespace notiflow::ui
