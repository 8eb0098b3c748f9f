// The "Data & rules" comparison as two chip grids filled from both runs' metrics: the foreign data domains each
// service queried, and which component evaluated each rule. Built here once for the dock, exports and slides.
#pragma once

#include "painting/charts/chipgridchart.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace notiflow {
struct Metrics;
}

namespace notiflow::ui {

class DataRulesCharts final {
    Q_DECLARE_TR_FUNCTIONS(DataRulesCharts)

public:
    static QString title(); // "Data & rules"

    // Empty charts with their titles and placeholders; fill them with the rows below.
    static std::unique_ptr<ChipGridChart> makeForeignDomainsChart();
    static std::unique_ptr<ChipGridChart> makeRuleImpactChart();
    // The same, filled from the runs (either may be null: no run on that side).
    static std::unique_ptr<ChipGridChart> foreignDomainsChart(const Metrics* eventSourced, const Metrics* apiDriven);
    static std::unique_ptr<ChipGridChart> ruleImpactChart(const Metrics* eventSourced, const Metrics* apiDriven);

    // One row per service or notification-side component present in either run: its foreign data domains.
    static std::vector<ChipGridChart::Row> foreignDomainRows(const Metrics* eventSourced, const Metrics* apiDriven);
    // One row per rule evaluated in either run, in rule order: the components that evaluated it.
    static std::vector<ChipGridChart::Row> ruleImpactRows(const Metrics* eventSourced, const Metrics* apiDriven);
};

} // namespace notiflow::ui
