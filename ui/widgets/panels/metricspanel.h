// Coupling metrics of both runs, drawn: Ce/Ca/instability per component, foreign data domains per service, which
// component evaluated each rule, messages by kind, the synchronous chain and the dependency matrix.
#pragma once

#include "painting/session/figuretrace.h"

#include <QStringList>
#include <QWidget>
#include <optional>

class QGridLayout;
class QLabel;
class QTabWidget;

namespace notiflow::ui {

class ChartWidget;
class ChipGridChart;
class DependencyMatrixChart;
class PairedBarChart;
class ReplaySession;
class SyncChainChart;

class MetricsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit MetricsPanel(ReplaySession* session, QWidget* parent = nullptr);

    // The charts, for exports and tests.
    const PairedBarChart& couplingChart() const;
    const ChipGridChart& foreignDomainsChart() const;
    const ChipGridChart& ruleImpactChart() const;
    const SyncChainChart& syncChainChart() const;
    const DependencyMatrixChart& dependencyMatrix() const;
    // The headline's rows as shown: "figure | event-sourced value | API-driven value", one string per row.
    QStringList headlineRows() const;
    // The charts' widgets, in tab order, for What's This and traceability.
    QList<ChartWidget*> chartWidgets() const;
    // Wide enough that no chart cuts or wraps a label: the dock starts this wide when the window has room.
    QSize sizeHint() const override;
    // Outlines `figure` in the chart that draws it (the figure whose steps are highlighted); nullopt for none.
    void setSelectedFigure(const std::optional<TracedFigure>& figure);
    // The figure a headline value stands for (row 1 is the first figure), when it traces to steps.
    std::optional<TracedFigure> headlineFigure(int row, Architecture side) const;
    QGridLayout* headline() const { return m_headline; }

Q_SIGNALS:
    // A figure of a chart was clicked: the steps behind it can be highlighted.
    void figureClicked(const notiflow::ui::TracedFigure& figure);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override; // a click on a headline value

private:
    void updateFromComparison();
    QWidget* addTab(const QString& title, const QString& toolTip, const QString& explanation,
        std::initializer_list<ChartWidget*> charts);

    ReplaySession* m_session;
    QLabel* m_heading;
    QGridLayout* m_headline;
    QTabWidget* m_tabs;
    ChartWidget* m_coupling;
    ChartWidget* m_foreignDomains;
    ChartWidget* m_ruleImpact;
    ChartWidget* m_stepKinds;
    ChartWidget* m_syncChain;
    ChartWidget* m_matrix;
};

} // namespace notiflow::ui
