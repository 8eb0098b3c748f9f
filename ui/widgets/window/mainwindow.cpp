#include "widgets/window/mainwindow.h"

#include "notiflow/version.h"
#include "painting/folding/foldingstate.h"
#include "painting/session/debugstepper.h"
#include "painting/session/replaysession.h"
#include "painting/session/settings.h"
#include "painting/session/stephighlight.h"
#include "painting/session/workspace.h"
#include "painting/style/transporticons.h"
#include "painting/style/zoomlevel.h"
#include "widgets/dialogs/exportdialog.h"
#include "widgets/panels/metricspanel.h"
#include "widgets/panels/notificationspanel.h"
#include "widgets/panels/stepdetailspanel.h"
#include "widgets/panels/whypanel.h"
#include "widgets/presentation/presentationmode.h"
#include "widgets/presentation/slideoverlay.h"
#include "widgets/presentation/transportstrip.h"
#include "widgets/views/architecturepane.h"
#include "widgets/views/legendwidget.h"
#include "widgets/views/panefocus.h"
#include "widgets/views/scrubber.h"
#include "widgets/views/timelineview.h"
#include "widgets/views/titleslide.h"
#include "widgets/window/changecontroller.h"
#include "widgets/window/debugactions.h"
#include "widgets/window/failuredrillcontroller.h"
#include "widgets/window/highlightcontroller.h"
#include "widgets/window/keysoverlay.h"
#include "widgets/window/liveservercontroller.h"
#include "widgets/window/recentfiles.h"
#include "widgets/window/themecontroller.h"
#include "widgets/window/transporttoolbar.h"
#include "widgets/window/windowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWindow>
#include <utility>

namespace notiflow::ui {

MainWindow::MainWindow(Workspace* workspace, const StartOptions& options, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_session(new ReplaySession(this))
    , m_opener(workspace, this)
    , m_toolTipFont(QToolTip::font())
    , m_zoomFit(this, [this](qreal zoom) {
        m_stage->setZoom(zoom, m_captionScale);
        m_legend->setFont(ZoomLevel::scaledFont(font(), zoom)); // the key to the picture must be as legible
        m_titleSlide->setZoom(zoom);
        // Tooltips are how notes reach a presenter without a status line (the last step's note, a zoom that does
        // not fit): as legible as the rest at the zoom shown.
        QToolTip::setFont(ZoomLevel::scaledFont(m_toolTipFont, zoom));
    })
{
    setWindowTitle(QStringLiteral("notiflow"));
    setObjectName(QStringLiteral("MainWindow"));
    // Settings first: they warn about a damaged settings file, which Qt reports only to its first reader.
    const Settings settings;
    // The theme next: every widget below is then created with its palette and style.
    m_theme = new ThemeController(this);
    m_theme->restore();

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);
    m_stage = new ComparisonStage(m_session, central);
    layout->addWidget(m_stage, 1);
    m_scrubber = new Scrubber(m_session, central);
    layout->addWidget(m_scrubber);
    m_legend = new LegendWidget(central);
    m_legend->setToolTip(tr("How each kind of step is drawn; hover an entry for its meaning"));
    layout->addWidget(m_legend);
    connect(m_session, &ReplaySession::comparisonChanged, m_legend, [this] {
        const Comparison* cmp = m_session->comparison();
        m_legend->setFaultMarks(cmp && !cmp->scenario.faults.empty()); // the fault marks explained where they show
        if (cmp && m_drill && m_drill->isActive()) {
            Scenario shown = cmp->scenario; // the drill's title, or the scenario's when flipped back
            if (m_drill->showsWithoutDrill())
                shown.title += tr(" — without the drill (Ctrl+D: back to it)").toStdString();
            m_stage->showScenario(shown);
        }
    });
    setCentralWidget(central);

    m_titleSlide = new TitleSlide(m_session, m_stage);
    m_keys = new KeysOverlay(this); // over the whole window, so over a slide too

    m_actions = std::make_unique<WindowActions>(this);
    m_actions->updateTransportIcons(palette(), m_session->isPlaying());
    m_debug = std::make_unique<DebugActions>(this);
    m_debug->updateIcons(palette());
    m_stepper = new DebugStepper(m_session, this);
    m_folding = new FoldingState(m_session, this);
    m_debug->connectTo(m_stepper, m_folding);
    new PaneFocus(m_stepper, m_stage->pane(Architecture::EventSourced), m_stage->pane(Architecture::ApiDriven));
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven })
        m_stage->pane(side)->timelineView()->setFolding(m_folding);
    m_scrubber->setFolding(m_folding);
    m_live = new LiveServerController(this, m_session, m_workspace);
    m_toolBar = new TransportToolBar(m_actions->transport() + m_debug->transport() + m_live->transport(), this);
    addToolBar(m_toolBar);
    m_toolBar->addToggle(m_actions->timelineTime);
    const QList<QAction*> panels = createDocks();
    createPresentation();
    m_actions->buildMenus(panels, m_theme);
    m_recent = new RecentFiles(this);
    m_recent->insertInto(menuBar()->actions().constFirst()->menu(), m_actions->reload); // File → Open Recent
    createChangeOverlay();
    // After the change overlay: Esc clears a highlight before it clears a change.
    m_highlights = new HighlightController(
        this, m_session, { { pane(Architecture::EventSourced), pane(Architecture::ApiDriven) } }, m_scrubber);
    m_highlights->connectPanels(findChild<MetricsPanel*>(), findChild<WhyPanel*>());
    m_slides->holdWhileShowing(m_actions->transport() + m_debug->transport()
        + QList<QAction*> { m_debug->goTo, m_highlights->nextAction(), m_highlights->previousAction() });
    m_debug->addToMenuOf(m_actions->end);
    for (QAction* top : menuBar()->actions()) { // Playback ends with the highlighted steps
        if (QMenu* menu = top->menu(); menu && menu->actions().contains(m_actions->play)) {
            menu->addSeparator();
            menu->addActions(m_highlights->actions());
            menu->setToolTipsVisible(true);
        }
    }
    m_live->addToWindow(m_actions->exportPictures);
    connect(m_live, &LiveServerController::liveRunShown, this, [this](const Scenario& live) {
        m_scenarioId.clear(); // picking any scenario shows it again; the settings keep the last one picked
        m_stage->showScenario(live);
        setWindowTitle(tr("%1 — notiflow").arg(QString::fromStdString(live.title)));
    });
    QList<KeysOverlay::Row> keys = m_actions->keyRows(m_presentation->leaveAction());
    m_debug->addKeyRows(keys, m_actions->back);
    for (qsizetype i = 0; i < keys.size(); ++i) { // Esc clears a requirement change before it leaves presenting
        if (keys[i].actions.contains(m_presentation->leaveAction())) {
            keys.insert(i,
                { { m_changes->clearAction() },
                    tr("Clear the requirement change (before leaving presentation mode)") });
            keys.insert(i,
                { { m_highlights->clearAction() },
                    tr("Clear the highlighted steps (after closing a slide, before the requirement change)") });
            // The slides come first of all: Esc closes a slide before it clears a change.
            keys.insert(i, { { m_slides->closeAction() }, tr("Close the metrics or summary slide") });
            keys.insert(i,
                { { m_slides->summaryAction() },
                    tr("Summary slide while presenting: the headline figures and what differs (also → "
                       "after the last step)") });
            keys.insert(i,
                { { m_slides->metricsAction() },
                    tr("Metrics slide while presenting: the headline figures and Data & rules") });
            break;
        }
    }
    for (qsizetype i = 0; i < keys.size(); ++i) { // beside next / previous notification
        if (keys[i].actions.contains(m_debug->nextNotification)) {
            keys.insert(i + 1,
                { { m_highlights->nextAction(), m_highlights->previousAction() },
                    tr("Next / previous of the steps behind a clicked figure or Why-panel row") });
            break;
        }
    }
    keys.append({ { m_live->liveAction() }, tr("Back to the live edge of the live server's run") });
    keys.append({ { m_drill->withoutDrillAction() }, tr("Flip between a failure drill and the run without it") });
    m_keys->setRows(keys);
    connectActions();
    m_actions->titleSlide->setChecked(settings.titleSlide());
    m_actions->timelineTime->setChecked(settings.timelineTime());
    applyZoom(m_presentation->zoom(), m_presentation->captionScale());
    refillScenarioPicker();
    restoreSettings();

    QString id = options.scenarioId;
    if (id.isEmpty())
        id = settings.scenarioId();
    if (id.isEmpty() || !m_workspace->scenario(id)) {
        if (!options.scenarioId.isEmpty())
            m_opener.remember(tr("There is no scenario \"%1\".").arg(options.scenarioId));
        id = m_workspace->scenarios().empty() ? QString() : QString::fromStdString(m_workspace->scenarios().front().id);
    }
    if (!id.isEmpty())
        showScenario(id);
    if (options.step >= 0)
        m_session->setPlayhead(options.step);
}

MainWindow::~MainWindow()
{
    // Tooltips are application-wide: the next window (tests make many) starts from the font this one found.
    QToolTip::setFont(m_toolTipFont);
}

QComboBox* MainWindow::scenarioPicker() const
{
    return m_toolBar->scenarioPicker();
}

void MainWindow::connectActions()
{
    const WindowActions& a = *m_actions;
    connect(a.openDataFolder, &QAction::triggered, this, [this] {
        if (const QString folder = m_opener.askForDataFolder(); !folder.isEmpty())
            openDataFolder(folder);
    });
    connect(a.openScenarioFile, &QAction::triggered, this, [this] {
        if (const QString path = m_opener.askForScenarioFile(); !path.isEmpty())
            openScenarioFile(path);
    });
    connect(a.reload, &QAction::triggered, this, &MainWindow::reload);
    connect(m_recent, &RecentFiles::openRequested, this, [this](RecentFiles::Kind kind, const QString& path) {
        if (kind == RecentFiles::Kind::DataFolder)
            openDataFolder(path);
        else
            openScenarioFile(path);
    });
    connect(m_recent, &RecentFiles::closeScenarioFileRequested, this, &MainWindow::closeScenarioFile);
    connect(a.exportPictures, &QAction::triggered, this, &MainWindow::exportPictures);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    connect(a.play, &QAction::triggered, m_session, &ReplaySession::togglePlaying);
    connect(a.back, &QAction::triggered, m_session, &ReplaySession::stepBack);
    connect(a.forward, &QAction::triggered, m_session, &ReplaySession::stepForward);
    connect(a.start, &QAction::triggered, m_session, &ReplaySession::goToStart);
    connect(a.end, &QAction::triggered, m_session, &ReplaySession::goToEnd);
    connect(a.slower, &QAction::triggered, m_session, &ReplaySession::slower);
    connect(a.faster, &QAction::triggered, m_session, &ReplaySession::faster);
    connect(m_session, &ReplaySession::playingChanged, this,
        [this](bool playing) { m_actions->updatePlayAction(palette(), playing); });
    connect(m_session, &ReplaySession::speedChanged, m_toolBar, &TransportToolBar::setSpeed);
    connect(m_toolBar, &TransportToolBar::speedChosen, this, [this](double speed) {
        m_session->setSpeed(speed);
        centralWidget()->setFocus();
    });
    connect(m_toolBar, &TransportToolBar::scenarioChosen, this, [this](const QString& id) {
        if (id != m_scenarioId && !showScenario(id))
            refillScenarioPicker(); // puts the selection back on what is shown
        centralWidget()->setFocus();
    });

    for (QAction* mode : a.viewModes->actions()) {
        connect(mode, &QAction::triggered, this,
            [this, mode] { setViewMode(static_cast<ViewMode>(mode->data().toInt())); });
    }
    connect(a.titleSlide, &QAction::toggled, this, [this](bool on) {
        m_titleSlide->setEnabledOption(on);
        Settings().setTitleSlide(on);
    });
    connect(a.timelineTime, &QAction::toggled, this, [this](bool on) {
        m_stage->setTimelineTimeMode(on);
        Settings().setTimelineTime(on);
    });
    connect(a.presentation, &QAction::triggered, m_presentation, &PresentationMode::toggle);
    connect(m_presentation, &PresentationMode::activeChanged, a.presentation, &QAction::setChecked);
    connect(a.zoomIn, &QAction::triggered, this, &MainWindow::zoomIn);
    connect(a.zoomOut, &QAction::triggered, m_presentation, &PresentationMode::zoomOut);
    connect(a.zoomReset, &QAction::triggered, m_presentation, &PresentationMode::resetZoom);
    connect(a.blackout, &QAction::triggered, m_presentation, &PresentationMode::toggleBlackout);
    connect(a.showKeys, &QAction::triggered, this, &MainWindow::showKeys);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
}

QList<QAction*> MainWindow::createDocks()
{
    QList<QAction*> toggles;
    const auto addDock = [&](QWidget* panel, const QString& title, const QString& name, const QString& tip) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(panel);
        dock->setAllowedAreas(Qt::AllDockWidgetAreas);
        panel->setAccessibleName(title);
        dock->toggleViewAction()->setToolTip(tip);
        dock->toggleViewAction()->setStatusTip(tip);
        toggles << dock->toggleViewAction();
        return dock;
    };
    QDockWidget* notifications = addDock(new NotificationsPanel(m_session), tr("Notifications"),
        QStringLiteral("notificationsDock"), tr("Show the messages each architecture sent so far"));
    QDockWidget* metrics = addDock(new MetricsPanel(m_session), tr("Coupling Metrics"), QStringLiteral("metricsDock"),
        tr("Show coupling, instability and the dependency matrix of both runs"));
    QDockWidget* why = addDock(new WhyPanel(m_session), tr("Why"), QStringLiteral("whyDock"),
        tr("Show the chain of decisions behind a customer's message, or its absence"));
    addDockWidget(Qt::RightDockWidgetArea, notifications);
    tabifyDockWidget(notifications, metrics);
    tabifyDockWidget(metrics, why);
    QDockWidget* details = addDock(new StepDetailsPanel(m_session), tr("Step Details"),
        QStringLiteral("stepDetailsDock"), tr("Show the payload, request or query of the current step"));
    tabifyDockWidget(why, details);
    notifications->raise();
    // The panes are the picture: the docks start narrow, and a saved layout replaces this.
    resizeDocks({ notifications }, { 330 }, Qt::Horizontal);
    return toggles;
}

void MainWindow::createChangeOverlay()
{
    m_changes = new ChangeController(this, m_session,
        { { pane(Architecture::EventSourced)->flowView(), pane(Architecture::ApiDriven)->flowView() } }, &m_opener);
    addDockWidget(Qt::RightDockWidgetArea, m_changes->dock());
    // A tab beside the notifications: the impact lists need the height, and picking a change raises the tab.
    if (auto* notifications = findChild<QDockWidget*>(QStringLiteral("notificationsDock")))
        tabifyDockWidget(notifications, m_changes->dock());
    m_changes->dock()->hide(); // until a change is picked
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_changes->createMenu(menuBar())); // before Help

    m_drill = new FailureDrillController(this, m_session, m_workspace, &m_opener);
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven })
        m_drill->connectView(pane(side)->flowView());
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_drill->createMenu(menuBar()));
    addActions({ m_drill->withoutDrillAction() }); // its shortcut works with the menu bar hidden (presentation)
    connect(m_drill, &FailureDrillController::drillChanged, this, [this](bool active) {
        if (active)
            statusBar()->showMessage(tr("Failure drill: %1. Ctrl+D flips to the run without it; pick the scenario "
                                        "again to end it.")
                                         .arg(FailureDrill::describe(m_drill->request())));
        else if (const Scenario* scenario = m_workspace->scenario(m_scenarioId))
            m_stage->showScenario(*scenario);
    });
}

void MainWindow::createPresentation()
{
    m_presentation = new PresentationMode(this, m_session,
        m_actions->transport() + m_debug->transport() + m_live->transport(), { m_scrubber, statusBar() });
    m_presentation->strip()->scrubber()->setFolding(m_folding); // the groups as spans on the strip's track too
    // Before connectActions: the slides see → before the session steps.
    m_slides = new SlideOverlay(this, m_session, m_actions->forward);
    connect(m_presentation, &PresentationMode::activeChanged, m_slides, &SlideOverlay::setPresenting);
    connect(m_presentation, &PresentationMode::zoomChanged, this, &MainWindow::applyZoom);
    connect(m_presentation, &PresentationMode::activeChanged, this, [this](bool active) {
        // The strip floats along the bottom: keep that band free so it never covers a caption or the legend.
        const int bottom = active ? m_presentation->strip()->sizeHint().height() + 16 : 6;
        centralWidget()->layout()->setContentsMargins(10, 8, 10, bottom);
    });
}

void MainWindow::exportPictures()
{
    if (!m_session->comparison())
        return;
    m_session->pause(); // export the moment on screen
    ExportDialog dialog(m_session->sharedComparison(), m_session->playhead(), this);
    if (const StepSelection* highlighted = m_highlights->highlight()->selection())
        dialog.setHighlight(*highlighted); // the picture keeps what the window highlights
    dialog.exec();
}

void MainWindow::applyZoom(qreal zoom, qreal captionScale)
{
    m_wantedZoom = zoom;
    m_captionScale = captionScale;
    fitZoom();
}

void MainWindow::fitZoom()
{
    const qreal shown = m_zoomFit.fit(m_wantedZoom, m_presentation && m_presentation->isActive());
    m_fittedSize = size();
    if (shown < m_wantedZoom - 1e-6)
        sayZoomDoesNotFit(m_wantedZoom);
}

void MainWindow::zoomIn()
{
    // Zoom that cannot fit stops growing: the request is not kept, so that Ctrl+Minus acts at once afterwards.
    const qreal before = m_zoomFit.shown();
    m_presentation->zoomIn();
    if (m_zoomFit.shown() <= before + 1e-6 && m_presentation->zoom() > before + 1e-6) {
        const qreal wanted = m_presentation->zoom();
        m_presentation->setZoom(before);
        sayZoomDoesNotFit(wanted);
    }
}

void MainWindow::sayZoomDoesNotFit(qreal wanted)
{
    const QString text = tr("Zoom %1% does not fit this screen: showing %2%")
                             .arg(qRound(wanted * 100))
                             .arg(qRound(m_zoomFit.shown() * 100));
    statusBar()->showMessage(text, 8000);
    if (m_presentation && m_presentation->isActive()) // no status line while presenting: say it over the strip
        QToolTip::showText(m_presentation->strip()->mapToGlobal(QPoint(m_presentation->strip()->width() / 2, 0)), text,
            m_presentation->strip(), {}, 5000);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // Another size (presentation's full screen arriving, the user resizing) may fit another zoom.
    if (m_refitPending || m_zoomFit.isFitting() || size() == m_fittedSize)
        return;
    m_refitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refitPending = false;
        if (size() != m_fittedSize)
            fitZoom();
    });
}

int MainWindow::firstDockWidth() const
{
    // Every tab of the right dock area readable at once: the title and the tab's padding.
    int tabs = 0;
    for (QDockWidget* dock : findChildren<QDockWidget*>()) {
        if (!dock->isHidden() && dockWidgetArea(dock) == Qt::RightDockWidgetArea)
            tabs += fontMetrics().horizontalAdvance(dock->windowTitle()) + 3 * fontMetrics().averageCharWidth() + 12;
    }
    const int narrow = std::min(std::max(330, tabs), width() / 3);
    // The metrics whole when 3/8 of the window holds them (1920 pixels do); on a smaller screen the panes keep the
    // room and the metrics wrap.
    const auto* metrics = findChild<MetricsPanel*>();
    const int wide = metrics ? std::max(narrow, metrics->sizeHint().width()) : narrow;
    return wide <= width() * 3 / 8 ? wide : narrow;
}

void MainWindow::childEvent(QChildEvent* event)
{
    QMainWindow::childEvent(event);
    // The tab bars of tabbed docks cut their titles to "No…", "St…"; whole titles, with scroll buttons when
    // they do not all fit, can be read. Polished: the layout has finished setting the bar up.
    if (event->polished()) {
        if (auto* tabs = qobject_cast<QTabBar*>(event->child())) {
            tabs->setElideMode(Qt::ElideNone);
            tabs->setUsesScrollButtons(true);
        }
    }
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_sizeDocksOnShow, false)) {
        // First start: once the window is laid out at its real size, the docks as wide as the metrics and the tab
        // titles need, up to three eighths of it (the panes are the picture).
        QTimer::singleShot(0, this, [this] {
            if (auto* dock = findChild<QDockWidget*>(QStringLiteral("notificationsDock"))) {
                // resizeDocks leaves tabbed docks as they are: a minimum width for one layout pass moves the split.
                // Never so wide that the panes would push the window past the screen.
                const int room = width() - centralWidget()->minimumSizeHint().width() - 8;
                const int wanted = std::min(firstDockWidth(), room);
                if (wanted <= dock->width())
                    return;
                const int before = dock->minimumWidth();
                dock->setMinimumWidth(wanted);
                QTimer::singleShot(0, dock, [dock, before] { dock->setMinimumWidth(before); });
            }
        });
    }
    if (!std::exchange(m_fillOnShow, false) || !windowHandle() || isMaximized() || isFullScreen())
        return;
    // The available area holds the frame too: the window itself gets what is left inside the frame.
    const QMargins frame = windowHandle()->frameMargins();
    fitZoom(); // the room inside the frame may take a smaller minimum size
    setGeometry(screen()->availableGeometry().marginsRemoved(frame));
}

void MainWindow::changeEvent(QEvent* event)
{
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_actions) {
        m_actions->updateTransportIcons(palette(), m_session->isPlaying());
        if (m_debug)
            m_debug->updateIcons(palette());
        if (m_presentation)
            m_presentation->leaveAction()->setIcon(
                TransportIcons::icon(TransportIcons::Glyph::LeavePresentation, palette()));
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::refillScenarioPicker()
{
    m_toolBar->setScenarios(m_workspace->scenarios(), m_scenarioId);
}

bool MainWindow::showScenario(const QString& id)
{
    auto comparison = m_opener.compare(id);
    if (!comparison)
        return false;
    const Scenario& scenario = *m_workspace->scenario(id);
    m_scenarioId = id;
    m_session->setComparison(std::move(comparison));
    m_stage->showScenario(scenario);
    updateWindowTitle();
    m_toolBar->setCurrentScenario(id);
    return true;
}

bool MainWindow::openDataFolder(const QString& folder)
{
    if (!m_opener.openDataFolder(folder, m_scenarioId))
        return false;
    m_recent->add(RecentFiles::Kind::DataFolder, folder);
    refillScenarioPicker();
    return showScenario(m_scenarioId);
}

bool MainWindow::openScenarioFile(const QString& file)
{
    const Scenario* opened = m_opener.openScenarioFile(file);
    if (!opened)
        return false;
    m_recent->add(RecentFiles::Kind::ScenarioFile, file);
    refillScenarioPicker();
    return showScenario(QString::fromStdString(opened->id)); // show what was just opened
}

bool MainWindow::reload()
{
    if (!m_opener.reload())
        return false;
    refillScenarioPicker();
    if (!m_workspace->scenario(m_scenarioId) && !m_workspace->scenarios().empty())
        m_scenarioId = QString::fromStdString(m_workspace->scenarios().front().id);
    return showScenario(m_scenarioId);
}

bool MainWindow::closeScenarioFile()
{
    const Scenario* shown = m_workspace->scenario(m_scenarioId);
    if (!shown || shown->source == "built-in" || !m_workspace->closeScenarioFile(QString::fromStdString(shown->source)))
        return false;
    refillScenarioPicker();
    if (m_workspace->scenarios().empty())
        return false;
    return showScenario(QString::fromStdString(m_workspace->scenarios().front().id));
}

void MainWindow::updateWindowTitle()
{
    const Scenario* current = m_workspace->scenario(m_scenarioId);
    m_recent->closeScenarioFile()->setEnabled(current && current->source != "built-in");

    // Named like a document: the scenario, then the data set's folder when it is not the built-in one.
    const Scenario* scenario = m_workspace->scenario(m_scenarioId);
    const QString title = scenario ? QString::fromStdString(scenario->title) : QString();
    const QString source = m_workspace->dataSource();
    QStringList parts { title };
    if (source != QStringLiteral("built-in"))
        parts << QDir(QDir::fromNativeSeparators(source)).dirName();
    parts << QStringLiteral("notiflow");
    parts.removeAll(QString());
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void MainWindow::setViewMode(ViewMode mode)
{
    m_viewMode = mode;
    m_stage->setViewMode(mode);
    if (m_presentation)
        fitZoom(); // one pane alone has room for a larger zoom than two
    for (QAction* a : m_actions->viewModes->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(mode));
}

void MainWindow::showKeys()
{
    m_keys->showOver();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About notiflow"),
        tr("<h3>notiflow %1</h3>"
           "<p>Runs the same scenario under an event-sourced and an API-driven notification architecture, and "
           "replays both side by side: the message flow, a sequence timeline, the notifications sent and coupling "
           "metrics computed from the run.</p>"
           "<p>Data: %2</p>")
            .arg(QStringLiteral(NOTIFLOW_VERSION), m_workspace->dataSource().toHtmlEscaped()));
}

void MainWindow::saveSettings() const
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    if (!m_scenarioId.isEmpty()) // empty while the live run is shown
        settings.setScenarioId(m_scenarioId);
    settings.setSpeed(m_session->speed());
    settings.setViewMode(static_cast<int>(m_viewMode));
}

void MainWindow::restoreSettings()
{
    // A settings file that cannot be read, or values of the wrong type or out of range, must not stop the window
    // from opening: Settings falls back to each default with a warning; Qt's own blobs are checked here.
    const Settings settings;
    const auto geometry = settings.windowGeometry();
    if (!geometry || !restoreGeometry(*geometry)) {
        if (geometry)
            settings.rejectWindowGeometry();
        // First start: the screen's whole available area, the panes are the picture (a projector's 1280x720 leaves
        // no room to spare, and on a large monitor the docks' tables need the width).
        const QRect available = screen()->availableGeometry();
        resize(available.size());
        move(available.topLeft());
        m_fillOnShow = true; // the frame is known once shown: showEvent takes it off
    }
    const auto state = settings.windowState();
    if (!state || !restoreState(*state)) {
        if (state)
            settings.rejectWindowState();
        m_sizeDocksOnShow = true;
    }
    m_session->setSpeed(settings.speed());
    m_toolBar->setSpeed(m_session->speed());
    setViewMode(static_cast<ViewMode>(settings.viewMode(ComparisonStage::viewModeCount)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Settings remember the window as it is outside presentation mode.
    m_presentation->leave();
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace notiflow::ui
