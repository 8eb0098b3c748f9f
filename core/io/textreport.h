// The human-readable comparison printed by `notiflow --compare`: narrated steps, notifications and metrics of each
// architecture, then whether both sent the same notifications.
#pragma once

#include "dependencykind.h"

#include <array>
#include <ostream>
#include <string>
#include <string_view>

namespace notiflow {

struct Comparison;
struct Run;
struct Scenario;

class TextReport {
public:
    static void write(std::ostream& out, const Comparison& comparison);
    static void writeRun(std::ostream& out, const Scenario& scenario, const Run& run);
    static void writeMetrics(std::ostream& out, const Run& run);
    // The run's outcome against its fault-free run: a small table (lost, delayed, duplicated, latencies, queues).
    static void writeOutcome(std::ostream& out, const Run& run);
    // What the architectures are compared for, first: foreign data and notification rules in domain services,
    // blocking calls per action, then the dependency counts split by kind.
    static void writeHeadline(std::ostream& out, const Run& run);
    // "domain data 1, own data 2, service API 1, event contract 1; infrastructure 4"
    static std::string splitDependencies(const std::array<int, dependencyKindCount>& byKind);
    // "1 step", "2 steps"
    static std::string countOf(std::size_t n, std::string_view singular, std::string_view plural);
};

} // namespace notiflow
