#include "widgets/views/titleslide.h"

#include "painting/painters/titleslidepainter.h"
#include "painting/session/replaysession.h"
#include "painting/style/zoomlevel.h"
#include "scenario.h"

#include <QEvent>
#include <QPainter>

namespace notiflow::ui {

TitleSlide::TitleSlide(ReplaySession* session, QWidget* stage)
    : QWidget(stage)
    , m_session(session)
{
    setObjectName(QStringLiteral("titleSlide"));
    setAccessibleName(tr("Title slide"));
    setAutoFillBackground(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    stage->installEventFilter(this);
    connect(session, &ReplaySession::comparisonChanged, this, &TitleSlide::refresh);
    connect(session, &ReplaySession::playheadChanged, this, &TitleSlide::refresh);
    hide();
}

void TitleSlide::setEnabledOption(bool enabled)
{
    m_enabled = enabled;
    refresh();
}

void TitleSlide::setZoom(qreal zoom)
{
    m_zoom = ZoomLevel::clamp(zoom);
    update();
}

bool TitleSlide::wantsToShow() const
{
    return m_enabled && m_session->comparison() && m_session->playhead() <= 0.0;
}

void TitleSlide::refresh()
{
    const bool show = wantsToShow();
    if (show) {
        setGeometry(parentWidget()->rect());
        raise();
        const Comparison* cmp = m_session->comparison();
        QString text = QString::fromStdString(cmp->scenario.title) + QLatin1Char('\n')
            + QString::fromStdString(cmp->scenario.description);
        for (const std::string& point : cmp->scenario.watchFor)
            text += QStringLiteral("\n• ") + QString::fromStdString(point);
        setAccessibleDescription(text);
        update();
    }
    setVisible(show);
}

bool TitleSlide::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void TitleSlide::mousePressEvent(QMouseEvent*)
{
    m_session->stepForward(); // a click on the slide starts the scenario, as in slide software
}

void TitleSlide::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const Comparison* cmp = m_session->comparison();
    if (!cmp) {
        painter.fillRect(rect(), palette().color(QPalette::Window));
        return;
    }
    TitleSlidePainter::paint(&painter, QRectF(rect()), cmp->scenario, palette(), font(), m_zoom);
}

} // namespace notiflow::ui
