#include "widgets/window/scenarioopener.h"

#include "painting/session/workspace.h"

#include <QFileDialog>
#include <QMessageBox>

namespace notiflow::ui {

ScenarioOpener::ScenarioOpener(Workspace* workspace, QWidget* dialogParent)
    : m_workspace(workspace)
    , m_dialogParent(dialogParent)
{
}

QString ScenarioOpener::askForDataFolder() const
{
    return QFileDialog::getExistingDirectory(m_dialogParent, tr("Open Data Set Folder"));
}

QString ScenarioOpener::askForScenarioFile() const
{
    return QFileDialog::getOpenFileName(m_dialogParent, tr("Open Scenario File"), {}, tr("Scenarios (*.json)"));
}

bool ScenarioOpener::openDataFolder(const QString& folder, const QString& shownId)
{
    QString error;
    if (!m_workspace->openDataFolder(folder, &error, m_workspace->scenario(shownId))) {
        report(tr("Cannot Open Data Set"), error);
        return false;
    }
    return true;
}

const Scenario* ScenarioOpener::openScenarioFile(const QString& file)
{
    QString error;
    if (!m_workspace->openScenarioFile(file, &error)) {
        report(tr("Cannot Open Scenario"), error);
        return nullptr;
    }
    return m_workspace->scenarioFrom(file);
}

bool ScenarioOpener::reload()
{
    QString error;
    if (!m_workspace->reload(&error)) {
        report(tr("Cannot Reload"), error);
        return false;
    }
    return true;
}

std::shared_ptr<const Comparison> ScenarioOpener::compare(const QString& scenarioId)
{
    const Scenario* scenario = m_workspace->scenario(scenarioId);
    if (!scenario) {
        report(tr("Unknown Scenario"), tr("There is no scenario \"%1\".").arg(scenarioId));
        return nullptr;
    }
    try {
        return m_workspace->compare(*scenario);
    } catch (const std::exception& e) {
        report(tr("Cannot Run Scenario"),
            tr("%1 (%2):\n%3")
                .arg(QString::fromStdString(scenario->title), QString::fromStdString(scenario->source),
                    QString::fromUtf8(e.what())));
        return nullptr;
    }
}

void ScenarioOpener::report(const QString& title, const QString& message)
{
    m_lastError = message;
    if (m_errorDialogs)
        QMessageBox::warning(m_dialogParent, title, message);
}

} // namespace notiflow::ui
