#include "app/firstpaintprobe.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

namespace notiflow::app {

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

void FirstPaintProbe::watch(QWidget* window)
{
    m_window = window;
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

} // namespace notiflow::app
