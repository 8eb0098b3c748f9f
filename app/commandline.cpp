#include "app/commandline.h"

#include "painting/export/comparisonframe.h"
#include "painting/export/exporter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <climits>
#include <functional>

namespace notiflow::app {

namespace {
using ui::ComparisonFrame;
using ui::Exporter;

// A whole number in [lowest, highest]; nullopt otherwise.
std::optional<int> wholeNumber(const QString& text, int lowest, int highest)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < lowest || n > highest)
        return std::nullopt;
    return n;
}

// "1280x720" (or with X or ×) within the sizes a frame supports; nullopt otherwise.
std::optional<QSize> frameSize(const QString& text)
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

// An option that takes a value: how the value is read into the command line, and what it must be (said in the
// error when the value is refused).
struct ValueOption {
    const QCommandLineOption& option;
    QString requirement;
    std::function<bool(const QString& value, CommandLine& result)> read;
};

// A positional argument, what a file manager passes (the desktop entry's Exec=notiflow %F): a folder is a data set
// (as --data), anything else a scenario file (as --scenario-file); one of each at most, counting those options.
// Returns the error, or nothing when the argument was taken.
QString readPositional(const QString& argument, CommandLine& result)
{
    const QFileInfo info(argument);
    if (!info.exists())
        return QStringLiteral("no such file or folder: %1").arg(argument);
    QString& slot = info.isDir() ? result.dataFolder : result.scenarioFile;
    if (!slot.isEmpty()) {
        return info.isDir() ? QStringLiteral("one data set folder at a time: %1 and %2").arg(slot, argument)
                            : QStringLiteral("one scenario file at a time: %1 and %2").arg(slot, argument);
    }
    slot = argument;
    return {};
}

// --change and --change-file: one at a time, with a mode that shows a change (the list takes a change file too).
QString checkChangeOptions(
    const QCommandLineParser& parser, const QCommandLineOption& change, const QCommandLineOption& changeFile)
{
    if (parser.isSet(change) && parser.isSet(changeFile))
        return QStringLiteral("choose one of --change and --change-file");
    for (const QCommandLineOption* o : { &change, &changeFile }) {
        if (parser.isSet(*o) && parser.value(*o).isEmpty())
            return QStringLiteral("--%1 needs %2").arg(o->names().constLast(), o->valueName());
    }
    // The window shows a change too; the lists and --export-all have nothing to show it on.
    const bool cannotShow
        = parser.isSet(QStringLiteral("list-scenarios")) || parser.isSet(QStringLiteral("export-all"));
    if (parser.isSet(change) && (cannotShow || parser.isSet(QStringLiteral("list-changes"))))
        return QStringLiteral("--change goes with --compare, --json, --export or the window");
    if (parser.isSet(changeFile) && cannotShow)
        return QStringLiteral("--change-file goes with --compare, --json, --export, --list-changes or the window");
    return {};
}

// The command without a subcommand: the window, or one of the headless modes.
CommandLine parseDefaultCommand(const QStringList& arguments)
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
        QStringLiteral("Add the metrics summary (Data & rules: foreign data domains and who evaluated each rule; the "
                       "synchronous chain) and the notifications sent so far to the export."));
    const QCommandLineOption timelineTime(QStringLiteral("timeline-time"),
        QStringLiteral("Draw the export's timelines in simulated time, on one scale for both (each step at its start, "
                       "a call as long as it took, waits as hatched bands with their length) instead of in step "
                       "order."));
    const QCommandLineOption summary(QStringLiteral("summary"),
        QStringLiteral("Export the summary slide instead of a comparison frame: per architecture the headline figures "
                       "of the whole run (and what the faults did), with a sentence on what differs; .png, .svg or "
                       ".pdf."));
    const QCommandLineOption listChanges(QStringLiteral("list-changes"),
        QStringLiteral("List the requirement changes and exit; with --scenario or --scenario-file, only those the "
                       "scenario exercises."));
    const QCommandLineOption change(QStringLiteral("change"),
        QStringLiteral(
            "Resolve requirement change ID through both runs: with --compare a table per architecture, "
            "with --json a change_impact per run, with --export an overlay; the window opens with it shown."),
        QStringLiteral("ID"));
    const QCommandLineOption changeFile(QStringLiteral("change-file"),
        QStringLiteral("The same with the requirement change in FILE."), QStringLiteral("FILE"));
    parser.addOptions({ help, version, list, scenario, compare, json, data, scenarioFile, step, exportFile, exportAll,
        allSteps, scale, theme, size, withMetrics, timelineTime, summary, listChanges, change, changeFile });
    parser.addPositionalArgument(QStringLiteral("FILE|FOLDER"),
        QStringLiteral("A scenario file (as --scenario-file) or a data set folder (as --data) to open or run."),
        QStringLiteral("[FILE|FOLDER...]"));

    CommandLine result;
    result.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("notiflow"))
        + QStringLiteral("\nSubcommands:\n  serve                   Run the HTTP API until interrupted (notiflow serve "
                         "--help).\n");
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.scenarioId = parser.value(scenario);
    result.scenarioFile = parser.value(scenarioFile);
    result.dataFolder = parser.value(data);
    result.changeId = parser.value(change);
    result.changeFile = parser.value(changeFile);
    for (const QString& argument : parser.positionalArguments()) { // after the options they may clash with
        if (result.error = readPositional(argument, result); !result.error.isEmpty())
            return result;
    }

    const ValueOption valueOptions[] = {
        { step, QStringLiteral("needs a whole number of at least 1"),
            [](const QString& v, CommandLine& r) {
                const auto n = wholeNumber(v, 1, INT_MAX);
                r.step = n.value_or(0) - 1;
                return n.has_value();
            } },
        { theme, QStringLiteral("must be light, dark, high-contrast or system"),
            [](const QString& v, CommandLine& r) {
                r.theme = ui::Theme::fromId(v);
                return r.theme.has_value();
            } },
        { scale, QStringLiteral("must be a whole number from 1 to %1").arg(Exporter::maximumScale),
            [](const QString& v, CommandLine& r) {
                const auto n = wholeNumber(v, 1, Exporter::maximumScale);
                r.scale = n.value_or(1);
                return n.has_value();
            } },
        { size, QStringLiteral("must be WxH from 640x360 to 7680x4320"),
            [](const QString& v, CommandLine& r) {
                const auto s = frameSize(v);
                r.size = s.value_or(r.size);
                return s.has_value();
            } },
    };
    for (const ValueOption& o : valueOptions) {
        const QString value = parser.value(o.option);
        if (parser.isSet(o.option) && !o.read(value, result)) {
            result.error
                = QStringLiteral("--%1 %2, not \"%3\"").arg(o.option.names().constLast(), o.requirement, value);
            return result;
        }
    }
    result.allSteps = parser.isSet(allSteps);
    result.withMetrics = parser.isSet(withMetrics);
    result.timelineTime = parser.isSet(timelineTime);
    result.summary = parser.isSet(summary);

    // The first of these that is set decides the mode; without any, the window opens.
    const std::pair<const QCommandLineOption&, CommandLine::Mode> modes[] = {
        { help, CommandLine::Mode::Help },
        { version, CommandLine::Mode::Version },
        { list, CommandLine::Mode::ListScenarios },
        { listChanges, CommandLine::Mode::ListChanges },
        { compare, CommandLine::Mode::Compare },
        { json, CommandLine::Mode::Json },
        { exportFile, CommandLine::Mode::Export },
        { exportAll, CommandLine::Mode::ExportAll },
    };
    const int exclusive = int(parser.isSet(list)) + int(parser.isSet(listChanges)) + int(parser.isSet(compare))
        + int(parser.isSet(json)) + int(parser.isSet(exportFile)) + int(parser.isSet(exportAll));
    if (exclusive > 1) {
        result.error = QStringLiteral(
            "choose one of --list-scenarios, --list-changes, --compare, --json, --export and --export-all");
        return result;
    }
    if (QString changeError = checkChangeOptions(parser, change, changeFile); !changeError.isEmpty()) {
        result.error = changeError;
        return result;
    }
    const bool exporting = parser.isSet(exportFile) || parser.isSet(exportAll);
    if (!exporting) {
        // Export options without an export would otherwise be silently ignored.
        for (const QCommandLineOption* o : { &allSteps, &scale, &size, &withMetrics, &timelineTime }) {
            if (parser.isSet(*o)) {
                result.error = QStringLiteral("--%1 goes with --export or --export-all").arg(o->names().constLast());
                return result;
            }
        }
    }
    if (result.summary && !parser.isSet(exportFile)) {
        result.error = QStringLiteral("--summary goes with --export");
        return result;
    }
    if (result.summary) {
        // The summary is one picture of the whole run: options that choose a step or add to a frame do not apply.
        for (const QCommandLineOption* o : { &step, &allSteps, &withMetrics, &timelineTime, &change, &changeFile }) {
            if (parser.isSet(*o)) {
                result.error
                    = QStringLiteral("--summary shows the whole run; it takes no --%1").arg(o->names().constLast());
                return result;
            }
        }
    }
    const std::pair<const QCommandLineOption*, QString> exportTargets[]
        = { { &exportFile, QStringLiteral("a file name") }, { &exportAll, QStringLiteral("a folder") } };
    for (const auto& [option, target] : exportTargets) {
        if (!parser.isSet(*option))
            continue;
        result.exportPath = parser.value(*option);
        if (result.exportPath.isEmpty()) {
            result.error = QStringLiteral("--%1 needs %2").arg(option->names().constLast(), target);
            return result;
        }
    }
    if (parser.isSet(exportFile)) {
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
        if (parser.isSet(step) || result.allSteps || !result.scenarioId.isEmpty() || !result.scenarioFile.isEmpty()) {
            result.error = QStringLiteral(
                "--export-all writes the last step of every built-in scenario; it takes no --step, --all-steps, "
                "--scenario or --scenario-file");
            return result;
        }
    }
    for (const auto& [option, mode] : modes) {
        if (parser.isSet(option)) {
            result.mode = mode;
            break;
        }
    }

    const bool runs = result.mode == CommandLine::Mode::Compare || result.mode == CommandLine::Mode::Json
        || result.mode == CommandLine::Mode::Export;
    if (runs && result.scenarioId.isEmpty() && result.scenarioFile.isEmpty())
        result.error = QStringLiteral("--compare, --json and --export need --scenario ID or --scenario-file FILE");
    return result;
}

// `notiflow serve [--host H] [--port P] [--data DIR] [--scenario-file FILE]... [--token T] [--rate-limit N]`
CommandLine parseServeCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs notiflow's HTTP API until interrupted (Ctrl+C or SIGTERM finish the requests in flight, then exit 0): "
        "the API-driven notification API (/notify, /notify/bulk, also under /api), demos of whole scenarios "
        "(/demo/event-sourced|api-driven|compare/SCENARIO), scenario documents (/scenarios/run), domain actions on "
        "live state shared by both architectures (/actions/ACTION, /reset), the data (/data/...), and interactive "
        "documentation at /docs (OpenAPI document at /openapi.json). It listens on loopback unless told otherwise; "
        "on any other address every request except /health, /docs and /openapi.json needs the token."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption host(QStringLiteral("host"),
        QStringLiteral("The address to listen on (default 127.0.0.1; ::1, 0.0.0.0, :: or an address of this "
                       "machine; localhost)."),
        QStringLiteral("HOST"));
    const QCommandLineOption port(
        QStringLiteral("port"), QStringLiteral("The port (default 8000; 0 picks a free one)."), QStringLiteral("PORT"));
    const QCommandLineOption data(
        QStringLiteral("data"), QStringLiteral("Use the data set in folder DIR."), QStringLiteral("DIR"));
    const QCommandLineOption scenarioFile(QStringLiteral("scenario-file"),
        QStringLiteral("Also serve the scenario in FILE (may be given more than once)."), QStringLiteral("FILE"));
    const QCommandLineOption token(QStringLiteral("token"),
        QStringLiteral("Require Authorization: Bearer SECRET. Without it, a token is generated and printed when "
                       "HOST is not loopback."),
        QStringLiteral("SECRET"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
        QStringLiteral("Requests a second allowed per client address, with bursts of twice that (default 20; 0 "
                       "turns the limit off); beyond it the answer is 429."),
        QStringLiteral("N"));
    parser.addOptions({ help, host, port, data, scenarioFile, token, rateLimit });

    CommandLine result;
    result.mode = CommandLine::Mode::Serve;
    result.helpText = parser.helpText().replace(
        QStringLiteral("<executable_name> [options]"), QStringLiteral("notiflow serve [options]"));
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.mode = CommandLine::Mode::Help;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.dataFolder = parser.value(data);
    result.scenarioFiles = parser.values(scenarioFile);
    if (parser.isSet(host)) {
        result.host = parser.value(host).trimmed();
        if (result.host.isEmpty()) {
            result.error = QStringLiteral("--host needs an address");
            return result;
        }
    }
    if (parser.isSet(port)) {
        const auto n = wholeNumber(parser.value(port), 0, 65535);
        if (!n) {
            result.error
                = QStringLiteral("--port must be a whole number from 0 to 65535, not \"%1\"").arg(parser.value(port));
            return result;
        }
        result.port = *n;
    }
    if (parser.isSet(token)) {
        result.token = parser.value(token);
        static const QRegularExpression printable(QStringLiteral("^[\\x21-\\x7e]{8,256}$"));
        if (!printable.match(result.token).hasMatch()) {
            result.error = QStringLiteral(
                "--token must be 8 to 256 printable characters without spaces (it travels in an HTTP header)");
            return result;
        }
    }
    if (parser.isSet(rateLimit)) {
        bool ok = false;
        result.rateLimit = parser.value(rateLimit).toDouble(&ok);
        if (!ok || !(result.rateLimit >= 0) || result.rateLimit > 1e6) {
            result.error = QStringLiteral("--rate-limit must be a number from 0 to 1000000, not \"%1\"")
                               .arg(parser.value(rateLimit));
            return result;
        }
    }
    return result;
}
} // namespace

CommandLine parseCommandLine(const QStringList& arguments)
{
    // A subcommand (`notiflow serve …`) is told by its first argument and parsed by a function of its own, with its
    // own options and mode; everything else is the default command.
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("serve")) {
        QStringList rest = arguments;
        rest.removeAt(1);
        return parseServeCommand(rest);
    }
    return parseDefaultCommand(arguments);
}

} // namespace notiflow::app
