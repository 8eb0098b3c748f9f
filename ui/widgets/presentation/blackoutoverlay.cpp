#include "widgets/presentation/blackoutoverlay.h"

#include <QKeyEvent>
#include <QPainter>

namespace notiflow::ui {

namespace {
bool isModifierOnly(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt || key == Qt::Key_Meta
        || key == Qt::Key_AltGr || key == Qt::Key_unknown;
}
} // namespace

BlackoutOverlay::BlackoutOverlay(QWidget* window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("blackout"));
    setAccessibleName(tr("Screen blacked out"));
    setAccessibleDescription(tr("Press any key or click to bring the picture back"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::BlankCursor);
    hide();
    window->installEventFilter(this);
}

void BlackoutOverlay::cover()
{
    if (isVisible())
        return;
    m_previousFocus = window()->focusWidget();
    setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus(Qt::OtherFocusReason);
}

void BlackoutOverlay::uncover()
{
    if (!isVisible())
        return;
    hide();
    if (m_previousFocus)
        m_previousFocus->setFocus(Qt::OtherFocusReason);
    else
        parentWidget()->setFocus(Qt::OtherFocusReason);
    Q_EMIT uncovered();
}

bool BlackoutOverlay::event(QEvent* event)
{
    // Every key is ours while the screen is black: claim it before the window's shortcuts (Page Down must not
    // step, B must not black out again on top of this).
    if (event->type() == QEvent::ShortcutOverride) {
        if (!isModifierOnly(static_cast<QKeyEvent*>(event)->key()))
            event->accept();
        return true;
    }
    return QWidget::event(event);
}

void BlackoutOverlay::keyPressEvent(QKeyEvent* event)
{
    if (isModifierOnly(event->key())) {
        event->ignore();
        return;
    }
    event->accept();
    uncover();
    if (event->key() == Qt::Key_Escape)
        Q_EMIT escapePressed();
}

void BlackoutOverlay::mousePressEvent(QMouseEvent*)
{
    uncover();
}

void BlackoutOverlay::paintEvent(QPaintEvent*)
{
    QPainter(this).fillRect(rect(), Qt::black); // black whatever the theme: it is the projector's "off"
}

bool BlackoutOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace notiflow::ui
