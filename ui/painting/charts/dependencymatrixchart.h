// The dependency structure matrix of each run as a heat-map grid: row depends on column, with the number of steps
// written in every non-empty cell. Both architectures sit side by side when there is room, else one above the other.
#pragma once

#include "painting/charts/metricschart.h"
#include "perarchitecture.h"

#include <QCoreApplication>
#include <array>
#include <vector>

class QFontMetricsF;

namespace notiflow::ui {

class DependencyMatrixChart final : public MetricsChart {
    Q_DECLARE_TR_FUNCTIONS(DependencyMatrixChart)

public:
    struct Matrix {
        std::vector<Component> components; // the components on both axes, in component order
        std::vector<std::vector<int>> counts; // counts[row][column]: steps through which row depends on column
        int maximum = 0;
    };

    DependencyMatrixChart() = default;

    void setMatrix(Architecture architecture, Matrix matrix);
    const Matrix& matrix(Architecture architecture) const { return m_matrices[architecture]; }
    // The count in `architecture`'s matrix, or 0 when either component is not on its axes.
    int count(Architecture architecture, Component from, Component to) const;

    QString title() const override;
    int heightForWidth(int width, const ChartStyle& style) const override;
    int preferredWidth(const ChartStyle& style) const override;
    void paint(QPainter* painter, const QRectF& rect, const ChartStyle& style) const override;
    QString summary() const override;
    QString toolTipAt(const QRectF& rect, const QPointF& pos, const ChartStyle& style) const override;
    // A non-empty cell off the diagonal: the row's component depends on the column's.
    std::optional<TracedFigure> figureAt(
        const QRectF& rect, const QPointF& pos, const ChartStyle& style) const override;
    // Where the cell of `from` (row) and `to` (column) is drawn in `rect`; empty when either is not on the axes.
    QRectF cellRect(
        const QRectF& rect, const ChartStyle& style, Architecture architecture, Component from, Component to) const;

private:
    struct Block {
        QRectF rect; // the whole block: title, column labels, grid
        QPointF gridOrigin;
        double cell = 0;
    };
    PerArchitecture<Block> layout(const QRectF& rect, const QFontMetricsF& fm) const;
    double labelWidth(const Matrix& matrix, const QFontMetricsF& fm) const;

    PerArchitecture<Matrix> m_matrices;
};

} // namespace notiflow::ui
