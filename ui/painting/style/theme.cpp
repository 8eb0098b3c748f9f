#include "painting/style/theme.h"

#include <QColor>
#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace notiflow::ui {

namespace {

struct Colors {
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText, link,
        placeholder, mid, dark, light, toolTipBase, toolTipText, disabledText;
};

QPalette build(const Colors& c)
{
    QPalette p;
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, disabled ? c.disabledText : c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, disabled ? c.disabledText : c.text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, disabled ? c.disabledText : c.buttonText);
        p.setColor(group, QPalette::BrightText, c.highlightedText);
        p.setColor(group, QPalette::Highlight, disabled ? c.mid : c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.link);
        p.setColor(group, QPalette::PlaceholderText, disabled ? c.disabledText : c.placeholder);
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.light);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.dark.darker(150));
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
    }
    return p;
}

QPalette lightPalette()
{
    return build({ .window = QColor(0xF4, 0xF4, 0xF2),
        .windowText = QColor(0x1C, 0x1C, 0x1E),
        .base = QColor(0xFF, 0xFF, 0xFF),
        .alternateBase = QColor(0xF0, 0xF0, 0xEE),
        .text = QColor(0x1C, 0x1C, 0x1E),
        .button = QColor(0xEA, 0xEA, 0xE8),
        .buttonText = QColor(0x1C, 0x1C, 0x1E),
        .highlight = QColor(0x2A, 0x6C, 0xC0),
        .highlightedText = QColor(0xFF, 0xFF, 0xFF),
        .link = QColor(0x1F, 0x5F, 0xB0),
        .placeholder = QColor(0x5E, 0x5E, 0x62),
        .mid = QColor(0xB8, 0xB8, 0xB6),
        .dark = QColor(0x8A, 0x8A, 0x88),
        .light = QColor(0xFF, 0xFF, 0xFF),
        .toolTipBase = QColor(0xFF, 0xFF, 0xE8),
        .toolTipText = QColor(0x1C, 0x1C, 0x1E),
        .disabledText = QColor(0x9A, 0x9A, 0x98) });
}

QPalette darkPalette()
{
    return build({ .window = QColor(0x22, 0x24, 0x28),
        .windowText = QColor(0xE6, 0xE6, 0xE3),
        .base = QColor(0x18, 0x1A, 0x1D),
        .alternateBase = QColor(0x26, 0x28, 0x2C),
        .text = QColor(0xE6, 0xE6, 0xE3),
        .button = QColor(0x30, 0x33, 0x38),
        .buttonText = QColor(0xE6, 0xE6, 0xE3),
        .highlight = QColor(0x3D, 0x8B, 0xE0),
        .highlightedText = QColor(0xFF, 0xFF, 0xFF),
        .link = QColor(0x7F, 0xB8, 0xF0),
        .placeholder = QColor(0xA4, 0xA6, 0xAA),
        .mid = QColor(0x4A, 0x4D, 0x53),
        .dark = QColor(0x12, 0x13, 0x15),
        .light = QColor(0x40, 0x43, 0x49),
        .toolTipBase = QColor(0x30, 0x33, 0x38),
        .toolTipText = QColor(0xE6, 0xE6, 0xE3),
        .disabledText = QColor(0x6E, 0x70, 0x75) });
}

QPalette highContrastPalette()
{
    // Pure black and white with a yellow highlight: the combination projectors and low-vision readers cope with best.
    return build({ .window = QColor(0x00, 0x00, 0x00),
        .windowText = QColor(0xFF, 0xFF, 0xFF),
        .base = QColor(0x00, 0x00, 0x00),
        .alternateBase = QColor(0x14, 0x14, 0x14),
        .text = QColor(0xFF, 0xFF, 0xFF),
        .button = QColor(0x00, 0x00, 0x00),
        .buttonText = QColor(0xFF, 0xFF, 0xFF),
        .highlight = QColor(0xFF, 0xE0, 0x00),
        .highlightedText = QColor(0x00, 0x00, 0x00),
        .link = QColor(0x66, 0xE0, 0xFF),
        .placeholder = QColor(0xE0, 0xE0, 0xE0),
        .mid = QColor(0xC0, 0xC0, 0xC0),
        .dark = QColor(0x80, 0x80, 0x80),
        .light = QColor(0xFF, 0xFF, 0xFF),
        .toolTipBase = QColor(0x00, 0x00, 0x00),
        .toolTipText = QColor(0xFF, 0xFF, 0xFF),
        .disabledText = QColor(0x9A, 0x9A, 0x9A) });
}

qreal relativeLuminance(const QColor& c)
{
    const auto channel = [](qreal v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

QPalette Theme::palette(ThemeChoice choice, const QPalette& systemPalette)
{
    switch (choice) {
    case ThemeChoice::System:
        return systemPalette;
    case ThemeChoice::Light:
        return lightPalette();
    case ThemeChoice::Dark:
        return darkPalette();
    case ThemeChoice::HighContrast:
        return highContrastPalette();
    }
    return systemPalette;
}

QString Theme::id(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::System:
        return QStringLiteral("system");
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return {};
}

std::optional<ThemeChoice> Theme::fromId(const QString& id)
{
    for (ThemeChoice choice : all) {
        if (Theme::id(choice).compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return choice;
    }
    return std::nullopt;
}

QString Theme::displayName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::System:
        return QCoreApplication::translate("Theme", "System");
    case ThemeChoice::Light:
        return QCoreApplication::translate("Theme", "Light");
    case ThemeChoice::Dark:
        return QCoreApplication::translate("Theme", "Dark");
    case ThemeChoice::HighContrast:
        return QCoreApplication::translate("Theme", "High Contrast");
    }
    return {};
}

qreal Theme::contrastRatio(const QColor& a, const QColor& b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool Theme::isHighContrast(const QPalette& palette)
{
    return contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 19.5;
}

} // namespace notiflow::ui
