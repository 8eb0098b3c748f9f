// The window's requirement-change overlay: the menu offers what the scenario exercises, picking one overlays both
// flow views and fills the panel, Esc clears it before it leaves presentation mode, a bad change file is reported
// and changes nothing, and the painting library draws the overlay (so exports show it).
#include "changeimpact.h"
#include "io/changeloader.h"
#include "painting/export/comparisonframe.h"
#include "painting/painters/changeoverlaypainter.h"
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "support/sourcetree.h"
#include "widgets/panels/changeimpactpanel.h"
#include "widgets/presentation/presentationmode.h"
#include "widgets/views/architecturepane.h"
#include "widgets/views/flowview.h"
#include "widgets/window/changecontroller.h"
#include "widgets/window/mainwindow.h"

#include <QDockWidget>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace notiflow;
using namespace notiflow::ui;

class TestChangeOverlay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void menuListsTheChangesTheScenarioExercises_data();
    void menuListsTheChangesTheScenarioExercises();
    void pickingOverlaysBothViews();
    void escClearsBeforeLeavingPresentation();
    void badChangeFileChangesNothing_data();
    void badChangeFileChangesNothing();
    void goodChangeFileIsShown();
    void frameDrawsTheOverlay();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString& scenario);
    Workspace m_workspace;
    QTemporaryDir m_dir;
};

void TestChangeOverlay::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_changeoverlay"));
    m_workspace.loadBuiltin();
}

std::unique_ptr<MainWindow> TestChangeOverlay::makeWindow(const QString& scenario)
{
    auto w = std::make_unique<MainWindow>(&m_workspace, StartOptions { scenario, -1 });
    w->setErrorDialogsEnabled(false);
    w->resize(1280, 720);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("window did not become active");
    return w;
}

void TestChangeOverlay::menuListsTheChangesTheScenarioExercises_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("changes");
    QTest::newRow("price-drop") << "price-drop"
                                << QStringList { "notify-silver-price-drop", "sms-quiet-hours", "add-push-channel",
                                       "wishlist-price-drop", "notify-idempotency-key" };
    QTest::newRow("payment-failed") << "payment-failed"
                                    << QStringList { "sms-quiet-hours", "add-push-channel", "payment-failed-retry-date",
                                           "notify-idempotency-key" };
    QTest::newRow("promotion") << "promotion" << QStringList { "sms-quiet-hours", "add-push-channel" };
}

void TestChangeOverlay::menuListsTheChangesTheScenarioExercises()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, changes);
    auto w = makeWindow(scenario);
    QCOMPARE(w->changes()->applicableIds(), changes);
    auto* menu = w->changes()->createMenu(w.get());
    QStringList inMenu;
    for (QAction* a : menu->actions()) {
        if (a->objectName().startsWith(QStringLiteral("change:")))
            inMenu << a->objectName().mid(7);
    }
    QCOMPARE(inMenu, changes);
    // A change the scenario does not exercise cannot be picked.
    QVERIFY(!w->changes()->showChange(QStringLiteral("complete-after-delivery")));
    QVERIFY(!w->changes()->current());
}

void TestChangeOverlay::pickingOverlaysBothViews()
{
    auto w = makeWindow(QStringLiteral("price-drop"));
    QVERIFY(w->changes()->showChange(QStringLiteral("notify-silver-price-drop")));
    for (const Architecture a : allArchitectures) {
        const ChangeImpact* shown = w->pane(a)->flowView()->changeImpact();
        QVERIFY(shown);
        QCOMPARE(shown, w->changes()->impact(a));
        QCOMPARE(shown->components.size(), std::size_t(1));
    }
    QCOMPARE(w->changes()->impact(Architecture::EventSourced)->components[0].component, Component::NotificationService);
    QCOMPARE(w->changes()->impact(Architecture::ApiDriven)->components[0].component, Component::PricingService);
    const QString panel = w->changes()->panel()->text();
    QVERIFY2(panel.contains(QStringLiteral("Pricing service: evaluates rule price_drop.segment")), qPrintable(panel));
    QVERIFY(panel.contains(QStringLiteral("Teams: pricing")));
    QVERIFY(w->changes()->dock()->isVisible());
    QCOMPARE(ChangeOverlayPainter::tooltip(*w->changes()->impact(Architecture::ApiDriven), Component::PricingService),
        QStringLiteral("Must change: evaluates rule price_drop.segment"));

    // Another scenario that does not exercise it: the change stays picked and says so, guessing nothing.
    QVERIFY(w->showScenario(QStringLiteral("order-shipped")));
    QVERIFY(w->changes()->current());
    QVERIFY(!w->changes()->impact(Architecture::ApiDriven)->exercised);
    QVERIFY(w->changes()->panel()->text().contains(QStringLiteral("not exercised by this scenario")));
}

void TestChangeOverlay::escClearsBeforeLeavingPresentation()
{
    auto w = makeWindow(QStringLiteral("payment-failed"));
    QVERIFY(w->changes()->showChange(QStringLiteral("payment-failed-retry-date")));
    QTest::keyClick(w.get(), Qt::Key_F5);
    QVERIFY(w->presentation()->isActive());
    QVERIFY(w->pane(Architecture::EventSourced)->flowView()->changeImpact());
    QTest::keyClick(w.get(), Qt::Key_Escape);
    QVERIFY(!w->changes()->current());
    QVERIFY(!w->pane(Architecture::EventSourced)->flowView()->changeImpact());
    QVERIFY(w->presentation()->isActive()); // the first Esc cleared the overlay only
    QTest::keyClick(w.get(), Qt::Key_Escape);
    QVERIFY(!w->presentation()->isActive());
}

void TestChangeOverlay::badChangeFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << "cannot be opened";
    QTest::newRow("syntax") << QByteArray("{\"id\": ") << "line 1, column 8: ";
    QTest::newRow("unknown rule") << QByteArray(R"({"id": "x", "title": "X", "touches": {"rules": ["nope"]}})")
                                  << "field touches.rules[0]: unknown rule \"nope\"; known: order.can_ship";
    QTest::newRow("bad field") << QByteArray(R"({"id": "x", "title": "X", "touches": {"events": "PaymentFailed"}})")
                               << "field touches.events: must be an array, not string";
}

void TestChangeOverlay::badChangeFileChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString file = m_dir.filePath(QStringLiteral("bad-%1.json").arg(QTest::currentDataTag()));
    if (!content.isNull()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto w = makeWindow(QStringLiteral("price-drop"));
    QVERIFY(w->changes()->showChange(QStringLiteral("sms-quiet-hours")));
    QVERIFY(!w->changes()->openChangeFile(file));
    QVERIFY2(w->lastError().startsWith(file + QStringLiteral(": ") + message), qPrintable(w->lastError()));
    QCOMPARE(QString::fromStdString(w->changes()->current()->id), QStringLiteral("sms-quiet-hours"));
}

void TestChangeOverlay::goodChangeFileIsShown()
{
    const QString file = m_dir.filePath(QStringLiteral("mine.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"id": "mine", "title": "Mine", "touches": {"events": ["PriceChanged"]}})");
    f.close();
    auto w = makeWindow(QStringLiteral("price-drop"));
    QVERIFY(w->changes()->openChangeFile(file));
    QCOMPARE(QString::fromStdString(w->changes()->current()->id), QStringLiteral("mine"));
    QCOMPARE(w->changes()->impact(Architecture::EventSourced)->components.size(), std::size_t(2));
    QVERIFY(w->changes()->applicableIds().contains(QStringLiteral("mine")));
}

// The frame the exports draw: with a change, the changed node gets the overlay's colour; without, it has none.
void TestChangeOverlay::frameDrawsTheOverlay()
{
    const auto comparison = m_workspace.compare(*m_workspace.scenario(QStringLiteral("price-drop")));
    ComparisonFrame::Options options;
    options.size = QSize(1280, 720);
    const auto countOverlayPixels = [&](const ComparisonFrame::Options& o) {
        const ComparisonFrame frame(comparison, o);
        QImage image(o.size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        frame.paint(&painter, frame.stepCount());
        painter.end();
        const QRgb overlay = ChangeOverlayPainter::color(frame.palette()).rgb();
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                n += (image.pixel(x, y) & 0xffffff) == (overlay & 0xffffff) ? 1 : 0;
        }
        return n;
    };
    QCOMPARE(countOverlayPixels(options), 0);
    options.change = std::make_shared<const RequirementChange>(
        loadRequirementChangeFile(notiflow::test::sourceDataDir() + "/changes/wishlist-price-drop.json"));
    QVERIFY(countOverlayPixels(options) > 500);
}

QTEST_MAIN(TestChangeOverlay)
#include "tst_changeoverlay.moc"
