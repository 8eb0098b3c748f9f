// A two-column comparison of labelled chips: for each row (a service, or a rule) the chips it has under each
// architecture. Used for the foreign data domains each service queried and for which component evaluated each
// rule, i.e. what would have to change if the rule changed.
#pragma once

#include "painting/charts/metricschart.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace notiflow::ui {

class ChipGridChart final : public MetricsChart {
    Q_DECLARE_TR_FUNCTIONS(ChipGridChart)

public:
    struct Row {
        QString label;
        QString toolTip;
        // Per architecture (event-sourced, API-driven): the chips, or nullopt when the row does not exist there.
        std::array<std::optional<QStringList>, 2> chips;
        // Per architecture, the figure each chip stands for (parallel to its chips), when it can be traced.
        std::array<std::vector<TracedFigure>, 2> figures;
    };

    ChipGridChart(QString title, QString emptyText, QString absentText);

    void setRows(std::vector<Row> rows);
    // Draws the title in the header row's first cell, for a picture with no heading above the chart (a slide).
    void setTitleInHeader(bool on) { m_titleInHeader = on; }
    // A label column of exactly `pixels` (0: as wide as the labels need, up to 30%), to line the architecture columns
    // up with a table beside the chart.
    void setLabelWidth(double pixels) { m_labelWidth = pixels; }
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
    // Where the chip of `row`, `side` and `chip` is drawn in `rect`; empty when there is no such chip.
    QRectF chipRect(
        const QRectF& rect, const ChartStyle& style, std::size_t row, std::size_t side, std::size_t chip) const;

private:
    const TracedFigure* figureOf(std::size_t row, std::size_t side, std::size_t chip) const;
    struct Layout {
        double labelWidth = 0;
        double columnWidth = 0;
        double headerHeight = 0;
        std::vector<double> rowTop; // plus one past the last row
        std::vector<std::array<std::vector<QRectF>, 2>> chipRects; // relative to the cell's top-left
    };
    Layout layout(const QRectF& rect, const ChartStyle& style) const;

    QString m_title;
    QString m_emptyText;
    QString m_absentText;
    bool m_titleInHeader = false;
    double m_labelWidth = 0;
    std::vector<Row> m_rows;
};

} // namespace notiflow::ui
