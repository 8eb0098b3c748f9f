#include "app/changemode.h"

#include "changeimpact.h"
#include "io/changeimpactreport.h"
#include "io/runjsonwriter.h"
#include "io/textreport.h"
#include "painting/session/changecatalog.h"
#include "scenariorunner.h"

namespace notiflow::app {

namespace {
PerArchitecture<ChangeImpact> impactsOf(const Comparison& comparison, const RequirementChange& change)
{
    PerArchitecture<ChangeImpact> impacts;
    for (const Architecture a : allArchitectures)
        impacts[a] = resolveChangeImpact(change, comparison.run(a));
    return impacts;
}
} // namespace

bool ChangeMode::load(
    ui::ChangeCatalog& catalog, const CommandLine& commandLine, const RequirementChange** chosen, QString* error)
{
    *chosen = nullptr;
    try {
        catalog.loadBuiltin();
    } catch (const std::exception& e) {
        *error = QStringLiteral("the built-in changes are broken: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
    if (!commandLine.changeFile.isEmpty()) {
        if (!catalog.openChangeFile(commandLine.changeFile, error))
            return false;
        *chosen = catalog.changeFrom(commandLine.changeFile);
    }
    if (!commandLine.changeId.isEmpty()) {
        *chosen = catalog.change(commandLine.changeId);
        if (!*chosen) {
            *error = QStringLiteral("unknown change \"%1\" (known: %2)").arg(commandLine.changeId, catalog.knownIds());
            return false;
        }
    }
    return true;
}

void ChangeMode::list(std::ostream& out, const ui::ChangeCatalog& catalog, const Comparison* scenarioRuns)
{
    std::vector<const RequirementChange*> shown;
    if (scenarioRuns) {
        shown = catalog.exercisedBy(*scenarioRuns);
    } else {
        for (const auto& c : catalog.changes())
            shown.push_back(&c);
    }
    for (const RequirementChange* c : shown)
        out << c->id << "\t" << c->title << "\t" << c->description << "\n";
}

void ChangeMode::writeText(std::ostream& out, const Comparison& comparison, const RequirementChange& change)
{
    TextReport::write(out, comparison);
    const auto impacts = impactsOf(comparison, change);
    ChangeImpactReport::writeText(out, change, impacts[Architecture::EventSourced], impacts[Architecture::ApiDriven]);
}

void ChangeMode::writeJson(std::ostream& out, const Comparison& comparison, const RequirementChange& change)
{
    const auto impacts = impactsOf(comparison, change);
    PerArchitecture<std::string> fields;
    for (const Architecture a : allArchitectures)
        fields[a] = "\"change_impact\":" + ChangeImpactReport::json(impacts[a]).dump();
    RunJsonWriter::writeComparison(out, comparison, &fields);
}

} // namespace notiflow::app
