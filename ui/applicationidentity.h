// notiflow as the desktop sees it: the application id, the names Qt derives the settings file and the X11 window
// class from, and the window icon. The id, and why it reads as it does, is in README.md ("Application id").
#pragma once

#include <QIcon>
#include <QString>

namespace notiflow::ui {

class ApplicationIdentity {
public:
    // io.github.notiflow.notiflow: the desktop entry's and the metainfo's file name, the icon's name.
    static QString id();
    // The id split at its last dot, so the settings file is ~/.config/io.github.notiflow/notiflow.conf and the
    // window class stays "notiflow" (the desktop entry's StartupWMClass).
    static QString organizationName();
    static QString applicationName();

    // Sets the names above, the version, the desktop file name (Wayland shells match the window to its desktop
    // entry and icon by it) and the window icon. Call once the QGuiApplication exists, before any QSettings.
    static void apply();

    // The icon drawn from the embedded SVGs: notiflow-16.svg at 16 px, where the full drawing would blur.
    static QIcon icon();
};

} // namespace notiflow::ui
