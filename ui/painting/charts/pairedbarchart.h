// Horizontal bars in pairs, event-sourced above API-driven, one row per item and one panel per measure: the
// coupling chart (Ce, Ca, instability per component) and the message counts by kind.
#pragma once

#include "painting/charts/metricschart.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace notiflow::ui {

class PairedBarChart final : public MetricsChart {
    Q_DECLARE_TR_FUNCTIONS(PairedBarChart)

public:
    struct Measure {
        QString title; // "Ce: depends on"
        QString description; // for tooltips
        double maximum = 0; // scale; 0 means the largest value shown
        int decimals = 0;
    };
    // Per measure, the event-sourced and API-driven values; nullopt when the item is absent from that run.
    using Pair = std::array<std::optional<double>, 2>;
    struct Row {
        QString label;
        std::vector<Pair> values;
        // Per measure, the figure each bar stands for (event-sourced, API-driven), when it can be traced.
        std::vector<std::array<std::optional<TracedFigure>, 2>> figures;
    };

    explicit PairedBarChart(QString title);

    void setMeasures(std::vector<Measure> measures);
    void setRows(std::vector<Row> rows);
    const std::vector<Measure>& measures() const { return m_measures; }
    const std::vector<Row>& rows() const { return m_rows; }
    const Row* row(const QString& label) const;

    QString title() const override { return m_title; }
    int heightForWidth(int width, const ChartStyle& style) const override;
    int preferredWidth(const ChartStyle& style) const override;
    void paint(QPainter* painter, const QRectF& rect, const ChartStyle& style) const override;
    QString summary() const override;
    QString toolTipAt(const QRectF& rect, const QPointF& pos, const ChartStyle& style) const override;
    std::optional<TracedFigure> figureAt(
        const QRectF& rect, const QPointF& pos, const ChartStyle& style) const override;
    // The cell of one bar (its row's half for that side, across its measure's column), where a click picks it.
    QRectF barCell(
        const QRectF& rect, const ChartStyle& style, std::size_t row, std::size_t measure, std::size_t side) const;

private:
    const std::optional<TracedFigure>& figureOf(std::size_t row, std::size_t measure, std::size_t side) const;
    struct Geometry {
        double legendHeight = 0;
        double headerHeight = 0;
        double labelWidth = 0;
        double measureWidth = 0;
        double barHeight = 0;
        double rowHeight = 0;
    };
    Geometry geometry(const QRectF& rect, const ChartStyle& style) const;
    double scale(std::size_t measure) const;
    QString format(std::size_t measure, std::optional<double> value) const;

    QString m_title;
    std::vector<Measure> m_measures;
    std::vector<Row> m_rows;
};

} // namespace notiflow::ui
