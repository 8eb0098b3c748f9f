#include "widgets/presentation/transportstrip.h"

#include "widgets/views/scrubber.h"

#include <QAction>
#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QPainter>
#include <QPropertyAnimation>
#include <QToolButton>

namespace notiflow::ui {

namespace {
constexpr int fadeMilliseconds = 450;
}

TransportStrip::TransportStrip(ReplaySession* session, const QList<QAction*>& actions, QAction* leave, QWidget* parent)
    : QWidget(parent)
    , m_opacity(new QGraphicsOpacityEffect(this))
    , m_fade(new QPropertyAnimation(m_opacity, "opacity", this))
    , m_scrubber(new Scrubber(session, this))
{
    setObjectName(QStringLiteral("transportStrip"));
    setAccessibleName(tr("Presentation transport"));
    setAttribute(Qt::WA_TranslucentBackground);
    m_opacity->setOpacity(1.0);
    setGraphicsEffect(m_opacity);
    m_fade->setDuration(fadeMilliseconds);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 4, 14, 4);
    layout->setSpacing(4);
    const auto addButton = [this, layout](QAction* action) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus); // keys stay with the window's shortcuts
        button->setIconSize(QSize(26, 26));
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        layout->addWidget(button);
    };
    for (QAction* action : actions)
        addButton(action);
    layout->addSpacing(10);
    m_scrubber->setTrackScale(1.0); // taller than the window's: its fold spans must read from the back of a room
    layout->addWidget(m_scrubber, 1);
    layout->addSpacing(10);
    addButton(leave);

    m_idle.setSingleShot(true);
    m_idle.setInterval(2500);
    connect(&m_idle, &QTimer::timeout, this, &TransportStrip::fadeOut);
    connect(m_fade, &QPropertyAnimation::finished, this, [this] {
        if (m_fadingOut)
            hide(); // hidden rather than transparent, so it takes no clicks meant for the panes
    });
    parent->installEventFilter(this);
    hide();
}

void TransportStrip::place()
{
    const QWidget* area = parentWidget();
    const int h = sizeHint().height();
    const int w = std::min(area->width() - 40, std::max(area->width() * 2 / 3, 720));
    setGeometry((area->width() - w) / 2, area->height() - h - 12, w, h);
    raise();
}

void TransportStrip::wake()
{
    m_fade->stop();
    m_fadingOut = false;
    m_opacity->setOpacity(1.0);
    if (!isVisible()) {
        place();
        show();
    }
    m_idle.start();
}

void TransportStrip::fadeOut()
{
    if (!isVisible())
        return;
    if (underMouse()) {
        m_idle.start(); // someone is reaching for a button: stay
        return;
    }
    m_fadingOut = true;
    m_fade->stop();
    m_fade->setStartValue(m_opacity->opacity());
    m_fade->setEndValue(0.0);
    m_fade->start();
    Q_EMIT wentIdle();
}

bool TransportStrip::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QWidget::eventFilter(watched, event);
}

void TransportStrip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Window);
    fill.setAlphaF(0.94f);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
}

} // namespace notiflow::ui
