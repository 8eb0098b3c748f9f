#include "painting/session/workspace.h"

#include "io/datasetloader.h"
#include "io/scenarioloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <map>

// The resources live in this static library; without an explicit init the linker may drop them.
static void initEmbeddedResources()
{
    Q_INIT_RESOURCE(notiflow);
}

namespace notiflow::ui {

namespace {
std::string readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw LoadError({ path.toStdString() }, "the embedded file is missing");
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

std::filesystem::path toPath(const QString& s)
{
    return std::filesystem::path(s.toStdString());
}

QString message(const std::exception& e)
{
    return QString::fromStdString(e.what());
}

void addOrReplace(std::vector<Scenario>& scenarios, Scenario scenario)
{
    for (auto& existing : scenarios) {
        if (existing.id == scenario.id) {
            existing = std::move(scenario);
            return;
        }
    }
    scenarios.push_back(std::move(scenario));
}

// Built-in scenarios in teaching order: the original four first, simplest to hardest, then the rest, then the ones
// with faults.
int builtinRank(const std::string& id)
{
    static const std::vector<std::string> order { "order-shipped", "payment-failed", "price-drop", "order-complete",
        "order-delivered", "payment-succeeded", "promotion", "price-drop-side-down", "ship-api-down-drop",
        "ship-api-down-retry", "ship-api-down-fail", "email-outage", "lost-ack", "lost-ack-idempotent" };
    const auto it = std::find(order.begin(), order.end(), id);
    return static_cast<int>(it - order.begin());
}
} // namespace

Workspace::Workspace()
    : m_data(std::make_shared<DataSet>())
{
}

void Workspace::loadBuiltin()
{
    initEmbeddedResources();
    std::map<std::string, std::string> texts;
    for (const auto& name : dataSetFileNames())
        texts[name] = readResource(QStringLiteral(":/data/") + QString::fromStdString(name));
    auto data = std::make_shared<DataSet>(loadDataSetTexts(texts, "built-in"));

    std::vector<Scenario> scenarios;
    const QDir dir(QStringLiteral(":/data/scenarios"));
    for (const QString& entry : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        Scenario scenario = parseScenario(readResource(dir.filePath(entry)), entry.toStdString());
        scenario.source = "built-in";
        validateScenario(scenario, *data);
        scenarios.push_back(std::move(scenario));
    }
    std::stable_sort(scenarios.begin(), scenarios.end(),
        [](const Scenario& a, const Scenario& b) { return builtinRank(a.id) < builtinRank(b.id); });

    m_data = std::move(data);
    m_scenarios = std::move(scenarios);
    m_dataFolder.reset();
    m_scenarioFiles.clear();
}

bool Workspace::openDataFolder(const QString& folder, QString* error, const Scenario* mustRun)
{
    try {
        auto data = std::make_shared<DataSet>(loadDataSetFolder(toPath(folder)));
        if (mustRun)
            validateScenario(*mustRun, *data);
        m_data = std::move(data);
        m_dataFolder = folder;
    } catch (const std::exception& e) {
        if (error)
            *error = message(e);
        return false;
    }
    return true;
}

bool Workspace::openScenarioFile(const QString& file, QString* error)
{
    try {
        Scenario scenario = loadScenarioFile(toPath(file));
        validateScenario(scenario, *m_data);
        addOrReplace(m_scenarios, std::move(scenario));
        if (std::find(m_scenarioFiles.begin(), m_scenarioFiles.end(), file) == m_scenarioFiles.end())
            m_scenarioFiles.push_back(file);
    } catch (const std::exception& e) {
        if (error)
            *error = message(e);
        return false;
    }
    return true;
}

bool Workspace::reload(QString* error)
{
    // Re-read everything into locals first: one bad file must leave the workspace as it was.
    try {
        auto data = m_dataFolder ? std::make_shared<DataSet>(loadDataSetFolder(toPath(*m_dataFolder))) : m_data;
        std::vector<Scenario> scenarios = m_scenarios;
        for (const auto& file : m_scenarioFiles) {
            Scenario scenario = loadScenarioFile(toPath(file));
            validateScenario(scenario, *data);
            addOrReplace(scenarios, std::move(scenario));
        }
        m_data = std::move(data);
        m_scenarios = std::move(scenarios);
    } catch (const std::exception& e) {
        if (error)
            *error = message(e);
        return false;
    }
    return true;
}

bool Workspace::closeScenarioFile(const QString& file)
{
    const std::string source = file.toStdString();
    const auto removed
        = std::remove_if(m_scenarios.begin(), m_scenarios.end(), [&](const Scenario& s) { return s.source == source; });
    const bool any = removed != m_scenarios.end();
    m_scenarios.erase(removed, m_scenarios.end());
    m_scenarioFiles.erase(std::remove(m_scenarioFiles.begin(), m_scenarioFiles.end(), file), m_scenarioFiles.end());
    return any;
}

const Scenario* Workspace::scenario(const QString& id) const
{
    const std::string key = id.toStdString();
    for (const auto& s : m_scenarios) {
        if (s.id == key)
            return &s;
    }
    return nullptr;
}

const Scenario* Workspace::scenarioFrom(const QString& file) const
{
    const std::string source = file.toStdString();
    const auto it
        = std::find_if(m_scenarios.rbegin(), m_scenarios.rend(), [&](const Scenario& s) { return s.source == source; });
    return it == m_scenarios.rend() ? nullptr : &*it;
}

QString Workspace::dataSource() const
{
    return m_dataFolder ? QDir::toNativeSeparators(*m_dataFolder) : QStringLiteral("built-in");
}

std::shared_ptr<const Comparison> Workspace::compare(const Scenario& scenario) const
{
    validateScenario(scenario, *m_data);
    auto comparison = std::make_shared<const Comparison>(compareArchitectures(*m_data, scenario));
#ifdef __GLIBC__
    // Each run worked on its own copy of the data and freed it; glibc keeps much of such memory (in arenas and
    // fragments) rather than handing it back, and the views built next hardly reuse it. Hand it back.
    malloc_trim(0);
#endif
    return comparison;
}

} // namespace notiflow::ui
