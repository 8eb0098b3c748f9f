// The window's toolbar: the scenario picker, the transport buttons and the speed picker. The pickers take focus
// only when clicked, so that Space and the arrow keys stay with the transport.
#pragma once

#include "scenario.h"

#include <QToolBar>
#include <vector>

class QComboBox;

namespace notiflow::ui {

class TransportToolBar final : public QToolBar {
    Q_OBJECT
public:
    // `transport`: the start, back, play, forward and end actions, shown as buttons between the two pickers.
    TransportToolBar(const QList<QAction*>& transport, QWidget* parent = nullptr);

    QComboBox* scenarioPicker() const { return m_scenarioPicker; }
    // Refills the picker with `scenarios`, selecting `current`, without signalling a choice.
    void setScenarios(const std::vector<Scenario>& scenarios, const QString& current);
    void setCurrentScenario(const QString& id);
    void setSpeed(double speed);
    // A view toggle after the transport and speed, shown by its icon text.
    void addToggle(QAction* toggle); // selects the nearest speed offered

Q_SIGNALS:
    void scenarioChosen(const QString& id);
    void speedChosen(double speed);

private:
    QComboBox* m_scenarioPicker;
    QComboBox* m_speedPicker;
};

} // namespace notiflow::ui
