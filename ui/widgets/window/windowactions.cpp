#include "widgets/window/windowactions.h"

#include "painting/style/transporticons.h"
#include "widgets/help/helpmenu.h"
#include "widgets/window/comparisonstage.h"
#include "widgets/window/themecontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>

namespace notiflow::ui {

QAction* WindowActions::makeAction(
    QMainWindow* window, const QString& text, const QList<QKeySequence>& keys, const QString& tip)
{
    auto* action = new QAction(text, window);
    action->setShortcuts(keys);
    action->setToolTip(tip);
    return action;
}

WindowActions::WindowActions(QMainWindow* window)
    : m_window(window)
{
    QStyle* s = window->style();
    openDataFolder = makeAction(window, tr("Open &Data Set Folder…"), { QKeySequence::Open },
        tr("Load customers, products, orders, carts, preferences and payments from a folder"));
    openDataFolder->setIcon(s->standardIcon(QStyle::SP_DirOpenIcon));
    openScenarioFile = makeAction(window, tr("Open &Scenario File…"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) }, tr("Add a scenario from a JSON file"));
    openScenarioFile->setIcon(s->standardIcon(QStyle::SP_FileIcon));
    // Ctrl+R rather than the platform's Refresh key, which is F5 on most desktops: F5 starts presenting.
    reload = makeAction(window, tr("&Reload"), { QKeySequence(Qt::CTRL | Qt::Key_R) },
        tr("Read the opened data set and scenario files again"));
    reload->setIcon(s->standardIcon(QStyle::SP_BrowserReload));
    exportPictures = makeAction(window, tr("&Export…"), { QKeySequence(Qt::CTRL | Qt::Key_E) },
        tr("Save a comparison picture of this step or of every step: PNG, SVG, PDF, GIF"));
    quit = makeAction(window, tr("&Quit"), { QKeySequence::Quit }, {});

    play = makeAction(window, tr("&Play"), { Qt::Key_Space }, tr("Play or pause both architectures (Space)"));
    back = makeAction(window, tr("Step &Back"), { Qt::Key_Left, QKeySequence::MoveToPreviousPage },
        tr("One step back (Left, Page Up)"));
    forward = makeAction(window, tr("Step &Forward"), { Qt::Key_Right, QKeySequence::MoveToNextPage },
        tr("One step forward (Right, Page Down)"));
    start = makeAction(window, tr("Go to &Start"), { Qt::Key_Home }, tr("Back to the beginning (Home)"));
    end = makeAction(
        window, tr("Go to &End"), { Qt::Key_End }, tr("Jump to the end, where every notification has been sent (End)"));
    slower = makeAction(window, tr("S&lower"), { Qt::Key_BracketLeft }, {});
    faster = makeAction(window, tr("F&aster"), { Qt::Key_BracketRight }, {});

    viewModes = new QActionGroup(window);
    const std::pair<ComparisonStage::ViewMode, QString> modes[] = {
        { ComparisonStage::ViewMode::SideBySide, tr("&Side by Side") },
        { ComparisonStage::ViewMode::Stacked, tr("S&tacked") },
        { ComparisonStage::ViewMode::EventSourcedOnly, tr("&Event-sourced Only") },
        { ComparisonStage::ViewMode::ApiDrivenOnly, tr("&API-driven Only") },
    };
    int key = Qt::Key_1;
    for (const auto& [mode, text] : modes) {
        QAction* a = makeAction(window, text, { QKeySequence(Qt::CTRL | static_cast<Qt::Key>(key++)) }, {});
        a->setCheckable(true);
        a->setData(static_cast<int>(mode));
        viewModes->addAction(a);
    }
    viewModes->actions().front()->setChecked(true);
    titleSlide = makeAction(window, tr("Title &Slide"), {},
        tr("Before the first step, show the scenario's title, description and what to watch for"));
    titleSlide->setCheckable(true);
    titleSlide->setObjectName(QStringLiteral("titleSlide"));
    timelineTime = makeAction(window, tr("Timeline in Simulated &Time"), { Qt::Key_T },
        tr("Lay both timelines out in simulated time, on one scale: each step at the moment it started, a call as "
           "long as it took, and where work waited (bus lag, a queue while a subscriber is down, a backoff) as a "
           "hatched band with its length; off: one row per step in the order they happened (T)"));
    timelineTime->setCheckable(true);
    timelineTime->setIconText(tr("Time axis"));
    timelineTime->setObjectName(QStringLiteral("timelineTime"));
    presentation = makeAction(window, tr("&Presentation Mode"), { Qt::Key_F5, Qt::Key_F11 },
        tr("Full screen without menus and docks, larger text, transport on mouse movement (F5, F11; Esc leaves)"));
    presentation->setObjectName(QStringLiteral("presentation"));
    presentation->setCheckable(true);
    zoomIn = makeAction(window, tr("Zoom &In"), { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) },
        tr("Larger text, lines and tokens in the panes and captions (Ctrl+Plus)"));
    zoomOut = makeAction(window, tr("Zoom &Out"), { QKeySequence::ZoomOut },
        tr("Smaller text, lines and tokens in the panes and captions (Ctrl+Minus)"));
    zoomReset = makeAction(window, tr("&Actual Size"), { QKeySequence(Qt::CTRL | Qt::Key_0) },
        tr("Back to the normal size; 1.5× while presenting (Ctrl+0)"));
    blackout = makeAction(window, tr("&Black Out Screen"), { Qt::Key_B, Qt::Key_Period },
        tr("A black screen while you talk; any key or click brings the picture back (B or .)"));

    showKeys = makeAction(
        window, tr("&Keyboard Shortcuts"), { QKeySequence::HelpContents, QKeySequence(Qt::Key_Question) }, {});
    about = makeAction(window, tr("&About notiflow"), {}, {});

    // Actions of a hidden menu bar lose their shortcuts: these must keep working in presentation mode.
    window->addActions({ play, back, forward, start, end, slower, faster, showKeys, presentation, zoomIn, zoomOut,
        zoomReset, blackout, timelineTime });
}

void WindowActions::buildMenus(const QList<QAction*>& panels, ThemeController* theme)
{
    QMenuBar* bar = m_window->menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    file->addActions({ openDataFolder, openScenarioFile, reload, exportPictures });
    file->addSeparator();
    file->addAction(quit);

    QMenu* playback = bar->addMenu(tr("&Playback"));
    playback->addActions({ play, back, forward, start, end });
    playback->addSeparator();
    playback->addActions({ slower, faster });

    QMenu* view = bar->addMenu(tr("&View"));
    view->addActions(viewModes->actions());
    view->addSeparator();
    view->addActions(panels);
    view->addSeparator();
    view->addMenu(theme->createMenu(view));
    view->addAction(titleSlide);
    view->addAction(timelineTime);
    view->addSeparator();
    view->addActions({ presentation, zoomIn, zoomOut, zoomReset, blackout });

    QMenu* help = bar->addMenu(tr("&Help"));
    help->addActions({ showKeys, about });
    HelpMenu::addTo(help, m_window);
}

QList<KeysOverlay::Row> WindowActions::keyRows(QAction* leavePresentation) const
{
    return {
        { { play }, tr("Play / pause") },
        { { forward }, tr("Step forward") },
        { { back }, tr("Step back") },
        { { start, end }, tr("Start / end of the scenario") },
        { { slower, faster }, tr("Slower / faster") },
        { viewModes->actions(), tr("Side by side, stacked, one pane") },
        { { timelineTime }, tr("Timelines in simulated time / in step order") },
        { { openDataFolder }, tr("Open a data set folder") },
        { { openScenarioFile }, tr("Open a scenario file") },
        { { reload }, tr("Reload") },
        { { presentation }, tr("Presentation mode: full screen, transport on mouse movement") },
        { { leavePresentation }, tr("Leave presentation mode") },
        { { blackout }, tr("Black out the screen; any key or click brings it back") },
        { { zoomIn, zoomOut }, tr("Larger / smaller panes and captions") },
        { { zoomReset }, tr("Actual size (1.5× when presenting)") },
        { { showKeys }, tr("This help") },
    };
}

void WindowActions::updateTransportIcons(const QPalette& palette, bool playing)
{
    start->setIcon(TransportIcons::icon(TransportIcons::Glyph::Start, palette));
    back->setIcon(TransportIcons::icon(TransportIcons::Glyph::Back, palette));
    forward->setIcon(TransportIcons::icon(TransportIcons::Glyph::Forward, palette));
    end->setIcon(TransportIcons::icon(TransportIcons::Glyph::End, palette));
    play->setIcon(TransportIcons::icon(playing ? TransportIcons::Glyph::Pause : TransportIcons::Glyph::Play, palette));
}

void WindowActions::updatePlayAction(const QPalette& palette, bool playing)
{
    play->setText(playing ? tr("&Pause") : tr("&Play"));
    play->setIcon(TransportIcons::icon(playing ? TransportIcons::Glyph::Pause : TransportIcons::Glyph::Play, palette));
    play->setToolTip(playing ? tr("Pause (Space)") : tr("Play both architectures (Space)"));
}

} // namespace notiflow::ui
