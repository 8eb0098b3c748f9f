// The zoom steps of the panes and captions (Ctrl+Plus / Ctrl+Minus / Ctrl+0) and the one way fonts are scaled by a
// zoom factor, so that a view, its painter and an export agree on sizes.
#pragma once

#include <QFont>
#include <array>

namespace notiflow::ui {

class ZoomLevel final {
public:
    static constexpr std::array<qreal, 11> steps { 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 3.5 };
    static constexpr qreal minimum = steps.front();
    static constexpr qreal maximum = steps.back();

    static qreal clamp(qreal zoom); // into [minimum, maximum]; not a number gives 1
    static qreal larger(qreal zoom); // the next step up, or maximum
    static qreal smaller(qreal zoom); // the next step down, or minimum

    // `font` with its size multiplied by `factor`, whether it was set in points or in pixels.
    static QFont scaledFont(const QFont& font, qreal factor);
};

} // namespace notiflow::ui
