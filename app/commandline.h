// notiflow's command line: what the user asked for, parsed once, in one place, before any window exists.
#pragma once

#include "painting/style/theme.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace notiflow::app {

struct CommandLine {
    enum class Mode { Gui, ListScenarios, ListChanges, Compare, Json, Export, ExportAll, Serve, Help, Version };
    Mode mode = Mode::Gui;
    QString scenarioId;
    QString scenarioFile;
    QString dataFolder;
    QString changeId; // --change: a built-in change (or one from --change-file) to resolve against the runs
    QString changeFile; // --change-file
    int step = -1; // open the window on, or export, this step (1-based on the command line, stored 0-based)
    std::optional<ui::ThemeChoice> theme; // --theme: exports use it (light when unset); the window may too

    // --export FILE / --export-all DIR
    QString exportPath;
    bool allSteps = false;
    int scale = 1;
    QSize size { 1920, 1080 };
    bool withMetrics = false;
    bool timelineTime = false; // --timeline-time: the export's timelines in simulated time
    bool summary = false; // --summary: the summary slide instead of a comparison frame

    // notiflow serve
    QStringList scenarioFiles; // serve takes --scenario-file more than once
    QString host = QStringLiteral("127.0.0.1");
    int port = 8000;
    QString token;
    double rateLimit = 20; // requests a second per client address; 0: none

    QString error; // set when the command line is unusable: exit code 2
    QString helpText;

    bool needsDisplay() const { return mode == Mode::Gui && error.isEmpty(); }
    // Exports paint text and pictures, which needs a QGuiApplication, but never a display.
    bool paints() const { return (mode == Mode::Export || mode == Mode::ExportAll) && error.isEmpty(); }
};

// Parses without needing a QCoreApplication, so the caller can choose QApplication or QCoreApplication after.
CommandLine parseCommandLine(const QStringList& arguments);

} // namespace notiflow::app
