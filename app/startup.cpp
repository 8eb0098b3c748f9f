#include "app/startup.h"

#include "painting/session/workspace.h"

namespace notiflow::app {

Startup Startup::load(ui::Workspace& workspace, const CommandLine& commandLine)
{
    Startup result;
    try {
        workspace.loadBuiltin();
    } catch (const std::exception& e) {
        result.exitCode = 1;
        result.error = QStringLiteral("the built-in data is broken: %1").arg(QString::fromStdString(e.what()));
        return result;
    }
    if (!commandLine.dataFolder.isEmpty() && !workspace.openDataFolder(commandLine.dataFolder, &result.error)) {
        result.exitCode = 2;
        return result;
    }
    result.scenarioId = commandLine.scenarioId;
    if (!commandLine.scenarioFile.isEmpty()) {
        if (!workspace.openScenarioFile(commandLine.scenarioFile, &result.error)) {
            result.exitCode = 2;
            return result;
        }
        result.scenarioId = QString::fromStdString(workspace.scenarioFrom(commandLine.scenarioFile)->id);
    }
    for (const QString& file : commandLine.scenarioFiles) {
        if (!workspace.openScenarioFile(file, &result.error)) {
            result.exitCode = 2;
            return result;
        }
    }
    return result;
}

} // namespace notiflow::app
