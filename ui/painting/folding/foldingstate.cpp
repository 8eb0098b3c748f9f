#include "painting/folding/foldingstate.h"

#include "painting/session/replaysession.h"
#include "threadofitsown.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <set>

namespace notiflow::ui {

FoldingState::FoldingState(ReplaySession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &ReplaySession::comparisonChanged, this, &FoldingState::rebuild);
    rebuild();
}

void FoldingState::rebuild()
{
    std::shared_ptr<const Comparison> cmp = m_session->sharedComparison();
    const std::string key = cmp ? cmp->scenario.source + '\n' + cmp->scenario.id : std::string();
    const bool sameScenario = !key.empty() && key == m_scenarioKey;
    m_scenarioKey = key;
    if (!sameScenario)
        m_folded.reset(); // another run entirely: not kept alive while the new one is folded
    PerArchitecture<std::set<std::pair<int, int>>> opened;
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
        // The same scenario again (a live run that grew, a reload) keeps what the user opened: it is the same group
        // when its pattern repeats under the same parent from the same first instance (others may have joined it).
        if (sameScenario) {
            const auto& groups = m_folding[side].groups();
            for (std::size_t g = 0; g < groups.size() && g < m_expanded[side].size(); ++g) {
                if (m_expanded[side][g])
                    opened[side].insert({ groups[g].parent, groups[g].firstStep });
            }
        }
        // A run that holds the one folded before, unchanged, followed by more (each change of a live run) extends
        // its folding; anything else is folded afresh.
        m_extended[side] = sameScenario && cmp && m_folded
            && (cmp == m_folded || StepFolding::grewFrom(m_folded->run(side), cmp->run(side)))
            && m_folding[side].extend(cmp->run(side));
    }
    foldAfresh(cmp.get());
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
        const auto& groups = m_folding[side].groups();
        m_expanded[side].assign(groups.size(), false);
        for (std::size_t g = 0; g < groups.size() && !opened[side].empty(); ++g)
            m_expanded[side][g] = opened[side].count({ groups[g].parent, groups[g].firstStep }) > 0;
    }
    m_folded = std::move(cmp);
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven })
        Q_EMIT foldingChanged(side);
}

void FoldingState::foldAfresh(const Comparison* cmp)
{
    const auto fold = [cmp](Architecture side) { return cmp ? StepFolding(cmp->run(side)) : StepFolding(); };
    if (m_extended[Architecture::EventSourced] || m_extended[Architecture::ApiDriven]) {
        for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
            if (!m_extended[side])
                m_folding[side] = fold(side);
        }
        return;
    }
    // Both runs afresh (a new scenario): folded at once, the API-driven one on a thread of its own. Folding reads
    // only its run, and on a large run each folding is a noticeable part of opening the window.
    std::future<StepFolding> apiDriven = startOnThreadOfItsOwn([&fold] { return fold(Architecture::ApiDriven); });
    m_folding[Architecture::EventSourced] = fold(Architecture::EventSourced);
    m_folding[Architecture::ApiDriven] = apiDriven.get();
}

bool FoldingState::isExpanded(Architecture side, int group) const
{
    return group >= 0 && group < static_cast<int>(m_expanded[side].size())
        && m_expanded[side][static_cast<std::size_t>(group)];
}

std::vector<TimelineGeometry::Fold> FoldingState::folds(Architecture side) const
{
    std::vector<TimelineGeometry::Fold> folds;
    const auto& groups = m_folding[side].groups();
    folds.reserve(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g)
        folds.push_back({ groups[g].foldedFirst, groups[g].foldedLast, static_cast<int>(g), !m_expanded[side][g] });
    return folds;
}

void FoldingState::toggle(Architecture side, int group)
{
    if (group < 0 || group >= static_cast<int>(m_expanded[side].size()))
        return;
    m_expanded[side][static_cast<std::size_t>(group)] = !m_expanded[side][static_cast<std::size_t>(group)];
    Q_EMIT foldingChanged(side);
}

void FoldingState::setAllExpanded(Architecture side, bool expanded)
{
    std::fill(m_expanded[side].begin(), m_expanded[side].end(), expanded);
    Q_EMIT foldingChanged(side);
}

void FoldingState::toggleAll(Architecture side)
{
    const auto& e = m_expanded[side];
    setAllExpanded(side, !std::all_of(e.begin(), e.end(), [](bool x) { return x; }));
}

QString FoldingState::summary(const StepFolding::Group& group, bool expanded)
{
    const QLocale locale;
    const int more = group.instances - 1;
    const auto tr = [](const char* text) { return QCoreApplication::translate("FoldingState", text); };
    // One subject per folded instance: name what they are; otherwise say how many times the pattern repeats.
    QString who;
    if (group.subjects == more && group.ordersNotCustomers)
        who = more == 1 ? tr("… and the same for %1 more order") : tr("… and the same for %1 more orders");
    else if (group.subjects == more)
        who = more == 1 ? tr("… and the same for %1 more customer") : tr("… and the same for %1 more customers");
    else
        who = more == 1 ? tr("… and the same %1 more time") : tr("… and the same %1 more times");
    const auto count = [&locale](int n, const QString& one, const QString& many) {
        return (n == 1 ? one : many).arg(locale.toString(n));
    };
    QStringList parts { who.arg(locale.toString(more)), count(group.foldedSteps(), tr("%1 step"), tr("%1 steps")) };
    if (group.emails > 0)
        parts << count(group.emails, tr("%1 email"), tr("%1 emails"));
    if (group.sms > 0)
        parts << tr("%1 SMS").arg(locale.toString(group.sms));
    if (group.checksFailed > 0)
        parts << count(group.checksFailed, tr("%1 check failed"), tr("%1 checks failed"));
    return (expanded ? QStringLiteral("▾ ") : QStringLiteral("▸ ")) + parts.join(QStringLiteral(" · "));
}

} // namespace notiflow::ui
