// The look a painter draws with: the palette, the font at the zoom, the zoom, and the line-width factor they imply.
// The flow and timeline painters share it, so a view, its painter and an export size text and lines alike.
#pragma once

#include <QFont>
#include <QPalette>

namespace notiflow::ui {

class PainterStyle final {
public:
    PainterStyle() = default;
    // `font` is the unzoomed font; the style keeps it scaled by `zoom` (clamped to the zoom steps' range).
    PainterStyle(const QPalette& palette, const QFont& font, qreal zoom = 1.0);

    const QPalette& palette() const { return m_palette; }
    const QFont& font() const { return m_font; } // already at the zoom
    qreal zoom() const { return m_zoom; }
    // Multiplies every line width: the zoom times the palette's stroke scale (thicker on high contrast).
    qreal stroke() const { return m_stroke; }

private:
    QPalette m_palette;
    QFont m_font;
    qreal m_zoom = 1.0;
    qreal m_stroke = 1.0;
};

} // namespace notiflow::ui
