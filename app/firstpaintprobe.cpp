#include "app/firstpaintprobe.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/resource.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace notiflow::app {

namespace {
// What the allocator holds for the program now, against what it has taken from the system: when the peak grows but
// the heap in use does not, the growth is freed memory the allocator keeps (fragmentation), not data.
std::string heapInUse()
{
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    char text[128];
    std::snprintf(text, sizeof text, "heap in use %zu MB of %zu MB taken", info.uordblks / 1048576,
        (info.arena + info.hblkhd) / 1048576);
    return text;
#else
    return "heap in use not known";
#endif
}
} // namespace

bool FirstPaintProbe::requested()
{
    return !qEnvironmentVariableIsEmpty("NOTIFLOW_EXIT_AFTER_FIRST_PAINT");
}

FirstPaintProbe::FirstPaintProbe()
{
    m_clock.start();
}

void FirstPaintProbe::loaded()
{
    m_loadedMs = m_clock.elapsed();
}

void FirstPaintProbe::built()
{
    m_builtMs = m_clock.elapsed();
}

void FirstPaintProbe::watch(QWidget* window, std::function<void()> stepForward)
{
    m_window = window;
    m_stepForward = std::move(stepForward);
    qApp->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget*>(watched)->window() == m_window) {
        m_painted = true;
        // The widgets of one frame are painted together, before the event loop turns again: the timer fires once
        // the whole first frame is done.
        QTimer::singleShot(0, this, [this] {
            report();
            stepAndReport();
            std::_Exit(0); // at once: tearing a large run down is not part of opening it
        });
    }
    return false;
}

void FirstPaintProbe::report() const
{
    const qint64 total = m_clock.elapsed();
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage); // ru_maxrss: kilobytes on Linux
    std::fprintf(stderr,
        "first paint after %lld ms: load %lld ms, window with both runs %lld ms, first paint %lld ms; peak %ld MB\n",
        static_cast<long long>(total), static_cast<long long>(m_loadedMs),
        static_cast<long long>(m_builtMs - m_loadedMs), static_cast<long long>(total - m_builtMs),
        usage.ru_maxrss / 1024);
    std::fflush(stderr);
}

void FirstPaintProbe::stepAndReport() const
{
    const int steps = qEnvironmentVariableIntValue("NOTIFLOW_BENCH_STEPS");
    if (steps <= 0)
        return;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < steps; ++i) {
        m_stepForward();
        // As between a user's key presses: posted events, among them the step's frame (painted once, here), and
        // timers that are due (animations end and go).
        QCoreApplication::processEvents();
    }
    const double msPerStep = static_cast<double>(clock.nsecsElapsed()) / 1e6 / steps;
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::fprintf(stderr, "after %d steps forward: %.2f ms per step (painted); peak %ld MB; %s\n", steps, msPerStep,
        usage.ru_maxrss / 1024, heapInUse().c_str());
    std::fflush(stderr);
}

} // namespace notiflow::app
