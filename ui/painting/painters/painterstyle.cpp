#include "painting/painters/painterstyle.h"

#include "painting/style/stepstyle.h"
#include "painting/style/zoomlevel.h"

namespace notiflow::ui {

PainterStyle::PainterStyle(const QPalette& palette, const QFont& font, qreal zoom)
    : m_palette(palette)
    , m_zoom(ZoomLevel::clamp(zoom))
{
    m_font = ZoomLevel::scaledFont(font, m_zoom);
    m_stroke = m_zoom * StepStyle::strokeScale(palette);
}

} // namespace notiflow::ui
