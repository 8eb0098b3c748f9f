#include "app/headlessmode.h"

#include "app/changemode.h"
#include "app/startup.h"
#include "io/loaderror.h"
#include "io/runjsonwriter.h"
#include "io/scenarioloader.h"
#include "io/textreport.h"
#include "notiflow/version.h"
#include "painting/export/exporter.h"
#include "painting/session/changecatalog.h"
#include "painting/session/workspace.h"
#include "servemode.h"

#include <QDir>
#include <QFileInfo>
#include <iostream>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <vector>

namespace notiflow::app {

namespace {
using ui::ComparisonFrame;
using ui::Exporter;
using ui::Workspace;

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

// The scenario the command line asked for; throws LoadError naming the known ones when there is none by that id.
const Scenario& chosenScenario(const Workspace& workspace, const QString& id)
{
    if (const Scenario* s = workspace.scenario(id))
        return *s;
    std::string known;
    for (const auto& s : workspace.scenarios())
        known += (known.empty() ? "" : ", ") + s.id;
    throw LoadError({}, "unknown scenario \"" + id.toStdString() + "\" (known: " + known + ")");
}

Exporter::Options exportOptions(const CommandLine& commandLine)
{
    Exporter::Options options;
    options.frame.size = commandLine.size;
    options.frame.theme = commandLine.theme.value_or(ui::ThemeChoice::Light);
    options.frame.withMetrics = commandLine.withMetrics;
    options.frame.timelineTime = commandLine.timelineTime;
    options.summary = commandLine.summary;
    options.scale = commandLine.scale;
    options.allSteps = commandLine.allSteps;
    if (commandLine.step >= 0)
        options.playhead = ComparisonFrame::playheadOfStep(commandLine.step + 1);
    return options;
}

int exitCodeOf(const Exporter::Result& result)
{
    if (result.ok())
        return 0;
    return fail(result.error, result.status == Exporter::Result::Status::Failed ? 1 : exitBadInput);
}

void printWritten(const QStringList& files)
{
    for (const QString& file : files)
        std::cout << QDir::toNativeSeparators(file).toStdString() << "\n";
}

int exportOne(const Workspace& workspace, const Scenario& scenario, const CommandLine& commandLine,
    const RequirementChange* change)
{
    const auto comparison = workspace.compare(scenario);
    Exporter::Options options = exportOptions(commandLine);
    if (change)
        options.frame.change = std::make_shared<const RequirementChange>(*change);
    const Exporter exporter(comparison, options);
    if (commandLine.step >= 0 && commandLine.step + 1 > exporter.frame().stepCount()) {
        return fail(QStringLiteral("--step %1 is past the last step of %2 (%3)")
                        .arg(commandLine.step + 1)
                        .arg(QString::fromStdString(scenario.id))
                        .arg(exporter.frame().stepCount()),
            exitBadInput);
    }
    const auto result = exporter.write(commandLine.exportPath);
    if (result.ok())
        printWritten(result.files);
    return exitCodeOf(result);
}

// The final step of every built-in scenario as DIR/ID.png. A folder it had to create is removed again if a
// picture fails, and pictures already written are removed, so a failed run leaves nothing behind.
int exportAll(const Workspace& workspace, const CommandLine& commandLine)
{
    const QString folder = commandLine.exportPath;
    const bool created = !QFileInfo(folder).exists();
    if (created && !QDir().mkdir(folder))
        return fail(QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)), exitBadInput);
    if (!QFileInfo(folder).isDir())
        return fail(QStringLiteral("%1 is not a folder").arg(QDir::toNativeSeparators(folder)), exitBadInput);
    Exporter::Options options = exportOptions(commandLine);
    options.allSteps = false;
    options.playhead = -1;
    QStringList written;
    const auto undo = [&] {
        for (const QString& file : written)
            QFile::remove(file);
        if (created)
            QDir().rmdir(folder);
    };
    for (const Scenario& scenario : workspace.scenarios()) {
        Exporter::Result result;
        try {
            const Exporter exporter(workspace.compare(scenario), options);
            result
                = exporter.write(QDir(folder).filePath(QString::fromStdString(scenario.id) + QStringLiteral(".png")));
        } catch (const std::exception& e) {
            undo();
            return fail(QStringLiteral("%1: %2").arg(QString::fromStdString(scenario.id), e.what()), exitBadInput);
        }
        if (!result.ok()) {
            undo();
            return exitCodeOf(result);
        }
        written << result.files;
        printWritten(result.files);
    }
    return 0;
}
int serve(const Workspace& workspace, const CommandLine& commandLine)
{
    auto context = std::make_shared<server::ApiContext>();
    context->data = workspace.sharedDataSet();
    context->scenarios = workspace.scenarios();
    context->withLiveSession();
    server::ServeSettings settings;
    settings.host = commandLine.host;
    settings.port = static_cast<quint16>(commandLine.port);
    settings.token = commandLine.token;
    settings.ratePerSecond = commandLine.rateLimit;
    QTextStream out(stdout);
    QTextStream err(stderr);
    return server::ServeMode(context, settings).exec(out, err);
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

    // A server runs for a long time: memory it frees should go back to the system, as usual.
    if (commandLine.mode != CommandLine::Mode::Serve)
        keepFreedMemory();
    Workspace workspace;
    const Startup startup = Startup::load(workspace, commandLine);
    if (!startup.ok())
        return fail(startup.error, startup.exitCode);
    for (const auto& warning : workspace.dataSet().warnings) {
        std::cerr << "notiflow: warning: " << warning.file << " record " << warning.recordIndex << ": "
                  << warning.message << "\n";
    }

    if (commandLine.mode == CommandLine::Mode::ListScenarios) {
        for (const auto& s : workspace.scenarios())
            std::cout << s.id << "\t" << s.title << "\t" << s.description << "\n";
        return 0;
    }

    if (commandLine.mode == CommandLine::Mode::ExportAll)
        return exportAll(workspace, commandLine);

    if (commandLine.mode == CommandLine::Mode::Serve)
        return serve(workspace, commandLine);

    // The change is read before anything runs: a bad change file stops here.
    ui::ChangeCatalog changes;
    const RequirementChange* change = nullptr;
    if (QString error; !ChangeMode::load(changes, commandLine, &change, &error))
        return fail(error, exitBadInput);

    try {
        if (commandLine.mode == CommandLine::Mode::ListChanges && startup.scenarioId.isEmpty()) {
            ChangeMode::list(std::cout, changes, nullptr);
            return 0;
        }
        const Scenario& scenario = chosenScenario(workspace, startup.scenarioId);
        validateScenario(scenario, workspace.dataSet());
        if (commandLine.mode == CommandLine::Mode::ListChanges) {
            ChangeMode::list(std::cout, changes, workspace.compare(scenario).get());
            return 0;
        }
        if (change && commandLine.mode == CommandLine::Mode::Json)
            ChangeMode::writeJson(std::cout, *workspace.compare(scenario), *change);
        else if (change && commandLine.mode == CommandLine::Mode::Compare)
            ChangeMode::writeText(std::cout, *workspace.compare(scenario), *change);
        else if (commandLine.mode == CommandLine::Mode::Export)
            return exportOne(workspace, scenario, commandLine, change);
        else if (commandLine.mode == CommandLine::Mode::Json) {
            std::ios::sync_with_stdio(false);
            // Static: std::cout keeps pointing at this buffer until the program ends.
            static std::vector<char> buffer(1 << 20);
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

} // namespace notiflow::app
