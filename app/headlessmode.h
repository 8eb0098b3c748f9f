// The command-line modes that need no display: list the scenarios, run one and print it as text or JSON, or
// export comparison pictures (which needs a QGuiApplication, on the offscreen platform if need be).
#pragma once

#include "app/commandline.h"

namespace notiflow::app {

// Returns the process exit code: 0 success, 2 bad input or usage (message on stderr), 1 anything else.
int runHeadless(const CommandLine& commandLine);

} // namespace notiflow::app
