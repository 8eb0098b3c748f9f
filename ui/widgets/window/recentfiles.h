// File → Open Recent (the data set folders and scenario files opened last, remembered in the settings) and
// File → Close Scenario File, which takes a scenario opened from a file out of the picker again.
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;

namespace notiflow::ui {

class RecentFiles final : public QObject {
    Q_OBJECT
public:
    enum class Kind { DataFolder, ScenarioFile };
    Q_ENUM(Kind)
    static constexpr int maximum = 8; // of each kind

    explicit RecentFiles(QObject* parent = nullptr);

    // Adds "Open Recent" and "Close Scenario File" to `file`, before `before`.
    void insertInto(QMenu* file, QAction* before);
    QMenu* menu() const { return m_menu; }
    QAction* closeScenarioFile() const { return m_close; }

    void add(Kind kind, const QString& path); // most recent first, once
    void remove(Kind kind, const QString& path);
    QStringList paths(Kind kind) const;

Q_SIGNALS:
    void openRequested(notiflow::ui::RecentFiles::Kind kind, const QString& path);
    void closeScenarioFileRequested();

private:
    void fillMenu();

    QMenu* m_menu = nullptr;
    QAction* m_close;
};

} // namespace notiflow::ui
