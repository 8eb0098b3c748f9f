// The failure drill's question: which component to take down, from which action and for how many, and what the
// callers do about notifications they cannot deliver. It only asks; FailureDrillController runs the drill.
#pragma once

#include "painting/session/failuredrill.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace notiflow::ui {

class FailureDrillDialog final : public QDialog {
    Q_OBJECT
public:
    // `actions`: the scenario's action count; `preset` the component clicked (nullopt: the notification side);
    // `fromAction` the action at the playhead.
    FailureDrillDialog(int actions, std::optional<Component> preset, int fromAction, QWidget* parent = nullptr);

    DrillRequest request() const;
    void setRequest(const DrillRequest& request); // tests fill the form as a user would

    QComboBox* componentBox() const { return m_component; }
    QSpinBox* fromBox() const { return m_from; }
    QSpinBox* durationBox() const { return m_duration; }
    QComboBox* policyBox() const { return m_policy; }

private:
    void updateRanges();

    int m_actions;
    QComboBox* m_component;
    QSpinBox* m_from;
    QSpinBox* m_duration;
    QComboBox* m_policy;
    QLabel* m_summary;
};

} // namespace notiflow::ui
