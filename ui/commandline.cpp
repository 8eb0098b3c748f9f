#include "commandline.h"

#include "comparisonframe.h"
#include "exporter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

namespace notiflow::ui {

namespace {
// "1280x720" (or with X or ×) within the sizes a frame supports; nullopt otherwise.
std::optional<QSize> parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})\\s*[xX\\x{00D7}]\\s*(\\d{1,5})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    const QSize low = ComparisonFrame::minimumSize;
    const QSize high = ComparisonFrame::maximumSize;
    if (size.width() < low.width() || size.height() < low.height() || size.width() > high.width()
        || size.height() > high.height())
        return std::nullopt;
    return size;
}

// The export options given without --export or --export-all, which would otherwise be silently ignored.
QString exportOnlyOption(const QCommandLineParser& parser, const QList<QCommandLineOption>& options)
{
    for (const auto& option : options) {
        if (parser.isSet(option))
            return QStringLiteral("--") + option.names().constLast();
    }
    return {};
}

// FILE and FOLDER arguments: a folder is a data set, anything else a scenario file; one of each at most, counting
// --data and --scenario-file. False, with the error set, when they do not fit.
bool takePaths(const QStringList& paths, CommandLine& result)
{
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.error = QStringLiteral("no such file or folder: %1").arg(path);
            return false;
        }
        QString& slot = info.isDir() ? result.dataFolder : result.scenarioFile;
        if (!slot.isEmpty()) {
            result.error = info.isDir() ? QStringLiteral("one data set folder at a time: %1 and %2").arg(slot, path)
                                        : QStringLiteral("one scenario file at a time: %1 and %2").arg(slot, path);
            return false;
        }
        slot = path;
    }
    return true;
}
} // namespace

CommandLine parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs one scenario of an e-commerce platform under two notification architectures, event-sourced and "
        "API-driven, and shows side by side what each did. Without options it opens the window."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption version(
        { QStringLiteral("v"), QStringLiteral("version") }, QStringLiteral("Show the version."));
    const QCommandLineOption list(QStringLiteral("list-scenarios"), QStringLiteral("List the scenarios and exit."));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"), QStringLiteral("The scenario to run or open."), QStringLiteral("ID"));
    const QCommandLineOption compare(
        QStringLiteral("compare"), QStringLiteral("Print both runs as text: narrated steps, notifications, metrics."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print both runs as one JSON object."));
    const QCommandLineOption data(
        QStringLiteral("data"), QStringLiteral("Use the data set in folder DIR."), QStringLiteral("DIR"));
    const QCommandLineOption scenarioFile(QStringLiteral("scenario-file"),
        QStringLiteral("Run the scenario in FILE instead of a built-in one."), QStringLiteral("FILE"));
    const QCommandLineOption step(QStringLiteral("step"),
        QStringLiteral("Open the window on step N, or export step N (1-based, the scrubber's numbers; an export "
                       "defaults to the last step)."),
        QStringLiteral("N"));
    const QCommandLineOption exportFile(QStringLiteral("export"),
        QStringLiteral("Write a comparison picture of the scenario to FILE and exit: .png, .svg, .pdf, .gif (every "
                       "step, one frame each) or a folder (every step as frame-0001.png...)."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportAll(QStringLiteral("export-all"),
        QStringLiteral("Write the final step of every built-in scenario to DIR as ID.png and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption allSteps(
        QStringLiteral("all-steps"), QStringLiteral("Export every step: one PDF page per step."));
    const QCommandLineOption scale(QStringLiteral("scale"),
        QStringLiteral("Multiply the pixels of a PNG, GIF or folder export by S, 1 to 4 (default 1)."),
        QStringLiteral("S"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QStringLiteral("Colours of the window or of an export: light, dark, high-contrast or system (an export "
                       "defaults to light; the window remembers the choice)."),
        QStringLiteral("THEME"));
    const QCommandLineOption size(QStringLiteral("size"),
        QStringLiteral("Size of the exported frame, WxH from 640x360 to 7680x4320 (default 1920x1080)."),
        QStringLiteral("WxH"));
    const QCommandLineOption withMetrics(QStringLiteral("with-metrics"),
        QStringLiteral("Add the coupling summary and the notifications sent so far to the export."));
    parser.addOptions({ help, version, list, scenario, compare, json, data, scenarioFile, step, exportFile, exportAll,
        allSteps, scale, theme, size, withMetrics });
    // What a file manager passes (the desktop entry's Exec=notiflow %F): a scenario file, a data set folder, or both.
    parser.addPositionalArgument(QStringLiteral("FILE|FOLDER"),
        QStringLiteral("A scenario file (as --scenario-file) or a data set folder (as --data) to open or run."),
        QStringLiteral("[FILE|FOLDER...]"));

    CommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.scenarioId = parser.value(scenario);
    result.scenarioFile = parser.value(scenarioFile);
    result.dataFolder = parser.value(data);
    if (!takePaths(parser.positionalArguments(), result))
        return result;
    if (parser.isSet(step)) {
        bool ok = false;
        const int n = parser.value(step).toInt(&ok);
        if (!ok || n < 1) {
            result.error
                = QStringLiteral("--step needs a whole number of at least 1, not \"%1\"").arg(parser.value(step));
            return result;
        }
        result.step = n - 1;
    }

    if (parser.isSet(theme)) {
        result.theme = Theme::fromId(parser.value(theme));
        if (!result.theme) {
            result.error = QStringLiteral("--theme must be light, dark, high-contrast or system, not \"%1\"")
                               .arg(parser.value(theme));
            return result;
        }
    }
    if (parser.isSet(scale)) {
        bool ok = false;
        result.scale = parser.value(scale).toInt(&ok);
        if (!ok || result.scale < 1 || result.scale > Exporter::maximumScale) {
            result.error = QStringLiteral("--scale must be a whole number from 1 to %1, not \"%2\"")
                               .arg(Exporter::maximumScale)
                               .arg(parser.value(scale));
            return result;
        }
    }
    if (parser.isSet(size)) {
        const auto parsed = parseSize(parser.value(size));
        if (!parsed) {
            result.error
                = QStringLiteral("--size must be WxH from 640x360 to 7680x4320, not \"%1\"").arg(parser.value(size));
            return result;
        }
        result.size = *parsed;
    }
    result.allSteps = parser.isSet(allSteps);
    result.withMetrics = parser.isSet(withMetrics);

    const int modes = int(parser.isSet(list)) + int(parser.isSet(compare)) + int(parser.isSet(json))
        + int(parser.isSet(exportFile)) + int(parser.isSet(exportAll));
    if (modes > 1) {
        result.error = QStringLiteral("choose one of --list-scenarios, --compare, --json, --export and --export-all");
        return result;
    }
    const bool exporting = parser.isSet(exportFile) || parser.isSet(exportAll);
    if (!exporting) {
        if (const QString stray = exportOnlyOption(parser, { allSteps, scale, size, withMetrics }); !stray.isEmpty()) {
            result.error = QStringLiteral("%1 goes with --export or --export-all").arg(stray);
            return result;
        }
    }
    if (parser.isSet(exportFile)) {
        result.exportPath = parser.value(exportFile);
        if (result.exportPath.isEmpty()) {
            result.error = QStringLiteral("--export needs a file name");
            return result;
        }
        if (parser.isSet(step) && result.allSteps) {
            result.error = QStringLiteral("choose one of --step and --all-steps");
            return result;
        }
        const auto format = Exporter::formatOf(result.exportPath);
        if (format && Exporter::holdsAllSteps(*format) && parser.isSet(step)) {
            result.error
                = QStringLiteral("%1 holds every step; --step goes with .png, .svg or .pdf").arg(result.exportPath);
            return result;
        }
    }
    if (parser.isSet(exportAll)) {
        result.exportPath = parser.value(exportAll);
        if (result.exportPath.isEmpty()) {
            result.error = QStringLiteral("--export-all needs a folder");
            return result;
        }
        if (parser.isSet(step) || result.allSteps || !result.scenarioId.isEmpty() || !result.scenarioFile.isEmpty()) {
            result.error = QStringLiteral(
                "--export-all writes the last step of every built-in scenario; it takes no --step, --all-steps, "
                "--scenario or --scenario-file");
            return result;
        }
    }
    if (parser.isSet(help))
        result.mode = CommandLine::Mode::Help;
    else if (parser.isSet(version))
        result.mode = CommandLine::Mode::Version;
    else if (parser.isSet(list))
        result.mode = CommandLine::Mode::ListScenarios;
    else if (parser.isSet(compare))
        result.mode = CommandLine::Mode::Compare;
    else if (parser.isSet(json))
        result.mode = CommandLine::Mode::Json;
    else if (parser.isSet(exportFile))
        result.mode = CommandLine::Mode::Export;
    else if (parser.isSet(exportAll))
        result.mode = CommandLine::Mode::ExportAll;

    const bool runs = result.mode == CommandLine::Mode::Compare || result.mode == CommandLine::Mode::Json
        || result.mode == CommandLine::Mode::Export;
    if (runs && result.scenarioId.isEmpty() && result.scenarioFile.isEmpty())
        result.error = QStringLiteral("--compare, --json and --export need --scenario ID or --scenario-file FILE");
    return result;
}

} // namespace notiflow::ui
