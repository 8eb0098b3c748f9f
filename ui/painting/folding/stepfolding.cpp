#include "painting/folding/stepfolding.h"

#include "run.h"

#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

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

// Keyed by views of the rules' interned ids, which live as long as the program.
class RuleIds {
public:
    int idOf(std::string_view rule) { return m_ids.try_emplace(rule, static_cast<int>(m_ids.size())).first->second; }

private:
    std::unordered_map<std::string_view, int> m_ids;
};

struct Unit {
    int firstSibling = 0; // index into the parent's child list
    int lastSibling = 0;
    int shape = 0; // interned sequence of the siblings' shapes
};

template <typename V> auto& at(V& v, int i)
{
    return v[static_cast<std::size_t>(i)];
}

// A step's parent in the call tree; a damaged parent (not before its child) makes the step a root.
int parentOf(const Run& run, int i)
{
    const int p = at(run.steps, i).parent;
    return p >= 0 && p < i ? p : -1;
}

// (step, position in the run's list) pairs, sorted: by step and, within a step, in the list's order.
using StepIndex = std::vector<std::pair<int, int>>;

template <typename Items> void indexBySteps(StepIndex& index, const Items& items, std::size_t from)
{
    const auto mid = static_cast<std::ptrdiff_t>(index.size());
    for (std::size_t k = from; k < items.size(); ++k)
        index.emplace_back(items[k].step, static_cast<int>(k));
    std::sort(index.begin() + mid, index.end());
    // Items recorded later usually belong to later steps: merge only when they do not.
    if (mid > 0 && mid < static_cast<std::ptrdiff_t>(index.size()) && index[mid] < index[mid - 1])
        std::inplace_merge(index.begin(), index.begin() + mid, index.end());
}

// The positions of the items of steps first..last, as a range of the index.
std::pair<StepIndex::const_iterator, StepIndex::const_iterator> itemsOf(const StepIndex& index, int first, int last)
{
    return { std::lower_bound(index.begin(), index.end(), std::pair(first, INT_MIN)),
        std::lower_bound(index.begin(), index.end(), std::pair(last + 1, INT_MIN)) };
}

// What continuesInto compares: the sizes of a run's lists and the last element of each, as far as folding reads it.
struct Tail {
    std::size_t steps = 0;
    std::size_t decisions = 0;
    std::size_t notifications = 0;
    std::tuple<int, int, int, int, int, std::string> step; // kind, from, to, parent, action, label
    std::tuple<int, bool, InternedText, std::string> decision; // step, passed, rule, subject
    std::tuple<int, int, std::string> notification; // step, type, customer
    bool operator==(const Tail&) const = default;
};

Tail tailOf(const Run& run, std::size_t steps, std::size_t decisions, std::size_t notifications)
{
    Tail t;
    t.steps = steps;
    t.decisions = decisions;
    t.notifications = notifications;
    if (steps > 0) {
        const Step& s = run.steps[steps - 1];
        t.step = { static_cast<int>(s.kind), static_cast<int>(s.from), static_cast<int>(s.to), s.parent, s.action,
            s.label };
    }
    if (decisions > 0) {
        const Decision& d = run.decisions[decisions - 1];
        t.decision = { d.step, d.passed, d.rule, d.subject };
    }
    if (notifications > 0) {
        const SentNotification& n = run.notifications[notifications - 1];
        t.notification = { n.step, static_cast<int>(n.type), n.customerId };
    }
    return t;
}

} // namespace

struct StepFolding::Memo {
    Interner shapes;
    Interner unitShapes;
    RuleIds rules;
    // The call tree: per step the last step of its subtree, the subtree's size, and its children as linked lists
    // (first and last child, next sibling), which new children are appended to.
    std::vector<int> end, size, firstChild, lastChild, nextSibling;
    StepIndex decisionsAt, notificationsAt;
    struct Found {
        Group group;
        bool counted = false; // its counts are filled in (done only for groups shown, not nested ones)
    };
    std::vector<Found> found; // every group, the nested ones too, ascending by foldedFirst
    Tail tail;
};

StepFolding::StepFolding()
    : m_memo(std::make_unique<Memo>())
{
}

StepFolding::StepFolding(const Run& run)
    : StepFolding()
{
    fold(run, 0);
}

StepFolding::StepFolding(const StepFolding& other)
    : m_shape(other.m_shape)
    , m_groups(other.m_groups)
    , m_memo(other.m_memo ? std::make_unique<Memo>(*other.m_memo) : nullptr)
{
}

StepFolding::StepFolding(StepFolding&& other) noexcept = default;
StepFolding& StepFolding::operator=(StepFolding&& other) noexcept = default;
StepFolding::~StepFolding() = default;

StepFolding& StepFolding::operator=(const StepFolding& other)
{
    if (this != &other)
        *this = StepFolding(other);
    return *this;
}

bool StepFolding::continuesInto(const Run& run) const
{
    if (!m_memo)
        return true; // moved from: nothing folded yet
    const Tail& t = m_memo->tail;
    return run.steps.size() >= t.steps && run.decisions.size() >= t.decisions
        && run.notifications.size() >= t.notifications && tailOf(run, t.steps, t.decisions, t.notifications) == t;
}

bool StepFolding::grewFrom(const Run& before, const Run& after)
{
    if (after.steps.size() < before.steps.size() || after.decisions.size() < before.decisions.size()
        || after.notifications.size() < before.notifications.size())
        return false;
    for (std::size_t i = 0; i < before.steps.size(); ++i) {
        const Step& a = before.steps[i];
        const Step& b = after.steps[i];
        if (a.kind != b.kind || a.from != b.from || a.to != b.to || a.parent != b.parent)
            return false;
    }
    for (std::size_t k = 0; k < before.decisions.size(); ++k) {
        const Decision& a = before.decisions[k];
        const Decision& b = after.decisions[k];
        if (a.step != b.step || a.passed != b.passed || a.rule != b.rule || a.subject != b.subject)
            return false;
    }
    for (std::size_t k = 0; k < before.notifications.size(); ++k) {
        if (before.notifications[k].step != after.notifications[k].step
            || before.notifications[k].type != after.notifications[k].type)
            return false;
    }
    return true;
}

bool StepFolding::extend(const Run& run)
{
    if (!continuesInto(run))
        return false;
    if (!m_memo) {
        *this = StepFolding(run);
        return true;
    }
    fold(run, stepCount());
    return true;
}

void StepFolding::fold(const Run& run, int from)
{
    Memo& m = *m_memo;
    const int n = static_cast<int>(run.steps.size());
    for (std::vector<int>* v : { &m_shape, &m.end, &m.size, &m.firstChild, &m.lastChild, &m.nextSibling })
        v->resize(static_cast<std::size_t>(n), -1);
    indexBySteps(m.decisionsAt, run.decisions, m.tail.decisions);
    indexBySteps(m.notificationsAt, run.notifications, m.tail.notifications);
    for (int i = from; i < n; ++i) {
        const int p = parentOf(run, i);
        if (p < 0)
            continue;
        (at(m.lastChild, p) < 0 ? at(m.firstChild, p) : at(m.nextSibling, at(m.lastChild, p))) = i;
        at(m.lastChild, p) = i;
    }

    // The older steps whose subtree changed: those still being recorded (a new step is among their descendants)
    // and those a new decision or notification was recorded for, with their ancestors. Every other older subtree is
    // complete: its shape and the groups among its children are final.
    std::unordered_set<int> stale;
    std::vector<int> staleSteps;
    const auto markUp = [&](int s) {
        for (; s >= 0 && s < from && stale.insert(s).second; s = parentOf(run, s))
            staleSteps.push_back(s);
    };
    for (int i = from; i < n; ++i)
        markUp(parentOf(run, i));
    for (std::size_t k = m.tail.decisions; k < run.decisions.size(); ++k)
        markUp(run.decisions[k].step);
    for (std::size_t k = m.tail.notifications; k < run.notifications.size(); ++k)
        markUp(run.notifications[k].step);
    std::sort(staleSteps.begin(), staleSteps.end(), std::greater<>());
    // Folded again, children before parents: every new step comes after every older one.
    std::vector<int> refold;
    refold.reserve(static_cast<std::size_t>(n - from) + staleSteps.size());
    for (int i = n - 1; i >= from; --i)
        refold.push_back(i);
    refold.insert(refold.end(), staleSteps.begin(), staleSteps.end());

    // Subtree shapes bottom-up. What one step contributes: kind, from, to, and the rules it evaluated with their
    // outcomes, and the notification types it sent. Labels, captions and details carry ids and values: left out.
    std::vector<int> key;
    for (const int i : refold) {
        const Step& s = at(run.steps, i);
        key.assign({ static_cast<int>(s.kind), static_cast<int>(s.from), static_cast<int>(s.to) });
        for (auto [it, last] = itemsOf(m.decisionsAt, i, i); it != last; ++it) {
            const Decision& d = at(run.decisions, it->second);
            key.push_back(m.rules.idOf(d.rule.str()));
            key.push_back(d.passed ? 1 : 0);
        }
        for (auto [it, last] = itemsOf(m.notificationsAt, i, i); it != last; ++it)
            key.push_back(-1 - static_cast<int>(at(run.notifications, it->second).type));
        key.push_back(-1000000); // separates the step's own part from its children's shapes
        at(m.end, i) = i;
        at(m.size, i) = 1;
        for (int c = at(m.firstChild, i); c >= 0; c = at(m.nextSibling, c)) {
            key.push_back(at(m_shape, c));
            at(m.end, i) = std::max(at(m.end, i), at(m.end, c));
            at(m.size, i) += at(m.size, c);
        }
        at(m_shape, i) = m.shapes.idOf(key);
    }

    // Per parent folded again: cut the children into units, each starting at an occurrence of the most frequent
    // child shape (the earliest one on a tie: the first thing done per customer), then group consecutive equal units.
    std::vector<Memo::Found> found;
    std::vector<int> kids;
    for (const int p : refold) {
        kids.clear();
        for (int c = at(m.firstChild, p); c >= 0; c = at(m.nextSibling, c))
            kids.push_back(c);
        if (kids.size() < 2)
            continue;
        std::map<int, std::pair<int, int>> counts; // shape -> (count, -first position)
        for (int k = 0; k < static_cast<int>(kids.size()); ++k) {
            auto [it, added] = counts.try_emplace(at(m_shape, at(kids, k)), 0, -k);
            ++it->second.first;
        }
        const auto leader = std::max_element(
            counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        if (leader->second.first < 2)
            continue;
        std::vector<Unit> units;
        for (int k = 0; k < static_cast<int>(kids.size()); ++k) {
            if (at(m_shape, at(kids, k)) == leader->first)
                units.push_back({ k, k, 0 });
            else if (!units.empty())
                units.back().lastSibling = k;
        }
        for (Unit& u : units) {
            key.clear();
            for (int k = u.firstSibling; k <= u.lastSibling; ++k)
                key.push_back(at(m_shape, at(kids, k)));
            u.shape = m.unitShapes.idOf(key);
        }
        for (std::size_t a = 0; a < units.size();) {
            std::size_t b = a + 1;
            while (b < units.size() && units[b].shape == units[a].shape)
                ++b;
            if (b - a >= 2) {
                // The folded instances must cover a contiguous range of steps and nothing else, or folding them
                // would hide a step of another shape (a delivery recorded in between, for instance).
                const int first = at(kids, units[a + 1].firstSibling);
                int last = first;
                int total = 0;
                for (std::size_t u = a + 1; u < b; ++u) {
                    for (int k = units[u].firstSibling; k <= units[u].lastSibling; ++k) {
                        last = std::max(last, at(m.end, at(kids, k)));
                        total += at(m.size, at(kids, k));
                    }
                }
                if (total == last - first + 1) {
                    Group g;
                    g.parent = p;
                    g.firstStep = at(kids, units[a].firstSibling);
                    g.instances = static_cast<int>(b - a);
                    g.foldedFirst = first;
                    g.foldedLast = last;
                    found.push_back({ g });
                }
            }
            a = b;
        }
    }
    // The groups among the children of a step folded again replace the ones found there before.
    const auto byFirst
        = [](const Memo::Found& a, const Memo::Found& b) { return a.group.foldedFirst < b.group.foldedFirst; };
    std::erase_if(m.found, [&stale](const Memo::Found& f) { return stale.count(f.group.parent) > 0; });
    std::sort(found.begin(), found.end(), byFirst);
    const auto mid = static_cast<std::ptrdiff_t>(m.found.size());
    m.found.insert(m.found.end(), found.begin(), found.end());
    std::inplace_merge(m.found.begin(), m.found.begin() + mid, m.found.end(), byFirst);

    // Nested repeats (a pattern inside a folded instance) are already hidden by the outer group: keep the outer.
    m_groups.clear();
    for (Memo::Found& f : m.found) {
        Group& g = f.group;
        if (!m_groups.empty() && g.foldedFirst <= m_groups.back().foldedLast)
            continue;
        if (!f.counted) { // the counts it shows, from its folded steps and their decisions alone
            for (int i = g.foldedFirst; i <= g.foldedLast; ++i) {
                const Step& s = at(run.steps, i);
                if (s.kind == StepKind::Send) {
                    g.emails += s.to == Component::Email ? 1 : 0;
                    g.sms += s.to == Component::Sms ? 1 : 0;
                }
            }
            std::set<std::string> subjects;
            bool onlyOrders = true;
            for (auto [it, last] = itemsOf(m.decisionsAt, g.foldedFirst, g.foldedLast); it != last; ++it) {
                const Decision& d = at(run.decisions, it->second);
                (d.passed ? g.checksPassed : g.checksFailed) += 1;
                subjects.insert(d.subject);
                onlyOrders = onlyOrders && d.rule.str().rfind("order", 0) == 0;
            }
            g.subjects = static_cast<int>(subjects.size());
            g.ordersNotCustomers = !subjects.empty() && onlyOrders;
            f.counted = true;
        }
        m_groups.push_back(g);
    }
    m.tail = tailOf(run, run.steps.size(), run.decisions.size(), run.notifications.size());
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
