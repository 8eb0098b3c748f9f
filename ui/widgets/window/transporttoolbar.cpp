#include "widgets/window/transporttoolbar.h"

#include "painting/session/replaysession.h"

#include <QComboBox>
#include <QLabel>
#include <QToolButton>
#include <cmath>

namespace notiflow::ui {

TransportToolBar::TransportToolBar(const QList<QAction*>& transport, QWidget* parent)
    : QToolBar(tr("Transport"), parent)
{
    setObjectName(QStringLiteral("transport"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto* scenarioLabel = new QLabel(tr("Scenario "), this);
    addWidget(scenarioLabel);
    m_scenarioPicker = new QComboBox(this);
    m_scenarioPicker->setAccessibleName(tr("Scenario"));
    m_scenarioPicker->setToolTip(tr("The scenario both architectures run"));
    m_scenarioPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenarioPicker->setFocusPolicy(Qt::ClickFocus); // keep Space and the arrows for the transport
    scenarioLabel->setBuddy(m_scenarioPicker);
    addWidget(m_scenarioPicker);
    connect(m_scenarioPicker, &QComboBox::activated, this,
        [this](int index) { Q_EMIT scenarioChosen(m_scenarioPicker->itemData(index).toString()); });
    addSeparator();
    addActions(transport);
    addSeparator();

    auto* speedLabel = new QLabel(tr(" Speed "), this);
    addWidget(speedLabel);
    m_speedPicker = new QComboBox(this);
    m_speedPicker->setAccessibleName(tr("Playback speed"));
    m_speedPicker->setToolTip(tr("Playback speed, 0.25× to 4× ([ slower, ] faster)"));
    m_speedPicker->setFocusPolicy(Qt::ClickFocus);
    for (double v : ReplaySession::speedSteps)
        m_speedPicker->addItem(QStringLiteral("%1×").arg(v), v);
    speedLabel->setBuddy(m_speedPicker);
    addWidget(m_speedPicker);
    connect(m_speedPicker, &QComboBox::activated, this,
        [this](int index) { Q_EMIT speedChosen(m_speedPicker->itemData(index).toDouble()); });

    for (QToolButton* b : findChildren<QToolButton*>())
        b->setFocusPolicy(Qt::NoFocus);
    for (QAction* a : actions()) {
        if (QWidget* w = widgetForAction(a); w && !a->text().isEmpty())
            w->setAccessibleName(a->text().remove(QLatin1Char('&')));
    }
}

void TransportToolBar::addToggle(QAction* toggle)
{
    addSeparator();
    addAction(toggle);
    if (QWidget* button = widgetForAction(toggle)) {
        button->setFocusPolicy(Qt::NoFocus); // the keys stay with the panes
        button->setAccessibleName(toggle->text().remove(QLatin1Char('&')));
    }
}

void TransportToolBar::setScenarios(const std::vector<Scenario>& scenarios, const QString& current)
{
    const QSignalBlocker blocker(m_scenarioPicker);
    m_scenarioPicker->clear();
    for (const Scenario& s : scenarios) {
        const QString id = QString::fromStdString(s.id);
        m_scenarioPicker->addItem(QString::fromStdString(s.title), id);
        const int row = m_scenarioPicker->count() - 1;
        m_scenarioPicker->setItemData(row, QString::fromStdString(s.description), Qt::ToolTipRole);
        if (id == current)
            m_scenarioPicker->setCurrentIndex(row);
    }
}

void TransportToolBar::setCurrentScenario(const QString& id)
{
    const int index = m_scenarioPicker->findData(id);
    if (index >= 0) {
        const QSignalBlocker blocker(m_scenarioPicker);
        m_scenarioPicker->setCurrentIndex(index);
    }
}

void TransportToolBar::setSpeed(double speed)
{
    const QSignalBlocker blocker(m_speedPicker);
    int best = 0;
    for (int i = 0; i < m_speedPicker->count(); ++i) {
        if (std::abs(m_speedPicker->itemData(i).toDouble() - speed)
            < std::abs(m_speedPicker->itemData(best).toDouble() - speed))
            best = i;
    }
    m_speedPicker->setCurrentIndex(best);
}

} // namespace notiflow::ui
