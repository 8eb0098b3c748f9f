#include "widgets/views/legendwidget.h"

#include "painting/painters/legendpainter.h"
#include "painting/style/stepstyle.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace notiflow::ui {

LegendWidget::LegendWidget(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Legend of step kinds"));
    QString text;
    for (int k = 0; k < stepKindCount; ++k)
        text += StepStyle::displayName(static_cast<StepKind>(k)) + QStringLiteral(": ")
            + StepStyle::description(static_cast<StepKind>(k)) + QLatin1Char('\n');
    setAccessibleDescription(text.trimmed());
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QSize LegendWidget::sizeHint() const
{
    return { 800, heightForWidth(800) };
}

QSize LegendWidget::minimumSizeHint() const
{
    // At the width it has: the height a narrow legend would need, at a large zoom, would make the window ask for
    // more than the screen.
    return { 200, heightForWidth(std::max(200, width())) };
}

int LegendWidget::heightForWidth(int width) const
{
    const auto items = LegendPainter::layout(QPointF(0, 0), width, QFontMetricsF(font()), m_faultMarks);
    return static_cast<int>(std::ceil(items.back().rect.bottom())) + 2;
}

void LegendWidget::setFaultMarks(bool on)
{
    if (on == m_faultMarks)
        return;
    m_faultMarks = on;
    updateGeometry();
    update();
}

void LegendWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    LegendPainter::paint(&painter, QPointF(0, 1), width(), font(), palette(), m_faultMarks);
}

bool LegendWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (const auto& item : LegendPainter::layout(QPointF(0, 1), width(), QFontMetricsF(font()), m_faultMarks)) {
            if (item.rect.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), LegendPainter::description(item), this);
                return true;
            }
        }
    }
    return QWidget::event(event);
}

} // namespace notiflow::ui
