// Every choice notiflow remembers between runs: each QSettings key, its default and the values it accepts, in one
// place. A settings file that cannot be read gives the defaults; a stored value that is refused gives its default;
// either way with one warning naming the file or the setting, so a damaged file never stops the app.
#pragma once

#include "painting/export/exporter.h"
#include "painting/style/theme.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <limits>
#include <memory>
#include <optional>

class QSettings;

namespace notiflow::ui {

class Settings final {
public:
    Settings();
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    // The window's geometry and dock layout as Qt saved them; nullopt when none is stored. Only the window can tell
    // whether Qt accepts them: it calls reject…() when not.
    std::optional<QByteArray> windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    void rejectWindowGeometry() const;
    std::optional<QByteArray> windowState() const;
    void setWindowState(const QByteArray& state);
    void rejectWindowState() const;

    QString scenarioId() const; // the scenario shown last; empty when none
    void setScenarioId(const QString& id);
    double speed() const; // within ReplaySession's speeds; 1 by default
    void setSpeed(double speed);
    int viewMode(int modeCount) const; // 0 to modeCount - 1; 0 by default
    void setViewMode(int mode);
    bool titleSlide() const;
    void setTitleSlide(bool on);
    bool timelineTime() const; // the timelines in simulated time rather than step order; false by default
    void setTimelineTime(bool on);
    ThemeChoice theme() const; // System by default
    void setTheme(ThemeChoice choice);
    // Zoom of the window and of presentation mode; a number outside the zoom steps is clamped to them.
    qreal windowZoom() const;
    void setWindowZoom(qreal zoom);
    qreal presentationZoom() const;
    void setPresentationZoom(qreal zoom);
    static constexpr qreal defaultPresentationZoom = 1.5;

    // What the export dialog offers next time.
    struct ExportChoices {
        QString folder; // the Pictures folder by default
        Exporter::Format format = Exporter::Format::Png;
        ThemeChoice theme = ThemeChoice::Light;
        bool withMetrics = false;
        bool timelineTime = false; // the timelines in simulated time
    };
    ExportChoices exportChoices() const;
    void setExportChoices(const ExportChoices& choices);

    static QString themeKey(); // for tests that store a value by hand

    // Files the settings under the application id, split at its last dot: organisation io.github.notiflow,
    // application notiflow, so ~/.config/io.github.notiflow/notiflow.conf (and the X11 window class stays
    // "notiflow"). The settings notiflow 0.1.0 kept under "notiflow" are copied there once (SettingsMigration), with a
    // warning if that fails. Call once, before the first Settings.
    static void useApplicationId(const QString& id);

private:
    QVariant stored(const QString& key) const; // invalid when nothing is stored or the file is unreadable
    void reject(const QString& key) const; // warns that the stored value is ignored
    // The number stored at `key` if it is one in [lowest, highest]; nullopt when there is none, or (with a warning)
    // when it is refused.
    std::optional<double> storedNumber(const QString& key, double lowest = -std::numeric_limits<double>::max(),
        double highest = std::numeric_limits<double>::max()) const;
    std::optional<int> storedIndex(const QString& key, int count) const; // a whole number in [0, count)
    std::optional<QByteArray> storedBytes(const QString& key) const; // nullopt when nothing is stored

    std::unique_ptr<QSettings> m_store;
    bool m_readable = true;
};

} // namespace notiflow::ui
