// One composed comparison picture of a shared playhead position, for slides, pages and handouts: a title line,
// both architectures' panes (flow, timeline around the step, caption), the legend, and on request a metrics
// summary and the notifications sent so far. Painted by the same painters as the window, into any QPainter.
#pragma once

#include "changeimpact.h"
#include "painting/export/comparisonframegeometry.h"
#include "painting/painters/flowgraph.h"
#include "painting/painters/flowlayout.h"
#include "painting/painters/timelinegeometry.h"
#include "painting/painters/timelinewaits.h"
#include "painting/session/playbacktimeline.h"
#include "painting/session/stepselection.h"
#include "painting/style/theme.h"
#include "perarchitecture.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QStringList>
#include <array>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace notiflow {
struct Comparison;
}

namespace notiflow::ui {

class ChipGridChart;
class MetricsChart;
struct ChartStyle;
class SyncChainChart;

class ComparisonFrame final {
    Q_DECLARE_TR_FUNCTIONS(ComparisonFrame)

public:
    struct Options {
        QSize size { 1920, 1080 }; // logical pixels; a raster export multiplies it by its scale
        ThemeChoice theme = ThemeChoice::Light;
        bool withMetrics = false; // add the metrics summary (Data & rules, synchronous chain) and notification lists
        // A requirement change to overlay on both flows, resolved through each run (ChangeOverlayPainter).
        std::shared_ptr<const RequirementChange> change;
        bool timelineTime = false; // both timelines in simulated time, on one scale, rather than in step order
        // Steps to highlight in their side's pane, as the window highlights the steps behind a clicked figure.
        std::optional<StepSelection> highlight;
    };
    static constexpr QSize minimumSize { 640, 360 };
    static constexpr QSize maximumSize { 7680, 4320 };

    ComparisonFrame(std::shared_ptr<const Comparison> comparison, const Options& options);
    ~ComparisonFrame();

    const Options& options() const { return m_options; }
    const Comparison& comparison() const { return *m_comparison; }
    const PlaybackTimeline& timeline() const { return m_timeline; }
    const ComparisonFrameGeometry& geometry() const { return m_geometry; }
    QPalette palette() const { return m_palette; }
    QFont font() const { return m_font; } // body text, flow and timeline: what a window would need to match

    // Shared steps are the scrubber's whole numbers: shared step k (1..stepCount) ends at playhead k.
    int stepCount() const;
    static double playheadOfStep(int sharedStep) { return sharedStep; }
    int sharedStepAt(double playhead) const; // the step animating at `playhead`, 0 before the first

    QString titleText() const;
    QString stepText(double playhead) const; // "Step 14 of 31 · Action 1 of 1: apply 20% discount to PROD-001"
    QString captionText(Architecture side, double playhead) const;
    QStringList notificationLines(Architecture side, double playhead) const; // sent up to and including the step
    qreal timelineScroll(Architecture side, double playhead) const; // keeps the current step a third of the way down

    // Paints the whole frame into QRect(QPoint(0, 0), options().size) of `painter`'s coordinates.
    void paint(QPainter* painter, double playhead) const;

    // The resolution Qt resolves point sizes at when it measures text without a device; exports give their
    // devices this resolution so that measuring and drawing agree.
    static qreal fontDpi();

private:
    struct Side {
        FlowGraph graph;
        std::vector<Component> lanes;
        TimelineGeometry timeline;
        TimelineWaits waits; // in time mode only
    };
    const Side& side(Architecture a) const { return m_sides[a]; }
    QFont scaled(qreal factor, bool bold = false) const;
    void paintTitle(QPainter* painter, double playhead) const;
    void paintPane(QPainter* painter, Architecture side, double playhead) const;
    void paintNotifications(QPainter* painter, Architecture side, double playhead) const;
    void paintMetrics(QPainter* painter) const;
    void paintChart(QPainter* painter, const MetricsChart& chart, const QRectF& rect, const ChartStyle& style) const;
    int metricsPreferredHeight(int width) const;
    std::array<const MetricsChart*, 3> metricsCharts() const; // in the order the summary shows them

    std::shared_ptr<const Comparison> m_comparison;
    Options m_options;
    QPalette m_palette;
    QFont m_font;
    PlaybackTimeline m_timeline;
    FlowLayout m_layout;
    PerArchitecture<Side> m_sides;
    PerArchitecture<std::optional<ChangeImpact>> m_changeImpacts; // with a change only
    // With metrics only: Data & rules (foreign data domains, who evaluated each rule) and the synchronous chain.
    std::unique_ptr<ChipGridChart> m_foreignDomains;
    std::unique_ptr<ChipGridChart> m_ruleImpact;
    std::unique_ptr<SyncChainChart> m_syncChain;
    ComparisonFrameGeometry m_geometry;
};

} // namespace notiflow::ui
