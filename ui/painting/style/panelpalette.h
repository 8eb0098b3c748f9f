// Colours for the panels' charts, badges and JSON, derived from the widget palette so that light and dark themes
// both read well. Colour is never the only carrier of meaning: callers pair it with text, icons or patterns.
#pragma once

#include "component.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

class QPainter;
class QRectF;

namespace notiflow::ui {

class PanelPalette {
public:
    explicit PanelPalette(const QPalette& palette);

    bool isDark() const { return m_dark; }
    QColor text() const { return m_text; }
    QColor mutedText() const { return m_muted; }
    QColor background() const { return m_background; }
    QColor grid() const { return m_grid; }
    QColor highlight() const { return m_highlight; }

    // Each architecture has a hue and a fill pattern: event-sourced solid, API-driven hatched.
    QColor architectureColor(Architecture a) const;
    // Fills a bar or swatch in the architecture's colour and pattern, outlined so it shows on any background.
    void fillArchitecture(QPainter* painter, const QRectF& rect, Architecture a) const;

    QColor passed() const { return m_passed; }
    QColor failed() const { return m_failed; }
    // Heat-map cell fill for a share in [0, 1] of the largest count.
    QColor heat(double share) const;

    QColor jsonKey() const { return m_jsonKey; }
    QColor jsonString() const { return m_jsonString; }
    QColor jsonNumber() const { return m_jsonNumber; }
    QColor jsonKeyword() const { return m_jsonKeyword; }

    // Icons drawn at run time (a tick, a cross, a dot) so that they carry shape as well as colour.
    QIcon passedIcon() const;
    QIcon failedIcon() const;
    QIcon messageIcon() const;
    QIcon noMessageIcon() const;

private:
    QColor tone(int hue, int saturation) const; // a hue at a lightness that contrasts with the background

    bool m_dark = false;
    QColor m_text;
    QColor m_muted;
    QColor m_background;
    QColor m_grid;
    QColor m_highlight;
    QColor m_passed;
    QColor m_failed;
    QColor m_jsonKey;
    QColor m_jsonString;
    QColor m_jsonNumber;
    QColor m_jsonKeyword;
};

} // namespace notiflow::ui
