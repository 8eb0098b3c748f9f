// Opening the window: the start-up loading, errors as message boxes, then the window on the scenario and step the
// command line names. Needs a QApplication.
#pragma once

#include "app/commandline.h"

namespace notiflow::app {

// Runs the window until it closes; returns the process exit code (1: broken built-in data, 2: a bad --data folder
// or --scenario-file).
int runWindow(const CommandLine& commandLine);

} // namespace notiflow::app
