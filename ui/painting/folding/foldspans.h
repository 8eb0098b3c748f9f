// The fold groups of a run as the bands a scrubber draws. A large run has thousands of groups, most of them narrower
// than a pixel on a scrubber a thousand pixels wide; drawing each costs a frame tens of milliseconds. Bands that would
// overlap on screen are drawn as one, so a frame draws at most about one band per pixel column.
#pragma once

#include <vector>

namespace notiflow::ui {

struct FoldSpan {
    double x0 = 0;
    double x1 = 0;
    bool expanded = false; // an opened group is drawn as an outline, a folded one filled: they never merge
};

class FoldSpans {
public:
    // Spans narrower than minWidth are widened to it, rightwards, so that every group stays visible.
    explicit FoldSpans(double minWidth);

    // Groups in the order of the run (x0 never decreases). A span that overlaps the one before it, and is in the same
    // state, extends it; touching spans stay apart, so wide neighbours still show their boundary.
    void add(double x0, double x1, bool expanded);
    const std::vector<FoldSpan>& spans() const { return m_spans; }

private:
    double m_minWidth;
    std::vector<FoldSpan> m_spans;
};

} // namespace notiflow::ui
