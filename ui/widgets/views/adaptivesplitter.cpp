// Orientation follows the width; sizes are evened out on each switch so neither pane starts collapsed.
#include "widgets/views/adaptivesplitter.h"

#include <QResizeEvent>
#include <QVBoxLayout>

namespace notiflow::ui {

AdaptiveSplitter::AdaptiveSplitter(int paneWidth, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_paneWidth(paneWidth)
{
    setChildrenCollapsible(false);
}

QVBoxLayout* AdaptiveSplitter::addPane()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    addWidget(pane);
    return layout;
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
