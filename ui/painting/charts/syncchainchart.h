// The synchronous chain the outside world waits on, per architecture: its hops drawn as boxes and arrows, with
// the depth, the availability ceiling it implies and the run's propagation cost, all as Run::metrics has them.
#pragma once

#include "metrics.h"
#include "painting/charts/metricschart.h"
#include "perarchitecture.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <vector>

class QFontMetricsF;

namespace notiflow::ui {

class SyncChainChart final : public MetricsChart {
    Q_DECLARE_TR_FUNCTIONS(SyncChainChart)

public:
    struct Side {
        bool present = false;
        int depth = 0;
        QStringList chain; // the triggered service first
        QStringList alsoWaitedOn; // the other components the ceiling counts, not on the longest chain
        int synchronousComponents = 0;
        int mostBlockingCalls = 0; // fan-out: the most requests one action's trigger waits for
        double availabilityCeiling = 1.0;
        double propagationCost = 0;
        int totalDependencies = 0;
        QString splitDependencies; // the total split by kind, infrastructure apart
        std::vector<Component> components; // what drawnComponents() names, in the same order

        // Every box the chart draws for this side: exactly the components the availability ceiling counts.
        QStringList drawnComponents() const { return chain + alsoWaitedOn; }
    };

    SyncChainChart();

    // A side filled from a run's metrics: the longest chain, then every other component the ceiling counts.
    static Side sideOf(const Metrics& m);

    void setSide(Architecture architecture, Side side);
    const Side& side(Architecture architecture) const { return m_sides[architecture]; }

    QString title() const override;
    int heightForWidth(int width, const ChartStyle& style) const override;
    int preferredWidth(const ChartStyle& style) const override;
    void paint(QPainter* painter, const QRectF& rect, const ChartStyle& style) const override;
    QString summary() const override;
    // A box: the trigger of the ceiling's action waits on its component.
    std::optional<TracedFigure> figureAt(
        const QRectF& rect, const QPointF& pos, const ChartStyle& style) const override;
    // Where the box of `side`'s `index`-th drawn component is in `rect`.
    QRectF boxRect(const QRectF& rect, const ChartStyle& style, Architecture side, int index) const;

    static QString percent(double share, int decimals = 2);

private:
    // Lays out one side's boxes in `width`; returns the boxes relative to (0, 0) and the height they take.
    std::vector<QRectF> chainBoxes(const Side& side, double width, const QFontMetricsF& fm, double* height) const;
    double sideHeight(const Side& side, double width, const QFontMetricsF& fm) const;
    QString headline(const Side& side) const;

    PerArchitecture<Side> m_sides;
};

} // namespace notiflow::ui
