#include "painting/style/zoomlevel.h"

#include <algorithm>
#include <cmath>

namespace notiflow::ui {

namespace {
constexpr qreal tolerance = 1e-6;
}

qreal ZoomLevel::clamp(qreal zoom)
{
    if (!std::isfinite(zoom))
        return 1.0;
    return std::clamp(zoom, minimum, maximum);
}

qreal ZoomLevel::larger(qreal zoom)
{
    for (qreal step : steps) {
        if (step > zoom + tolerance)
            return step;
    }
    return maximum;
}

qreal ZoomLevel::smaller(qreal zoom)
{
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        if (*it < zoom - tolerance)
            return *it;
    }
    return minimum;
}

QFont ZoomLevel::scaledFont(const QFont& font, qreal factor)
{
    if (std::abs(factor - 1.0) < tolerance)
        return font;
    QFont scaled = font;
    if (font.pointSizeF() > 0)
        scaled.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        scaled.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pixelSize() * factor))));
    return scaled;
}

} // namespace notiflow::ui
