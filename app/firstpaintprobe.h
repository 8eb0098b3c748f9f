// For benchmarks (scripts/bench): with NOTIFLOW_EXIT_AFTER_FIRST_PAINT set, the window process reports how long
// loading, building the window (both runs included) and its first paint took, and its peak memory, then exits.
// With NOTIFLOW_BENCH_STEPS=N as well, it first steps forward N times, painting each step, and reports the time
// per step and the peak memory after them.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <functional>

class QWidget;

namespace notiflow::app {

class FirstPaintProbe final : public QObject {
public:
    // Whether the environment asks for it; the clock starts at construction.
    static bool requested();
    FirstPaintProbe();

    void loaded(); // the data set and the scenarios are in
    void built(); // the window exists: the first scenario has run under both architectures
    // Reports and ends the process once every widget of `window` painted in the first paint has been painted (and,
    // if asked, after `stepForward` has been called the number of times asked, the events it caused handled and the
    // frame painted after each).
    void watch(QWidget* window, std::function<void()> stepForward);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report() const;
    void stepAndReport() const;

    QElapsedTimer m_clock;
    qint64 m_loadedMs = 0;
    qint64 m_builtMs = 0;
    QWidget* m_window = nullptr;
    std::function<void()> m_stepForward;
    bool m_painted = false;
};

} // namespace notiflow::app
