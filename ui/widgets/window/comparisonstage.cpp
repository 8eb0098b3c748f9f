#include "widgets/window/comparisonstage.h"

#include "painting/style/zoomlevel.h"
#include "scenario.h"
#include "widgets/views/architecturepane.h"
#include "widgets/views/elidedlabel.h"
#include "widgets/views/timelineview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace notiflow::ui {

ComparisonStage::ComparisonStage(ReplaySession* session, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new ElidedLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Scenario title"));
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_description->setAccessibleName(tr("Scenario description"));
    m_description->setMinimumWidth(50);
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_title);
    header->addWidget(m_description, 1);
    layout->addLayout(header);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(12);
    for (Architecture side : allArchitectures) {
        m_panes[side] = new ArchitecturePane(session, side, m_splitter);
        m_splitter->addWidget(m_panes[side]);
    }
    layout->addWidget(m_splitter, 1);
}

void ComparisonStage::showScenario(const Scenario& scenario)
{
    m_title->setText(QString::fromStdString(scenario.title));
    m_description->setFullText(QString::fromStdString(scenario.description));
    m_description->setToolTip(QString::fromStdString(scenario.description));
}

void ComparisonStage::setViewMode(ViewMode mode)
{
    m_splitter->setOrientation(mode == ViewMode::Stacked ? Qt::Vertical : Qt::Horizontal);
    m_panes[Architecture::EventSourced]->setVisible(mode != ViewMode::ApiDrivenOnly);
    m_panes[Architecture::ApiDriven]->setVisible(mode != ViewMode::EventSourcedOnly);
}

void ComparisonStage::setZoom(qreal zoom, qreal captionScale)
{
    for (ArchitecturePane* pane : m_panes)
        pane->setZoom(zoom, captionScale);
    QFont title = ZoomLevel::scaledFont(font(), 1.15 * zoom);
    title.setBold(true);
    m_title->setFont(title);
    m_description->setFont(ZoomLevel::scaledFont(font(), zoom));
}

void ComparisonStage::setTimelineTimeMode(bool on)
{
    for (ArchitecturePane* pane : m_panes)
        pane->timelineView()->setTimeMode(on);
}

} // namespace notiflow::ui
