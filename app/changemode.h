// The requirement-change side of the headless modes: load the change the command line names, list the changes,
// and add a change's impact to --compare and --json.
#pragma once

#include "app/commandline.h"
#include "requirementchange.h"

#include <QString>
#include <ostream>

namespace notiflow {
struct Comparison;
}
namespace notiflow::ui {
class ChangeCatalog;
class Workspace;
} // namespace notiflow::ui

namespace notiflow::app {

class ChangeMode {
public:
    // Loads the built-in changes and any --change-file into `catalog`, and sets `chosen` to the change --change or
    // --change-file names (nullptr when neither). False with `error` (file and place, or the known ids) otherwise.
    static bool load(
        ui::ChangeCatalog& catalog, const CommandLine& commandLine, const RequirementChange** chosen, QString* error);
    // id, title and description of each change; with a scenario, only the changes its runs exercise.
    static void list(std::ostream& out, const ui::ChangeCatalog& catalog, const Comparison* scenarioRuns);
    static void writeText(std::ostream& out, const Comparison& comparison, const RequirementChange& change);
    static void writeJson(std::ostream& out, const Comparison& comparison, const RequirementChange& change);
};

} // namespace notiflow::app
