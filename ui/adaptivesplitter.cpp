// Orientation follows the width; sizes are evened out on each switch so neither pane starts collapsed.
#include "adaptivesplitter.h"

#include <QResizeEvent>

namespace notiflow::ui {

AdaptiveSplitter::AdaptiveSplitter(int paneWidth, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_paneWidth(paneWidth)
{
    setChildrenCollapsible(false);
}

void AdaptiveSplitter::resizeEvent(QResizeEvent* event)
{
    const Qt::Orientation wanted = event->size().width() >= count() * m_paneWidth ? Qt::Horizontal : Qt::Vertical;
    if (wanted != orientation()) {
        setOrientation(wanted);
        const int extent = wanted == Qt::Horizontal ? event->size().width() : event->size().height();
        setSizes(QList<int>(count(), extent / std::max(1, count())));
    }
    QSplitter::resizeEvent(event);
}

} // namespace notiflow::ui
