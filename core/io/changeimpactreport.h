// Change impact as the command line prints it: a short text table per architecture (--compare) and the
// "change_impact" object of each run (--json).
#pragma once

#include "changeimpact.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace notiflow {

class ChangeImpactReport {
public:
    // {"change": ID, "exercised": B, "components": [{"component", "reasons", "new_dependencies"}], "teams": [...],
    //  "deployments": N, "touched": [{"element", "exercised"}]}
    static nlohmann::json json(const ChangeImpact& impact);
    static void writeText(std::ostream& out, const RequirementChange& change, const ChangeImpact& eventSourced,
        const ChangeImpact& apiDriven);
    // "notification_service, pricing_service (+orders)": the components in one line, as the README table shows them.
    static std::string componentLine(const ChangeImpact& impact);
};

} // namespace notiflow
