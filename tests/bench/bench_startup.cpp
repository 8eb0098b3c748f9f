// Start-up to the first painted window: loading the embedded data, running the first comparison, building the
// window and painting it once (QBENCHMARK; run by scripts/bench). The whole process adds Qt's own start-up.
#include "painting/session/workspace.h"
#include "widgets/window/mainwindow.h"

#include <QTest>

using namespace notiflow::ui;

class BenchStartup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstPaintedWindow();
};

void BenchStartup::firstPaintedWindow()
{
    QBENCHMARK
    {
        Workspace workspace;
        workspace.loadBuiltin();
        StartOptions options;
        options.scenarioId = QStringLiteral("price-drop");
        MainWindow window(&workspace, options);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.repaint(); // paint synchronously, so the time includes the first frame of every view
    }
}

QTEST_MAIN(BenchStartup)
#include "bench_startup.moc"
