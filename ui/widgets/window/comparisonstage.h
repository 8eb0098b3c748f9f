// The comparison on stage: the scenario's title and description above both architectures' panes, which sit side by
// side, stacked, or one alone. It is what the title slide covers, and it zooms with the panes.
#pragma once

#include "perarchitecture.h"

#include <QWidget>

class QLabel;
class QSplitter;

namespace notiflow {
struct Scenario;
}

namespace notiflow::ui {

class ArchitecturePane;
class ElidedLabel;
class ReplaySession;

class ComparisonStage final : public QWidget {
    Q_OBJECT
public:
    enum class ViewMode { SideBySide, Stacked, EventSourcedOnly, ApiDrivenOnly };
    Q_ENUM(ViewMode)
    static constexpr int viewModeCount = 4;

    explicit ComparisonStage(ReplaySession* session, QWidget* parent = nullptr);

    ArchitecturePane* pane(Architecture side) const { return m_panes[side]; }
    void showScenario(const Scenario& scenario); // its title and description
    void setViewMode(ViewMode mode);
    // The panes by `zoom` and their captions by `captionScale` more; the title and description with them.
    void setZoom(qreal zoom, qreal captionScale);
    // Both timelines in simulated time, or both in step order.
    void setTimelineTimeMode(bool on);

private:
    QLabel* m_title;
    ElidedLabel* m_description;
    QSplitter* m_splitter;
    PerArchitecture<ArchitecturePane*> m_panes;
};

} // namespace notiflow::ui
