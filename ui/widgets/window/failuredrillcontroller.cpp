#include "widgets/window/failuredrillcontroller.h"

#include "io/loaderror.h"
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "scenariorunner.h"
#include "widgets/dialogs/failuredrilldialog.h"
#include "widgets/views/flowview.h"
#include "widgets/window/scenarioopener.h"

#include <QAction>
#include <QMenu>

namespace notiflow::ui {

FailureDrillController::FailureDrillController(
    QWidget* window, ReplaySession* session, Workspace* workspace, ScenarioOpener* opener)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_workspace(workspace)
    , m_opener(opener)
    , m_takeDown(new QAction(tr("&Take Down From Here…"), this))
    , m_without(new QAction(tr("Show the Run &Without the Drill"), this))
    , m_end(new QAction(tr("&End the Drill"), this))
{
    m_takeDown->setObjectName(QStringLiteral("drillTakeDown"));
    m_takeDown->setStatusTip(tr("Take a component down from the playhead's action and run both architectures again"));
    m_without->setObjectName(QStringLiteral("drillWithout"));
    m_without->setCheckable(true);
    m_without->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_without->setStatusTip(tr("Flip between the drilled run and the run without the drill"));
    m_end->setObjectName(QStringLiteral("drillEnd"));
    connect(m_takeDown, &QAction::triggered, this, &FailureDrillController::askAndDrill);
    connect(m_without, &QAction::toggled, this, &FailureDrillController::showWithoutDrill);
    connect(m_end, &QAction::triggered, this, &FailureDrillController::end);
    // Anything else that replaces the comparison (another scenario, a reload, the live server) ends the drill.
    connect(m_session, &ReplaySession::comparisonChanged, this, [this] {
        if (!m_switching)
            forget();
    });
    updateActions();
}

QMenu* FailureDrillController::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("Failure &Drill"), parent);
    menu->setObjectName(QStringLiteral("failureDrillMenu"));
    menu->addAction(m_takeDown);
    menu->addAction(m_without);
    menu->addAction(m_end);
    return menu;
}

void FailureDrillController::connectView(FlowView* view)
{
    connect(view, &FlowView::componentMenuRequested, this, &FailureDrillController::showComponentMenu);
}

void FailureDrillController::showComponentMenu(Component c, const QPoint& globalPos)
{
    QMenu menu(m_window);
    QAction* takeDown = menu.addAction(tr("Take Down From Here…"));
    takeDown->setEnabled(m_session->comparison() && FailureDrill::canTakeDown(c));
    if (!takeDown->isEnabled())
        takeDown->setText(
            tr("Take Down From Here… (a %1 cannot fail in a scenario)")
                .arg(QString::fromUtf8(componentName(c).data(), qsizetype(componentName(c).size())).toLower()));
    if (isActive()) {
        menu.addSeparator();
        menu.addAction(m_without);
        menu.addAction(m_end);
    }
    if (menu.exec(globalPos) == takeDown)
        ask(c);
}

void FailureDrillController::askAndDrill()
{
    ask(std::nullopt);
}

void FailureDrillController::ask(std::optional<Component> preset)
{
    const Comparison* shown = m_base ? m_base.get() : m_session->comparison();
    if (!shown)
        return;
    const int action = std::max(0, m_session->currentAction());
    FailureDrillDialog dialog(static_cast<int>(shown->scenario.actions.size()), preset, action, m_window);
    if (isActive())
        dialog.setRequest(m_request);
    if (preset)
        dialog.setRequest({ preset, action, 1, isActive() ? m_request.policy : NotifyFailurePolicy::Drop });
    if (dialog.exec() == QDialog::Accepted)
        drill(dialog.request());
}

bool FailureDrillController::drill(const DrillRequest& request)
{
    const std::shared_ptr<const Comparison> base = m_base ? m_base : m_session->sharedComparison();
    if (!base)
        return false;
    QString error;
    const auto scenario = FailureDrill::apply(base->scenario, request, &error);
    if (!scenario) {
        m_opener->report(tr("Cannot Run the Drill"), error);
        return false;
    }
    std::shared_ptr<const Comparison> drilled;
    try {
        drilled = m_workspace->compare(*scenario); // both architectures, with and without faults, off the paint path
    } catch (const LoadError& e) {
        m_opener->report(tr("Cannot Run the Drill"), QString::fromStdString(e.what()));
        return false;
    }
    m_base = base;
    m_drilled = std::move(drilled);
    m_request = request;
    {
        const QSignalBlocker block(m_without);
        m_without->setChecked(false);
    }
    showComparison(m_drilled);
    updateActions();
    Q_EMIT drillChanged(true);
    return true;
}

void FailureDrillController::showWithoutDrill(bool without)
{
    if (!isActive())
        return;
    {
        const QSignalBlocker block(m_without);
        m_without->setChecked(without);
    }
    showComparison(without ? m_base : m_drilled);
}

bool FailureDrillController::showsWithoutDrill() const
{
    return isActive() && m_session->comparison() == m_base.get();
}

void FailureDrillController::showComparison(std::shared_ptr<const Comparison> comparison)
{
    // The same scenario's actions in both runs: the playhead stays on the moment it showed, as far as the other run
    // reaches.
    const double playhead = m_session->playhead();
    m_switching = true;
    m_session->setComparison(std::move(comparison));
    m_switching = false;
    m_session->setPlayhead(std::min(playhead, m_session->timeline().duration()));
}

void FailureDrillController::end()
{
    if (!isActive())
        return;
    const auto base = m_base;
    showComparison(base);
    forget();
}

void FailureDrillController::forget()
{
    if (!m_drilled && !m_base)
        return;
    m_base.reset();
    m_drilled.reset();
    {
        const QSignalBlocker block(m_without);
        m_without->setChecked(false);
    }
    updateActions();
    Q_EMIT drillChanged(false);
}

void FailureDrillController::updateActions()
{
    m_without->setEnabled(isActive());
    m_end->setEnabled(isActive());
}

} // namespace notiflow::ui
