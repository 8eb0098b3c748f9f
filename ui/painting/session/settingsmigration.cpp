#include "painting/session/settingsmigration.h"

#include <QFileInfo>
#include <QSettings>

namespace notiflow::ui {

SettingsMigration::Result SettingsMigration::run(const QString& from, const QString& to)
{
    if (QFileInfo::exists(to))
        return { Outcome::AlreadyMigrated, {} };
    if (!QFileInfo::exists(from))
        return { Outcome::NothingToMigrate, {} };

    const QSettings old(from, QSettings::IniFormat);
    if (old.status() != QSettings::NoError) {
        return { Outcome::OldUnreadable,
            QStringLiteral("cannot read the settings of the previous version in %1 (%2); using the defaults")
                .arg(from,
                    old.status() == QSettings::AccessError ? QStringLiteral("not accessible")
                                                           : QStringLiteral("not in the expected format")) };
    }
    QSettings current(to, QSettings::IniFormat);
    for (const QString& key : old.allKeys())
        current.setValue(key, old.value(key));
    current.sync(); // written whole or not at all, so a failure leaves no half file and the next start tries again
    if (current.status() != QSettings::NoError) {
        return { Outcome::NewUnwritable,
            QStringLiteral("cannot write the settings file %1; the settings in %2 stay there, and the defaults apply")
                .arg(to, from) };
    }
    return { Outcome::Migrated, {} };
}

QString SettingsMigration::legacyFile()
{
    // The native format, as 0.1.0's QSettings() had: on Linux that is ~/.config/notiflow/notiflow.conf (IniFormat
    // would look for notiflow.ini).
    return QSettings(QStringLiteral("notiflow"), QStringLiteral("notiflow")).fileName();
}

} // namespace notiflow::ui
