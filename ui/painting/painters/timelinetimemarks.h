// What the timeline draws only in simulated time: the time axis in the gutter with its grid, a call's span on the
// callee's lifeline, a hatched band where work waits (with its length), and the playhead's "now" line.
#pragma once

#include "painting/painters/painterstyle.h"
#include "painting/painters/timelinetimeaxis.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace notiflow::ui {

class TimelineGeometry;

class TimelineTimeMarks final {
public:
    // How wide the gutter must be for the axis labels of `g`'s time scale, painted with `font`.
    static qreal gutterWidth(const TimelineGeometry& g, const QFont& font);
    // Ticks and their labels in the gutter [body.left(), laneLeft), faint grid lines across the lanes. `offset` maps
    // content y to the painter's (body.top() - scroll).
    static void paintAxis(QPainter* painter, const TimelineGeometry& g, const QRectF& body, qreal laneLeft,
        qreal offset, const PainterStyle& style);
    // A synchronous call (or a trigger until its answer) as a narrow bar on lifeline `x` from y1 to y2.
    static void paintSpan(
        QPainter* painter, qreal x, qreal y1, qreal y2, const QColor& color, bool failed, const PainterStyle& style);
    // A wait: a hatched, dash-edged band on lifeline `x` from y1 to y2, its text beside it where `taken` leaves room
    // (the text's box is added to `taken`). Hatching is drawn as lines cut to the band (SVG exports have no clip).
    static void paintWait(QPainter* painter, qreal x, qreal y1, qreal y2, const QRectF& visible, const QString& text,
        const QColor& color, const PainterStyle& style, std::vector<QRectF>& taken);
    // The playhead in time: a line across the lanes at `y`, the time in a pill in the gutter.
    static void paintNow(
        QPainter* painter, qreal y, const QRectF& body, qreal laneLeft, const QString& time, const PainterStyle& style);
    // Whether `box` overlaps any of `taken`.
    static bool collides(const QRectF& box, const std::vector<QRectF>& taken);
    // `box` moved down past whatever in `taken` it meets, at most `tries` times: a label that must stay near its
    // moment (an outage's interval) steps below one that holds the place (an action's name at the same moment).
    static QRectF belowTaken(QRectF box, const std::vector<QRectF>& taken, int tries = 4);
};

} // namespace notiflow::ui
