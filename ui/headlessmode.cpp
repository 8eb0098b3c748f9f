#include "headlessmode.h"

#include "loaderror.h"
#include "runjsonwriter.h"
#include "scenarioloader.h"
#include "textreport.h"
#include "workspace.h"

#include <iostream>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <vector>

namespace notiflow::ui {

namespace {
constexpr int exitBadInput = 2;

// A headless run is short-lived and allocates and frees hundreds of thousands of strings a second. Left to its
// defaults, glibc keeps handing freed memory back to the kernel and faulting it in again; keep it instead, the
// process ends soon anyway.
void keepFreedMemory()
{
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_TOP_PAD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

int fail(const QString& message, int code)
{
    std::cerr << "notiflow: " << message.toStdString() << "\n";
    return code;
}

// The scenario named on the command line, from --scenario-file or by id.
const Scenario& chosenScenario(const Workspace& workspace, const CommandLine& commandLine, Scenario& fromFile)
{
    if (!commandLine.scenarioFile.isEmpty()) {
        fromFile = loadScenarioFile(commandLine.scenarioFile.toStdString());
        return fromFile;
    }
    if (const Scenario* s = workspace.scenario(commandLine.scenarioId))
        return *s;
    std::string known;
    for (const auto& s : workspace.scenarios())
        known += (known.empty() ? "" : ", ") + s.id;
    throw LoadError({}, "unknown scenario \"" + commandLine.scenarioId.toStdString() + "\" (known: " + known + ")");
}
} // namespace

int runHeadless(const CommandLine& commandLine)
{
    if (!commandLine.error.isEmpty())
        return fail(commandLine.error + QStringLiteral(" (see --help)"), exitBadInput);
    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
        std::cout << commandLine.helpText.toStdString();
        return 0;
    case CommandLine::Mode::Version:
        std::cout << "notiflow " << NOTIFLOW_VERSION << "\n";
        return 0;
    default:
        break;
    }

    keepFreedMemory();
    Workspace workspace;
    try {
        workspace.loadBuiltin();
    } catch (const std::exception& e) {
        return fail(QStringLiteral("the built-in data is broken: %1").arg(QString::fromStdString(e.what())), 1);
    }
    QString error;
    if (!commandLine.dataFolder.isEmpty() && !workspace.openDataFolder(commandLine.dataFolder, &error))
        return fail(error, exitBadInput);
    for (const auto& warning : workspace.dataSet().warnings) {
        std::cerr << "notiflow: warning: " << warning.file << " record " << warning.recordIndex << ": "
                  << warning.message << "\n";
    }

    if (commandLine.mode == CommandLine::Mode::ListScenarios) {
        for (const auto& s : workspace.scenarios())
            std::cout << s.id << "\t" << s.title << "\t" << s.description << "\n";
        return 0;
    }

    try {
        Scenario fromFile;
        const Scenario& scenario = chosenScenario(workspace, commandLine, fromFile);
        validateScenario(scenario, workspace.dataSet());
        std::ios::sync_with_stdio(false);
        if (commandLine.mode == CommandLine::Mode::Json) {
            std::vector<char> buffer(1 << 20);
            std::cout.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            RunJsonWriter::runAndWrite(std::cout, workspace.dataSet(), scenario);
            std::cout.flush();
        } else {
            TextReport::write(std::cout, compareArchitectures(workspace.dataSet(), scenario));
        }
    } catch (const LoadError& e) {
        return fail(QString::fromStdString(e.what()), exitBadInput);
    } catch (const std::exception& e) {
        return fail(QString::fromStdString(e.what()), 1);
    }
    return std::cout.good() ? 0 : fail(QStringLiteral("could not write the output"), 1);
}

} // namespace notiflow::ui
