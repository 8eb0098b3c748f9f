#include "app/windowmode.h"

#include "app/applicationidentity.h"
#include "app/startup.h"
#include "painting/session/workspace.h"
#include "widgets/window/changecontroller.h"
#include "widgets/window/mainwindow.h"
#include "widgets/window/themecontroller.h"

#include <QApplication>
#include <QMessageBox>

namespace notiflow::app {

int runWindow(const CommandLine& commandLine)
{
    ApplicationIdentity::apply();

    ui::Workspace workspace;
    const Startup startup = Startup::load(workspace, commandLine);
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
    if (commandLine.theme)
        window.theme()->setChoice(*commandLine.theme); // as if picked in View → Theme: applied and remembered
    // A change the scenario does not exercise, or a bad change file, is reported and the window opens without it.
    if (!commandLine.changeFile.isEmpty())
        window.changes()->openChangeFile(commandLine.changeFile);
    else if (!commandLine.changeId.isEmpty() && !window.changes()->showChange(commandLine.changeId))
        QMessageBox::warning(&window, QStringLiteral("notiflow"),
            QObject::tr("The requirement change \"%1\" is unknown or not exercised by this scenario.")
                .arg(commandLine.changeId));
    window.show();
    return QApplication::exec();
}

} // namespace notiflow::app
