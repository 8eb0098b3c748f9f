// The main window with the real workspace: opening a scenario, the transport keys, the view modes, the step
// counters and captions, the keys overlay read from the actions, and a bad data folder or scenario that leaves what
// was shown in place.
#include "painting/folding/foldingstate.h"
#include "painting/painters/timelinepainter.h"
#include "painting/session/debugstepper.h"
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "scenario.h"
#include "widgets/views/architecturepane.h"
#include "widgets/views/scrubber.h"
#include "widgets/views/timelineview.h"
#include "widgets/window/keysoverlay.h"
#include "widgets/window/mainwindow.h"
#include "widgets/window/recentfiles.h"
#include "widgets/window/windowactions.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace notiflow;
using namespace notiflow::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensTheRequestedScenario();
    void foldsExpandOnAClickAndAKey();
    void startsAtTheRequestedStep();
    void keysMoveThePlayhead_data();
    void keysMoveThePlayhead();
    void spaceTogglesPlaying();
    void countersAndCaptions();
    void clickingATimelineArrowJumps();
    void scenarioPickerSwitches();
    void viewModes();
    void keysOverlayReadsTheActions();
    void badDataFolderKeepsThePreviousData();
    void badScenarioFileKeepsThePreviousScenario();
    void unknownScenarioIsReported();
    void dataFolderLackingTheShownScenarioSwitchesNothing();
    void titleNamesScenarioAndDataFolder();
    void openRecentAndCloseScenarioFile();
    void badDataSetKeepsWhatWasShown_data();
    void badDataSetKeepsWhatWasShown();
    void badScenarioKeepsWhatWasShown_data();
    void badScenarioKeepsWhatWasShown();

private:
    std::unique_ptr<MainWindow> makeWindow(const StartOptions& options);
    Workspace m_workspace;
};

void TestMainWindow::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true); // settings go to a throwaway place
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_workspace.loadBuiltin();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(const StartOptions& options)
{
    auto w = std::make_unique<MainWindow>(&m_workspace, options);
    w->setErrorDialogsEnabled(false);
    w->resize(1280, 800);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("window did not become active");
    return w;
}

// The card lists every key as the actions have it, and follows an action whose shortcut changes.
void TestMainWindow::keysOverlayReadsTheActions()
{
    auto w = makeWindow({ QStringLiteral("price-drop"), -1 });
    const QList<QPair<QString, QString>> card = w->keysOverlay()->entries();
    const QList<QPair<QString, QString>> expected {
        { QStringLiteral("Space"), QStringLiteral("Play / pause") },
        { QStringLiteral("→  or  Page Down"), QStringLiteral("Step forward") },
        { QStringLiteral("←  or  Page Up"), QStringLiteral("Step back") },
        { QStringLiteral("F10  or  Ctrl+Right"), QStringLiteral("Step over what this step caused (focused pane)") },
        { QStringLiteral("Shift+F11  or  Ctrl+Up"),
            QStringLiteral("Step out to the end of the enclosing handling (focused pane)") },
        { QStringLiteral("N  /  Shift+N"), QStringLiteral("Next / previous notification (focused pane)") },
        { QStringLiteral("H  /  Shift+H"),
            QStringLiteral("Next / previous of the steps behind a clicked figure or Why-panel row") },
        { QStringLiteral("F"), QStringLiteral("Expand / collapse the repeats folded in the focused pane's timeline") },
        { QStringLiteral("Ctrl+G"), QStringLiteral("Go to a customer, an order or a recipient") },
        { QStringLiteral("Home  /  End"), QStringLiteral("Start / end of the scenario") },
        { QStringLiteral("[  /  ]"), QStringLiteral("Slower / faster") },
        { QStringLiteral("Ctrl+1 … Ctrl+4"), QStringLiteral("Side by side, stacked, one pane") },
        { QStringLiteral("T"), QStringLiteral("Timelines in simulated time / in step order") },
        { QStringLiteral("Ctrl+O"), QStringLiteral("Open a data set folder") },
        { QStringLiteral("Ctrl+Shift+O"), QStringLiteral("Open a scenario file") },
        { QStringLiteral("Ctrl+R"), QStringLiteral("Reload") },
        { QStringLiteral("F5  or  F11"),
            QStringLiteral("Presentation mode: full screen, transport on mouse movement") },
        { QStringLiteral("M"),
            QStringLiteral("Metrics slide while presenting: the headline figures and Data & rules") },
        { QStringLiteral("S"),
            QStringLiteral("Summary slide while presenting: the headline figures and what differs (also → after the "
                           "last step)") },
        { QStringLiteral("Esc"), QStringLiteral("Close the metrics or summary slide") },
        { QStringLiteral("Esc"),
            QStringLiteral("Clear the highlighted steps (after closing a slide, before the requirement change)") },
        { QStringLiteral("Esc"), QStringLiteral("Clear the requirement change (before leaving presentation mode)") },
        { QStringLiteral("Esc"), QStringLiteral("Leave presentation mode") },
        { QStringLiteral("B  or  ."), QStringLiteral("Black out the screen; any key or click brings it back") },
        { QStringLiteral("Ctrl+Plus  /  Ctrl+Minus"), QStringLiteral("Larger / smaller panes and captions") },
        { QStringLiteral("Ctrl+0"), QStringLiteral("Actual size (1.5× when presenting)") },
        { QStringLiteral("F1  or  ?"), QStringLiteral("This help") },
        { QStringLiteral("Ctrl+L"), QStringLiteral("Back to the live edge of the live server's run") },
        { QStringLiteral("Ctrl+D"), QStringLiteral("Flip between a failure drill and the run without it") },
    };
    QCOMPARE(card, expected);

    w->actions().reload->setShortcut(QKeySequence(Qt::Key_F9));
    w->showKeys();
    QVERIFY(w->keysOverlay()->isVisible());
    QVERIFY(w->keysOverlay()->entries().contains({ QStringLiteral("F9"), QStringLiteral("Reload") }));
    QVERIFY(w->keysOverlay()->accessibleDescription().contains(QStringLiteral("F9: Reload")));
}

// A click on a fold's row expands the group and shows its steps; another click on the header folds it again; F
// expands or collapses every group of the focused pane.
void TestMainWindow::foldsExpandOnAClickAndAKey()
{
    auto w = makeWindow({ QStringLiteral("price-drop"), -1 });
    FoldingState* folding = w->folding();
    const Architecture side = Architecture::EventSourced;
    QVERIFY(!folding->folding(side).groups().empty());
    const StepFolding::Group group = folding->folding(side).groups().front();
    TimelineView* timeline = w->pane(side)->timelineView();
    const int foldedStep = group.foldedFirst;
    // Bring the fold into view; its row's centre, below the lane headers, in viewport coordinates.
    timeline->scrollToStep(foldedStep);
    const TimelineGeometry before = timeline->fittedGeometry();
    QCOMPARE(before.rowOfStep(foldedStep), before.rowOfStep(group.foldedLast)); // collapsed: one row
    const QPoint at(timeline->viewport()->width() / 2,
        static_cast<int>(TimelinePainter::headerHeight(timeline->paintFont())
            + before.rowTop(before.rowOfStep(foldedStep)) + before.rowHeight() / 2
            - timeline->verticalScrollBar()->value()));
    QCOMPARE(timeline->foldAt(at), 0);
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(folding->isExpanded(side, 0));
    const TimelineGeometry open = timeline->fittedGeometry();
    QCOMPARE(open.rowOfStep(group.foldedLast) - open.rowOfStep(foldedStep), group.foldedLast - foldedStep);
    // The expanded group's header is where the fold's row was: one more click folds it.
    QCOMPARE(timeline->foldAt(at), 0);
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(!folding->isExpanded(side, 0));

    w->stepper()->setFocusedSide(side);
    QTest::keyClick(w.get(), Qt::Key_F);
    for (int g = 0; g < static_cast<int>(folding->folding(side).groups().size()); ++g)
        QVERIFY(folding->isExpanded(side, g));
    QTest::keyClick(w.get(), Qt::Key_F);
    QVERIFY(!folding->isExpanded(side, 0));
    QCOMPARE(w->session()->currentStep(side), -1); // folding moved nothing
}

void TestMainWindow::opensTheRequestedScenario()
{
    auto w = makeWindow({ QStringLiteral("price-drop"), -1 });
    QCOMPARE(w->currentScenarioId(), QStringLiteral("price-drop"));
    QVERIFY(w->session()->comparison());
    QCOMPARE(QString::fromStdString(w->session()->comparison()->scenario.id), QStringLiteral("price-drop"));
    QCOMPARE(w->scenarioPicker()->currentData().toString(), QStringLiteral("price-drop"));
    QVERIFY(w->windowTitle().contains(QString::fromStdString(w->session()->comparison()->scenario.title)));
    QCOMPARE(w->session()->playhead(), 0.0);
}

void TestMainWindow::startsAtTheRequestedStep()
{
    auto w = makeWindow({ QStringLiteral("order-complete"), 5 });
    QCOMPARE(w->currentScenarioId(), QStringLiteral("order-complete"));
    QCOMPARE(w->session()->playhead(), 5.0);
    QCOMPARE(w->session()->position(Architecture::EventSourced).progress, 1.0);
}

void TestMainWindow::keysMoveThePlayhead_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::newRow("Right") << int(Qt::Key_Right) << 3.0 << 4.0;
    QTest::newRow("PageDown") << int(Qt::Key_PageDown) << 3.0 << 4.0;
    QTest::newRow("Left") << int(Qt::Key_Left) << 3.0 << 2.0;
    QTest::newRow("PageUp") << int(Qt::Key_PageUp) << 3.0 << 2.0;
    QTest::newRow("Home") << int(Qt::Key_Home) << 3.0 << 0.0;
    QTest::newRow("End") << int(Qt::Key_End) << 3.0 << -1.0; // -1: the duration
}

void TestMainWindow::keysMoveThePlayhead()
{
    QFETCH(int, key);
    QFETCH(double, from);
    QFETCH(double, to);
    auto w = makeWindow({ QStringLiteral("price-drop"), -1 });
    w->session()->setPlayhead(from);
    QTest::keyClick(w.get(), static_cast<Qt::Key>(key));
    QCOMPARE(w->session()->playhead(), to < 0 ? w->session()->timeline().duration() : to);
}

void TestMainWindow::spaceTogglesPlaying()
{
    auto w = makeWindow({ QStringLiteral("price-drop"), -1 });
    QTest::keyClick(w.get(), Qt::Key_Space);
    QVERIFY(w->session()->isPlaying());
    QTRY_VERIFY(w->session()->playhead() > 0);
    QTest::keyClick(w.get(), Qt::Key_Space);
    QVERIFY(!w->session()->isPlaying());
    QTest::keyClick(w.get(), Qt::Key_BracketRight);
    QCOMPARE(w->session()->speed(), 1.5);
    QTest::keyClick(w.get(), Qt::Key_BracketLeft);
    QTest::keyClick(w.get(), Qt::Key_BracketLeft);
    QCOMPARE(w->session()->speed(), 0.75);
}

void TestMainWindow::countersAndCaptions()
{
    auto w = makeWindow({ QStringLiteral("price-drop"), -1 });
    const Comparison* cmp = w->session()->comparison();
    const auto total = [&](Architecture a) { return static_cast<int>(cmp->run(a).steps.size()); };
    QCOMPARE(w->pane(Architecture::EventSourced)->counterText(),
        QStringLiteral("step 0 / %1").arg(total(Architecture::EventSourced)));
    w->session()->setPlayhead(2);
    QCOMPARE(w->pane(Architecture::ApiDriven)->counterText(),
        QStringLiteral("step 2 / %1").arg(total(Architecture::ApiDriven)));
    QCOMPARE(w->pane(Architecture::ApiDriven)->captionText(), QString::fromStdString(cmp->apiDriven.text(1).caption));
    // The price-drop lesson in numbers: the API-driven side takes more steps for the same business event.
    QVERIFY(total(Architecture::ApiDriven) != total(Architecture::EventSourced));
}

void TestMainWindow::clickingATimelineArrowJumps()
{
    auto w = makeWindow({ QStringLiteral("price-drop"), -1 });
    TimelineView* timeline = w->pane(Architecture::ApiDriven)->timelineView();
    QTRY_VERIFY(timeline->viewport()->height() > 100);
    const TimelineGeometry g = timeline->fittedGeometry();
    // Find the row of step index 2 below the lane headers, then click on its arrow.
    QPoint pos;
    for (int y = 0; y < timeline->viewport()->height(); ++y) {
        if (timeline->stepAt(QPoint(40, y)) == 2) {
            pos = QPoint(static_cast<int>(g.laneX(1)), y);
            break;
        }
    }
    QVERIFY(!pos.isNull());
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(w->session()->currentStep(Architecture::ApiDriven), 2);
    QCOMPARE(w->session()->selectedSide(), Architecture::ApiDriven);
    QCOMPARE(w->session()->selectedStep(), 2);
}

void TestMainWindow::scenarioPickerSwitches()
{
    auto w = makeWindow({ QStringLiteral("price-drop"), -1 });
    QSignalSpy changed(w->session(), &ReplaySession::comparisonChanged);
    QComboBox* picker = w->scenarioPicker();
    const int index = picker->findData(QStringLiteral("order-complete"));
    QVERIFY(index >= 0);
    picker->setCurrentIndex(index);
    Q_EMIT picker->activated(index);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(w->currentScenarioId(), QStringLiteral("order-complete"));
    QCOMPARE(picker->count(), static_cast<int>(m_workspace.scenarios().size()));
}

void TestMainWindow::viewModes()
{
    auto w = makeWindow({ QStringLiteral("price-drop"), -1 });
    w->setViewMode(MainWindow::ViewMode::EventSourcedOnly);
    QVERIFY(w->pane(Architecture::EventSourced)->isVisible());
    QVERIFY(!w->pane(Architecture::ApiDriven)->isVisible());
    w->setViewMode(MainWindow::ViewMode::Stacked);
    QVERIFY(w->pane(Architecture::ApiDriven)->isVisible());
    QVERIFY(w->pane(Architecture::ApiDriven)->y() > w->pane(Architecture::EventSourced)->y());
    w->setViewMode(MainWindow::ViewMode::SideBySide);
    QVERIFY(w->pane(Architecture::ApiDriven)->x() > w->pane(Architecture::EventSourced)->x());
}

void TestMainWindow::badDataFolderKeepsThePreviousData()
{
    auto w = makeWindow({ QStringLiteral("price-drop"), -1 });
    w->session()->setPlayhead(4);
    const auto before = w->session()->sharedComparison();
    const std::size_t customers = m_workspace.dataSet().customers.size();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char* name : { "customers.json", "products.json", "orders.json", "carts.json",
             "notification_preferences.json", "payments.json" })
        QVERIFY(QFile::copy(QStringLiteral(":/data/") + QLatin1String(name), dir.filePath(QLatin1String(name))));
    QFile broken(dir.filePath(QStringLiteral("orders.json")));
    QFile::setPermissions(broken.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("[ { \"id\": \"O-1\", ");
    broken.close();

    QVERIFY(!w->openDataFolder(dir.path()));
    QVERIFY2(w->lastError().contains(QStringLiteral("orders.json")), qPrintable(w->lastError()));
    QCOMPARE(w->session()->sharedComparison(), before);
    QCOMPARE(w->session()->playhead(), 4.0);
    QCOMPARE(w->currentScenarioId(), QStringLiteral("price-drop"));
    QCOMPARE(m_workspace.dataSet().customers.size(), customers);

    QVERIFY(!w->openDataFolder(dir.filePath(QStringLiteral("does-not-exist"))));
    QCOMPARE(w->session()->sharedComparison(), before);
}

namespace {
// The built-in data set's files copied into `folder`, the order with id `withoutOrder` (if any) left out.
bool copyBuiltinData(const QString& folder, const std::string& withoutOrder = {})
{
    for (const char* name : { "customers.json", "products.json", "orders.json", "carts.json",
             "notification_preferences.json", "payments.json" }) {
        QFile in(QStringLiteral(":/data/") + QLatin1String(name));
        QFile out(QDir(folder).filePath(QLatin1String(name)));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return false;
        QJsonArray records = QJsonDocument::fromJson(in.readAll()).array();
        // The order itself, and what refers to it (its payments), so that the rest still loads.
        const QString key
            = QLatin1String(name) == QLatin1String("orders.json") ? QStringLiteral("id") : QStringLiteral("order_id");
        for (qsizetype i = records.size() - 1; i >= 0; --i) {
            if (!withoutOrder.empty()
                && records.at(i).toObject().value(key).toString() == QString::fromStdString(withoutOrder))
                records.removeAt(i);
        }
        out.write(QJsonDocument(records).toJson());
    }
    return true;
}
} // namespace

void TestMainWindow::dataFolderLackingTheShownScenarioSwitchesNothing()
{
    Workspace workspace;
    workspace.loadBuiltin();
    auto w = std::make_unique<MainWindow>(&workspace, StartOptions { QStringLiteral("order-shipped"), 3 });
    w->setErrorDialogsEnabled(false);
    const auto before = w->session()->sharedComparison();
    std::string order;
    for (const auto& action : workspace.scenario(QStringLiteral("order-shipped"))->actions) {
        if (!action.orderId.empty())
            order = action.orderId;
    }
    QVERIFY(!order.empty());
    QTemporaryDir dir;
    QVERIFY(copyBuiltinData(dir.path(), order));

    QVERIFY(!w->openDataFolder(dir.path()));
    QVERIFY2(w->lastError().contains(QString::fromStdString(order)), qPrintable(w->lastError()));
    QCOMPARE(workspace.dataSource(), QStringLiteral("built-in")); // nothing switched
    QCOMPARE(w->session()->sharedComparison(), before);
    QCOMPARE(w->session()->playhead(), 3.0);
    QVERIFY(!w->windowTitle().contains(QDir(dir.path()).dirName()));
}

void TestMainWindow::titleNamesScenarioAndDataFolder()
{
    Workspace workspace;
    workspace.loadBuiltin();
    auto w = std::make_unique<MainWindow>(&workspace, StartOptions { QStringLiteral("price-drop"), -1 });
    w->setErrorDialogsEnabled(false);
    const QString title = QString::fromStdString(workspace.scenario(QStringLiteral("price-drop"))->title);
    QCOMPARE(w->windowTitle(), title + QStringLiteral(" — notiflow")); // the built-in data set is not named

    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("class-data"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(copyBuiltinData(folder));
    QVERIFY2(w->openDataFolder(folder), qPrintable(w->lastError()));
    QCOMPARE(w->windowTitle(), title + QStringLiteral(" — class-data — notiflow"));
    QVERIFY(w->showScenario(QStringLiteral("order-shipped")));
    QVERIFY(
        w->windowTitle().startsWith(QString::fromStdString(workspace.scenario(QStringLiteral("order-shipped"))->title)
            + QStringLiteral(" — class-data")));
}

void TestMainWindow::openRecentAndCloseScenarioFile()
{
    QSettings().remove(QStringLiteral("recent"));
    QTemporaryDir dir;
    QFile builtin(QStringLiteral(":/data/scenarios/price-drop.json"));
    QVERIFY(builtin.open(QIODevice::ReadOnly));
    QJsonObject scenario = QJsonDocument::fromJson(builtin.readAll()).object();
    scenario[QStringLiteral("id")] = QStringLiteral("my-lecture");
    scenario[QStringLiteral("title")] = QStringLiteral("My lecture");
    const QString path = dir.filePath(QStringLiteral("my-lecture.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(scenario).toJson());
    out.close();
    {
        Workspace workspace;
        workspace.loadBuiltin();
        MainWindow w(&workspace, { QStringLiteral("order-shipped"), -1 });
        w.setErrorDialogsEnabled(false);
        QVERIFY(!w.recentFiles()->closeScenarioFile()->isEnabled()); // a built-in scenario has no file to close
        QVERIFY2(w.openScenarioFile(path), qPrintable(w.lastError()));
        QCOMPARE(w.recentFiles()->paths(RecentFiles::Kind::ScenarioFile),
            QStringList { QFileInfo(path).absoluteFilePath() });
    }
    // Another session: the file is one click away in File → Open Recent.
    Workspace workspace;
    workspace.loadBuiltin();
    MainWindow w(&workspace, { QStringLiteral("order-shipped"), -1 });
    w.setErrorDialogsEnabled(false);
    QMenu* recent = w.recentFiles()->menu();
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QAction* entry = nullptr;
    for (QAction* a : recent->actions()) {
        if (a->text() == QStringLiteral("my-lecture.json"))
            entry = a;
    }
    QVERIFY(entry);
    entry->trigger();
    QCOMPARE(w.currentScenarioId(), QStringLiteral("my-lecture"));
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("My lecture")));

    // Closing it takes it out of the picker and shows the first scenario.
    QVERIFY(w.recentFiles()->closeScenarioFile()->isEnabled());
    w.recentFiles()->closeScenarioFile()->trigger();
    QVERIFY(!workspace.scenario(QStringLiteral("my-lecture")));
    QCOMPARE(w.scenarioPicker()->findData(QStringLiteral("my-lecture")), -1);
    QCOMPARE(w.currentScenarioId(), QString::fromStdString(workspace.scenarios().front().id));
    QVERIFY(!w.recentFiles()->closeScenarioFile()->isEnabled());
}

void TestMainWindow::badScenarioFileKeepsThePreviousScenario()
{
    auto w = makeWindow({ QStringLiteral("price-drop"), -1 });
    const auto before = w->session()->sharedComparison();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"id\": \"bad\", \"title\": \"Bad\", \"steps\": [ { \"action\": \"teleport_order\" } ] }");
    file.close();
    QVERIFY(!w->openScenarioFile(path));
    QVERIFY(!w->lastError().isEmpty());
    QCOMPARE(w->session()->sharedComparison(), before);
    QCOMPARE(w->currentScenarioId(), QStringLiteral("price-drop"));
}

void TestMainWindow::unknownScenarioIsReported()
{
    auto w = makeWindow({ QStringLiteral("no-such-scenario"), -1 });
    QVERIFY(!w->currentScenarioId().isEmpty()); // fell back to a built-in one
    QVERIFY(w->lastError().contains(QStringLiteral("no-such-scenario")));
    QVERIFY(!w->showScenario(QStringLiteral("still-none")));
}

// The dialog path, one row per class of bad data set: the error names the file and the place (dialogs are off, so
// the text is read back from lastError) and the window keeps showing the previous data, scenario and playhead.
void TestMainWindow::badDataSetKeepsWhatWasShown_data()
{
    QTest::addColumn<QString>("file"); // the file replaced in a copy of the default data set
    QTest::addColumn<QByteArray>("text"); // its new text; empty: the file is left out of the folder
    QTest::addColumn<QString>("error");

    QTest::newRow("syntax error") << "orders.json" << QByteArray("[\n  {\"id\": \"O-1\",,}\n]")
                                  << "orders.json: line 2, column 16: syntax error: unexpected ','; expected string "
                                     "literal";
    QTest::newRow("top level not an array") << "carts.json" << QByteArray("{}")
                                            << "carts.json: line 1, column 1: the top level must be an array of "
                                               "records, not an object";
    QTest::newRow("invalid UTF-8") << "customers.json" << QByteArray("[\"\xC3\x28\"]")
                                   << "customers.json: line 1, column 3: invalid UTF-8 in a string (files must be "
                                      "UTF-8 encoded)";
    QTest::newRow("deep nesting") << "payments.json" << QByteArray(10000, '[')
                                  << "payments.json: line 1, column 65: nesting deeper than 64 levels is not supported";
    QTest::newRow("number out of range") << "products.json" << QByteArray("[{\"price\": -1e400}]")
                                         << "products.json: line 1, column 12: number out of range: '-1e400'";
    QTest::newRow("negative price") << "products.json"
                                    << QByteArray(R"([{"id": "P-1", "name": "n", "price": -1, "category": "c"}])")
                                    << "products.json: record 0 (id P-1), field price: must not be negative (found -1)";
    QTest::newRow("missing file") << "notification_preferences.json" << QByteArray()
                                  << "notification_preferences.json: missing from the data set folder %1";
}

void TestMainWindow::badDataSetKeepsWhatWasShown()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    auto w = makeWindow({ QStringLiteral("order-complete"), 7 });
    const auto before = w->session()->sharedComparison();
    const std::size_t orders = m_workspace.dataSet().orders.size();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char* name : { "customers.json", "products.json", "orders.json", "carts.json",
             "notification_preferences.json", "payments.json" }) {
        if (QLatin1String(name) != file)
            QVERIFY(QFile::copy(QStringLiteral(":/data/") + QLatin1String(name), dir.filePath(QLatin1String(name))));
    }
    if (!text.isEmpty()) {
        QFile broken(dir.filePath(file));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(text);
    }

    QVERIFY(!w->openDataFolder(dir.path()));
    QCOMPARE(w->lastError(), error.contains(QStringLiteral("%1")) ? error.arg(dir.path()) : error);
    QCOMPARE(w->session()->sharedComparison(), before);
    QCOMPARE(w->session()->playhead(), 7.0);
    QCOMPARE(w->currentScenarioId(), QStringLiteral("order-complete"));
    QCOMPARE(m_workspace.dataSet().orders.size(), orders);
    QCOMPARE(m_workspace.dataSource(), QStringLiteral("built-in"));
}

void TestMainWindow::badScenarioKeepsWhatWasShown_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error"); // %1: the file's path

    const QByteArray head = R"({"id": "bad", "title": "Bad", "steps": [)";
    QTest::newRow("syntax error") << QByteArray("{\"id\": \"bad\" \"title\": \"Bad\"}")
                                  << "%1: line 1, column 14: syntax error: unexpected string literal; expected '}'";
    QTest::newRow("unknown action") << head + R"({"action": "teleport_order"}]})"
                                    << "%1: step 0, field action: unknown action \"teleport_order\"; expected one of "
                                       "ship_order, deliver_order, ship_line_item, fail_payment, succeed_payment, "
                                       "update_price, apply_discount, activate_promotion";
    QTest::newRow("missing parameter") << head + R"({"action": "deliver_order"}]})"
                                       << "%1: step 0 (deliver_order), field order_id: is missing";
    QTest::newRow("unknown order") << head + R"({"action": "ship_order", "order_id": "ORD-404"}]})"
                                   << "%1: step 0 (ship_order), field order_id: unknown order ORD-404";
    QTest::newRow("unknown product") << head + R"({"action": "update_price", "product_id": "P-404", "new_price": 1}]})"
                                     << "%1: step 0 (update_price), field product_id: unknown product P-404";
    QTest::newRow("discount of 150 %")
        << head + R"({"action": "apply_discount", "product_id": "PROD-001", "percent": 150}]})"
        << "%1: step 0 (apply_discount), field percent: must be between 0 and 100 (found 150)";
    QTest::newRow("negative new price")
        << head + R"({"action": "update_price", "product_id": "PROD-001", "new_price": -0.01}]})"
        << "%1: step 0 (update_price), field new_price: must not be negative (found -0.01)";
    QTest::newRow("no steps") << head + "]}"
                              << "%1: field steps: the scenario has no steps";
    QTest::newRow("missing file") << QByteArray() << "%1: cannot be opened";
}

void TestMainWindow::badScenarioKeepsWhatWasShown()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    auto w = makeWindow({ QStringLiteral("price-drop"), 3 });
    const auto before = w->session()->sharedComparison();
    const std::size_t scenarios = m_workspace.scenarios().size();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    if (!text.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    QVERIFY(!w->openScenarioFile(path));
    QCOMPARE(w->lastError(), error.arg(path));
    QCOMPARE(w->session()->sharedComparison(), before);
    QCOMPARE(w->session()->playhead(), 3.0);
    QCOMPARE(w->currentScenarioId(), QStringLiteral("price-drop"));
    QCOMPARE(m_workspace.scenarios().size(), scenarios);
    QCOMPARE(w->scenarioPicker()->count(), static_cast<int>(scenarios));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
