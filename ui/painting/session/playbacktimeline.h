// Maps one shared playhead to the current step of each architecture, synchronised by scenario action.
// Pure math, no painting: action k starts at the same time on both sides; within it each step takes one slot,
// and the side with fewer steps holds its last step until the other catches up.
#pragma once

#include "component.h"

#include <vector>

namespace notiflow {
struct Run;
}

namespace notiflow::ui {

class PlaybackTimeline {
public:
    PlaybackTimeline() = default;
    PlaybackTimeline(const Run& eventSourced, const Run& apiDriven);

    double duration() const { return m_duration; } // in slots; one slot animates one step
    int actionCount() const { return static_cast<int>(m_actionStart.size()); }
    double actionStart(int action) const;
    double actionEnd(int action) const;
    int actionAt(double time) const; // the action playing at `time`; -1 when there is none

    struct Position {
        int step = -1; // the step shown; -1 before the first
        double progress = 0; // 0..1 along that step's animation; 1 = final frame
    };
    Position positionAt(Architecture side, double time) const;
    double stepStart(Architecture side, int step) const; // time the step begins to animate
    double stepEnd(Architecture side, int step) const { return stepStart(side, step) + 1.0; }
    int stepCount(Architecture side) const;
    int actionOfStep(Architecture side, int step) const; // -1 when out of range

    // Times a step key moves to: the end of the next / previous slot boundary, landing on final frames.
    double nextStop(double time) const;
    double previousStop(double time) const;

private:
    struct Side {
        std::vector<int> actionFirstStep; // per action, plus one past the last
        int stepsIn(int action) const;
        int actionOf(int step) const;
    };
    const Side& side(Architecture a) const { return a == Architecture::EventSourced ? m_es : m_ad; }
    Side m_es;
    Side m_ad;
    std::vector<double> m_actionStart; // per action
    double m_duration = 0;
};

} // namespace notiflow::ui
