// Fusion, with what the high-contrast palette needs that Fusion derives too dark: Fusion outlines check boxes,
// frames and table grids in a darkened window colour, which on a black window is black, so they vanish.
#pragma once

#include <QProxyStyle>

namespace notiflow::ui {

class ContrastStyle final : public QProxyStyle {
    Q_OBJECT
public:
    ContrastStyle(); // wraps Fusion

    int styleHint(StyleHint hint, const QStyleOption* option = nullptr, const QWidget* widget = nullptr,
        QStyleHintReturn* returnData = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
};

} // namespace notiflow::ui
