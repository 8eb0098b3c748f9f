#include "changeimpactreport.h"

#include <iomanip>

namespace notiflow {

namespace {
std::string joined(const std::vector<std::string>& parts, const char* separator = ", ")
{
    std::string text;
    for (const auto& part : parts)
        text += (text.empty() ? "" : separator) + part;
    return text;
}

std::string teamList(const ChangeImpact& impact)
{
    std::vector<std::string> teams;
    for (const Team t : impact.teams)
        teams.emplace_back(teamId(t));
    return teams.empty() ? "none" : joined(teams);
}

void writeArchitecture(std::ostream& out, const ChangeImpact& impact)
{
    out << architectureName(impact.architecture) << ": ";
    if (!impact.exercised) {
        out << notExercised << "\n";
        return;
    }
    out << impact.components.size() << (impact.components.size() == 1 ? " component" : " components")
        << " to change, teams: " << teamList(impact) << ", deployments: " << impact.deployments << "\n";
    constexpr int nameWidth = 22;
    for (const ComponentChange& c : impact.components) {
        out << "  " << std::left << std::setw(nameWidth) << componentName(c.component);
        for (std::size_t i = 0; i < c.reasons.size(); ++i)
            out << (i ? "\n  " + std::string(nameWidth, ' ') : std::string()) << c.reasons[i];
        for (const auto& d : c.newDependencies)
            out << "\n  " << std::string(nameWidth, ' ') << "new dependency on " << d;
        out << "\n";
    }
    for (const TouchedElement& e : impact.elements) {
        if (!e.exercised)
            out << "  " << e.what << ": " << notExercised << "\n";
    }
}
} // namespace

nlohmann::json ChangeImpactReport::json(const ChangeImpact& impact)
{
    auto components = nlohmann::json::array();
    for (const ComponentChange& c : impact.components) {
        components.push_back({ { "component", componentId(c.component) }, { "reasons", c.reasons },
            { "new_dependencies", c.newDependencies } });
    }
    auto teams = nlohmann::json::array();
    for (const Team t : impact.teams)
        teams.push_back(teamId(t));
    auto touched = nlohmann::json::array();
    for (const TouchedElement& e : impact.elements)
        touched.push_back({ { "element", e.what }, { "exercised", e.exercised } });
    return { { "change", impact.change }, { "exercised", impact.exercised }, { "components", std::move(components) },
        { "teams", std::move(teams) }, { "deployments", impact.deployments }, { "touched", std::move(touched) } };
}

void ChangeImpactReport::writeText(
    std::ostream& out, const RequirementChange& change, const ChangeImpact& eventSourced, const ChangeImpact& apiDriven)
{
    out << "\n=== Requirement change " << change.id << ": " << change.title << "\n";
    if (!change.description.empty())
        out << change.description << "\n";
    if (!change.lesson.empty())
        out << "Lesson: " << change.lesson << "\n";
    writeArchitecture(out, eventSourced);
    writeArchitecture(out, apiDriven);
}

std::string ChangeImpactReport::componentLine(const ChangeImpact& impact)
{
    if (!impact.exercised)
        return std::string(notExercised);
    std::vector<std::string> parts;
    for (const ComponentChange& c : impact.components) {
        std::string part(componentId(c.component));
        if (!c.newDependencies.empty())
            part += " (+" + joined(c.newDependencies, ", +") + ")";
        parts.push_back(std::move(part));
    }
    return joined(parts);
}

} // namespace notiflow
