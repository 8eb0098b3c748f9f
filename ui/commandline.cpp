#include "commandline.h"

#include <QCommandLineParser>

namespace notiflow::ui {

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
    const QCommandLineOption step(
        QStringLiteral("step"), QStringLiteral("Open the window on step N (1-based)."), QStringLiteral("N"));
    parser.addOptions({ help, version, list, scenario, compare, json, data, scenarioFile, step });

    CommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first());
        return result;
    }
    result.scenarioId = parser.value(scenario);
    result.scenarioFile = parser.value(scenarioFile);
    result.dataFolder = parser.value(data);
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

    const int modes = int(parser.isSet(list)) + int(parser.isSet(compare)) + int(parser.isSet(json));
    if (modes > 1) {
        result.error = QStringLiteral("choose one of --list-scenarios, --compare and --json");
        return result;
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

    const bool runs = result.mode == CommandLine::Mode::Compare || result.mode == CommandLine::Mode::Json;
    if (runs && result.scenarioId.isEmpty() && result.scenarioFile.isEmpty())
        result.error = QStringLiteral("--compare and --json need --scenario ID or --scenario-file FILE");
    return result;
}

} // namespace notiflow::ui
