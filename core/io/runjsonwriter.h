// Writes runs as JSON (the --json format in the README), streaming step by step rather than building one document.
#pragma once

#include "dataset.h"
#include "perarchitecture.h"
#include "run.h"
#include "scenario.h"

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>

namespace notiflow {

class JsonWriter;
struct Comparison;

class RunJsonWriter {
public:
    static nlohmann::json scenarioJson(const Scenario& scenario);
    static nlohmann::json metricsJson(const Metrics& metrics);
    // The run's "outcome" object: what its faults did, against the fault-free run (README, --json).
    static nlohmann::json outcomeJson(const Outcome& outcome);
    // Each writes one compact JSON object.
    static void writeStep(JsonWriter& out, const NarratedStep& step);
    static void writeNotification(JsonWriter& out, const SentNotification& notification);
    static void writeDecision(JsonWriter& out, const Decision& decision);
    // `extraFields` ("\"key\":value,..."), when given, is added at the end of the RUN object (the change impact).
    static void writeRun(std::ostream& out, const Run& run, std::string_view extraFields = {});

    // {"scenario": ..., "architectures": {"event_sourced": RUN, "api_driven": RUN}, "same_notifications": ...}
    static void writeComparison(
        std::ostream& out, const Comparison& comparison, const PerArchitecture<std::string>* extraFields = nullptr);
    // The same document, written while both architectures run (one thread each): each step is written the moment
    // it is recorded, into a temporary file per architecture copied out in order, so a run of hundreds of
    // thousands of steps never holds its trace as text.
    static void runAndWrite(std::ostream& out, const DataSet& data, const Scenario& scenario);
};

} // namespace notiflow
