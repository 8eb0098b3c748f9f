// The window's requirement-change overlay: the Requirement Change menu (the changes the current scenario exercises,
// and Open Change File…), both flow views' overlay, the panel that lists the impact, and Esc to clear it.
#pragma once

#include "changeimpact.h"
#include "painting/session/changecatalog.h"
#include "perarchitecture.h"

#include <QObject>
#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace notiflow::ui {

class ChangeImpactPanel;
class FlowView;
class ReplaySession;
class ScenarioOpener;

class ChangeController final : public QObject {
    Q_OBJECT
public:
    ChangeController(
        QMainWindow* window, ReplaySession* session, const PerArchitecture<FlowView*>& views, ScenarioOpener* opener);

    QMenu* createMenu(QWidget* parent); // refilled each time it opens
    QDockWidget* dock() const { return m_dock; }

    // Shows the change with that id on both views; false (nothing changes) when unknown or not exercised.
    bool showChange(const QString& id);
    // Opens and shows the change in `file`; a bad file is reported like a bad scenario file and changes nothing.
    bool openChangeFile(const QString& file);
    void clear();

    const RequirementChange* current() const { return m_current ? &*m_current : nullptr; }
    const ChangeImpact* impact(Architecture a) const { return m_impacts[a] ? &*m_impacts[a] : nullptr; }
    QStringList applicableIds() const; // the changes the current scenario exercises, in menu order
    ChangeImpactPanel* panel() const { return m_panel; }
    QAction* clearAction() const { return m_clear; } // Esc; for the menu and the keys overlay

Q_SIGNALS:
    void changeShown(bool shown);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void show(const RequirementChange& change);
    void refresh(); // after the scenario changed
    void publish();
    void fillMenu(QMenu* menu);

    QMainWindow* m_window;
    ReplaySession* m_session;
    PerArchitecture<FlowView*> m_views;
    ScenarioOpener* m_opener;
    ChangeCatalog m_catalog;
    std::optional<RequirementChange> m_current;
    PerArchitecture<std::optional<ChangeImpact>> m_impacts;
    ChangeImpactPanel* m_panel;
    QDockWidget* m_dock;
    QAction* m_clear;
};

} // namespace notiflow::ui
