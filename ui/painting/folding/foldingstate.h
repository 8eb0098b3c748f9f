// The folding the timelines show: each run's StepFolding, computed once per run and extended as a live run grows,
// and which groups the user expanded. Views read the folds of their side and listen to foldingChanged.
#pragma once

#include "component.h"
#include "painting/folding/stepfolding.h"
#include "painting/painters/timelinegeometry.h"
#include "perarchitecture.h"

#include <QObject>
#include <QString>
#include <memory>
#include <string>
#include <vector>

namespace notiflow {
struct Comparison;
}

namespace notiflow::ui {

class ReplaySession;

class FoldingState final : public QObject {
    Q_OBJECT
public:
    explicit FoldingState(ReplaySession* session, QObject* parent = nullptr);

    const StepFolding& folding(Architecture side) const { return m_folding[side]; }
    // Whether the latest comparison's run of `side` extended the folding before (the run grew) rather than being
    // folded afresh.
    bool wasExtended(Architecture side) const { return m_extended[side]; }
    bool isExpanded(Architecture side, int group) const;
    // The folds a timeline of `side` lays out: every group, collapsed unless expanded.
    std::vector<TimelineGeometry::Fold> folds(Architecture side) const;
    // "… and the same for 11,204 more customers · 78,428 steps · 11,204 emails", from the group's counts.
    static QString summary(const StepFolding::Group& group, bool expanded);

public Q_SLOTS:
    void toggle(notiflow::Architecture side, int group);
    void setAllExpanded(notiflow::Architecture side, bool expanded);
    void toggleAll(notiflow::Architecture side); // expands all unless every group already is

Q_SIGNALS:
    void foldingChanged(notiflow::Architecture side);

private:
    void rebuild();
    void foldAfresh(const Comparison* cmp); // every side not extended by rebuild()

    ReplaySession* m_session;
    std::string m_scenarioKey; // source and id of the scenario folded last: the same again keeps what is expanded
    std::shared_ptr<const Comparison> m_folded; // the comparison folded last: a grown run is checked against it
    PerArchitecture<StepFolding> m_folding;
    PerArchitecture<bool> m_extended {};
    PerArchitecture<std::vector<bool>> m_expanded;
};

} // namespace notiflow::ui
