// Shared by the core tests: the default data set from data/, and scenarios written inline.
#pragma once

#include "io/datasetloader.h"
#include "io/scenarioloader.h"
#include "scenariorunner.h"

#include <QString>
#include <QStringList>
#include <algorithm>
#include <string>

namespace notiflow::test {

inline const DataSet& defaultData()
{
    static const DataSet data = loadDataSetFolder(NOTIFLOW_SOURCE_DATA_DIR);
    return data;
}

inline Scenario builtinScenario(const std::string& id)
{
    return loadScenarioFile(std::string(NOTIFLOW_SOURCE_DATA_DIR) + "/scenarios/" + id + ".json");
}

// A scenario from just its steps, e.g. R"([{"action": "ship_order", "order_id": "ORD-001"}])".
inline Scenario scenarioOf(const std::string& stepsJson)
{
    return parseScenario(R"({"id": "test", "title": "Test", "steps": )" + stepsJson + "}", "inline.json");
}

// "TYPE channel recipient" per notification, sorted: a whole outcome in one comparable value.
inline QStringList outcome(const Run& run)
{
    QStringList lines;
    for (const auto& n : run.notifications) {
        lines << QStringLiteral("%1 %2 %3")
                     .arg(QString::fromLatin1(notificationTypeId(n.type)), QString::fromLatin1(channelId(n.channel)),
                         QString::fromStdString(n.recipient));
    }
    lines.sort();
    return lines;
}

inline int countSteps(const Run& run, StepKind kind)
{
    return static_cast<int>(
        std::count_if(run.steps.begin(), run.steps.end(), [kind](const Step& s) { return s.kind == kind; }));
}

} // namespace notiflow::test
