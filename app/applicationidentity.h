// notiflow as the desktop sees it: the application id, used for the desktop file name, the settings' names (through
// Settings) and the window icon. The id, and why it reads as it does, is in README.md ("Application id").
#pragma once

#include <QIcon>
#include <QString>

namespace notiflow::app {

class ApplicationIdentity {
public:
    // io.github.notiflow.notiflow: the desktop entry's and the metainfo's file name, the icon's name.
    static QString id();
    // Files the settings under the id (Settings::useApplicationId, which moves 0.1.0's settings over once), sets the
    // version, the desktop file name (Wayland shells match the window to its desktop entry and icon by it) and the
    // window icon. Call once the QGuiApplication exists, before any Settings.
    static void apply();

    // The icon drawn from the embedded SVGs: notiflow-16.svg at 16 px, where the full drawing would blur.
    static QIcon icon();
};

} // namespace notiflow::app
