// The loaded data set and scenarios: built-in ones from the embedded resources, or folders and files the user
// opened. A failed load leaves everything as it was and reports the error (file and place) as text.
#pragma once

#include "dataset.h"
#include "scenario.h"
#include "scenariorunner.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace notiflow::ui {

class Workspace final {
public:
    Workspace();

    // Loads the embedded default data set and built-in scenarios (":/data/..."); throws LoadError if the
    // embedded files are broken, which would be a build defect.
    void loadBuiltin();

    // Each returns false and fills `error` ("orders.json: line 3, column 7: ...") when the input is bad; the
    // workspace then keeps what it had.
    // With `mustRun`, the new data set is first checked against that scenario (the one on screen): if it lacks
    // an id the scenario names, nothing switches.
    bool openDataFolder(const QString& folder, QString* error, const Scenario* mustRun = nullptr);
    bool openScenarioFile(const QString& file, QString* error); // adds it (or replaces one with the same id)
    bool reload(QString* error); // re-reads the opened folder and files from disk
    // Takes the scenario opened from `file` out again (it is no longer offered or reloaded); false if none was.
    bool closeScenarioFile(const QString& file);

    const DataSet& dataSet() const { return *m_data; }
    // The same, for holders that outlive a later open (the HTTP server's scenario runs on other threads).
    std::shared_ptr<const DataSet> sharedDataSet() const { return m_data; }
    const std::vector<Scenario>& scenarios() const { return m_scenarios; }
    const Scenario* scenario(const QString& id) const;
    const Scenario* scenarioFrom(const QString& file) const; // the one last opened from `file`; nullptr if none
    QString dataSource() const; // "built-in" or the folder

    // Runs both architectures; throws LoadError when the scenario names ids missing from the data set.
    std::shared_ptr<const Comparison> compare(const Scenario& scenario) const;

private:
    std::shared_ptr<const DataSet> m_data;
    std::vector<Scenario> m_scenarios;
    std::optional<QString> m_dataFolder;
    std::vector<QString> m_scenarioFiles;
};

} // namespace notiflow::ui
