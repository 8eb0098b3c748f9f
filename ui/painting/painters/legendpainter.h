// The key to the step kinds: for each, its line style, marker, colour and name, wrapped to a width; for a scenario
// with faults also the fault marks (down, failed call, attempt, queue, dead letter). The window's legend and the
// exported pictures draw the same one.
#pragma once

#include "step.h"

#include <QRectF>
#include <QString>
#include <vector>

class QFont;
class QFontMetricsF;
class QPainter;
class QPalette;

namespace notiflow::ui {

class LegendPainter final {
public:
    // The marks FaultOverlayPainter draws, after the step kinds.
    enum class FaultMark { Down, FailedCall, Attempt, Queue, DeadLetter };
    static constexpr int faultMarkCount = 5;
    static QString displayName(FaultMark mark);
    static QString description(FaultMark mark);

    struct Item {
        QRectF rect;
        StepKind kind;
        int faultMark = -1; // a FaultMark for the fault items (kind is then meaningless), -1 for a step kind
    };
    // The kinds left to right from `topLeft`, wrapping to `width`, then with `faultMarks` the fault marks; painting
    // and hit-testing share it.
    static std::vector<Item> layout(
        const QPointF& topLeft, qreal width, const QFontMetricsF& metrics, bool faultMarks = false);
    // Paints the legend wrapped to `width` from `topLeft`; returns the height used.
    static qreal paint(QPainter* painter, const QPointF& topLeft, qreal width, const QFont& font,
        const QPalette& palette, bool faultMarks = false);
    // What an item's tooltip says.
    static QString description(const Item& item);
};

} // namespace notiflow::ui
