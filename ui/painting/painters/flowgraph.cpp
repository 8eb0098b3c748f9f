#include "painting/painters/flowgraph.h"

#include "run.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace notiflow::ui {

FlowGraph::FlowGraph(const Run& run)
    : m_faults(run)
{
    std::map<std::tuple<int, int, int>, int> edgeIndex;
    m_edgeOfStep.assign(run.steps.size(), -1);
    for (std::size_t i = 0; i < run.steps.size(); ++i) {
        const Step& s = run.steps[i];
        m_components[s.from] = true;
        m_components[s.to] = true;
        const bool failed = m_faults.isFailed(static_cast<int>(i));
        if (s.from == s.to) {
            m_selfSteps[s.from].push_back(static_cast<int>(i));
            if (failed)
                m_failedSelfSteps[s.from].push_back(static_cast<int>(i));
            continue;
        }
        const auto key = std::make_tuple(indexOf(s.from), indexOf(s.to), static_cast<int>(s.kind));
        auto [it, inserted] = edgeIndex.try_emplace(key, static_cast<int>(m_edges.size()));
        if (inserted)
            m_edges.push_back({ s.from, s.to, s.kind, {}, 0, {} });
        Edge& edge = m_edges[static_cast<std::size_t>(it->second)];
        edge.steps.push_back(static_cast<int>(i));
        if (failed)
            edge.failedSteps.push_back(static_cast<int>(i));
        m_edgeOfStep[i] = it->second;
    }

    // Spread the edges that join the same two components (request and response, query and update).
    std::map<std::pair<int, int>, std::vector<int>> byPair;
    for (std::size_t e = 0; e < m_edges.size(); ++e) {
        const int a = indexOf(m_edges[e].from);
        const int b = indexOf(m_edges[e].to);
        byPair[{ std::min(a, b), std::max(a, b) }].push_back(static_cast<int>(e));
    }
    for (const auto& [pair, list] : byPair) {
        const qreal n = static_cast<qreal>(list.size());
        for (std::size_t k = 0; k < list.size(); ++k)
            m_edges[static_cast<std::size_t>(list[k])].parallelOffset = static_cast<qreal>(k) - (n - 1) / 2.0;
    }
}

int FlowGraph::edgeOfStep(int step) const
{
    if (step < 0 || step >= static_cast<int>(m_edgeOfStep.size()))
        return -1;
    return m_edgeOfStep[static_cast<std::size_t>(step)];
}

int FlowGraph::countUpTo(const Edge& edge, int step)
{
    return static_cast<int>(std::upper_bound(edge.steps.begin(), edge.steps.end(), step) - edge.steps.begin());
}

int FlowGraph::selfStepsUpTo(Component c, int step) const
{
    const auto& list = m_selfSteps[c];
    return static_cast<int>(std::upper_bound(list.begin(), list.end(), step) - list.begin());
}

int FlowGraph::failedSelfStepsUpTo(Component c, int step) const
{
    const auto& list = m_failedSelfSteps[c];
    return static_cast<int>(std::upper_bound(list.begin(), list.end(), step) - list.begin());
}

} // namespace notiflow::ui
