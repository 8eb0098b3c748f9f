#include "painting/session/gotoindex.h"

#include "run.h"
#include "scenariorunner.h"

#include <algorithm>
#include <cctype>

namespace notiflow::ui {

namespace {
// `text` holds `word` with no letter, digit, '-', '_', '.' or '@' right before or after it: "CUST-1" is not found
// in "CUST-12", an address is found whole.
bool containsWord(std::string_view text, std::string_view word)
{
    const auto isPart = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.' || c == '@'
            || c == '+';
    };
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const bool startOk = at == 0 || !isPart(text[at - 1]);
        const std::size_t end = at + word.size();
        // A sentence may end right after an id: a trailing dot followed by nothing or a space is punctuation.
        const bool endOk = end == text.size() || !isPart(text[end])
            || (text[end] == '.' && (end + 1 == text.size() || text[end + 1] == ' '));
        if (startOk && endOk)
            return true;
    }
    return false;
}

std::string trimmed(std::string s)
{
    const auto space = [](unsigned char c) { return std::isspace(c) != 0; };
    s.erase(s.begin(), std::find_if_not(s.begin(), s.end(), space));
    s.erase(std::find_if_not(s.rbegin(), s.rend(), space).base(), s.end());
    return s;
}
} // namespace

int GoToIndex::findInRun(const Run& run, const Comparison& comparison, const std::string& query)
{
    if (query.empty())
        return -1;
    const int none = static_cast<int>(run.steps.size());
    int best = none;
    for (const SentNotification& n : run.notifications) {
        if (n.customerId == query || n.recipient == query)
            best = std::min(best, n.step);
    }
    for (const Decision& d : run.decisions) {
        if (d.subject == query)
            best = std::min(best, d.step);
    }
    // Labels name the records a step reads or writes ("customer CUST-001", "orders/ORD-004 status").
    for (int i = 0; i < best; ++i) {
        if (containsWord(run.steps[static_cast<std::size_t>(i)].label, query)) {
            best = i;
            break;
        }
    }
    // An order or product an action names: that action's first step.
    const auto& actions = comparison.scenario.actions;
    for (std::size_t a = 0; a < actions.size() && a < run.actionFirstStep.size(); ++a) {
        if ((actions[a].orderId == query || actions[a].productId == query) && run.actionFirstStep[a] < none)
            best = std::min(best, run.actionFirstStep[a]);
    }
    return best < none ? best : -1;
}

PerArchitecture<int> GoToIndex::find(const Comparison& comparison, std::string query)
{
    query = trimmed(std::move(query));
    PerArchitecture<int> found;
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven })
        found[side] = findInRun(comparison.run(side), comparison, query);
    return found;
}

} // namespace notiflow::ui
