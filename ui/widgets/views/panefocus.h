// Which architecture pane the debugger moves act on: the one last clicked or tabbed into. Marks it with a
// PaneFocusFrame while both panes are shown, and moves the focus to the shown pane when only one is.
#pragma once

#include "perarchitecture.h"

#include <QObject>

namespace notiflow::ui {

class ArchitecturePane;
class DebugStepper;
class PaneFocusFrame;

class PaneFocus final : public QObject {
    Q_OBJECT
public:
    PaneFocus(DebugStepper* stepper, ArchitecturePane* eventSourced, ArchitecturePane* apiDriven);

    bool isMarked(Architecture side) const; // its frame is shown

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watch(QWidget* widget, Architecture side);
    void updateMarks();

    DebugStepper* m_stepper;
    PerArchitecture<ArchitecturePane*> m_panes;
    PerArchitecture<PaneFocusFrame*> m_frames;
};

} // namespace notiflow::ui
