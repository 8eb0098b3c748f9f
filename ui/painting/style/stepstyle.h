// How each kind of step looks in every view: colour (Okabe–Ito, adjusted to the palette), line style and
// token marker, so a kind is always told by shape as well as by colour.
#pragma once

#include "step.h"

#include <QColor>
#include <QPen>
#include <QString>

class QPainter;
class QPalette;
class QPointF;

namespace notiflow::ui {

class StepStyle final {
public:
    enum class Marker {
        Circle,
        Triangle,
        HollowTriangle,
        Chevron,
        ReverseChevron,
        Square,
        HollowSquare,
        Diamond,
        Envelope,
        Cross
    };

    static QColor color(StepKind kind, const QPalette& palette);
    static Qt::PenStyle lineStyle(StepKind kind); // asynchronous dashed, responses dotted, the rest solid
    static Marker marker(StepKind kind);
    static QString displayName(StepKind kind); // "Event published"
    static QString description(StepKind kind); // legend and tooltip text

    // A pen of the kind's colour and style; dash patterns are scaled to stay readable on thick lines.
    static QPen pen(StepKind kind, const QPalette& palette, qreal width);
    // Draws the kind's marker centred on `center`, `size` pixels across.
    static void drawMarker(
        QPainter* painter, StepKind kind, const QPointF& center, qreal size, const QPalette& palette);

    // How much thicker lines and marker outlines are drawn on `palette`: more on a high-contrast palette, so that
    // strokes carry from a projector to the back of a room. Painters multiply it with their zoom.
    static qreal strokeScale(const QPalette& palette);

    // How far lines that are not the current step fade towards the background: less on high contrast, where a
    // projector would wash faded lines out altogether.
    static qreal pastFade(const QPalette& palette);
    // How far steps still to come fade on the timeline: on every theme far enough that the run is not given away
    // before it is played (high contrast's smaller pastFade must not bring them back).
    static qreal futureFade(const QPalette& palette);
    // The colour of an edge already used but not current: faded by pastFade, yet never below 3:1 against the
    // background (a dimmer edge vanishes on a projector).
    static QColor usedEdgeColor(StepKind kind, const QPalette& palette);
    static constexpr qreal minimumEdgeContrast = 3.0;

    static bool isDark(const QPalette& palette);
    // `color` mixed towards the window background by `amount` (0 = unchanged, 1 = background).
    static QColor faded(const QColor& color, const QPalette& palette, qreal amount);
};

} // namespace notiflow::ui
