// notiflow: parse the command line, then run a headless mode or open the window.
#include "app/commandline.h"
#include "app/headlessmode.h"
#include "app/windowmode.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto commandLine = notiflow::app::parseCommandLine(arguments);
    if (commandLine.paints()) {
        // Exports draw, so they need a QGuiApplication; without a display it runs on the offscreen platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return notiflow::app::runHeadless(commandLine);
    }
    if (!commandLine.needsDisplay()) {
        QCoreApplication app(argc, argv);
        return notiflow::app::runHeadless(commandLine);
    }
    QApplication app(argc, argv);
    return notiflow::app::runWindow(commandLine);
}
