// notiflow: parse the command line, then run a headless mode or open the window.
#include "applicationidentity.h"
#include "commandline.h"
#include "headlessmode.h"
#include "mainwindow.h"
#include "settingsmigration.h"
#include "themecontroller.h"
#include "workspace.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto commandLine = notiflow::ui::parseCommandLine(arguments);
    if (commandLine.paints()) {
        // Exports draw, so they need a QGuiApplication; without a display it runs on the offscreen platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return notiflow::ui::runHeadless(commandLine);
    }
    if (!commandLine.needsDisplay()) {
        QCoreApplication app(argc, argv);
        return notiflow::ui::runHeadless(commandLine);
    }

    QApplication app(argc, argv);
    notiflow::ui::ApplicationIdentity::apply();
    // 0.1.0 kept its settings under the organisation "notiflow"; they move to the application id's name once.
    const auto migration
        = notiflow::ui::SettingsMigration::run(notiflow::ui::SettingsMigration::legacyFile(), QSettings().fileName());
    if (!migration.message.isEmpty())
        qWarning("notiflow: %s", qPrintable(migration.message));

    notiflow::ui::Workspace workspace;
    try {
        workspace.loadBuiltin();
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, QStringLiteral("notiflow"),
            QStringLiteral("The built-in data is broken: %1").arg(QString::fromStdString(e.what())));
        return 1;
    }
    QString error;
    if (!commandLine.dataFolder.isEmpty() && !workspace.openDataFolder(commandLine.dataFolder, &error)) {
        QMessageBox::critical(nullptr, QStringLiteral("notiflow"), error);
        return 2;
    }
    if (!commandLine.scenarioFile.isEmpty() && !workspace.openScenarioFile(commandLine.scenarioFile, &error)) {
        QMessageBox::critical(nullptr, QStringLiteral("notiflow"), error);
        return 2;
    }
    notiflow::ui::StartOptions options;
    // A scenario file given on its own (notiflow FILE, from a file manager) is what the window opens on.
    options.scenarioId = commandLine.scenarioId.isEmpty() ? workspace.scenarioIdFrom(commandLine.scenarioFile)
                                                          : commandLine.scenarioId;
    // --step N is the scrubber's number N, which is also the playhead's value at that step's final frame.
    options.step = commandLine.step >= 0 ? commandLine.step + 1 : -1;
    notiflow::ui::MainWindow window(&workspace, options);
    if (commandLine.theme)
        window.theme()->setChoice(*commandLine.theme); // as if picked in View → Theme: applied and remembered
    window.show();
    return app.exec();
}
