// Copies what the runs recorded into chip rows; computes no metric of its own.
#include "painting/charts/datarulescharts.h"

#include "metrics.h"
#include "painting/style/displaytext.h"

#include <array>
#include <map>

namespace notiflow::ui {

namespace {
bool isPresent(const Metrics& m, Component c)
{
    return m.components[static_cast<std::size_t>(indexOf(c))].present;
}

// Services, the notification side and the bus: the components that can query a domain or evaluate a rule.
bool queriesOrDecides(Component c)
{
    const ComponentRole role = componentRole(c);
    return role == ComponentRole::DomainService || role == ComponentRole::NotificationSide
        || role == ComponentRole::Infrastructure;
}
} // namespace

QString DataRulesCharts::title()
{
    return tr("Data & rules");
}

std::unique_ptr<ChipGridChart> DataRulesCharts::makeForeignDomainsChart()
{
    return std::make_unique<ChipGridChart>(
        tr("Foreign data domains queried"), tr("none"), tr("not in this architecture"));
}

std::unique_ptr<ChipGridChart> DataRulesCharts::makeRuleImpactChart()
{
    return std::make_unique<ChipGridChart>(tr("Who evaluated each rule"), tr("not evaluated"), tr("no run"));
}

std::unique_ptr<ChipGridChart> DataRulesCharts::foreignDomainsChart(
    const Metrics* eventSourced, const Metrics* apiDriven)
{
    auto chart = makeForeignDomainsChart();
    chart->setRows(foreignDomainRows(eventSourced, apiDriven));
    return chart;
}

std::unique_ptr<ChipGridChart> DataRulesCharts::ruleImpactChart(const Metrics* eventSourced, const Metrics* apiDriven)
{
    auto chart = makeRuleImpactChart();
    chart->setRows(ruleImpactRows(eventSourced, apiDriven));
    return chart;
}

std::vector<ChipGridChart::Row> DataRulesCharts::foreignDomainRows(
    const Metrics* eventSourced, const Metrics* apiDriven)
{
    std::vector<ChipGridChart::Row> rows;
    const std::array<const Metrics*, 2> sides { eventSourced, apiDriven };
    for (int i = 0; i < componentCount; ++i) {
        const auto c = static_cast<Component>(i);
        const bool anywhere = (eventSourced && isPresent(*eventSourced, c)) || (apiDriven && isPresent(*apiDriven, c));
        if (!queriesOrDecides(c) || !anywhere)
            continue;
        ChipGridChart::Row row;
        row.label = componentTitle(c);
        for (std::size_t s = 0; s < 2; ++s) {
            if (!sides[s] || !isPresent(*sides[s], c))
                continue;
            QStringList domains;
            for (Component d : sides[s]->components[static_cast<std::size_t>(i)].foreignDomains) {
                domains << componentTitle(d);
                row.figures[s].push_back(TracedFigure::of(TracedFigure::Kind::DataAccess, allArchitectures[s], c, d));
            }
            row.chips[s] = domains;
        }
        row.toolTip = tr("Data domains %1 queried that it does not own").arg(row.label);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<ChipGridChart::Row> DataRulesCharts::ruleImpactRows(const Metrics* eventSourced, const Metrics* apiDriven)
{
    // Invert "component evaluated rules" into "rule evaluated by components", in rule order.
    std::map<std::string, std::array<QStringList, 2>> byRule;
    std::map<std::string, std::array<std::vector<TracedFigure>, 2>> figures;
    const std::array<const Metrics*, 2> sides { eventSourced, apiDriven };
    for (std::size_t s = 0; s < 2; ++s) {
        if (!sides[s])
            continue;
        for (const ComponentMetrics& cm : sides[s]->components) {
            for (const std::string& rule : cm.rules) {
                byRule[rule][s] << componentTitle(cm.component);
                figures[rule][s].push_back(TracedFigure::of(TracedFigure::Kind::RuleEvaluation, allArchitectures[s],
                    cm.component, Component::OutsideWorld, rule));
            }
        }
    }
    std::vector<ChipGridChart::Row> rows;
    for (auto& [rule, components] : byRule) {
        ChipGridChart::Row row;
        row.label = toQString(rule);
        row.toolTip = tr("If rule %1 changed, these components would have to change").arg(row.label);
        for (std::size_t s = 0; s < 2; ++s) {
            if (sides[s]) {
                row.chips[s] = components[s];
                row.figures[s] = figures[rule][s];
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace notiflow::ui
