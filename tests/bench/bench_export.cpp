// Export timings on the default data: one 3840×2160 PNG of price-drop's final step, and the all-steps PDF handout
// of price-drop (one page per step); an animated GIF for comparison. Prints the median of several runs in ms and
// the size of the file written. Run by scripts/bench; not part of the pass/fail suite.
#include "painting/export/exporter.h"
#include "painting/session/workspace.h"
#include "scenariorunner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace notiflow;
using namespace notiflow::ui;

namespace {
struct Case {
    const char* name;
    const char* file;
    QSize size;
    int scale;
    bool allSteps;
    int runs;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    Workspace workspace;
    workspace.loadBuiltin();
    const auto comparison = workspace.compare(*workspace.scenario(QStringLiteral("price-drop")));
    QTemporaryDir dir;

    const Case cases[] = {
        { "PNG 3840x2160, final step", "final.png", { 3840, 2160 }, 1, false, 7 },
        { "PNG 1920x1080 at scale 2, final step", "final-2x.png", { 1920, 1080 }, 2, false, 7 },
        { "PDF 1920x1080, all steps", "handout.pdf", { 1920, 1080 }, 1, true, 5 },
        { "GIF 1280x720, all steps", "steps.gif", { 1280, 720 }, 1, true, 3 },
    };
    std::printf("price-drop on the default data: %d shared steps\n",
        ComparisonFrame(comparison, ComparisonFrame::Options {}).stepCount());
    for (const Case& c : cases) {
        Exporter::Options options;
        options.frame.size = c.size;
        options.scale = c.scale;
        options.allSteps = c.allSteps;
        std::vector<double> totals;
        qint64 bytes = 0;
        int files = 0;
        for (int run = 0; run < c.runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Exporter exporter(comparison, options); // layout and measuring included
            const auto result = exporter.write(dir.filePath(QString::fromLatin1(c.file)));
            totals.push_back(timer.nsecsElapsed() / 1e6);
            if (!result.ok()) {
                std::fprintf(stderr, "%s: %s\n", c.name, qPrintable(result.error));
                return 1;
            }
            bytes = QFileInfo(result.files.first()).size();
            files = static_cast<int>(result.files.size());
        }
        std::printf("%-40s median %8.1f ms (min %8.1f, %d runs)  file %8.1f KB%s\n", c.name, median(totals),
            *std::min_element(totals.begin(), totals.end()), c.runs, bytes / 1024.0, files > 1 ? " each" : "");
    }
    return 0;
}
