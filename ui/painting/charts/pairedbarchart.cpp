// Paired horizontal bars. Values are written beside every bar and the two architectures differ in position
// (event-sourced on top), pattern and hue, so nothing depends on colour alone.
#include "painting/charts/pairedbarchart.h"

#include "painting/style/displaytext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace notiflow::ui {

namespace {
constexpr double gap = 10;
constexpr double barGap = 2;

QString legendName(Architecture a)
{
    return a == Architecture::EventSourced ? PairedBarChart::tr("Event-sourced (upper bar, solid)")
                                           : PairedBarChart::tr("API-driven (lower bar, hatched)");
}

double legendEntryWidth(Architecture a, const QFontMetricsF& fm)
{
    return fm.height() * 1.6 + 6 + fm.horizontalAdvance(legendName(a));
}

// Both entries on one line when they fit, else one per line.
bool legendOnOneLine(double width, const QFontMetricsF& fm)
{
    return legendEntryWidth(Architecture::EventSourced, fm) + 2 * gap + legendEntryWidth(Architecture::ApiDriven, fm)
        <= width;
}

void drawLegend(QPainter* painter, const QRectF& rect, const ChartStyle& style)
{
    const QFontMetricsF fm(style.font);
    const bool oneLine = legendOnOneLine(rect.width(), fm);
    double x = rect.left();
    double y = rect.top();
    for (Architecture a : allArchitectures) {
        const QRectF swatch(x, y + fm.height() * 0.15, fm.height() * 1.6, fm.height() * 0.7);
        style.colors.fillArchitecture(painter, swatch, a);
        const QString name = legendName(a);
        painter->setPen(style.colors.text());
        const QRectF text(swatch.right() + 6, y, rect.right() - swatch.right() - 6, fm.height());
        painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(name, Qt::ElideRight, text.width()));
        if (oneLine) {
            x += legendEntryWidth(a, fm) + 2 * gap;
        } else {
            y += fm.height() + 2;
        }
    }
}
} // namespace

PairedBarChart::PairedBarChart(QString title)
    : m_title(std::move(title))
{
}

void PairedBarChart::setMeasures(std::vector<Measure> measures)
{
    m_measures = std::move(measures);
}

void PairedBarChart::setRows(std::vector<Row> rows)
{
    m_rows = std::move(rows);
}

const PairedBarChart::Row* PairedBarChart::row(const QString& label) const
{
    auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& r) { return r.label == label; });
    return it == m_rows.end() ? nullptr : &*it;
}

double PairedBarChart::scale(std::size_t measure) const
{
    if (m_measures[measure].maximum > 0)
        return m_measures[measure].maximum;
    double largest = 0;
    for (const Row& r : m_rows) {
        for (const auto& v : r.values[measure]) {
            if (v)
                largest = std::max(largest, *v);
        }
    }
    return largest > 0 ? largest : 1;
}

QString PairedBarChart::format(std::size_t measure, std::optional<double> value) const
{
    if (!value)
        return PairedBarChart::tr("n/a");
    return QString::number(*value, 'f', m_measures[measure].decimals);
}

PairedBarChart::Geometry PairedBarChart::geometry(const QRectF& rect, const ChartStyle& style) const
{
    const QFontMetricsF fm(style.font);
    QFont bold = style.font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    Geometry g;
    g.legendHeight = (legendOnOneLine(rect.width(), fm) ? fm.height() : 2 * fm.height() + 2) + 8;
    double widest = 0;
    for (const Row& r : m_rows)
        widest = std::max(widest, fm.horizontalAdvance(r.label));
    g.labelWidth = std::min(widest + gap, rect.width() * 0.3);
    g.measureWidth = m_measures.empty() ? 0 : (rect.width() - g.labelWidth) / static_cast<double>(m_measures.size());
    // Measure titles and row labels wrap when the chart is narrower than its preferred width; never cut.
    g.headerHeight = fm.height() + 6;
    for (const Measure& m : m_measures)
        g.headerHeight = std::max(g.headerHeight, wrappedHeight(m.title, g.measureWidth - 4, boldMetrics) + 6);
    g.barHeight = std::round(fm.height() * 0.85);
    g.rowHeight = 2 * g.barHeight + barGap + 8;
    for (const Row& r : m_rows)
        g.rowHeight = std::max(g.rowHeight, wrappedHeight(r.label, g.labelWidth - 8, fm) + 8);
    return g;
}

int PairedBarChart::preferredWidth(const ChartStyle& style) const
{
    const QFontMetricsF fm(style.font);
    QFont bold = style.font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    double widest = 0;
    for (const Row& r : m_rows)
        widest = std::max(widest, fm.horizontalAdvance(r.label));
    // A measure needs its title on one line, and room for a bar beside the widest value.
    double measure = fm.horizontalAdvance(QStringLiteral("0000.00")) + 4 + fm.horizontalAdvance(QLatin1Char('M')) * 4;
    for (const Measure& m : m_measures)
        measure = std::max(measure, boldMetrics.horizontalAdvance(m.title) + 4);
    const double bars = widest + gap + static_cast<double>(m_measures.size()) * (measure + gap);
    const double legend
        = legendEntryWidth(Architecture::EventSourced, fm) + 2 * gap + legendEntryWidth(Architecture::ApiDriven, fm);
    // The label column takes at most 30% of the width.
    return static_cast<int>(std::ceil(std::max({ bars, legend, (widest + gap) / 0.3 })));
}

int PairedBarChart::heightForWidth(int width, const ChartStyle& style) const
{
    const Geometry g = geometry(QRectF(0, 0, width, 0), style);
    return static_cast<int>(
        std::ceil(g.legendHeight + g.headerHeight + g.rowHeight * static_cast<double>(m_rows.size())));
}

void PairedBarChart::paint(QPainter* painter, const QRectF& rect, const ChartStyle& style) const
{
    const Geometry g = geometry(rect, style);
    const QFontMetricsF fm(style.font);
    const PanelPalette& colors = style.colors;
    painter->save();
    painter->setFont(style.font);
    drawLegend(painter, QRectF(rect.left(), rect.top(), rect.width(), g.legendHeight - 8), style);

    QFont bold = style.font;
    bold.setBold(true);
    double y = rect.top() + g.legendHeight;
    painter->setFont(bold);
    painter->setPen(colors.text());
    for (std::size_t m = 0; m < m_measures.size(); ++m) {
        // Up to the next column's edge: a long word ("depended") still fits a narrow column.
        const QRectF header(rect.left() + g.labelWidth + g.measureWidth * static_cast<double>(m), y, g.measureWidth - 4,
            g.headerHeight);
        painter->drawText(header, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_measures[m].title);
    }
    painter->setFont(style.font);
    y += g.headerHeight;

    const double valueWidth = fm.horizontalAdvance(QStringLiteral("0000.00"));
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const QRectF rowRect(rect.left(), y, rect.width(), g.rowHeight);
        if (i % 2 == 1) // banding helps follow a row across the panels
            painter->fillRect(rowRect, colors.grid().lighter(colors.isDark() ? 80 : 108));
        painter->setPen(colors.text());
        painter->drawText(QRectF(rect.left() + 4, y, g.labelWidth - 8, g.rowHeight),
            Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, row.label);
        for (std::size_t m = 0; m < m_measures.size() && m < row.values.size(); ++m) {
            const double x0 = rect.left() + g.labelWidth + g.measureWidth * static_cast<double>(m);
            const double barSpace = std::max(10.0, g.measureWidth - gap - valueWidth - 4);
            // Axis line, so that a zero-length bar still has a visible origin.
            painter->setPen(QPen(colors.mutedText(), 1));
            painter->drawLine(QPointF(x0 + 0.5, y + 4), QPointF(x0 + 0.5, y + g.rowHeight - 4));
            for (std::size_t side = 0; side < 2; ++side) {
                const auto value = row.values[m][side];
                const double by = y + 4 + static_cast<double>(side) * (g.barHeight + barGap);
                double barWidth = 0;
                if (value && *value > 0) {
                    barWidth = std::max(2.0, barSpace * std::min(1.0, *value / scale(m)));
                    colors.fillArchitecture(painter, QRectF(x0 + 1, by, barWidth, g.barHeight), allArchitectures[side]);
                }
                painter->setPen(value ? colors.text() : colors.mutedText());
                painter->drawText(QRectF(x0 + barWidth + 5, by - 2, valueWidth + 20, g.barHeight + 4),
                    Qt::AlignVCenter | Qt::AlignLeft, format(m, value));
                if (isSelected(figureOf(i, m, side))) { // the bar whose steps are highlighted
                    painter->setPen(QPen(colors.highlight(), 2.5));
                    painter->setBrush(Qt::NoBrush);
                    painter->drawRoundedRect(QRectF(x0 - 1, by - 2, barWidth + valueWidth + 10, g.barHeight + 4), 3, 3);
                }
            }
        }
        y += g.rowHeight;
    }
    painter->restore();
}

QString PairedBarChart::summary() const
{
    QStringList lines { m_title };
    for (const Row& row : m_rows) {
        QStringList parts;
        for (std::size_t m = 0; m < m_measures.size() && m < row.values.size(); ++m) {
            parts << PairedBarChart::tr("%1 %2 / %3")
                         .arg(m_measures[m].title, format(m, row.values[m][0]), format(m, row.values[m][1]));
        }
        lines << QStringLiteral("%1: %2").arg(row.label, parts.join(QStringLiteral("; ")));
    }
    lines << PairedBarChart::tr("(event-sourced / API-driven)");
    return lines.join(QLatin1Char('\n'));
}

QString PairedBarChart::toolTipAt(const QRectF& rect, const QPointF& pos, const ChartStyle& style) const
{
    const Geometry g = geometry(rect, style);
    const double top = rect.top() + g.legendHeight + g.headerHeight;
    if (pos.y() < top || pos.x() < rect.left())
        return {};
    const auto i = static_cast<std::size_t>((pos.y() - top) / g.rowHeight);
    if (i >= m_rows.size())
        return {};
    const Row& row = m_rows[i];
    if (pos.x() < rect.left() + g.labelWidth || g.measureWidth <= 0)
        return row.label;
    const auto m = static_cast<std::size_t>((pos.x() - rect.left() - g.labelWidth) / g.measureWidth);
    if (m >= m_measures.size() || m >= row.values.size())
        return {};
    return PairedBarChart::tr("<b>%1</b><br>%2<br>Event-sourced: %3<br>API-driven: %4")
        .arg(row.label.toHtmlEscaped(), m_measures[m].description.toHtmlEscaped(), format(m, row.values[m][0]),
            format(m, row.values[m][1]));
}

const std::optional<TracedFigure>& PairedBarChart::figureOf(
    std::size_t row, std::size_t measure, std::size_t side) const
{
    static const std::optional<TracedFigure> none;
    if (row >= m_rows.size() || measure >= m_rows[row].figures.size() || side >= 2)
        return none;
    return m_rows[row].figures[measure][side];
}

QRectF PairedBarChart::barCell(
    const QRectF& rect, const ChartStyle& style, std::size_t row, std::size_t measure, std::size_t side) const
{
    const Geometry g = geometry(rect, style);
    if (row >= m_rows.size() || measure >= m_measures.size() || side >= 2)
        return {};
    const double top = rect.top() + g.legendHeight + g.headerHeight + g.rowHeight * static_cast<double>(row);
    // The upper half of the row is the event-sourced bar's, the lower the API-driven one's.
    const double split = top + 4 + g.barHeight + barGap / 2;
    const double x0 = rect.left() + g.labelWidth + g.measureWidth * static_cast<double>(measure);
    return side == 0 ? QRectF(x0, top, g.measureWidth, split - top)
                     : QRectF(x0, split, g.measureWidth, top + g.rowHeight - split);
}

std::optional<TracedFigure> PairedBarChart::figureAt(
    const QRectF& rect, const QPointF& pos, const ChartStyle& style) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        for (std::size_t m = 0; m < m_measures.size(); ++m) {
            for (std::size_t side = 0; side < 2; ++side) {
                if (barCell(rect, style, i, m, side).contains(pos))
                    return figureOf(i, m, side);
            }
        }
    }
    return std::nullopt;
}

} // namespace notiflow::ui
