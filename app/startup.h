// What every start of notiflow loads before it shows or runs anything, written once for the window and the headless
// modes: the built-in data and scenarios, then the --data folder, then the --scenario-file, and which scenario the
// command line asks for.
#pragma once

#include "app/commandline.h"

#include <QString>

namespace notiflow::ui {
class Workspace;
}

namespace notiflow::app {

struct Startup {
    int exitCode = 0; // 0 when loaded; 1 when the built-in data is broken; 2 for a bad folder or file
    QString error; // names the file and the place
    // The scenario asked for: the --scenario-file's, else --scenario's id (which may be unknown: the window then
    // falls back to another, a headless mode refuses it); empty when neither was given.
    QString scenarioId;

    bool ok() const { return exitCode == 0; }

    static Startup load(ui::Workspace& workspace, const CommandLine& commandLine);
};

} // namespace notiflow::app
