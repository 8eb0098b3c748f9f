// Chips wrap within their cell; a missing row says so in words rather than leaving a blank.
#include "painting/charts/chipgridchart.h"

#include "painting/style/displaytext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace notiflow::ui {

namespace {
constexpr double cellGap = 10;
constexpr double chipPadding = 7;
constexpr double chipSpacing = 5;
constexpr double rowPadding = 5;

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

double chipHeight(const QFontMetricsF& fm)
{
    return fm.height() + 4;
}

// A rule id has no spaces ("order_complete.all_items_shipped"): a zero-width space after each '.' and '_' lets a
// narrow label column wrap it there instead of letting it run into the chips.
QString wrappableLabel(const QString& label)
{
    QString out;
    out.reserve(label.size() + 8);
    for (const QChar c : label) {
        out += c;
        if (c == QLatin1Char('.') || c == QLatin1Char('_'))
            out += QChar(0x200B);
    }
    return out;
}
} // namespace

ChipGridChart::ChipGridChart(QString title, QString emptyText, QString absentText)
    : m_title(std::move(title))
    , m_emptyText(std::move(emptyText))
    , m_absentText(std::move(absentText))
{
}

void ChipGridChart::setRows(std::vector<Row> rows)
{
    m_rows = std::move(rows);
}

const ChipGridChart::Row* ChipGridChart::row(const QString& label) const
{
    auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& r) { return r.label == label; });
    return it == m_rows.end() ? nullptr : &*it;
}

ChipGridChart::Layout ChipGridChart::layout(const QRectF& rect, const ChartStyle& style) const
{
    const QFontMetricsF fm(style.font);
    QFont italic = style.font;
    italic.setItalic(true);
    const QFontMetricsF italicMetrics(italic);
    Layout l;
    double widest = m_titleInHeader ? QFontMetricsF(boldOf(style.font)).horizontalAdvance(m_title) : 0;
    for (const Row& r : m_rows)
        widest = std::max(widest, fm.horizontalAdvance(r.label));
    l.labelWidth = m_labelWidth > 0 ? m_labelWidth : std::min(widest + cellGap + 4, rect.width() * 0.3);
    l.columnWidth = (rect.width() - l.labelWidth) / 2;
    l.headerHeight = fm.height() + 10;
    const double h = chipHeight(fm);
    double y = rect.top() + l.headerHeight;
    for (const Row& r : m_rows) {
        l.rowTop.push_back(y);
        std::array<std::vector<QRectF>, 2> cells;
        double rowHeight = h;
        for (std::size_t side = 0; side < 2; ++side) {
            if (!r.chips[side])
                continue;
            double x = 0;
            double cy = 0;
            for (const QString& chip : *r.chips[side]) {
                const double w = std::min(fm.horizontalAdvance(chip) + 2 * chipPadding, l.columnWidth - cellGap);
                if (x > 0 && x + w > l.columnWidth - cellGap) {
                    x = 0;
                    cy += h + chipSpacing;
                }
                cells[side].push_back(QRectF(x, cy, w, h));
                x += w + chipSpacing;
            }
            rowHeight = std::max(rowHeight, cy + h);
        }
        // A label or a placeholder too wide for its column wraps, and the row grows for it.
        rowHeight = std::max(rowHeight, wrappedHeight(wrappableLabel(r.label), l.labelWidth - cellGap, fm));
        for (std::size_t side = 0; side < 2; ++side) {
            if (!r.chips[side] || r.chips[side]->isEmpty())
                rowHeight = std::max(rowHeight,
                    wrappedHeight(r.chips[side] ? m_emptyText : m_absentText, l.columnWidth - cellGap, italicMetrics));
        }
        l.chipRects.push_back(std::move(cells));
        y += rowHeight + 2 * rowPadding;
    }
    l.rowTop.push_back(y);
    return l;
}

int ChipGridChart::preferredWidth(const ChartStyle& style) const
{
    const QFontMetricsF fm(style.font);
    QFont italic = style.font;
    italic.setItalic(true);
    QFont bold = style.font;
    bold.setBold(true);
    double widest = m_titleInHeader ? QFontMetricsF(bold).horizontalAdvance(m_title) : 0;
    for (const Row& r : m_rows)
        widest = std::max(widest, fm.horizontalAdvance(r.label));
    // A column fits its header, its placeholders, and the longest row of chips on one line.
    double column = std::max(
        QFontMetricsF(italic).horizontalAdvance(m_emptyText), QFontMetricsF(italic).horizontalAdvance(m_absentText));
    for (Architecture a : allArchitectures)
        column = std::max(column, fm.height() * 1.4 + 12 + QFontMetricsF(bold).horizontalAdvance(architectureTitle(a)));
    for (const Row& r : m_rows) {
        for (std::size_t side = 0; side < 2; ++side) {
            if (!r.chips[side])
                continue;
            double line = 0;
            for (const QString& chip : *r.chips[side])
                line += fm.horizontalAdvance(chip) + 2 * chipPadding + chipSpacing;
            column = std::max(column, line);
        }
    }
    if (m_labelWidth > 0) // a fixed label column must hold the widest label; the columns beside it take the rest
        return static_cast<int>(std::ceil(std::max(m_labelWidth, widest + cellGap + 4) + 2 * (column + cellGap)));
    const double label = widest + cellGap + 4;
    // The label column takes at most 30% of the width.
    return static_cast<int>(std::ceil(std::max(label + 2 * (column + cellGap), label / 0.3)));
}

int ChipGridChart::heightForWidth(int width, const ChartStyle& style) const
{
    const Layout l = layout(QRectF(0, 0, width, 0), style);
    return static_cast<int>(std::ceil(l.rowTop.back()));
}

void ChipGridChart::paint(QPainter* painter, const QRectF& rect, const ChartStyle& style) const
{
    const Layout l = layout(rect, style);
    const QFontMetricsF fm(style.font);
    const PanelPalette& colors = style.colors;
    painter->save();
    painter->setFont(style.font);

    // Column headers carry the architecture's swatch and name.
    QFont bold = style.font;
    bold.setBold(true);
    for (std::size_t side = 0; side < 2; ++side) {
        const double x = rect.left() + l.labelWidth + l.columnWidth * static_cast<double>(side);
        const QRectF swatch(
            x, rect.top() + (fm.height() - fm.height() * 0.7) / 2, fm.height() * 1.4, fm.height() * 0.7);
        colors.fillArchitecture(painter, swatch, allArchitectures[side]);
        painter->setFont(bold);
        painter->setPen(colors.text());
        painter->drawText(QRectF(swatch.right() + 6, rect.top(), l.columnWidth - swatch.width() - 12, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter, architectureTitle(allArchitectures[side]));
    }
    if (m_titleInHeader) {
        painter->setFont(bold);
        painter->setPen(colors.text());
        painter->drawText(QRectF(rect.left() + 4, rect.top(), l.labelWidth - cellGap, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(bold).elidedText(m_title, Qt::ElideRight, l.labelWidth - cellGap));
    }
    painter->setFont(style.font);
    painter->setPen(QPen(colors.grid(), 1));
    painter->drawLine(QPointF(rect.left(), rect.top() + l.headerHeight - 3.5),
        QPointF(rect.right(), rect.top() + l.headerHeight - 3.5));

    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const double top = l.rowTop[i];
        const double bottom = l.rowTop[i + 1];
        if (i % 2 == 1)
            painter->fillRect(QRectF(rect.left(), top, rect.width(), bottom - top),
                colors.grid().lighter(colors.isDark() ? 80 : 108));
        painter->setPen(colors.text());
        painter->drawText(
            QRectF(rect.left() + 4, top + rowPadding, l.labelWidth - cellGap, bottom - top - 2 * rowPadding),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, wrappableLabel(row.label));
        for (std::size_t side = 0; side < 2; ++side) {
            const QPointF origin(
                rect.left() + l.labelWidth + l.columnWidth * static_cast<double>(side), top + rowPadding);
            const QRectF textCell(origin, QSizeF(l.columnWidth - cellGap, bottom - top - 2 * rowPadding));
            if (!row.chips[side] || row.chips[side]->isEmpty()) {
                QFont italic = style.font;
                italic.setItalic(true);
                painter->setFont(italic);
                painter->setPen(colors.mutedText());
                painter->drawText(textCell, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                    row.chips[side] ? m_emptyText : m_absentText);
                painter->setFont(style.font);
                continue;
            }
            const QColor accent = colors.architectureColor(allArchitectures[side]);
            QColor fill = accent;
            fill.setAlphaF(colors.isDark() ? 0.28 : 0.16);
            for (std::size_t c = 0; c < l.chipRects[i][side].size(); ++c) {
                const QRectF chip = l.chipRects[i][side][c].translated(origin);
                const TracedFigure* figure = figureOf(i, side, c);
                const bool selected = figure && isSelected(*figure);
                // The chip whose steps are highlighted: filled and ringed in the highlight colour.
                painter->setPen(QPen(selected ? colors.highlight() : accent, selected ? 2.5 : 1.2));
                painter->setBrush(selected ? colors.highlight().lighter(colors.isDark() ? 60 : 170) : fill);
                painter->drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), chip.height() / 2, chip.height() / 2);
                painter->setPen(colors.text());
                painter->drawText(chip.adjusted(chipPadding, 0, -chipPadding, 0), Qt::AlignCenter,
                    fm.elidedText(
                        (*row.chips[side])[static_cast<qsizetype>(c)], Qt::ElideRight, chip.width() - 2 * chipPadding));
            }
        }
    }
    painter->restore();
}

QString ChipGridChart::summary() const
{
    QStringList lines { m_title };
    for (const Row& row : m_rows) {
        QStringList parts;
        for (std::size_t side = 0; side < 2; ++side) {
            const QString list = !row.chips[side] ? m_absentText
                : row.chips[side]->isEmpty()      ? m_emptyText
                                                  : row.chips[side]->join(QStringLiteral(", "));
            parts << QStringLiteral("%1: %2").arg(architectureTitle(allArchitectures[side]), list);
        }
        lines << QStringLiteral("%1 (%2)").arg(row.label, parts.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ChipGridChart::toolTipAt(const QRectF& rect, const QPointF& pos, const ChartStyle& style) const
{
    const Layout l = layout(rect, style);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (pos.y() >= l.rowTop[i] && pos.y() < l.rowTop[i + 1])
            return m_rows[i].toolTip.isEmpty() ? m_rows[i].label : m_rows[i].toolTip;
    }
    return {};
}

const TracedFigure* ChipGridChart::figureOf(std::size_t row, std::size_t side, std::size_t chip) const
{
    if (row >= m_rows.size() || side >= 2 || chip >= m_rows[row].figures[side].size())
        return nullptr;
    return &m_rows[row].figures[side][chip];
}

QRectF ChipGridChart::chipRect(
    const QRectF& rect, const ChartStyle& style, std::size_t row, std::size_t side, std::size_t chip) const
{
    const Layout l = layout(rect, style);
    if (row >= l.chipRects.size() || side >= 2 || chip >= l.chipRects[row][side].size())
        return {};
    const QPointF origin(
        rect.left() + l.labelWidth + l.columnWidth * static_cast<double>(side), l.rowTop[row] + rowPadding);
    return l.chipRects[row][side][chip].translated(origin);
}

std::optional<TracedFigure> ChipGridChart::figureAt(
    const QRectF& rect, const QPointF& pos, const ChartStyle& style) const
{
    const Layout l = layout(rect, style);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        for (std::size_t side = 0; side < 2; ++side) {
            const QPointF origin(
                rect.left() + l.labelWidth + l.columnWidth * static_cast<double>(side), l.rowTop[i] + rowPadding);
            for (std::size_t c = 0; c < l.chipRects[i][side].size(); ++c) {
                if (l.chipRects[i][side][c].translated(origin).contains(pos)) {
                    const TracedFigure* figure = figureOf(i, side, c);
                    return figure ? std::optional<TracedFigure>(*figure) : std::nullopt;
                }
            }
        }
    }
    return std::nullopt;
}

} // namespace notiflow::ui
