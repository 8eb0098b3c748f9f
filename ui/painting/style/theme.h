// The colour themes: "system" follows the desktop's palette, the others are fixed palettes that the window, and
// exports rendered without any window, can use alike.
#pragma once

#include <QPalette>
#include <QString>
#include <array>
#include <optional>

namespace notiflow::ui {

enum class ThemeChoice { System, Light, Dark, HighContrast };

class Theme final {
public:
    static constexpr std::array<ThemeChoice, 4> all { ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark,
        ThemeChoice::HighContrast };

    // The palette of `choice`; System returns `systemPalette` unchanged.
    static QPalette palette(ThemeChoice choice, const QPalette& systemPalette);

    static QString id(ThemeChoice choice); // "system", "light", "dark", "high-contrast": command line and settings
    static std::optional<ThemeChoice> fromId(const QString& id);
    static QString displayName(ThemeChoice choice); // "High Contrast"

    // True for a palette whose text stands out from its window at a contrast ratio of 19.5:1 or more, that is near
    // pure white on black or black on white (ordinary light themes sit at 15-18:1); views then draw thicker lines.
    static bool isHighContrast(const QPalette& palette);
    // WCAG 2 contrast ratio of two colours, 1 to 21.
    static qreal contrastRatio(const QColor& a, const QColor& b);
};

} // namespace notiflow::ui
