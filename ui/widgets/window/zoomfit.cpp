#include "widgets/window/zoomfit.h"

#include "painting/style/zoomlevel.h"
#include "widgets/views/flowview.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QScopedValueRollback>
#include <QScreen>
#include <QWindow>
#include <algorithm>

namespace notiflow::ui {

namespace {
// Font changes post layout requests level by level, from the labels up to the window: deliver them all, so that
// minimum sizes and the views' geometry are those of the zoom just applied.
void settleLayouts()
{
    for (int i = 0; i < 6; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}
} // namespace

ZoomFit::ZoomFit(QMainWindow* window, Apply apply)
    : m_window(window)
    , m_apply(std::move(apply))
{
}

QSize ZoomFit::target(bool presenting) const
{
    const QScreen* screen = m_window->screen();
    if (presenting)
        return screen->geometry().size();
    // The platform window knows its frame as soon as it exists; the widget's frame geometry may still be stale.
    const QMargins frame = m_window->windowHandle() ? m_window->windowHandle()->frameMargins() : QMargins();
    return screen->availableGeometry().marginsRemoved(frame).size();
}

bool ZoomFit::fits(bool presenting) const
{
    const QSize asked = m_window->minimumSizeHint();
    const QSize room = target(presenting);
    if (asked.width() > room.width() || asked.height() > room.height())
        return false;
    const auto views = m_window->findChildren<FlowView*>();
    return std::all_of(views.begin(), views.end(), [](const FlowView* view) {
        return !view->isVisible() || view->labelScale() >= FlowView::minimumLabelScale - 1e-6;
    });
}

qreal ZoomFit::fit(qreal wanted, bool presenting)
{
    if (m_fitting)
        return m_shown;
    const QScopedValueRollback guard(m_fitting, true);
    // The window's minimum size is set here rather than by its layout, so that a trial zoom too large for the
    // screen never makes the window grow (it would stay grown after the zoom is taken back).
    m_window->setMinimumSize(m_window->minimumSize().expandedTo(QSize(1, 1)));
    qreal zoom = ZoomLevel::clamp(wanted);
    for (;;) {
        m_apply(zoom);
        settleLayouts();
        if (zoom <= ZoomLevel::minimum || fits(presenting))
            break;
        zoom = ZoomLevel::smaller(zoom);
    }
    m_window->setMinimumSize(m_window->minimumSizeHint().boundedTo(target(presenting)));
    settleLayouts();
    m_shown = zoom;
    return zoom;
}

} // namespace notiflow::ui
