// The application window: both architecture panes on one playhead, the transport toolbar, the menus and the panels
// as docks. It asks the workspace for runs, then only replays them.
#pragma once

#include "perarchitecture.h"
#include "widgets/window/comparisonstage.h"
#include "widgets/window/scenarioopener.h"
#include "widgets/window/zoomfit.h"

#include <QFont>
#include <QMainWindow>
#include <memory>

class QComboBox;

namespace notiflow::ui {

class ArchitecturePane;
class ChangeController;
class FailureDrillController;
class DebugActions;
class DebugStepper;
class FoldingState;
class HighlightController;
class KeysOverlay;
class LiveServerController;
class LegendWidget;
class PresentationMode;
class RecentFiles;
class ReplaySession;
class Scrubber;
class SlideOverlay;
class ThemeController;
class TitleSlide;
class TransportToolBar;
class WindowActions;
class Workspace;

struct StartOptions {
    QString scenarioId; // empty: the last one shown, else the first
    int step = -1; // the shared step counter to open at (the scrubber's numbers); -1: the start
};

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    using ViewMode = ComparisonStage::ViewMode;

    explicit MainWindow(Workspace* workspace, const StartOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    ReplaySession* session() const { return m_session; }
    ArchitecturePane* pane(Architecture side) const { return m_stage->pane(side); }
    Scrubber* scrubber() const { return m_scrubber; }
    QComboBox* scenarioPicker() const;
    QString currentScenarioId() const { return m_scenarioId; }
    ViewMode viewMode() const { return m_viewMode; }
    PresentationMode* presentation() const { return m_presentation; }
    ThemeController* theme() const { return m_theme; }
    TitleSlide* titleSlide() const { return m_titleSlide; }
    SlideOverlay* slides() const { return m_slides; } // the metrics and summary slides of presentation mode
    KeysOverlay* keysOverlay() const { return m_keys; }
    const WindowActions& actions() const { return *m_actions; }
    // The zoom on screen: the one asked for, or the largest step below it that fits (ZoomFit).
    qreal shownZoom() const { return m_zoomFit.shown(); }
    ChangeController* changes() const { return m_changes; } // the requirement-change menu, overlay and panel
    FailureDrillController* failureDrill() const { return m_drill; } // Failure Drill menu, right-click on a node
    const DebugActions& debugActions() const { return *m_debug; }
    DebugStepper* stepper() const { return m_stepper; }
    FoldingState* folding() const { return m_folding; }
    LiveServerController* liveServer() const { return m_live; } // File → Live Server, the Live button
    HighlightController* highlights() const { return m_highlights; } // the steps behind a clicked figure

    // Each returns false and reports the error (a dialog naming the file and place, unless dialogs are off)
    // while the previous data and scenario stay shown.
    bool showScenario(const QString& id);
    bool openDataFolder(const QString& folder);
    bool openScenarioFile(const QString& file);
    bool reload();
    bool closeScenarioFile(); // the one on screen, if it came from a file; shows the first scenario then
    RecentFiles* recentFiles() const { return m_recent; }
    QString lastError() const { return m_opener.lastError(); }
    void setErrorDialogsEnabled(bool enabled) { m_opener.setErrorDialogsEnabled(enabled); } // tests turn them off

public Q_SLOTS:
    void setViewMode(notiflow::ui::MainWindow::ViewMode mode);
    void showKeys();
    void showAbout();
    void exportPictures(); // File → Export…

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void childEvent(QChildEvent* event) override;

private:
    QList<QAction*> createDocks(); // returns the docks' toggle actions, for the View menu
    void createPresentation();
    void createChangeOverlay();
    void connectActions();
    void applyZoom(qreal zoom, qreal captionScale);
    void fitZoom();
    void zoomIn();
    void sayZoomDoesNotFit(qreal wanted);
    void refillScenarioPicker();
    void updateWindowTitle();
    int firstDockWidth() const; // what the right dock area's content and tab titles need
    void saveSettings() const;
    void restoreSettings();

    Workspace* m_workspace;
    ReplaySession* m_session;
    ScenarioOpener m_opener;
    std::unique_ptr<WindowActions> m_actions;
    std::unique_ptr<DebugActions> m_debug; // step over/out, next/previous notification
    DebugStepper* m_stepper = nullptr;
    FoldingState* m_folding = nullptr; // what repeats, folded in the timelines
    ComparisonStage* m_stage = nullptr; // the header and the panes: what the title slide covers
    Scrubber* m_scrubber = nullptr;
    TransportToolBar* m_toolBar = nullptr;
    LegendWidget* m_legend = nullptr;
    KeysOverlay* m_keys = nullptr;
    ThemeController* m_theme = nullptr;
    PresentationMode* m_presentation = nullptr;
    TitleSlide* m_titleSlide = nullptr;
    SlideOverlay* m_slides = nullptr;
    RecentFiles* m_recent = nullptr;
    ChangeController* m_changes = nullptr;
    FailureDrillController* m_drill = nullptr;
    LiveServerController* m_live = nullptr;
    HighlightController* m_highlights = nullptr;
    QString m_scenarioId;
    ViewMode m_viewMode = ViewMode::SideBySide;
    QFont m_toolTipFont; // the style's, scaled by the zoom shown
    ZoomFit m_zoomFit;
    qreal m_wantedZoom = 1.0;
    qreal m_captionScale = 1.0;
    QSize m_fittedSize; // the window's size when the zoom was last fitted: another size fits again
    bool m_refitPending = false;
    bool m_sizeDocksOnShow = false; // first start: dock widths once the window has its size
    bool m_fillOnShow = false; // first start: fit the frame into the available area once it is known
};

} // namespace notiflow::ui
