#include "widgets/presentation/slideoverlay.h"

#include "painting/painters/metricsslidepainter.h"
#include "painting/painters/summaryslidepainter.h"
#include "painting/session/replaysession.h"
#include "scenariorunner.h"
#include "widgets/presentation/blackoutoverlay.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace notiflow::ui {

namespace {
// While a slide shows, the transport keys would move the playhead unseen behind it: back keys (and Esc) return to
// the run, the other transport keys (and those of the held actions) do nothing.
bool isBackKey(int key)
{
    return key == Qt::Key_Left || key == Qt::Key_PageUp || key == Qt::Key_Escape;
}

bool isOtherTransportKey(int key)
{
    return key == Qt::Key_Right || key == Qt::Key_PageDown || key == Qt::Key_Space || key == Qt::Key_Home
        || key == Qt::Key_End;
}
} // namespace

SlideOverlay::SlideOverlay(QWidget* window, ReplaySession* session, QAction* forward)
    : QWidget(window)
    , m_session(session)
    , m_metrics(new QAction(tr("&Metrics Slide"), this))
    , m_summary(new QAction(tr("S&ummary Slide"), this))
    , m_close(new QAction(tr("Close the Slide"), this))
{
    setObjectName(QStringLiteral("slideOverlay"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_metrics->setObjectName(QStringLiteral("metricsSlide"));
    m_metrics->setShortcut(Qt::Key_M);
    m_metrics->setToolTip(tr("While presenting: the headline figures and the Data & rules comparison (M)"));
    m_summary->setObjectName(QStringLiteral("summarySlide"));
    m_summary->setShortcut(Qt::Key_S);
    m_summary->setToolTip(tr("While presenting: the headline figures of both runs and what differs (S)"));
    m_close->setShortcut(Qt::Key_Escape);
    // Only shown in the keys overlay: the event filter takes Esc first while a slide shows.
    m_close->setShortcutContext(Qt::WidgetShortcut);
    for (QAction* a : { m_metrics, m_summary, m_close })
        a->setEnabled(false);
    window->addActions({ m_metrics, m_summary }); // their keys work with the menu bar hidden
    connect(m_metrics, &QAction::triggered, this, [this] { toggle(Slide::Metrics); });
    connect(m_summary, &QAction::triggered, this, [this] { toggle(Slide::Summary); });
    connect(m_close, &QAction::triggered, this, &SlideOverlay::closeSlide);
    connect(forward, &QAction::triggered, this, [this] {
        // Connected before the session's own step: the playhead is still where the presenter pressed →.
        if (m_presenting && m_slide == Slide::None && m_session->comparison()
            && m_session->playhead() >= m_session->timeline().duration())
            showSlide(Slide::Summary);
    });
    connect(m_session, &ReplaySession::playheadChanged, this, [this](double playhead) {
        // Arriving at the last step while presenting, the summary is offered: a note at the bottom of the screen.
        const bool atEnd = m_session->comparison() && playhead >= m_session->timeline().duration();
        if (atEnd && !m_wasAtEnd && m_presenting && m_slide == Slide::None) {
            QWidget* area = parentWidget();
            QToolTip::showText(area->mapToGlobal(QPoint(area->width() / 2, area->height() * 7 / 8)),
                tr("The last step: → or S for the summary slide"), area, {}, 5000);
        }
        m_wasAtEnd = atEnd;
    });
    connect(m_session, &ReplaySession::comparisonChanged, this, [this] {
        updateAccessibleText();
        update();
    });
    window->installEventFilter(this);
    hide();
}

void SlideOverlay::setPresenting(bool presenting)
{
    m_presenting = presenting;
    m_metrics->setEnabled(presenting);
    m_summary->setEnabled(presenting);
    if (!presenting)
        closeSlide();
}

void SlideOverlay::showSlide(Slide slide)
{
    if (slide != Slide::None && (!m_presenting || !m_session->comparison()))
        return;
    if (slide == m_slide)
        return;
    const bool wasShowing = m_slide != Slide::None;
    m_slide = slide;
    m_close->setEnabled(slide != Slide::None);
    if (slide == Slide::None) {
        qApp->removeEventFilter(this);
        QWidget::hide();
        parentWidget()->setFocus(Qt::OtherFocusReason);
    } else {
        m_session->pause();
        if (!wasShowing) {
            // Installed last, so it sees Esc before the requirement change's filter and any shortcut.
            qApp->installEventFilter(this);
        }
        setGeometry(parentWidget()->rect());
        raise();
        QWidget::show();
        updateAccessibleText();
        update();
    }
    Q_EMIT slideChanged(slide);
}

void SlideOverlay::toggle(Slide slide)
{
    showSlide(m_slide == slide ? Slide::None : slide);
}

void SlideOverlay::closeSlide()
{
    showSlide(Slide::None);
}

QString SlideOverlay::hint() const
{
    const QString key = m_slide == Slide::Metrics ? QStringLiteral("M") : QStringLiteral("S");
    return tr("%1, Esc or a click: back to the run").arg(key);
}

void SlideOverlay::updateAccessibleText()
{
    const Comparison* cmp = m_session->comparison();
    if (!cmp || m_slide == Slide::None)
        return;
    const QRectF area(rect());
    const SlideLayout layout = m_slide == Slide::Metrics ? MetricsSlidePainter::layout(area, *cmp, font(), hint())
                                                         : SummarySlidePainter::layout(area, *cmp, font(), hint());
    setAccessibleName(m_slide == Slide::Metrics ? tr("Metrics slide") : tr("Summary slide"));
    setAccessibleDescription(layout.plainText());
}

void SlideOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const Comparison* cmp = m_session->comparison();
    if (!cmp || m_slide == Slide::None) {
        painter.fillRect(rect(), palette().color(QPalette::Window));
        return;
    }
    if (m_slide == Slide::Metrics)
        MetricsSlidePainter::paint(&painter, QRectF(rect()), *cmp, palette(), font(), hint());
    else
        SummarySlidePainter::paint(&painter, QRectF(rect()), *cmp, palette(), font(), hint());
}

void SlideOverlay::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        closeSlide();
}

bool SlideOverlay::isHeld(const QKeyEvent* press) const
{
    const QKeySequence pressed(press->keyCombination());
    for (const QAction* action : m_held) {
        if (action->shortcuts().contains(pressed))
            return true;
    }
    return press->modifiers() == Qt::NoModifier && isOtherTransportKey(press->key());
}

bool SlideOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        setGeometry(parentWidget()->rect());
        updateAccessibleText();
        return false;
    }
    const bool key = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    if (!key || m_slide == Slide::None)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != parentWidget()->window() || qobject_cast<BlackoutOverlay*>(widget))
        return false; // a dialog or popup keeps its keys, and the blackout takes any key to uncover
    const auto* press = static_cast<QKeyEvent*>(event);
    const bool back = press->modifiers() == Qt::NoModifier && isBackKey(press->key());
    if (!back && !isHeld(press))
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // no shortcut gets this key
        return true;
    }
    if (back)
        closeSlide();
    return true;
}

} // namespace notiflow::ui
