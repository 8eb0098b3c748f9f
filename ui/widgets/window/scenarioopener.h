// Opens into the window's workspace what the user asks for (a data set folder, a scenario file, a reload, the
// comparison of one scenario) and reports what fails: a dialog titled for the step, its message naming the file and
// the place. A failure leaves the workspace as it was, so the window keeps showing what it showed.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace notiflow {
struct Comparison;
struct Scenario;
} // namespace notiflow

namespace notiflow::ui {

class Workspace;

class ScenarioOpener final {
    Q_DECLARE_TR_FUNCTIONS(ScenarioOpener)

public:
    ScenarioOpener(Workspace* workspace, QWidget* dialogParent);

    // File dialogs; each returns an empty string when cancelled.
    QString askForDataFolder() const;
    QString askForScenarioFile() const;

    // False after reporting; also when the scenario `shownId` (on screen) names ids the folder's data lacks.
    bool openDataFolder(const QString& folder, const QString& shownId = {});
    const Scenario* openScenarioFile(const QString& file); // the scenario it held; nullptr after reporting
    bool reload(); // re-reads the opened folder and files; false after reporting
    std::shared_ptr<const Comparison> compare(const QString& scenarioId); // null after reporting

    // Shows `message` in a dialog (unless dialogs are off) and keeps it as the last error.
    void report(const QString& title, const QString& message);
    void remember(const QString& message) { m_lastError = message; } // kept without a dialog
    QString lastError() const { return m_lastError; }
    void setErrorDialogsEnabled(bool enabled) { m_errorDialogs = enabled; } // tests turn them off

private:
    Workspace* m_workspace;
    QWidget* m_dialogParent;
    QString m_lastError;
    bool m_errorDialogs = true;
};

} // namespace notiflow::ui
