// A seeded random walk over the window, as a hurried presenter would click: transport, seeking, speed, scenario
// and view switches, resizes, bad and good data sets and scenario files, docks and any menu action the window has.
// After every action the views must agree with the playhead. NOTIFLOW_MONKEY_SEED repeats a run (the seed is
// printed); NOTIFLOW_MONKEY_ACTIONS sets its length (CI runs a few hundred, the sanitizer run 5,000 and more).
#include "foldingchecks.h"
#include "painting/folding/foldingstate.h"
#include "painting/models/notificationsmodel.h"
#include "painting/session/debugstepper.h"
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "widgets/panels/notificationspanel.h"
#include "widgets/panels/stepdetailspanel.h"
#include "widgets/views/architecturepane.h"
#include "widgets/views/flowview.h"
#include "widgets/views/panefocus.h"
#include "widgets/views/scrubber.h"
#include "widgets/views/timelineview.h"
#include "widgets/window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWhatsThis>
#include <functional>

using namespace notiflow;
using namespace notiflow::ui;

namespace {

const char* const dataFiles[] = { "customers.json", "products.json", "orders.json", "carts.json",
    "notification_preferences.json", "payments.json" };

int environmentNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray resourceBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Menu actions that would open a modal dialog (file pickers end in "…") or end the session are left out.
bool isSafeMenuAction(const QAction* action)
{
    const QString text = action->text().remove(QLatin1Char('&')).trimmed();
    return action->isEnabled() && !action->isSeparator() && !action->menu() && !text.isEmpty()
        && !text.endsWith(QChar(0x2026)) && !text.endsWith(QLatin1String("..."))
        && !text.startsWith(QLatin1String("Quit")) && !text.startsWith(QLatin1String("About"));
}

QString sideName(Architecture side)
{
    const std::string_view id = architectureId(side);
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

// The offscreen platform says this on every dock toggle; thousands of copies would only hide what matters.
QtMessageHandler defaultMessageHandler = nullptr;
void dropPlatformNoise(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (!message.contains(QLatin1String("does not support propagateSizeHints")))
        defaultMessageHandler(type, context, message);
}

} // namespace

class TestMonkey : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void randomActionsKeepTheViewsConsistent();

private:
    void prepareFolders();
    void act(int choice);
    void checkInvariants(const QString& after);
    QList<QAction*> menuActions() const;
    QStringList dismissModalDialogs();

    Workspace m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QRandomGenerator m_random;
    QTemporaryDir m_dir;
    QString m_goodFolder;
    QStringList m_badFolders;
    QString m_goodScenario;
    QStringList m_badScenarios;
    QStringList m_modalDialogs; // dialogs an action opened; the watchdog closes them and the test fails
};

void TestMonkey::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_monkey"));
    defaultMessageHandler = qInstallMessageHandler(dropPlatformNoise);
    m_workspace.loadBuiltin();
    QVERIFY(m_dir.isValid());
    prepareFolders();
}

void TestMonkey::prepareFolders()
{
    // Copies of the default data set, each with one thing broken (or none); any file that cannot be written is
    // counted, and the test stops below.
    int writeFailures = 0;
    const auto makeFolder = [&](const QString& name, const char* file, const QByteArray& text) {
        const QString folder = m_dir.filePath(name);
        writeFailures += QDir().mkpath(folder) ? 0 : 1;
        for (const char* each : dataFiles) {
            const QString path = folder + QLatin1Char('/') + QLatin1String(each);
            if (file && qstrcmp(file, each) == 0 && text.isNull())
                continue; // left out of the folder
            const QByteArray bytes = file && qstrcmp(file, each) == 0
                ? text
                : resourceBytes(QStringLiteral(":/data/") + QLatin1String(each));
            writeFailures += writeFile(path, bytes) ? 0 : 1;
        }
        return folder;
    };
    m_goodFolder = makeFolder(QStringLiteral("good"), nullptr, {});
    m_badFolders << makeFolder(QStringLiteral("syntax"), "orders.json", "[ { \"id\": \"O-1\", ")
                 << makeFolder(QStringLiteral("utf8"), "customers.json", "[{\"id\": \"C\xFF\"}]")
                 << makeFolder(QStringLiteral("deep"), "carts.json", QByteArray(5000, '['))
                 << makeFolder(QStringLiteral("negative"), "products.json",
                        "[{\"id\": \"P\", \"name\": \"n\", \"price\": -1, \"category\": \"c\"}]")
                 << makeFolder(QStringLiteral("missing"), "payments.json", QByteArray())
                 << m_dir.filePath(QStringLiteral("no-such-folder"));
    QCOMPARE(writeFailures, 0);

    QByteArray scenario = resourceBytes(QStringLiteral(":/data/scenarios/price-drop.json"));
    QVERIFY(!scenario.isEmpty());
    scenario.replace("\"price-drop\"", "\"monkey-price-drop\"");
    m_goodScenario = m_dir.filePath(QStringLiteral("good-scenario.json"));
    QVERIFY(writeFile(m_goodScenario, scenario));
    const std::pair<const char*, QByteArray> bad[] = {
        { "unknown-action.json", R"({"id": "m", "title": "M", "steps": [{"action": "teleport_order"}]})" },
        { "unknown-order.json", R"({"id": "m", "title": "M", "steps": [{"action": "ship_order", "order_id": "X"}]})" },
        { "discount.json",
            R"({"id": "m", "title": "M", "steps": [{"action": "apply_discount", "product_id": "PROD-001", "percent": 150}]})" },
        { "no-steps.json", R"({"id": "m", "title": "M", "steps": []})" },
        { "truncated.json", R"({"id": "m", "title": )" },
    };
    for (const auto& [name, text] : bad) {
        m_badScenarios << m_dir.filePath(QLatin1String(name));
        QVERIFY(writeFile(m_badScenarios.back(), text));
    }
    m_badScenarios << m_dir.filePath(QStringLiteral("no-such-scenario.json"));
}

QList<QAction*> TestMonkey::menuActions() const
{
    QList<QAction*> found;
    std::function<void(const QList<QAction*>&)> collect = [&](const QList<QAction*>& actions) {
        for (QAction* a : actions) {
            if (a->menu())
                collect(a->menu()->actions());
            else if (isSafeMenuAction(a))
                found << a;
        }
    };
    collect(m_window->menuBar()->actions());
    return found;
}

QStringList TestMonkey::dismissModalDialogs()
{
    QStringList closed;
    while (QWidget* modal = QApplication::activeModalWidget()) {
        closed << QStringLiteral("%1 \"%2\"")
                      .arg(QString::fromLatin1(modal->metaObject()->className()), modal->windowTitle());
        modal->close();
        QCoreApplication::processEvents();
    }
    return closed;
}

void TestMonkey::act(int choice)
{
    ReplaySession* session = m_window->session();
    const double duration = session->timeline().duration();
    const auto side = [this] { return m_random.bounded(2) ? Architecture::ApiDriven : Architecture::EventSourced; };
    switch (choice) {
    case 0: // play for a moment, so that frames advance under the frame timer
        session->play();
        QTest::qWait(static_cast<int>(m_random.bounded(40)));
        break;
    case 1:
        session->pause();
        break;
    case 2:
        QTest::keyClick(m_window.get(), Qt::Key_Space);
        break;
    case 3:
        QTest::keyClick(m_window.get(), m_random.bounded(2) ? Qt::Key_Right : Qt::Key_PageDown);
        break;
    case 4:
        QTest::keyClick(m_window.get(), m_random.bounded(2) ? Qt::Key_Left : Qt::Key_PageUp);
        break;
    case 5:
        QTest::keyClick(m_window.get(), m_random.bounded(2) ? Qt::Key_Home : Qt::Key_End);
        break;
    case 6: // seek anywhere, including before the start and past the end
        session->setPlayhead(m_random.bounded(duration + 4.0) - 2.0);
        break;
    case 7: { // press and drag on the scrubber
        Scrubber* scrubber = m_window->scrubber();
        const int y = scrubber->height() / 2;
        const int width = std::max(1, scrubber->width());
        QTest::mousePress(scrubber, Qt::LeftButton, {}, QPoint(m_random.bounded(width), y));
        QTest::mouseMove(scrubber, QPoint(m_random.bounded(width), y));
        QTest::mouseRelease(scrubber, Qt::LeftButton, {}, QPoint(m_random.bounded(width), y));
        break;
    }
    case 8: { // jump to a step of one side, sometimes out of range
        const Architecture s = side();
        const int steps = session->timeline().stepCount(s);
        session->seekToStep(s, static_cast<int>(m_random.bounded(steps + 4)) - 2);
        break;
    }
    case 9: { // the speed picker, or the [ and ] keys
        QComboBox* picker = nullptr;
        for (QComboBox* box : m_window->findChildren<QComboBox*>()) {
            if (box->accessibleName() == QStringLiteral("Playback speed"))
                picker = box;
        }
        if (picker && m_random.bounded(2)) {
            const int index = static_cast<int>(m_random.bounded(picker->count()));
            picker->setCurrentIndex(index);
            Q_EMIT picker->activated(index);
        } else {
            QTest::keyClick(m_window.get(), m_random.bounded(2) ? Qt::Key_BracketLeft : Qt::Key_BracketRight);
        }
        break;
    }
    case 10: {
        QComboBox* picker = m_window->scenarioPicker();
        const int index = static_cast<int>(m_random.bounded(picker->count()));
        picker->setCurrentIndex(index);
        Q_EMIT picker->activated(index);
        break;
    }
    case 11:
        m_window->setViewMode(static_cast<MainWindow::ViewMode>(m_random.bounded(4)));
        break;
    case 12:
        m_window->resize(
            200 + static_cast<int>(m_random.bounded(1800)), 150 + static_cast<int>(m_random.bounded(1000)));
        break;
    case 13: {
        const auto before = session->sharedComparison();
        const double playhead = session->playhead();
        const QString folder = m_badFolders.at(static_cast<int>(m_random.bounded(m_badFolders.size())));
        QVERIFY2(!m_window->openDataFolder(folder), qPrintable(folder));
        QVERIFY(!m_window->lastError().isEmpty());
        QCOMPARE(session->sharedComparison(), before); // the previous data stays shown, where it was
        QCOMPARE(session->playhead(), playhead);
        break;
    }
    case 14:
        QVERIFY2(m_window->openDataFolder(m_goodFolder), qPrintable(m_window->lastError()));
        break;
    case 15: {
        const auto before = session->sharedComparison();
        const QString file = m_badScenarios.at(static_cast<int>(m_random.bounded(m_badScenarios.size())));
        QVERIFY2(!m_window->openScenarioFile(file), qPrintable(file));
        QCOMPARE(session->sharedComparison(), before);
        break;
    }
    case 16:
        QVERIFY2(m_window->openScenarioFile(m_goodScenario), qPrintable(m_window->lastError()));
        QCOMPARE(m_window->currentScenarioId(), QStringLiteral("monkey-price-drop"));
        break;
    case 17: {
        const QList<QDockWidget*> docks = m_window->findChildren<QDockWidget*>();
        if (!docks.isEmpty())
            docks.at(static_cast<int>(m_random.bounded(docks.size())))->toggleViewAction()->trigger();
        break;
    }
    case 18: { // whatever the menus offer, including actions added after this test was written
        const QList<QAction*> actions = menuActions();
        if (!actions.isEmpty())
            actions.at(static_cast<int>(m_random.bounded(actions.size())))->trigger();
        break;
    }
    case 19: { // click somewhere on a timeline: selects a step or seeks to it
        TimelineView* timeline = m_window->pane(side())->timelineView();
        if (timeline->isVisible() && timeline->viewport()->width() > 0 && timeline->viewport()->height() > 0)
            QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {},
                QPoint(
                    m_random.bounded(timeline->viewport()->width()), m_random.bounded(timeline->viewport()->height())));
        break;
    }
    case 20:
        QVERIFY2(m_window->reload(), qPrintable(m_window->lastError()));
        break;
    case 21: { // a debugger move by its keys: step over, step out, next or previous notification
        const QKeyCombination keys[] = { Qt::Key_F10, Qt::CTRL | Qt::Key_Right, Qt::SHIFT | Qt::Key_F11,
            Qt::CTRL | Qt::Key_Up, Qt::Key_N, Qt::SHIFT | Qt::Key_N };
        const QKeyCombination key = keys[m_random.bounded(static_cast<int>(std::size(keys)))];
        QTest::keyClick(m_window.get(), key.key(), key.keyboardModifiers());
        break;
    }
    case 22: { // click into a pane: the debugger moves act on it from now on
        const Architecture s = side();
        FlowView* flow = m_window->pane(s)->flowView();
        if (flow->isVisible() && flow->width() > 0 && flow->height() > 0) {
            // In What's This mode (Help menu, Shift+F1) a click asks what was clicked: it shows help, leaves the
            // mode and moves no focus.
            const bool askingWhatsThis = QWhatsThis::inWhatsThisMode();
            const Architecture before = m_window->stepper()->focusedSide();
            QTest::mouseClick(
                flow, Qt::LeftButton, {}, QPoint(m_random.bounded(flow->width()), m_random.bounded(flow->height())));
            QCOMPARE(m_window->stepper()->focusedSide(), askingWhatsThis ? before : s);
            QVERIFY(!QWhatsThis::inWhatsThisMode());
        }
        break;
    }
    case 23: { // fold: F in the focused pane, or one group of either run opened or closed
        FoldingState* folding = m_window->folding();
        const Architecture s = side();
        const int groups = static_cast<int>(folding->folding(s).groups().size());
        if (groups == 0 || m_random.bounded(2)) {
            QTest::keyClick(m_window.get(), Qt::Key_F);
        } else {
            const int group = static_cast<int>(m_random.bounded(groups));
            const bool was = folding->isExpanded(s, group);
            folding->toggle(s, group);
            QCOMPARE(folding->isExpanded(s, group), !was);
        }
        break;
    }
    }
}

void TestMonkey::checkInvariants(const QString& after)
{
    const auto where
        = [&after](const QString& what) { return qPrintable(QStringLiteral("after %1: %2").arg(after, what)); };
    ReplaySession* session = m_window->session();
    const Comparison* cmp = session->comparison();
    QVERIFY2(cmp, where(QStringLiteral("no comparison shown")));
    QCOMPARE(QString::fromStdString(cmp->scenario.id), m_window->currentScenarioId());
    QCOMPARE(m_window->scenarioPicker()->currentData().toString(), m_window->currentScenarioId());

    const double playhead = session->playhead();
    QVERIFY2(playhead >= 0 && playhead <= session->timeline().duration(),
        where(QStringLiteral("playhead %1 outside [0, %2]").arg(playhead).arg(session->timeline().duration())));
    const int action = session->currentAction();

    // The focused pane is the one marked, whenever both are shown; a pane shown alone is the focused one.
    auto* focus = m_window->findChild<PaneFocus*>();
    QVERIFY(focus);
    const bool bothShown = m_window->pane(Architecture::EventSourced)->isVisible()
        && m_window->pane(Architecture::ApiDriven)->isVisible();
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
        const bool focused = m_window->stepper()->focusedSide() == side;
        QVERIFY2(focus->isMarked(side) == (bothShown && focused), where(QStringLiteral("wrong pane marked")));
        if (!bothShown && m_window->pane(side)->isVisible())
            QVERIFY2(focused, where(QStringLiteral("the only pane shown is not focused")));
    }

    auto* notifications = m_window->findChild<NotificationsPanel*>();
    auto* details = m_window->findChild<StepDetailsPanel*>();
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
        const Run& run = cmp->run(side);
        const int step = session->currentStep(side);
        const int total = static_cast<int>(run.steps.size());
        QVERIFY2(step >= -1 && step < total, where(QStringLiteral("step %1 of %2").arg(step).arg(total)));
        // Both panes on the same scenario action: the step each shows belongs to the action playing.
        if (step >= 0)
            QVERIFY2(run.steps[static_cast<std::size_t>(step)].action == action,
                where(QStringLiteral("%1 step %2 is in action %3, the playhead in action %4")
                          .arg(sideName(side))
                          .arg(step)
                          .arg(run.steps[static_cast<std::size_t>(step)].action)
                          .arg(action)));
        ArchitecturePane* pane = m_window->pane(side);
        QCOMPARE(pane->counterText(), QStringLiteral("step %1 / %2").arg(step + 1).arg(total));
        if (step >= 0)
            QCOMPARE(pane->captionText(), QString::fromStdString(run.text(step).caption));
        // The notifications panel lists exactly what this side had sent by its current step.
        const int sent = static_cast<int>(std::count_if(run.notifications.begin(), run.notifications.end(),
            [step](const SentNotification& n) { return n.step <= step; }));
        QVERIFY(notifications);
        QVERIFY2(notifications->model(side)->sentRowCount() == sent,
            where(QStringLiteral("%1 lists %2 notifications, %3 were sent by step %4")
                      .arg(sideName(side))
                      .arg(notifications->model(side)->sentRowCount())
                      .arg(sent)
                      .arg(step)));
        // After them, struck through, the ones lost to faults whose action's work is over by this step.
        const int lost = static_cast<int>(std::count_if(run.outcome.lostNotifications.begin(),
            run.outcome.lostNotifications.end(), [&run, step](const SentNotification& n) {
                int last = -1;
                for (std::size_t i = 0; i < run.steps.size(); ++i)
                    last = run.steps[i].action == n.action ? static_cast<int>(i) : last;
                return last <= step;
            }));
        QVERIFY2(notifications->model(side)->rowCount() == sent + lost,
            where(QStringLiteral("%1 lists %2 rows, %3 sent and %4 lost by step %5")
                      .arg(sideName(side))
                      .arg(notifications->model(side)->rowCount())
                      .arg(sent)
                      .arg(lost)
                      .arg(step)));
        if (details && details->isFollowingPlayhead() && details->shownSide() == side)
            QCOMPARE(details->shownStep(), step);
        // The folding shown is the run's, whether it was folded afresh or extended (a reload of the same scenario),
        // and the timeline lays out every group.
        const ui::StepFolding& folding = m_window->folding()->folding(side);
        test::compareFoldings(
            folding, ui::StepFolding(run), QStringLiteral("after %1: folding of %2").arg(after, sideName(side)));
        QCOMPARE(m_window->folding()->folds(side).size(), folding.groups().size());
    }
}

void TestMonkey::randomActionsKeepTheViewsConsistent()
{
    const int actions = environmentNumber("NOTIFLOW_MONKEY_ACTIONS", 300);
    const auto seed = static_cast<quint32>(
        environmentNumber("NOTIFLOW_MONKEY_SEED", static_cast<int>(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff)));
    qInfo("monkey: seed %u, %d actions (repeat with NOTIFLOW_MONKEY_SEED=%u)", seed, actions, seed);
    m_random.seed(seed);

    m_window = std::make_unique<MainWindow>(&m_workspace, StartOptions { QStringLiteral("price-drop"), -1 });
    m_window->setErrorDialogsEnabled(false);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Anything modal an action opens would block the run: close it and fail with its name.
    QTimer watchdog;
    connect(&watchdog, &QTimer::timeout, this, [this] { m_modalDialogs << dismissModalDialogs(); });
    watchdog.start(50);

    static const char* const names[] = { "play", "pause", "Space", "step forward", "step back", "Home/End", "seek",
        "scrubber drag", "seek to step", "change speed", "switch scenario", "view mode", "resize", "open bad data set",
        "open good data set", "open bad scenario", "open good scenario", "toggle dock", "menu action", "timeline click",
        "reload", "debugger key", "focus a pane", "fold" };
    constexpr int kinds = static_cast<int>(std::size(names));
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < actions; ++i) {
        const int choice = static_cast<int>(m_random.bounded(kinds));
        act(choice);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(
                QStringLiteral("action %1 (%2) failed, seed %3").arg(i).arg(QLatin1String(names[choice])).arg(seed)));
        QCoreApplication::processEvents();
        checkInvariants(QStringLiteral("action %1 (%2), seed %3").arg(i).arg(QLatin1String(names[choice])).arg(seed));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(m_modalDialogs.isEmpty(),
            qPrintable(QStringLiteral("action %1 (%2) opened %3")
                           .arg(i)
                           .arg(QLatin1String(names[choice]), m_modalDialogs.join(QStringLiteral(", ")))));
    }
    m_window->session()->pause();
    qInfo("monkey: %d actions in %.1f s, seed %u", actions, static_cast<double>(clock.elapsed()) / 1000.0, seed);
    m_window.reset();
}

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
