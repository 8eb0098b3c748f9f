#include "widgets/window/contraststyle.h"

#include "painting/style/theme.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace notiflow::ui {

ContrastStyle::ContrastStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    setObjectName(QStringLiteral("notiflow-contrast"));
}

int ContrastStyle::styleHint(
    StyleHint hint, const QStyleOption* option, const QWidget* widget, QStyleHintReturn* returnData) const
{
    // Only the option's or the application's palette: QWidget::palette() asks the style for hints itself.
    if (hint == SH_Table_GridLineColor) {
        const QPalette palette = option ? option->palette : QApplication::palette();
        if (Theme::isHighContrast(palette))
            return static_cast<int>(palette.color(QPalette::Mid).rgba());
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void ContrastStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!option || !Theme::isHighContrast(option->palette))
        return;
    switch (element) {
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
    case PE_Frame:
    case PE_FrameGroupBox: {
        // An outline of the text colour for check boxes (the square must show unchecked), a light grey for frames.
        const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option->palette.color(box ? QPalette::Text : QPalette::Mid), box ? 2 : 1));
        painter->drawRect(
            QRectF(option->rect).adjusted(box ? 1 : 0.5, box ? 1 : 0.5, box ? -1 : -0.5, box ? -1 : -0.5));
        painter->restore();
        break;
    }
    default:
        break;
    }
}

} // namespace notiflow::ui
