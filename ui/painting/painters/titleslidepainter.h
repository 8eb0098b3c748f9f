// The scenario's title slide (title, description, the points to watch for), painted into any QPainter and
// rectangle, so that the window's slide and an exported one are the same picture.
#pragma once

#include <QtGlobal>

class QFont;
class QPainter;
class QPalette;
class QRectF;

namespace notiflow {
struct Scenario;
}

namespace notiflow::ui {

class TitleSlidePainter final {
public:
    // Paints the slide of `scenario` into `rect`: a centred column, sized by `zoom` and the rectangle's height, and
    // made smaller only when it would not fit.
    static void paint(QPainter* painter, const QRectF& rect, const Scenario& scenario, const QPalette& palette,
        const QFont& font, qreal zoom);
};

} // namespace notiflow::ui
