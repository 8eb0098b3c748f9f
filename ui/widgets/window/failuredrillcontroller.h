// The window's failure drill: right-click a component in a flow view (or the Failure Drill menu) → Take Down From
// Here…; both architectures run again with that fault added to the scenario on screen, and the user can flip back
// to the run without it. Picking a scenario again (or anything else that replaces the comparison) ends the drill.
#pragma once

#include "painting/session/failuredrill.h"

#include <QObject>
#include <memory>

class QAction;
class QMenu;
class QPoint;
class QWidget;

namespace notiflow {
struct Comparison;
}

namespace notiflow::ui {

class FlowView;
class ReplaySession;
class ScenarioOpener;
class Workspace;

class FailureDrillController final : public QObject {
    Q_OBJECT
public:
    FailureDrillController(QWidget* window, ReplaySession* session, Workspace* workspace, ScenarioOpener* opener);

    QMenu* createMenu(QWidget* parent);
    void connectView(FlowView* view); // its right-click offers the drill

    // Runs the drill on the scenario on screen (the one before the drill, while a drill is shown) and shows it;
    // false, after reporting, when the loader refuses the fault or the run cannot be made.
    bool drill(const DrillRequest& request);
    // Flips between the drilled run and the run without the drill; keeps the playhead where it can.
    void showWithoutDrill(bool without);
    bool isActive() const { return m_drilled != nullptr; }
    bool showsWithoutDrill() const;
    const DrillRequest& request() const { return m_request; }
    QAction* takeDownAction() const { return m_takeDown; }
    QAction* withoutDrillAction() const { return m_without; }

public Q_SLOTS:
    // Asks for the fault with FailureDrillDialog (`preset`: the component clicked) and runs the drill.
    void askAndDrill();
    void end(); // shows the run without the drill and forgets it

Q_SIGNALS:
    void drillChanged(bool active);

private:
    void ask(std::optional<Component> preset);
    void showComparison(std::shared_ptr<const Comparison> comparison);
    void showComponentMenu(Component c, const QPoint& globalPos);
    void forget();
    void updateActions();

    QWidget* m_window;
    ReplaySession* m_session;
    Workspace* m_workspace;
    ScenarioOpener* m_opener;
    std::shared_ptr<const Comparison> m_base; // what was shown before the drill
    std::shared_ptr<const Comparison> m_drilled;
    DrillRequest m_request;
    bool m_switching = false; // the drill itself is replacing the comparison
    QAction* m_takeDown;
    QAction* m_without;
    QAction* m_end;
};

} // namespace notiflow::ui
