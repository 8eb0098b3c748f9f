// The simulated-time axis of the timeline as numbers: how many milliseconds one row stands for (one scale for both
// architectures, so that the same ms is the same height in both panes), where ticks go and how they read.
#pragma once

#include <QString>
#include <cstdint>
#include <initializer_list>

namespace notiflow {
struct Run;
}

namespace notiflow::ui {

class TimelineTimeAxis final {
public:
    enum class Unit { Milliseconds, Seconds };

    struct Scale {
        double msPerRow = 1;
        std::int64_t spanMs = 0; // of the longest run: picks the unit, the same for both panes
        Unit unit() const { return unitFor(spanMs); }
        bool operator==(const Scale&) const = default;
    };

    // The scale for showing `runs` together: how many milliseconds one row stands for. A typical advance from one step
    // to the next (the median of the positive ones, from a histogram: nothing per step is kept) gets about a row, so
    // the busy parts read like step order and waits stretch; the scale grows when that would make the longest run more
    // than `rowsPerStep` rows per step (plus a screenful) tall. Always on the 1-2-5 ladder, at least 1 ms.
    static Scale scaleFor(std::initializer_list<const Run*> runs, double rowsPerStep = 6);
    static double niceAtLeast(double ms); // the smallest 1, 2, 5 × 10^k at or above `ms` (and at least 1)

    // Ticks a whole number of `tickMs` apart, at least `minRows` rows apart.
    static double tickMs(double msPerRow, double minRows = 3);
    // Seconds once the longest run spans two seconds or more, milliseconds below.
    static Unit unitFor(std::int64_t spanMs) { return spanMs >= 2000 ? Unit::Seconds : Unit::Milliseconds; }
    // "250 ms", "1.5 s": as many decimals as the tick step needs.
    static QString tickLabel(std::int64_t ms, Unit unit, double tickMs);
    // A wait's length as read beside it: "52 ms", "1.36 s", "12 s".
    static QString durationText(std::int64_t ms);
};

} // namespace notiflow::ui
