// The key to the step kinds: for each, its line style, marker, colour and name, wrapped to a width. The window's
// legend and the exported pictures draw the same one.
#pragma once

#include "step.h"

#include <QRectF>
#include <vector>

class QFont;
class QFontMetricsF;
class QPainter;
class QPalette;

namespace notiflow::ui {

class LegendPainter final {
public:
    struct Item {
        QRectF rect;
        StepKind kind;
    };
    // The kinds left to right from `topLeft`, wrapping to `width`; painting and hit-testing share it.
    static std::vector<Item> layout(const QPointF& topLeft, qreal width, const QFontMetricsF& metrics);
    // Paints the legend wrapped to `width` from `topLeft`; returns the height used.
    static qreal paint(
        QPainter* painter, const QPointF& topLeft, qreal width, const QFont& font, const QPalette& palette);
};

} // namespace notiflow::ui
