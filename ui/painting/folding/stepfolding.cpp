#include "painting/folding/stepfolding.h"

#include "run.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace notiflow::ui {

namespace {

// Interns sequences of ints: equal sequences get equal numbers.
class Interner {
public:
    int idOf(const std::vector<int>& key)
    {
        const auto [it, added] = m_ids.try_emplace(key, static_cast<int>(m_ids.size()));
        return it->second;
    }

private:
    struct Hash {
        std::size_t operator()(const std::vector<int>& v) const
        {
            std::size_t h = v.size();
            for (int x : v)
                h ^= static_cast<std::size_t>(x) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
            return h;
        }
    };
    std::unordered_map<std::vector<int>, int, Hash> m_ids;
};

class StringIds {
public:
    int idOf(const std::string& s) { return m_ids.try_emplace(s, static_cast<int>(m_ids.size())).first->second; }

private:
    std::unordered_map<std::string, int> m_ids;
};

struct Unit {
    int firstSibling = 0; // index into the parent's child list
    int lastSibling = 0;
    int shape = 0; // interned sequence of the siblings' shapes
};

} // namespace

StepFolding::StepFolding(const Run& run)
{
    const int n = static_cast<int>(run.steps.size());
    const auto at = [](auto& v, int i) -> auto&
    {
        return v[static_cast<std::size_t>(i)];
    };

    // What one step contributes to a shape: kind, from, to, and the rules it evaluated with their outcomes, or the
    // notification type it sent. Labels, captions and details carry ids and values, so they are left out.
    std::vector<std::vector<int>> own(static_cast<std::size_t>(n));
    StringIds rules;
    for (int i = 0; i < n; ++i) {
        const Step& s = at(run.steps, i);
        at(own, i) = { static_cast<int>(s.kind), static_cast<int>(s.from), static_cast<int>(s.to) };
    }
    for (const Decision& d : run.decisions) {
        if (d.step >= 0 && d.step < n) {
            at(own, d.step).push_back(rules.idOf(d.rule));
            at(own, d.step).push_back(d.passed ? 1 : 0);
        }
    }
    for (const SentNotification& sent : run.notifications) {
        if (sent.step >= 0 && sent.step < n)
            at(own, sent.step).push_back(-1 - static_cast<int>(sent.type));
    }

    // The call tree, with damaged parents (not before their child) taken as roots.
    std::vector<int> parent(static_cast<std::size_t>(n), -1);
    std::vector<int> end(static_cast<std::size_t>(n));
    std::vector<int> size(static_cast<std::size_t>(n), 1);
    std::vector<std::vector<int>> children(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const int p = at(run.steps, i).parent;
        at(parent, i) = p >= 0 && p < i ? p : -1;
        at(end, i) = i;
        if (at(parent, i) >= 0)
            at(children, at(parent, i)).push_back(i);
    }
    // Subtree shapes bottom-up: children always come after their parent.
    Interner shapes;
    m_shape.assign(static_cast<std::size_t>(n), 0);
    for (int i = n - 1; i >= 0; --i) {
        std::vector<int> key = at(own, i);
        key.push_back(-1000000); // separates the step's own part from its children's shapes
        for (int c : at(children, i)) {
            key.push_back(at(m_shape, c));
            at(end, i) = std::max(at(end, i), at(end, c));
            at(size, i) += at(size, c);
        }
        at(m_shape, i) = shapes.idOf(key);
    }

    // Per parent: cut the children into units, each starting at an occurrence of the most frequent child shape
    // (the earliest one on a tie: the first thing done per customer), then group consecutive equal units.
    Interner unitShapes;
    for (int p = 0; p < n; ++p) {
        const std::vector<int>& kids = at(children, p);
        if (kids.size() < 2)
            continue;
        std::map<int, std::pair<int, int>> counts; // shape -> (count, -first position)
        for (int k = 0; k < static_cast<int>(kids.size()); ++k) {
            auto [it, added] = counts.try_emplace(at(m_shape, kids[static_cast<std::size_t>(k)]), 0, -k);
            ++it->second.first;
        }
        const auto leader = std::max_element(
            counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        if (leader->second.first < 2)
            continue;
        std::vector<Unit> units;
        for (int k = 0; k < static_cast<int>(kids.size()); ++k) {
            if (at(m_shape, kids[static_cast<std::size_t>(k)]) == leader->first)
                units.push_back({ k, k, 0 });
            else if (!units.empty())
                units.back().lastSibling = k;
        }
        for (Unit& u : units) {
            std::vector<int> key;
            for (int k = u.firstSibling; k <= u.lastSibling; ++k)
                key.push_back(at(m_shape, kids[static_cast<std::size_t>(k)]));
            u.shape = unitShapes.idOf(key);
        }
        for (std::size_t a = 0; a < units.size();) {
            std::size_t b = a + 1;
            while (b < units.size() && units[b].shape == units[a].shape)
                ++b;
            if (b - a >= 2) {
                // The folded instances must cover a contiguous range of steps and nothing else, or folding them
                // would hide a step of another shape (a delivery recorded in between, for instance).
                const int first = kids[static_cast<std::size_t>(units[a + 1].firstSibling)];
                int last = first;
                int total = 0;
                for (std::size_t u = a + 1; u < b; ++u) {
                    for (int k = units[u].firstSibling; k <= units[u].lastSibling; ++k) {
                        const int child = kids[static_cast<std::size_t>(k)];
                        last = std::max(last, at(end, child));
                        total += at(size, child);
                    }
                }
                if (total == last - first + 1) {
                    Group g;
                    g.parent = p;
                    g.firstStep = kids[static_cast<std::size_t>(units[a].firstSibling)];
                    g.instances = static_cast<int>(b - a);
                    g.foldedFirst = first;
                    g.foldedLast = last;
                    m_groups.push_back(g);
                }
            }
            a = b;
        }
    }
    std::sort(
        m_groups.begin(), m_groups.end(), [](const Group& a, const Group& b) { return a.foldedFirst < b.foldedFirst; });
    // Nested repeats (a pattern inside a folded instance) are already hidden by the outer group: keep the outer.
    std::vector<Group> kept;
    for (const Group& g : m_groups) {
        if (kept.empty() || g.foldedFirst > kept.back().foldedLast)
            kept.push_back(g);
    }
    m_groups = std::move(kept);

    // The counts each group shows, from the folded steps themselves.
    for (Group& g : m_groups) {
        for (int i = g.foldedFirst; i <= g.foldedLast; ++i) {
            const Step& s = at(run.steps, i);
            if (s.kind == StepKind::Send) {
                g.emails += s.to == Component::Email ? 1 : 0;
                g.sms += s.to == Component::Sms ? 1 : 0;
            }
        }
    }
    // Decisions by step, so that each group reads only its own: a scan of every decision per group would cost
    // groups x decisions (tens of thousands of each on a 100,000-customer run).
    std::vector<const Decision*> byStep;
    byStep.reserve(run.decisions.size());
    for (const Decision& d : run.decisions)
        byStep.push_back(&d);
    std::stable_sort(
        byStep.begin(), byStep.end(), [](const Decision* a, const Decision* b) { return a->step < b->step; });
    for (Group& g : m_groups) {
        std::set<std::string> subjects;
        bool onlyOrders = true;
        auto it = std::lower_bound(
            byStep.begin(), byStep.end(), g.foldedFirst, [](const Decision* d, int step) { return d->step < step; });
        for (; it != byStep.end() && (*it)->step <= g.foldedLast; ++it) {
            const Decision& d = **it;
            (d.passed ? g.checksPassed : g.checksFailed) += 1;
            subjects.insert(d.subject);
            onlyOrders = onlyOrders && d.rule.rfind("order", 0) == 0;
        }
        g.subjects = static_cast<int>(subjects.size());
        g.ordersNotCustomers = !subjects.empty() && onlyOrders;
    }
}

int StepFolding::groupOfStep(int step) const
{
    const auto it = std::upper_bound(
        m_groups.begin(), m_groups.end(), step, [](int s, const Group& g) { return s < g.foldedFirst; });
    if (it == m_groups.begin())
        return -1;
    const auto& g = *(it - 1);
    return step <= g.foldedLast ? static_cast<int>(it - 1 - m_groups.begin()) : -1;
}

int StepFolding::shapeOf(int step) const
{
    return step >= 0 && step < stepCount() ? m_shape[static_cast<std::size_t>(step)] : -1;
}

} // namespace notiflow::ui
