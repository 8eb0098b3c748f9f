#include "widgets/window/changecontroller.h"

#include "painting/session/replaysession.h"
#include "scenariorunner.h"
#include "widgets/panels/changeimpactpanel.h"
#include "widgets/views/flowview.h"
#include "widgets/window/escapekey.h"
#include "widgets/window/scenarioopener.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>

namespace notiflow::ui {

ChangeController::ChangeController(
    QMainWindow* window, ReplaySession* session, const PerArchitecture<FlowView*>& views, ScenarioOpener* opener)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_views(views)
    , m_opener(opener)
    , m_panel(new ChangeImpactPanel)
    , m_dock(new QDockWidget(tr("Requirement Change"), window))
    , m_clear(new QAction(tr("Clear Requirement Change"), this))
{
    m_clear->setObjectName(QStringLiteral("clearChange"));
    m_clear->setShortcut(Qt::Key_Escape);
    // Only shown as a hint: the event filter takes Esc first, so it never competes with leaving presentation mode.
    m_clear->setShortcutContext(Qt::WidgetShortcut);
    m_clear->setEnabled(false);
    connect(m_clear, &QAction::triggered, this, &ChangeController::clear);
    try {
        m_catalog.loadBuiltin();
    } catch (const std::exception& e) {
        m_opener->report(tr("Built-in Changes Are Broken"), QString::fromStdString(e.what()));
    }
    m_dock->setObjectName(QStringLiteral("changeDock"));
    m_dock->setWidget(m_panel);
    m_panel->setAccessibleName(tr("Requirement Change"));
    m_dock->toggleViewAction()->setToolTip(tr("Show what each architecture must change for a requirement change"));
    connect(m_session, &ReplaySession::comparisonChanged, this, &ChangeController::refresh);
    // Esc clears the overlay before it leaves presentation mode: the key is taken before any shortcut sees it.
    qApp->installEventFilter(this);
}

QMenu* ChangeController::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("Requirement &Change"), parent);
    menu->setToolTipsVisible(true);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillMenu(menu); });
    fillMenu(menu);
    return menu;
}

void ChangeController::fillMenu(QMenu* menu)
{
    menu->clear();
    for (const QString& id : applicableIds()) {
        const RequirementChange* change = m_catalog.change(id);
        QAction* action = menu->addAction(QString::fromStdString(change->title));
        action->setObjectName(QStringLiteral("change:") + id);
        action->setToolTip(QString::fromStdString(change->description));
        action->setCheckable(true);
        action->setChecked(m_current && m_current->id == change->id);
        connect(action, &QAction::triggered, this, [this, id] { showChange(id); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No change applies to this scenario"))->setEnabled(false);
    menu->addSeparator();
    QAction* open = menu->addAction(tr("Open Change File…"));
    connect(open, &QAction::triggered, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(m_window, tr("Open Change File"), {}, tr("Requirement changes (*.json)"));
        if (!file.isEmpty())
            openChangeFile(file);
    });
    menu->addAction(m_clear);
}

QStringList ChangeController::applicableIds() const
{
    QStringList ids;
    if (const Comparison* comparison = m_session->comparison()) {
        for (const RequirementChange* change : m_catalog.exercisedBy(*comparison))
            ids << QString::fromStdString(change->id);
    }
    return ids;
}

bool ChangeController::showChange(const QString& id)
{
    const RequirementChange* change = m_catalog.change(id);
    if (!change || !applicableIds().contains(id))
        return false;
    show(*change);
    return true;
}

bool ChangeController::openChangeFile(const QString& file)
{
    QString error;
    if (!m_catalog.openChangeFile(file, &error)) {
        m_opener->report(tr("Cannot Open Change File"), error);
        return false;
    }
    show(*m_catalog.changeFrom(file));
    return true;
}

void ChangeController::show(const RequirementChange& change)
{
    m_current = change;
    refresh();
    m_dock->show();
    m_dock->raise();
}

void ChangeController::clear()
{
    if (!m_current)
        return;
    m_current.reset();
    refresh();
}

void ChangeController::refresh()
{
    const Comparison* comparison = m_session->comparison();
    for (const Architecture a : allArchitectures) {
        m_impacts[a].reset();
        if (m_current && comparison)
            m_impacts[a] = resolveChangeImpact(*m_current, comparison->run(a));
    }
    publish();
}

void ChangeController::publish()
{
    PerArchitecture<const ChangeImpact*> impacts;
    for (const Architecture a : allArchitectures) {
        impacts[a] = impact(a);
        if (m_views[a])
            m_views[a]->setChangeImpact(impacts[a]);
    }
    m_panel->showChange(current(), impacts);
    m_clear->setEnabled(m_current.has_value());
    Q_EMIT changeShown(m_current.has_value());
}

bool ChangeController::eventFilter(QObject* watched, QEvent* event)
{
    return m_current && EscapeKey::take(watched, event, m_window, [this] { clear(); });
}

} // namespace notiflow::ui
