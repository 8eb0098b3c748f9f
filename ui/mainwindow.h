// The application window: both architecture panes on one playhead, the transport, the scenario picker, the
// File/View/Playback/Help menus and the panels as docks. It asks the workspace for runs, then only replays them.
#pragma once

#include "component.h"

#include <QMainWindow>
#include <array>

class QActionGroup;
class QComboBox;
class QLabel;
class QSplitter;

namespace notiflow::ui {

class ArchitecturePane;
class ElidedLabel;
class KeysOverlay;
class PresentationMode;
class ReplaySession;
class Scrubber;
class ThemeController;
class TitleSlide;
class Workspace;

struct StartOptions {
    QString scenarioId; // empty: the last one shown, else the first
    int step = -1; // the shared step counter to open at (the scrubber's numbers); -1: the start
};

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    enum class ViewMode { SideBySide, Stacked, EventSourcedOnly, ApiDrivenOnly };
    Q_ENUM(ViewMode)

    explicit MainWindow(Workspace* workspace, const StartOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    ReplaySession* session() const { return m_session; }
    ArchitecturePane* pane(Architecture side) const { return m_panes[side == Architecture::EventSourced ? 0 : 1]; }
    Scrubber* scrubber() const { return m_scrubber; }
    QComboBox* scenarioPicker() const { return m_scenarioPicker; }
    QString currentScenarioId() const { return m_scenarioId; }
    ViewMode viewMode() const { return m_viewMode; }
    PresentationMode* presentation() const { return m_presentation; }
    ThemeController* theme() const { return m_theme; }
    TitleSlide* titleSlide() const { return m_titleSlide; }

    // Each returns false and reports the error (a dialog naming the file and place, unless dialogs are off)
    // while the previous data and scenario stay shown.
    bool showScenario(const QString& id);
    bool openDataFolder(const QString& folder);
    bool openScenarioFile(const QString& file);
    bool reload();
    QString lastError() const { return m_lastError; }
    void setErrorDialogsEnabled(bool enabled) { m_errorDialogs = enabled; } // tests turn them off

public Q_SLOTS:
    void setViewMode(notiflow::ui::MainWindow::ViewMode mode);
    void showKeys();
    void showAbout();
    void exportPictures(); // File → Export…

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createToolBar();
    void createDocks();
    void createPresentation();
    void updateTransportIcons(); // drawn from the palette: again whenever the theme changes
    void applyZoom(qreal zoom, qreal captionScale);
    void refillScenarioPicker();
    void reportError(const QString& title, const QString& message);
    void updatePlayAction(bool playing);
    void updateSpeedPicker(double speed);
    void saveSettings() const;
    void restoreSettings();

    Workspace* m_workspace;
    ReplaySession* m_session;
    std::array<ArchitecturePane*, 2> m_panes {};
    QSplitter* m_paneSplitter = nullptr;
    Scrubber* m_scrubber = nullptr;
    QComboBox* m_scenarioPicker = nullptr;
    QComboBox* m_speedPicker = nullptr;
    QLabel* m_scenarioTitle = nullptr;
    ElidedLabel* m_scenarioDescription = nullptr;
    QWidget* m_stage = nullptr; // the header and the panes: what the title slide covers
    QWidget* m_legend = nullptr;
    KeysOverlay* m_keys = nullptr;
    ThemeController* m_theme = nullptr;
    PresentationMode* m_presentation = nullptr;
    TitleSlide* m_titleSlide = nullptr;
    QAction* m_titleSlideAction = nullptr;
    QAction* m_playAction = nullptr;
    QMenu* m_viewMenu = nullptr;
    QActionGroup* m_viewModes = nullptr;
    QString m_scenarioId;
    QString m_lastError;
    ViewMode m_viewMode = ViewMode::SideBySide;
    bool m_errorDialogs = true;
    bool m_settingsReadable = true;
};

} // namespace notiflow::ui
