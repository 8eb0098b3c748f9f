// Where each part of an exported comparison frame goes on a 16:9 slide or page: pure layout math, apart from
// painting, so tests can compare regions of an exported picture with the window's rendering of the same step.
#pragma once

#include "component.h"
#include "perarchitecture.h"

#include <QRect>
#include <QSize>
#include <array>

namespace notiflow::ui {

class ComparisonFrameGeometry final {
public:
    // What the layout needs to know about the text it will hold, measured by the caller with the frame's fonts.
    struct Metrics {
        int lineHeight = 20; // body text line spacing
        int titleHeight = 32; // title line spacing
        int legendHeight = 40; // the legend wrapped to the frame's content width
        int metricsHeight = 0; // the metrics summary's preferred height; 0 without one
        int notificationLines = 0; // lines of the notification lists; 0 without them
        int captionLines = 3; // reserved for the narration; longer captions are drawn smaller
        // The timeline's lane header and row height: its height is snapped to whole rows, so that no row is cut.
        int timelineHeader = 40;
        int timelineRow = 20;
    };

    ComparisonFrameGeometry() = default;
    ComparisonFrameGeometry(QSize size, const Metrics& metrics);

    struct Pane {
        QRect outline; // the whole pane
        QRect header; // architecture name, who decides, step counter
        QRect flow; // FlowPainter's rectangle
        QRect timeline; // TimelinePainter's rectangle (header row included)
        QRect caption; // the current step's narration
        QRect notifications; // notifications sent so far; empty when not requested or no room
    };

    QSize size() const { return m_size; }
    int margin() const { return m_margin; }
    QRect content() const { return QRect(QPoint(0, 0), m_size).adjusted(m_margin, m_margin, -m_margin, -m_margin); }
    QRect title() const { return m_title; }
    const Pane& pane(Architecture side) const { return m_panes[side]; }
    QRect metrics() const { return m_metrics; } // empty when not requested
    QRect legend() const { return m_legend; }

private:
    QSize m_size;
    int m_margin = 0;
    QRect m_title;
    PerArchitecture<Pane> m_panes;
    QRect m_metrics;
    QRect m_legend;
};

} // namespace notiflow::ui
