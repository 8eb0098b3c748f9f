// Carries the settings of notiflow 0.1.0, kept under the organisation and application "notiflow", over to the
// settings file named after the application id, once, so nobody loses their window layout or choices.
#pragma once

#include <QString>

namespace notiflow::ui {

class SettingsMigration {
public:
    enum class Outcome {
        NothingToMigrate, // no old file: a first start, or the old file was removed by hand
        AlreadyMigrated, // the new file exists: it wins, the old one is not read again
        Migrated,
        OldUnreadable, // damaged or not accessible: the defaults apply, the old file stays for the user to inspect
        NewUnwritable,
    };
    struct Result {
        Outcome outcome = Outcome::NothingToMigrate;
        QString message; // for the user when something went wrong; empty otherwise
    };

    // Copies every key of the settings file `from` into `to`, when `from` exists and `to` does not yet.
    // `from` is left as it was, so an older notiflow still finds its settings.
    static Result run(const QString& from, const QString& to);

    // The settings file notiflow 0.1.0 used: organisation and application name "notiflow".
    static QString legacyFile();
};

} // namespace notiflow::ui
