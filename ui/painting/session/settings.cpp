#include "painting/session/settings.h"

#include "painting/session/replaysession.h"
#include "painting/session/settingsmigration.h"
#include "painting/style/zoomlevel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSettings>
#include <QStandardPaths>
#include <cmath>

namespace notiflow::ui {

namespace {
// The keys, as stored in existing settings files: renaming one forgets what users chose.
const QString geometryKey = QStringLiteral("geometry");
const QString windowStateKey = QStringLiteral("windowState");
const QString scenarioKey = QStringLiteral("scenario");
const QString speedKey = QStringLiteral("speed");
const QString viewModeKey = QStringLiteral("viewMode");
const QString titleSlideKey = QStringLiteral("titleSlide");
const QString timelineTimeKey = QStringLiteral("timelineTime");
const QString themeKeyName = QStringLiteral("theme");
const QString windowZoomKey = QStringLiteral("zoom/window");
const QString presentationZoomKey = QStringLiteral("zoom/presentation");
const QString exportFolderKey = QStringLiteral("export/folder");
const QString exportFormatKey = QStringLiteral("export/format");
const QString exportThemeKey = QStringLiteral("export/theme");
const QString exportWithMetricsKey = QStringLiteral("export/withMetrics");
const QString exportTimelineTimeKey = QStringLiteral("export/timelineTime");

// Qt reports a damaged settings file only to the first QSettings that reads it in a process: remember the verdict
// per file, so every later reader also falls back to the defaults.
bool readableOnFirstRead(const QSettings& store)
{
    static QHash<QString, bool> verdicts;
    const auto known = verdicts.constFind(store.fileName());
    if (known != verdicts.constEnd())
        return *known;
    const bool readable = store.status() == QSettings::NoError;
    if (!readable) {
        qWarning("notiflow: cannot read the settings in %s (%s); using the defaults", qPrintable(store.fileName()),
            store.status() == QSettings::AccessError ? "not accessible" : "not in the expected format");
    }
    verdicts.insert(store.fileName(), readable);
    return readable;
}
} // namespace

Settings::Settings()
    : m_store(std::make_unique<QSettings>())
    , m_readable(readableOnFirstRead(*m_store))
{
}

Settings::~Settings() = default;

void Settings::useApplicationId(const QString& id)
{
    QCoreApplication::setOrganizationName(id.section(QLatin1Char('.'), 0, -2));
    QCoreApplication::setApplicationName(id.section(QLatin1Char('.'), -1));
    const auto migration = SettingsMigration::run(SettingsMigration::legacyFile(), QSettings().fileName());
    if (!migration.message.isEmpty())
        qWarning("notiflow: %s", qPrintable(migration.message));
}

QString Settings::themeKey()
{
    return themeKeyName;
}

QVariant Settings::stored(const QString& key) const
{
    return m_readable ? m_store->value(key) : QVariant();
}

void Settings::reject(const QString& key) const
{
    qWarning("notiflow: ignoring the setting %s = \"%s\" in %s; using the default", qPrintable(key),
        qPrintable(stored(key).toString().left(40)), qPrintable(m_store->fileName()));
}

std::optional<double> Settings::storedNumber(const QString& key, double lowest, double highest) const
{
    const QVariant value = stored(key);
    if (!value.isValid())
        return std::nullopt;
    bool ok = false;
    const double n = value.toDouble(&ok);
    if (!ok || !(n >= lowest && n <= highest)) { // also refuses not-a-number
        reject(key);
        return std::nullopt;
    }
    return n;
}

std::optional<int> Settings::storedIndex(const QString& key, int count) const
{
    const auto n = storedNumber(key, 0, count - 1);
    if (n && *n != std::floor(*n)) {
        reject(key);
        return std::nullopt;
    }
    return n ? std::optional(static_cast<int>(*n)) : std::nullopt;
}

std::optional<QByteArray> Settings::storedBytes(const QString& key) const
{
    const QVariant value = stored(key);
    return value.isValid() ? std::optional(value.toByteArray()) : std::nullopt;
}

std::optional<QByteArray> Settings::windowGeometry() const
{
    return storedBytes(geometryKey);
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_store->setValue(geometryKey, geometry);
}

void Settings::rejectWindowGeometry() const
{
    reject(geometryKey);
}

std::optional<QByteArray> Settings::windowState() const
{
    return storedBytes(windowStateKey);
}

void Settings::setWindowState(const QByteArray& state)
{
    m_store->setValue(windowStateKey, state);
}

void Settings::rejectWindowState() const
{
    reject(windowStateKey);
}

QString Settings::scenarioId() const
{
    return stored(scenarioKey).toString();
}

void Settings::setScenarioId(const QString& id)
{
    m_store->setValue(scenarioKey, id);
}

double Settings::speed() const
{
    return storedNumber(speedKey, ReplaySession::speedSteps.front(), ReplaySession::speedSteps.back()).value_or(1.0);
}

void Settings::setSpeed(double speed)
{
    m_store->setValue(speedKey, speed);
}

int Settings::viewMode(int modeCount) const
{
    return storedIndex(viewModeKey, modeCount).value_or(0);
}

void Settings::setViewMode(int mode)
{
    m_store->setValue(viewModeKey, mode);
}

bool Settings::titleSlide() const
{
    return stored(titleSlideKey).toBool();
}

void Settings::setTitleSlide(bool on)
{
    m_store->setValue(titleSlideKey, on);
}

bool Settings::timelineTime() const
{
    return stored(timelineTimeKey).toBool();
}

void Settings::setTimelineTime(bool on)
{
    m_store->setValue(timelineTimeKey, on);
}

ThemeChoice Settings::theme() const
{
    const QVariant value = stored(themeKeyName);
    if (!value.isValid())
        return ThemeChoice::System;
    const auto choice = Theme::fromId(value.toString());
    if (!choice)
        reject(themeKeyName);
    return choice.value_or(ThemeChoice::System);
}

void Settings::setTheme(ThemeChoice choice)
{
    m_store->setValue(themeKeyName, Theme::id(choice));
}

qreal Settings::windowZoom() const
{
    return ZoomLevel::clamp(storedNumber(windowZoomKey).value_or(1.0));
}

void Settings::setWindowZoom(qreal zoom)
{
    m_store->setValue(windowZoomKey, zoom);
}

qreal Settings::presentationZoom() const
{
    return ZoomLevel::clamp(storedNumber(presentationZoomKey).value_or(defaultPresentationZoom));
}

void Settings::setPresentationZoom(qreal zoom)
{
    m_store->setValue(presentationZoomKey, zoom);
}

Settings::ExportChoices Settings::exportChoices() const
{
    ExportChoices choices;
    const QVariant folder = stored(exportFolderKey);
    choices.folder
        = folder.isValid() ? folder.toString() : QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (const auto format = storedIndex(exportFormatKey, static_cast<int>(Exporter::Format::PngSequence) + 1))
        choices.format = static_cast<Exporter::Format>(*format);
    // Stored as the ThemeChoice's number, as earlier versions did.
    if (const auto theme = storedIndex(exportThemeKey, static_cast<int>(Theme::all.size())))
        choices.theme = static_cast<ThemeChoice>(*theme);
    choices.withMetrics = stored(exportWithMetricsKey).toBool();
    choices.timelineTime = stored(exportTimelineTimeKey).toBool();
    return choices;
}

void Settings::setExportChoices(const ExportChoices& choices)
{
    m_store->setValue(exportFolderKey, choices.folder);
    m_store->setValue(exportFormatKey, static_cast<int>(choices.format));
    m_store->setValue(exportThemeKey, static_cast<int>(choices.theme));
    m_store->setValue(exportWithMetricsKey, choices.withMetrics);
    m_store->setValue(exportTimelineTimeKey, choices.timelineTime);
}

} // namespace notiflow::ui
