#include "widgets/views/panefocusframe.h"

#include <QEvent>
#include <QPainter>

namespace notiflow::ui {

PaneFocusFrame::PaneFocusFrame(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(parent->rect());
    parent->installEventFilter(this);
}

bool PaneFocusFrame::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void PaneFocusFrame::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    // Highlight is what every theme (high contrast included) uses to mark the current item: the same meaning here.
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

} // namespace notiflow::ui
