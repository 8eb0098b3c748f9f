// The human-readable comparison printed by `notiflow --compare`: narrated steps, notifications and metrics of each
// architecture, then whether both sent the same notifications.
#pragma once

#include <ostream>

namespace notiflow {

struct Comparison;
struct Run;
struct Scenario;

class TextReport {
public:
    static void write(std::ostream& out, const Comparison& comparison);
    static void writeRun(std::ostream& out, const Scenario& scenario, const Run& run);
    static void writeMetrics(std::ostream& out, const Run& run);
};

} // namespace notiflow
