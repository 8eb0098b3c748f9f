// Go to… (Ctrl+G): where a customer id, an order id or a notification recipient first appears in each run, read
// from the recorded notifications, decisions, step labels and the scenario's actions. Plain C++, no Qt.
#pragma once

#include "perarchitecture.h"

#include <string>

namespace notiflow {
struct Comparison;
struct Run;
} // namespace notiflow

namespace notiflow::ui {

class GoToIndex final {
public:
    // The first step of each run that concerns `query` (exact id or recipient, case-sensitive, surrounding spaces
    // ignored); -1 on a side where nothing does.
    static PerArchitecture<int> find(const Comparison& comparison, std::string query);
    static int findInRun(const Run& run, const Comparison& comparison, const std::string& query);
};

} // namespace notiflow::ui
