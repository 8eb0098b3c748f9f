// Paints a run as a sequence diagram into any QPainter and rectangle: lane headers pinned at the top, one row
// per step and per action separator, only the rows in view (so a run of 250,000 steps costs what a screenful does);
// or, when the geometry is in time mode, each step at its simulated time with a time axis, call spans and waits.
#pragma once

#include "component.h"
#include "painting/painters/painterstyle.h"
#include "painting/painters/timelinegeometry.h"
#include "painting/session/playbacktimeline.h"
#include "percomponent.h"

#include <QRectF>
#include <QString>
#include <vector>

class QPainter;
class QFontMetricsF;

namespace notiflow {
struct Run;
struct Scenario;
} // namespace notiflow

namespace notiflow::ui {

class FaultMarks;
class FoldingState;
class TimelineWaits;
struct StepSelection;

class TimelinePainter final {
public:
    // The style's zoom scales the font, rows, strokes and arrowheads. The static helpers below take the scaled
    // font: PainterStyle::font().
    TimelinePainter(const Run& run, const Scenario* scenario, const std::vector<Component>& lanes,
        const TimelineGeometry& geometry, const PainterStyle& style);

    // The components of a run in lane order: trigger, services, bus, notification side, data stores, channels.
    static std::vector<Component> lanesOf(const Run& run);
    static TimelineGeometry geometryFor(const Run& run, int laneCount);
    // Fits the geometry's rows and lanes to `rect` painted with `font` (row height, step-number gutter).
    static void fit(TimelineGeometry& geometry, const QRectF& rect, const QFont& font);
    static qreal headerHeight(const QFont& font);
    // Where an arrow's label goes: centred on the arrow from x1 to x2, as wide as the whole name needs within
    // [minX, maxX] (lifelines may pass under it), elided only where even that is too narrow.
    struct Label {
        qreal left = 0;
        qreal width = 0;
        QString text;
    };
    static Label arrowLabel(const QFontMetricsF& fm, const QString& name, qreal x1, qreal x2, qreal minX, qreal maxX);

    // Fold rows (the geometry's folds) are described from `folding`'s groups of `side`; without it, folds are not
    // expected (exports lay every step out).
    void setFolding(const FoldingState* folding, Architecture side);

    // The run's fault marks (FlowGraph::faults() or a FaultMarks of the same run); nullptr draws none. Not owned.
    void setFaultMarks(const FaultMarks* marks) { m_faults = marks; }
    // The run's waits (TimelineWaits of the same run), drawn in time mode; nullptr draws none. Not owned.
    void setWaits(const TimelineWaits* waits) { m_waits = waits; }
    // Steps of this run to highlight (HighlightPainter), their rows marked; nullptr for none. Not owned.
    void setHighlight(const StepSelection* selection) { m_highlight = selection; }

    // Paints the rows whose content y is in [scrollY, scrollY + rect.height() - header) into `rect`.
    void paint(QPainter* painter, const QRectF& rect, qreal scrollY, PlaybackTimeline::Position position) const;

private:
    void paintHeader(QPainter* painter, const QRectF& rect, const TimelineGeometry& g) const;
    // `taken`: in time mode, the label boxes already drawn; a label that would overlap one is left out.
    void paintStep(QPainter* painter, const TimelineGeometry& g, int step, qreal y, const QRectF& row,
        PlaybackTimeline::Position position, std::vector<QRectF>* taken = nullptr) const;
    void paintTime(QPainter* painter, const TimelineGeometry& g, const QRectF& body, qreal scrollY,
        PlaybackTimeline::Position position) const;
    // Both add the boxes of their names to `taken`: arrow labels give way to them.
    void paintTimeActions(QPainter* painter, const TimelineGeometry& g, const QRectF& body, qreal offset,
        std::vector<QRectF>& taken) const;
    void paintTimeOutages(QPainter* painter, const TimelineGeometry& g, const QRectF& body, qreal offset,
        std::vector<QRectF>& taken) const;
    qreal fade(int step, PlaybackTimeline::Position position) const; // how far a step fades: past, now or to come
    void paintSeparator(QPainter* painter, int action, const QRectF& row) const;
    void paintOutages(QPainter* painter, const TimelineGeometry& g, int step, const QRectF& row) const;
    void paintFold(QPainter* painter, const TimelineGeometry& g, int fold, const QRectF& row,
        PlaybackTimeline::Position position) const;
    int laneOf(Component c) const { return m_laneOf[c]; }

    const Run& m_run;
    const Scenario* m_scenario;
    const std::vector<Component>& m_lanes;
    const TimelineGeometry& m_geometry;
    PerComponent<int> m_laneOf;
    const PainterStyle m_style;
    const FoldingState* m_folding = nullptr;
    const FaultMarks* m_faults = nullptr;
    const TimelineWaits* m_waits = nullptr;
    const StepSelection* m_highlight = nullptr;
    Architecture m_side = Architecture::EventSourced;
};

} // namespace notiflow::ui
