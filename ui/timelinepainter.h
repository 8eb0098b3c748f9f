// Paints a run as a sequence diagram into any QPainter and rectangle: lane headers pinned at the top, one row
// per step and per action separator, only the rows in view (so a run of 250,000 steps costs what a screenful does).
#pragma once

#include "component.h"
#include "playbacktimeline.h"
#include "timelinegeometry.h"

#include <QFont>
#include <QPalette>
#include <vector>

class QPainter;
class QFontMetricsF;

namespace notiflow {
struct Run;
struct Scenario;
} // namespace notiflow

namespace notiflow::ui {

class TimelinePainter final {
public:
    TimelinePainter(const Run& run, const Scenario* scenario, const std::vector<Component>& lanes,
        const TimelineGeometry& geometry);

    void setPalette(const QPalette& palette) { m_palette = palette; }
    void setFont(const QFont& font);
    // Scales the font, rows, strokes and arrowheads by `zoom`. The static helpers below take the scaled font:
    // ZoomLevel::scaledFont(font, zoom).
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }

    // The components of a run in lane order: trigger, services, bus, notification side, data stores, channels.
    static std::vector<Component> lanesOf(const Run& run);
    static TimelineGeometry geometryFor(const Run& run, int laneCount);
    // Fits the geometry's rows and lanes to `rect` painted with `font` (row height, step-number gutter).
    static void fit(TimelineGeometry& geometry, const QRectF& rect, const QFont& font);
    static qreal headerHeight(const QFont& font);

    // Paints the rows whose content y is in [scrollY, scrollY + rect.height() - header) into `rect`.
    void paint(QPainter* painter, const QRectF& rect, qreal scrollY, PlaybackTimeline::Position position) const;

private:
    void paintHeader(QPainter* painter, const QRectF& rect, const TimelineGeometry& g) const;
    void paintStep(QPainter* painter, const TimelineGeometry& g, int step, qreal y, const QRectF& row,
        PlaybackTimeline::Position position) const;
    void paintSeparator(QPainter* painter, int action, const QRectF& row) const;
    int laneOf(Component c) const { return m_laneOf[static_cast<std::size_t>(indexOf(c))]; }

    const Run& m_run;
    const Scenario* m_scenario;
    const std::vector<Component>& m_lanes;
    const TimelineGeometry& m_geometry;
    std::array<int, componentCount> m_laneOf {};
    qreal stroke() const; // line-width factor: zoom times the palette's stroke scale

    QPalette m_palette;
    QFont m_baseFont;
    QFont m_font; // m_baseFont scaled by m_zoom
    qreal m_zoom = 1.0;
};

} // namespace notiflow::ui
