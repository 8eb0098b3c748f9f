#include "mainwindow.h"

#include "architecturepane.h"
#include "elidedlabel.h"
#include "exportdialog.h"
#include "flowview.h"
#include "keysoverlay.h"
#include "legendwidget.h"
#include "metricspanel.h"
#include "notificationspanel.h"
#include "presentationmode.h"
#include "replaysession.h"
#include "scrubber.h"
#include "stepdetailspanel.h"
#include "themecontroller.h"
#include "timelineview.h"
#include "titleslide.h"
#include "transporticons.h"
#include "transportstrip.h"
#include "whypanel.h"
#include "workspace.h"
#include "zoomlevel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace notiflow::ui {

namespace {
const double speeds[] = { 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0 };

} // namespace

MainWindow::MainWindow(Workspace* workspace, const StartOptions& options, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_session(new ReplaySession(this))
{
    setWindowTitle(QStringLiteral("notiflow"));
    setObjectName(QStringLiteral("MainWindow"));
    // Before anything opens the settings: Qt reports a damaged settings file only to the first QSettings that reads it.
    {
        const QSettings settings;
        m_settingsReadable = settings.status() == QSettings::NoError;
        if (!m_settingsReadable)
            qWarning("notiflow: cannot read the settings in %s (%s); using the defaults",
                qPrintable(settings.fileName()),
                settings.status() == QSettings::AccessError ? "not accessible" : "not in the expected format");
    }
    // The theme first: every widget below is then created with its palette and style.
    m_theme = new ThemeController(this);
    m_theme->restore();

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);
    m_stage = new QWidget(central);
    auto* stageLayout = new QVBoxLayout(m_stage);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    stageLayout->setSpacing(6);
    layout->addWidget(m_stage, 1);

    m_scenarioTitle = new QLabel(m_stage);
    QFont titleFont = m_scenarioTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_scenarioTitle->setFont(titleFont);
    m_scenarioTitle->setAccessibleName(tr("Scenario title"));
    m_scenarioDescription = new ElidedLabel(m_stage);
    m_scenarioDescription->setForegroundRole(QPalette::PlaceholderText);
    m_scenarioDescription->setAccessibleName(tr("Scenario description"));
    m_scenarioDescription->setMinimumWidth(50);
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_scenarioTitle);
    header->addWidget(m_scenarioDescription, 1);
    stageLayout->addLayout(header);

    m_paneSplitter = new QSplitter(Qt::Horizontal, m_stage);
    m_paneSplitter->setChildrenCollapsible(false);
    m_paneSplitter->setHandleWidth(12);
    m_panes[0] = new ArchitecturePane(m_session, Architecture::EventSourced, m_paneSplitter);
    m_panes[1] = new ArchitecturePane(m_session, Architecture::ApiDriven, m_paneSplitter);
    m_paneSplitter->addWidget(m_panes[0]);
    m_paneSplitter->addWidget(m_panes[1]);
    stageLayout->addWidget(m_paneSplitter, 1);

    m_scrubber = new Scrubber(m_session, central);
    layout->addWidget(m_scrubber);
    auto* legend = new LegendWidget(central);
    legend->setToolTip(tr("How each kind of step is drawn; hover an entry for its meaning"));
    layout->addWidget(legend);
    m_legend = legend;
    setCentralWidget(central);

    m_titleSlide = new TitleSlide(m_session, m_stage);
    m_keys = new KeysOverlay(central);

    createActions();
    createToolBar();
    createDocks();
    createPresentation();
    refillScenarioPicker();
    restoreSettings();

    connect(m_session, &ReplaySession::playingChanged, this, &MainWindow::updatePlayAction);
    connect(m_session, &ReplaySession::speedChanged, this, &MainWindow::updateSpeedPicker);

    QString id = options.scenarioId;
    if (id.isEmpty())
        id = QSettings().value(QStringLiteral("scenario")).toString();
    if (id.isEmpty() || !m_workspace->scenario(id)) {
        if (!options.scenarioId.isEmpty())
            m_lastError = tr("There is no scenario \"%1\".").arg(options.scenarioId);
        id = m_workspace->scenarios().empty() ? QString() : QString::fromStdString(m_workspace->scenarios().front().id);
    }
    if (!id.isEmpty())
        showScenario(id);
    if (options.step >= 0)
        m_session->setPlayhead(options.step);
}

MainWindow::~MainWindow() = default;

void MainWindow::exportPictures()
{
    if (!m_session->comparison())
        return;
    m_session->pause(); // export the moment on screen
    ExportDialog dialog(m_session->sharedComparison(), m_session->playhead(), this);
    dialog.exec();
}

void MainWindow::createActions()
{
    QStyle* s = style();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openFolder = file->addAction(s->standardIcon(QStyle::SP_DirOpenIcon), tr("Open &Data Set Folder…"));
    openFolder->setShortcut(QKeySequence::Open);
    openFolder->setToolTip(tr("Load customers, products, orders, carts, preferences and payments from a folder"));
    connect(openFolder, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Data Set Folder"));
        if (!folder.isEmpty())
            openDataFolder(folder);
    });
    QAction* openScenario = file->addAction(s->standardIcon(QStyle::SP_FileIcon), tr("Open &Scenario File…"));
    openScenario->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openScenario->setToolTip(tr("Add a scenario from a JSON file"));
    connect(openScenario, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario File"), {}, tr("Scenarios (*.json)"));
        if (!path.isEmpty())
            openScenarioFile(path);
    });
    QAction* reloadAction = file->addAction(s->standardIcon(QStyle::SP_BrowserReload), tr("&Reload"));
    // Ctrl+R rather than the platform's Refresh key, which is F5 on most desktops: F5 starts presenting.
    reloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    reloadAction->setToolTip(tr("Read the opened data set and scenario files again"));
    connect(reloadAction, &QAction::triggered, this, &MainWindow::reload);
    QAction* exportAction = file->addAction(tr("&Export…"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Save a comparison picture of this step or of every step: PNG, SVG, PDF, GIF"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportPictures);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    m_playAction = playback->addAction(tr("&Play"));
    m_playAction->setShortcut(Qt::Key_Space);
    m_playAction->setToolTip(tr("Play or pause both architectures (Space)"));
    connect(m_playAction, &QAction::triggered, m_session, &ReplaySession::togglePlaying);
    QAction* back = playback->addAction(tr("Step &Back"));
    back->setShortcuts({ QKeySequence(Qt::Key_Left), QKeySequence(QKeySequence::MoveToPreviousPage) });
    back->setToolTip(tr("One step back (Left, Page Up)"));
    connect(back, &QAction::triggered, m_session, &ReplaySession::stepBack);
    QAction* forward = playback->addAction(tr("Step &Forward"));
    forward->setShortcuts({ QKeySequence(Qt::Key_Right), QKeySequence(QKeySequence::MoveToNextPage) });
    forward->setToolTip(tr("One step forward (Right, Page Down)"));
    connect(forward, &QAction::triggered, m_session, &ReplaySession::stepForward);
    QAction* start = playback->addAction(tr("Go to &Start"));
    start->setShortcut(Qt::Key_Home);
    start->setToolTip(tr("Back to the beginning (Home)"));
    connect(start, &QAction::triggered, m_session, &ReplaySession::goToStart);
    QAction* end = playback->addAction(tr("Go to &End"));
    end->setShortcut(Qt::Key_End);
    end->setToolTip(tr("Jump to the end, where every notification has been sent (End)"));
    connect(end, &QAction::triggered, m_session, &ReplaySession::goToEnd);
    playback->addSeparator();
    QAction* slower = playback->addAction(tr("S&lower"));
    slower->setShortcut(Qt::Key_BracketLeft);
    connect(slower, &QAction::triggered, this, [this] {
        for (auto it = std::rbegin(speeds); it != std::rend(speeds); ++it) {
            if (*it < m_session->speed() - 1e-9) {
                m_session->setSpeed(*it);
                return;
            }
        }
    });
    QAction* faster = playback->addAction(tr("F&aster"));
    faster->setShortcut(Qt::Key_BracketRight);
    connect(faster, &QAction::triggered, this, [this] {
        for (double v : speeds) {
            if (v > m_session->speed() + 1e-9) {
                m_session->setSpeed(v);
                return;
            }
        }
    });
    // Named so that the toolbar can pick them up in transport order.
    start->setObjectName(QStringLiteral("start"));
    back->setObjectName(QStringLiteral("back"));
    forward->setObjectName(QStringLiteral("forward"));
    end->setObjectName(QStringLiteral("end"));
    m_playAction->setObjectName(QStringLiteral("play"));
    updateTransportIcons();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewModes = new QActionGroup(this);
    const std::pair<ViewMode, QString> modes[] = {
        { ViewMode::SideBySide, tr("&Side by Side") },
        { ViewMode::Stacked, tr("S&tacked") },
        { ViewMode::EventSourcedOnly, tr("&Event-sourced Only") },
        { ViewMode::ApiDrivenOnly, tr("&API-driven Only") },
    };
    int key = Qt::Key_1;
    for (const auto& [mode, text] : modes) {
        QAction* a = m_viewMenu->addAction(text);
        a->setCheckable(true);
        a->setData(static_cast<int>(mode));
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(key++)));
        m_viewModes->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode] { setViewMode(mode); });
    }
    m_viewModes->actions().front()->setChecked(true);
    m_viewMenu->addSeparator();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"));
    keys->setShortcuts({ QKeySequence(QKeySequence::HelpContents), QKeySequence(Qt::Key_Question) });
    connect(keys, &QAction::triggered, this, &MainWindow::showKeys);
    QAction* about = help->addAction(tr("&About notiflow"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    addActions({ m_playAction, back, forward, start, end, slower, faster, keys });

    m_keys->setEntries({
        { tr("Space"), tr("Play / pause") },
        { tr("→  or  Page Down"), tr("Step forward") },
        { tr("←  or  Page Up"), tr("Step back") },
        { tr("Home  /  End"), tr("Start / end of the scenario") },
        { tr("[  /  ]"), tr("Slower / faster") },
        { tr("Ctrl+1 … Ctrl+4"), tr("Side by side, stacked, one pane") },
        { QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText), tr("Open a data set folder") },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O).toString(QKeySequence::NativeText),
            tr("Open a scenario file") },
        { QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText), tr("Reload") },
        { tr("F5  or  F11"), tr("Presentation mode: full screen, transport on mouse movement") },
        { tr("Esc"), tr("Leave presentation mode") },
        { tr("B  or  ."), tr("Black out the screen; any key or click brings it back") },
        { tr("Ctrl+Plus  /  Ctrl+Minus"), tr("Larger / smaller panes and captions") },
        { tr("Ctrl+0"), tr("Actual size (1.5× when presenting)") },
        { tr("F1  or  ?"), tr("This help") },
    });
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Transport"));
    bar->setObjectName(QStringLiteral("transport"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto* scenarioLabel = new QLabel(tr("Scenario "), bar);
    bar->addWidget(scenarioLabel);
    m_scenarioPicker = new QComboBox(bar);
    m_scenarioPicker->setAccessibleName(tr("Scenario"));
    m_scenarioPicker->setToolTip(tr("The scenario both architectures run"));
    m_scenarioPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenarioPicker->setFocusPolicy(Qt::ClickFocus); // keep Space and the arrows for the transport
    scenarioLabel->setBuddy(m_scenarioPicker);
    bar->addWidget(m_scenarioPicker);
    connect(m_scenarioPicker, &QComboBox::activated, this, [this](int index) {
        const QString id = m_scenarioPicker->itemData(index).toString();
        if (id != m_scenarioId && !showScenario(id))
            refillScenarioPicker(); // puts the selection back on what is shown
        centralWidget()->setFocus();
    });
    bar->addSeparator();
    for (const char* name : { "start", "back", "play", "forward", "end" }) {
        QAction* a = findChild<QAction*>(QString::fromLatin1(name));
        bar->addAction(a);
    }
    bar->addSeparator();
    auto* speedLabel = new QLabel(tr(" Speed "), bar);
    bar->addWidget(speedLabel);
    m_speedPicker = new QComboBox(bar);
    m_speedPicker->setAccessibleName(tr("Playback speed"));
    m_speedPicker->setToolTip(tr("Playback speed, 0.25× to 4× ([ slower, ] faster)"));
    m_speedPicker->setFocusPolicy(Qt::ClickFocus);
    for (double v : speeds)
        m_speedPicker->addItem(QStringLiteral("%1×").arg(v), v);
    speedLabel->setBuddy(m_speedPicker);
    bar->addWidget(m_speedPicker);
    connect(m_speedPicker, &QComboBox::activated, this, [this](int index) {
        m_session->setSpeed(m_speedPicker->itemData(index).toDouble());
        centralWidget()->setFocus();
    });
    updateSpeedPicker(m_session->speed());

    for (QToolButton* b : bar->findChildren<QToolButton*>())
        b->setFocusPolicy(Qt::NoFocus);
    for (QAction* a : bar->actions()) {
        if (QWidget* w = bar->widgetForAction(a); w && !a->text().isEmpty())
            w->setAccessibleName(a->text().remove(QLatin1Char('&')));
    }
}

void MainWindow::createDocks()
{
    const auto addDock = [this](QWidget* panel, const QString& title, const QString& name, const QString& tip) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(panel);
        dock->setAllowedAreas(Qt::AllDockWidgetAreas);
        panel->setAccessibleName(title);
        dock->toggleViewAction()->setToolTip(tip);
        dock->toggleViewAction()->setStatusTip(tip);
        m_viewMenu->addAction(dock->toggleViewAction());
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
}

void MainWindow::createPresentation()
{
    QList<QAction*> transport;
    for (const char* name : { "start", "back", "play", "forward", "end" })
        transport << findChild<QAction*>(QString::fromLatin1(name));
    m_presentation = new PresentationMode(this, m_session, transport, { m_scrubber });
    connect(m_presentation, &PresentationMode::zoomChanged, this, &MainWindow::applyZoom);
    connect(m_presentation, &PresentationMode::activeChanged, this, [this](bool active) {
        // The strip floats along the bottom: keep that band free so it never covers a caption or the legend.
        const int bottom = active ? m_presentation->strip()->sizeHint().height() + 16 : 6;
        centralWidget()->layout()->setContentsMargins(10, 8, 10, bottom);
    });

    m_viewMenu->addSeparator();
    QMenu* themeMenu = m_theme->createMenu(m_viewMenu);
    m_viewMenu->addMenu(themeMenu);
    m_titleSlideAction = m_viewMenu->addAction(tr("Title &Slide"));
    m_titleSlideAction->setCheckable(true);
    m_titleSlideAction->setObjectName(QStringLiteral("titleSlide"));
    m_titleSlideAction->setToolTip(tr("Before the first step, show the scenario's title, description and what to "
                                      "watch for"));
    connect(m_titleSlideAction, &QAction::toggled, this, [this](bool on) {
        m_titleSlide->setEnabledOption(on);
        QSettings().setValue(QStringLiteral("titleSlide"), on);
    });
    m_viewMenu->addSeparator();

    QAction* present = m_viewMenu->addAction(tr("&Presentation Mode"));
    present->setObjectName(QStringLiteral("presentation"));
    present->setCheckable(true);
    present->setShortcuts({ QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_F11) });
    present->setToolTip(tr("Full screen without menus and docks, larger text, transport on mouse movement (F5, "
                           "F11; Esc leaves)"));
    connect(present, &QAction::triggered, m_presentation, &PresentationMode::toggle);
    connect(m_presentation, &PresentationMode::activeChanged, present, &QAction::setChecked);
    QAction* zoomIn = m_viewMenu->addAction(tr("Zoom &In"));
    zoomIn->setShortcuts({ QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    zoomIn->setToolTip(tr("Larger text, lines and tokens in the panes and captions (Ctrl+Plus)"));
    connect(zoomIn, &QAction::triggered, m_presentation, &PresentationMode::zoomIn);
    QAction* zoomOut = m_viewMenu->addAction(tr("Zoom &Out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setToolTip(tr("Smaller text, lines and tokens in the panes and captions (Ctrl+Minus)"));
    connect(zoomOut, &QAction::triggered, m_presentation, &PresentationMode::zoomOut);
    QAction* zoomReset = m_viewMenu->addAction(tr("&Actual Size"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    zoomReset->setToolTip(tr("Back to the normal size; 1.5× while presenting (Ctrl+0)"));
    connect(zoomReset, &QAction::triggered, m_presentation, &PresentationMode::resetZoom);
    QAction* blackout = m_viewMenu->addAction(tr("&Black Out Screen"));
    blackout->setShortcuts({ QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period) });
    blackout->setToolTip(tr("A black screen while you talk; any key or click brings the picture back (B or .)"));
    connect(blackout, &QAction::triggered, m_presentation, &PresentationMode::toggleBlackout);
    // Actions of a hidden menu bar lose their shortcuts: these must keep working in presentation mode.
    addActions({ present, zoomIn, zoomOut, zoomReset, blackout });

    m_titleSlideAction->setChecked(QSettings().value(QStringLiteral("titleSlide"), false).toBool());
    applyZoom(m_presentation->zoom(), m_presentation->captionScale());
}

void MainWindow::applyZoom(qreal zoom, qreal captionScale)
{
    for (ArchitecturePane* pane : m_panes)
        pane->setZoom(zoom, captionScale);
    QFont title = ZoomLevel::scaledFont(font(), 1.15 * zoom);
    title.setBold(true);
    m_scenarioTitle->setFont(title);
    m_scenarioDescription->setFont(ZoomLevel::scaledFont(font(), zoom));
    m_legend->setFont(ZoomLevel::scaledFont(font(), zoom)); // the key to the picture must be as legible
    m_titleSlide->setZoom(zoom);
}

void MainWindow::updateTransportIcons()
{
    const QPalette pal = palette();
    const std::pair<const char*, TransportIcons::Glyph> icons[] = {
        { "start", TransportIcons::Glyph::Start },
        { "back", TransportIcons::Glyph::Back },
        { "forward", TransportIcons::Glyph::Forward },
        { "end", TransportIcons::Glyph::End },
    };
    for (const auto& [name, glyph] : icons) {
        if (QAction* a = findChild<QAction*>(QString::fromLatin1(name)))
            a->setIcon(TransportIcons::icon(glyph, pal));
    }
    m_playAction->setIcon(
        TransportIcons::icon(m_session->isPlaying() ? TransportIcons::Glyph::Pause : TransportIcons::Glyph::Play, pal));
    if (m_presentation)
        m_presentation->leaveAction()->setIcon(TransportIcons::icon(TransportIcons::Glyph::LeavePresentation, pal));
}

void MainWindow::changeEvent(QEvent* event)
{
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_playAction)
        updateTransportIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::refillScenarioPicker()
{
    const QSignalBlocker blocker(m_scenarioPicker);
    m_scenarioPicker->clear();
    for (const Scenario& s : m_workspace->scenarios()) {
        const QString id = QString::fromStdString(s.id);
        m_scenarioPicker->addItem(QString::fromStdString(s.title), id);
        const int row = m_scenarioPicker->count() - 1;
        m_scenarioPicker->setItemData(row, QString::fromStdString(s.description), Qt::ToolTipRole);
        if (id == m_scenarioId)
            m_scenarioPicker->setCurrentIndex(row);
    }
}

bool MainWindow::showScenario(const QString& id)
{
    const Scenario* scenario = m_workspace->scenario(id);
    if (!scenario) {
        reportError(tr("Unknown Scenario"), tr("There is no scenario \"%1\".").arg(id));
        return false;
    }
    std::shared_ptr<const Comparison> comparison;
    try {
        comparison = m_workspace->compare(*scenario);
    } catch (const std::exception& e) {
        reportError(tr("Cannot Run Scenario"),
            tr("%1 (%2):\n%3")
                .arg(QString::fromStdString(scenario->title), QString::fromStdString(scenario->source),
                    QString::fromUtf8(e.what())));
        return false;
    }
    m_scenarioId = id;
    m_session->setComparison(std::move(comparison));
    m_scenarioTitle->setText(QString::fromStdString(scenario->title));
    m_scenarioDescription->setFullText(QString::fromStdString(scenario->description));
    m_scenarioDescription->setToolTip(QString::fromStdString(scenario->description));
    setWindowTitle(tr("%1 — notiflow").arg(QString::fromStdString(scenario->title)));
    const int index = m_scenarioPicker->findData(id);
    if (index >= 0) {
        const QSignalBlocker blocker(m_scenarioPicker);
        m_scenarioPicker->setCurrentIndex(index);
    }
    return true;
}

bool MainWindow::openDataFolder(const QString& folder)
{
    QString error;
    if (!m_workspace->openDataFolder(folder, &error)) {
        reportError(tr("Cannot Open Data Set"), error);
        return false;
    }
    refillScenarioPicker();
    showScenario(m_scenarioId);
    return true;
}

bool MainWindow::openScenarioFile(const QString& file)
{
    QString error;
    if (!m_workspace->openScenarioFile(file, &error)) {
        reportError(tr("Cannot Open Scenario"), error);
        return false;
    }
    refillScenarioPicker();
    const QString opened = m_workspace->scenarioIdFrom(file); // show what was just opened
    return showScenario(opened.isEmpty() ? m_scenarioId : opened);
}

bool MainWindow::reload()
{
    QString error;
    if (!m_workspace->reload(&error)) {
        reportError(tr("Cannot Reload"), error);
        return false;
    }
    refillScenarioPicker();
    if (!m_workspace->scenario(m_scenarioId) && !m_workspace->scenarios().empty())
        m_scenarioId = QString::fromStdString(m_workspace->scenarios().front().id);
    return showScenario(m_scenarioId);
}

void MainWindow::reportError(const QString& title, const QString& message)
{
    m_lastError = message;
    if (m_errorDialogs)
        QMessageBox::warning(this, title, message);
}

void MainWindow::setViewMode(ViewMode mode)
{
    m_viewMode = mode;
    m_paneSplitter->setOrientation(mode == ViewMode::Stacked ? Qt::Vertical : Qt::Horizontal);
    m_panes[0]->setVisible(mode != ViewMode::ApiDrivenOnly);
    m_panes[1]->setVisible(mode != ViewMode::EventSourcedOnly);
    // Stacked panes are short: give the timeline less room than the flow, which carries the picture.
    for (ArchitecturePane* pane : m_panes)
        pane->splitter()->setOrientation(Qt::Vertical);
    for (QAction* a : m_viewModes->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(mode));
}

void MainWindow::updatePlayAction(bool playing)
{
    m_playAction->setText(playing ? tr("&Pause") : tr("&Play"));
    m_playAction->setIcon(
        TransportIcons::icon(playing ? TransportIcons::Glyph::Pause : TransportIcons::Glyph::Play, palette()));
    m_playAction->setToolTip(playing ? tr("Pause (Space)") : tr("Play both architectures (Space)"));
}

void MainWindow::updateSpeedPicker(double speed)
{
    const QSignalBlocker blocker(m_speedPicker);
    int best = 0;
    for (int i = 0; i < m_speedPicker->count(); ++i) {
        if (std::abs(m_speedPicker->itemData(i).toDouble() - speed)
            < std::abs(m_speedPicker->itemData(best).toDouble() - speed))
            best = i;
    }
    m_speedPicker->setCurrentIndex(best);
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
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("scenario"), m_scenarioId);
    settings.setValue(QStringLiteral("speed"), m_session->speed());
    settings.setValue(QStringLiteral("viewMode"), static_cast<int>(m_viewMode));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // A settings file that cannot be read, or values of the wrong type or out of range, must not stop the window
    // from opening: each falls back to its default, with a warning naming the file.
    const bool readable = m_settingsReadable; // checked, and warned about, first thing in the constructor
    const auto stored = [&](const QString& key) { return readable ? settings.value(key) : QVariant(); };
    const auto rejected = [&](const QString& key) {
        qWarning("notiflow: ignoring the setting %s = \"%s\" in %s; using the default", qPrintable(key),
            qPrintable(stored(key).toString().left(40)), qPrintable(settings.fileName()));
    };

    const QVariant geometry = stored(QStringLiteral("geometry"));
    if (!restoreGeometry(geometry.toByteArray())) {
        if (geometry.isValid())
            rejected(QStringLiteral("geometry"));
        // First start: generous but never larger than the screen (a 1280x800 projector is common in class).
        const QRect available = screen()->availableGeometry();
        resize(std::min(1600, available.width() * 19 / 20), std::min(960, available.height() * 19 / 20));
        move(available.center() - rect().center());
    }
    const QVariant state = stored(QStringLiteral("windowState"));
    if (!restoreState(state.toByteArray())) {
        if (state.isValid())
            rejected(QStringLiteral("windowState"));
        // First start: once the window has its real size, give the docks a quarter of it at most.
        QTimer::singleShot(0, this, [this] {
            if (auto* dock = findChild<QDockWidget*>(QStringLiteral("notificationsDock")))
                resizeDocks({ dock }, { std::min(420, width() / 4) }, Qt::Horizontal);
        });
    }
    bool ok = true;
    double speed = stored(QStringLiteral("speed")).isValid() ? stored(QStringLiteral("speed")).toDouble(&ok) : 1.0;
    if (!ok || !(speed >= speeds[0] && speed <= speeds[std::size(speeds) - 1])) { // also refuses NaN
        rejected(QStringLiteral("speed"));
        speed = 1.0;
    }
    m_session->setSpeed(speed);
    updateSpeedPicker(m_session->speed());
    ok = true;
    int mode = stored(QStringLiteral("viewMode")).isValid() ? stored(QStringLiteral("viewMode")).toInt(&ok) : 0;
    if (!ok || mode < 0 || mode > static_cast<int>(ViewMode::ApiDrivenOnly)) {
        rejected(QStringLiteral("viewMode"));
        mode = 0;
    }
    setViewMode(static_cast<ViewMode>(mode));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Settings remember the window as it is outside presentation mode.
    m_presentation->leave();
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace notiflow::ui
