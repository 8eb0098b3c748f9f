// notiflow's command line: what the user asked for, parsed once, before any window exists.
#pragma once

#include <QString>
#include <QStringList>

namespace notiflow::ui {

struct CommandLine {
    enum class Mode { Gui, ListScenarios, Compare, Json, Help, Version };
    Mode mode = Mode::Gui;
    QString scenarioId;
    QString scenarioFile;
    QString dataFolder;
    int step = -1; // GUI: open on this step (1-based on the command line, stored 0-based)
    QString error; // set when the command line is unusable: exit code 2
    QString helpText;

    bool needsDisplay() const { return mode == Mode::Gui && error.isEmpty(); }
};

// Parses without needing a QCoreApplication, so the caller can choose QApplication or QCoreApplication after.
CommandLine parseCommandLine(const QStringList& arguments);

} // namespace notiflow::ui
