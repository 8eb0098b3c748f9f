// The summary slide's figures: per architecture the headline figures of the run (and, for a scenario with faults,
// what the faults did), each with one sentence saying what differs, worded from the two values, never typed in.
#pragma once

#include "component.h"

#include <QCoreApplication>
#include <QString>
#include <array>
#include <vector>

namespace notiflow {
struct Comparison;
}

namespace notiflow::ui {

class SummaryFigures final {
    Q_DECLARE_TR_FUNCTIONS(SummaryFigures)

public:
    struct Row {
        QString id; // "foreign_domains", "notification_rules", "blocking_calls", "dependencies", "outcome", ...
        QString label;
        std::array<QString, 2> values; // event-sourced, API-driven, as shown
        bool large = true; // the values are short enough for large type
        QString sentence;
    };

    // The headline figures, then for a scenario with faults: notifications lost, delayed and duplicated, the
    // slowest trigger, and failed actions when either run has one.
    static std::vector<Row> rows(const Comparison& comparison);

    // The architecture's name inside a sentence: "event-sourced", "API-driven".
    static QString nameInSentence(Architecture a);
};

} // namespace notiflow::ui
