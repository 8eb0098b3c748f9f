#include "app/windowmode.h"

#include "app/applicationidentity.h"
#include "app/firstpaintprobe.h"
#include "app/startup.h"
#include "painting/session/workspace.h"
#include "widgets/window/changecontroller.h"
#include "widgets/window/mainwindow.h"
#include "widgets/window/themecontroller.h"

#include <QApplication>
#include <QMessageBox>
#include <malloc.h>
#include <memory>

namespace notiflow::app {

int runWindow(const CommandLine& commandLine)
{
    ApplicationIdentity::apply();
    const auto probe = FirstPaintProbe::requested() ? std::make_unique<FirstPaintProbe>() : nullptr;

    ui::Workspace workspace;
    const Startup startup = Startup::load(workspace, commandLine);
    if (probe)
        probe->loaded();
    // Loading read the data set's files on threads of its own and has freed their buffers; glibc keeps such memory
    // in those threads' arenas, where the runs cannot reuse it. Handing it back keeps it out of the window's peak.
    malloc_trim(0);
    if (!startup.ok()) {
        QString message = startup.error;
        message[0] = message[0].toUpper();
        QMessageBox::critical(nullptr, QStringLiteral("notiflow"), message);
        return startup.exitCode;
    }
    ui::StartOptions options;
    options.scenarioId = startup.scenarioId;
    // --step N is the scrubber's number N, which is also the playhead's value at that step's final frame.
    options.step = commandLine.step >= 0 ? commandLine.step + 1 : -1;
    ui::MainWindow window(&workspace, options);
    if (probe)
        probe->built();
    if (commandLine.theme)
        window.theme()->setChoice(*commandLine.theme); // as if picked in View → Theme: applied and remembered
    // A change the scenario does not exercise, or a bad change file, is reported and the window opens without it.
    if (!commandLine.changeFile.isEmpty())
        window.changes()->openChangeFile(commandLine.changeFile);
    else if (!commandLine.changeId.isEmpty() && !window.changes()->showChange(commandLine.changeId))
        QMessageBox::warning(&window, QStringLiteral("notiflow"),
            QObject::tr("The requirement change \"%1\" is unknown or not exercised by this scenario.")
                .arg(commandLine.changeId));
    if (probe)
        probe->watch(&window);
    window.show();
    return QApplication::exec();
}

} // namespace notiflow::app
