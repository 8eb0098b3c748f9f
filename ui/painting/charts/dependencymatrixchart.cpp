// Cells are shaded on a logarithmic scale so that one busy edge does not wash out the rest; the count is always
// written, so the shade is never the only carrier of the value.
#include "painting/charts/dependencymatrixchart.h"

#include "painting/style/displaytext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace notiflow::ui {

namespace {
constexpr double blockGap = 24;
constexpr double labelGap = 6;
} // namespace

QString DependencyMatrixChart::title() const
{
    return DependencyMatrixChart::tr("Dependency structure matrix (row depends on column)");
}

void DependencyMatrixChart::setMatrix(Architecture architecture, Matrix matrix)
{
    m_matrices[architecture] = std::move(matrix);
}

int DependencyMatrixChart::count(Architecture architecture, Component from, Component to) const
{
    const Matrix& m = matrix(architecture);
    auto row = std::find(m.components.begin(), m.components.end(), from);
    auto column = std::find(m.components.begin(), m.components.end(), to);
    if (row == m.components.end() || column == m.components.end())
        return 0;
    return m.counts[static_cast<std::size_t>(row - m.components.begin())]
                   [static_cast<std::size_t>(column - m.components.begin())];
}

double DependencyMatrixChart::labelWidth(const Matrix& matrix, const QFontMetricsF& fm) const
{
    double widest = 0;
    for (Component c : matrix.components)
        widest = std::max(widest, fm.horizontalAdvance(componentTitle(c)));
    return widest + labelGap;
}

PerArchitecture<DependencyMatrixChart::Block> DependencyMatrixChart::layout(
    const QRectF& rect, const QFontMetricsF& fm) const
{
    const double preferredCell = std::max(fm.height() * 1.6, fm.horizontalAdvance(QStringLiteral("9999")) + 8);
    // Below this a count no longer fits its cell.
    const double minimumCell = std::max(fm.height() * 1.15, fm.horizontalAdvance(QStringLiteral("999")) + 4);
    const double titleHeight = fm.height() + 8;
    auto blockSize = [&](const Matrix& m, double cell) {
        const double labels = labelWidth(m, fm);
        const double n = static_cast<double>(m.components.size());
        // At least as wide as the title, so an empty run still shows its name.
        const double title = fm.height() * 1.4 + 6 + fm.horizontalAdvance(QStringLiteral("Event-sourced")) * 1.15;
        return QSizeF(std::max(title, labels + n * cell), titleHeight + labels + n * cell);
    };
    // Side by side is best for comparing; use it whenever both grids fit with legible cells.
    const double allCells = static_cast<double>(m_matrices[Architecture::EventSourced].components.size()
        + m_matrices[Architecture::ApiDriven].components.size());
    const double sideBySideCell = allCells > 0
        ? (rect.width() - blockGap - labelWidth(m_matrices[Architecture::EventSourced], fm)
              - labelWidth(m_matrices[Architecture::ApiDriven], fm))
            / allCells
        : preferredCell;
    const bool sideBySide = sideBySideCell >= minimumCell;
    const double sharedCell = std::min(preferredCell, sideBySideCell);
    const QSizeF es = blockSize(m_matrices[Architecture::EventSourced], sharedCell);
    const QSizeF ad = blockSize(m_matrices[Architecture::ApiDriven], sharedCell);

    PerArchitecture<Block> blocks;
    double x = rect.left();
    double y = rect.top();
    for (Architecture s : allArchitectures) {
        const Matrix& m = m_matrices[s];
        const double labels = labelWidth(m, fm);
        const double n = std::max<double>(1, static_cast<double>(m.components.size()));
        const double available
            = sideBySide ? (s == Architecture::EventSourced ? es.width() : ad.width()) : rect.width();
        // Shrink cells to fit a narrow panel, but keep a count legible.
        const double cell = sideBySide ? sharedCell : std::clamp((available - labels) / n, minimumCell, preferredCell);
        const QSizeF size = blockSize(m, cell);
        blocks[s].rect = QRectF(QPointF(x, y), size);
        blocks[s].gridOrigin = QPointF(x + labels, y + titleHeight + labels);
        blocks[s].cell = cell;
        if (sideBySide)
            x += size.width() + blockGap;
        else
            y += size.height() + blockGap;
    }
    return blocks;
}

int DependencyMatrixChart::preferredWidth(const ChartStyle& style) const
{
    // The grids cut no label at any width; what they need is a legible count in every cell: one grid at the
    // smallest such cell. Wider panels get larger cells and the grids side by side.
    const QFontMetricsF fm(style.font);
    const double cell = std::max(fm.height() * 1.15, fm.horizontalAdvance(QStringLiteral("999")) + 4);
    double widest = 0;
    for (Architecture a : allArchitectures) {
        const Matrix& m = m_matrices[a];
        widest = std::max(widest, labelWidth(m, fm) + static_cast<double>(m.components.size()) * cell);
    }
    return static_cast<int>(std::ceil(widest));
}

int DependencyMatrixChart::heightForWidth(int width, const ChartStyle& style) const
{
    const auto blocks = layout(QRectF(0, 0, width, 0), QFontMetricsF(style.font));
    return static_cast<int>(std::ceil(std::max(
               blocks[Architecture::EventSourced].rect.bottom(), blocks[Architecture::ApiDriven].rect.bottom())))
        + 2;
}

void DependencyMatrixChart::paint(QPainter* painter, const QRectF& rect, const ChartStyle& style) const
{
    const QFontMetricsF fm(style.font);
    const PanelPalette& colors = style.colors;
    const auto blocks = layout(rect, fm);
    painter->save();
    painter->setFont(style.font);
    for (Architecture arch : allArchitectures) {
        const Matrix& m = m_matrices[arch];
        const Block& b = blocks[arch];
        const auto n = m.components.size();

        QFont bold = style.font;
        bold.setBold(true);
        const QRectF swatch(b.rect.left(), b.rect.top() + fm.height() * 0.15, fm.height() * 1.4, fm.height() * 0.7);
        colors.fillArchitecture(painter, swatch, arch);
        painter->setFont(bold);
        painter->setPen(colors.text());
        painter->drawText(QRectF(swatch.right() + 6, b.rect.top(), b.rect.width(), fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter, architectureTitle(arch));
        painter->setFont(style.font);

        const double labels = b.gridOrigin.x() - b.rect.left();
        for (std::size_t i = 0; i < n; ++i) {
            const QString name = componentTitle(m.components[i]);
            const double offset = static_cast<double>(i) * b.cell;
            painter->setPen(colors.text());
            painter->drawText(QRectF(b.rect.left(), b.gridOrigin.y() + offset, labels - labelGap, b.cell),
                Qt::AlignRight | Qt::AlignVCenter, name);
            // Column labels run upwards so the grid stays square.
            painter->save();
            painter->translate(b.gridOrigin.x() + offset, b.gridOrigin.y() - labelGap);
            painter->rotate(-90);
            painter->drawText(QRectF(0, 0, labels - labelGap, b.cell), Qt::AlignLeft | Qt::AlignVCenter, name);
            painter->restore();
        }

        const double scaleTop = std::log1p(std::max(1, m.maximum));
        for (std::size_t r = 0; r < n; ++r) {
            for (std::size_t c = 0; c < n; ++c) {
                const QRectF cell(b.gridOrigin.x() + static_cast<double>(c) * b.cell,
                    b.gridOrigin.y() + static_cast<double>(r) * b.cell, b.cell, b.cell);
                const int value = m.counts[r][c];
                QColor fill = value > 0 ? colors.heat(std::log1p(value) / scaleTop) : colors.background();
                if (r == c)
                    fill = colors.grid();
                painter->fillRect(cell, fill);
                painter->setPen(QPen(colors.grid(), 1));
                painter->drawRect(cell);
                if (value > 0) {
                    painter->setPen(fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(Qt::black));
                    painter->drawText(cell, Qt::AlignCenter, QString::number(value));
                }
            }
        }
        painter->setPen(QPen(colors.mutedText(), 1));
        painter->drawRect(
            QRectF(b.gridOrigin, QSizeF(b.cell * static_cast<double>(n), b.cell * static_cast<double>(n))));
        if (m_selected && m_selected->kind == TracedFigure::Kind::Dependency && m_selected->side == arch) {
            // The cell whose steps are highlighted.
            if (const QRectF cell = cellRect(rect, style, arch, m_selected->component, m_selected->other);
                !cell.isEmpty()) {
                painter->setPen(QPen(colors.highlight(), 3));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(cell.adjusted(1, 1, -1, -1));
            }
        }
    }
    painter->restore();
}

QString DependencyMatrixChart::summary() const
{
    QStringList lines { title() };
    for (Architecture arch : allArchitectures) {
        const Matrix& m = m_matrices[arch];
        QStringList cells;
        for (std::size_t r = 0; r < m.components.size(); ++r) {
            for (std::size_t c = 0; c < m.components.size(); ++c) {
                if (m.counts[r][c] > 0) {
                    cells << QStringLiteral("%1 → %2: %3")
                                 .arg(componentTitle(m.components[r]), componentTitle(m.components[c]))
                                 .arg(m.counts[r][c]);
                }
            }
        }
        lines << QStringLiteral("%1: %2").arg(architectureTitle(arch), cells.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QString DependencyMatrixChart::toolTipAt(const QRectF& rect, const QPointF& pos, const ChartStyle& style) const
{
    const auto blocks = layout(rect, QFontMetricsF(style.font));
    for (Architecture arch : allArchitectures) {
        const Matrix& m = m_matrices[arch];
        const Block& b = blocks[arch];
        const QPointF local = pos - b.gridOrigin;
        if (local.x() < 0 || local.y() < 0)
            continue;
        const auto c = static_cast<std::size_t>(local.x() / b.cell);
        const auto r = static_cast<std::size_t>(local.y() / b.cell);
        if (r >= m.components.size() || c >= m.components.size())
            continue;
        const int value = m.counts[r][c];
        const QString steps = value == 1 ? tr("1 step") : tr("%1 steps").arg(value);
        return tr("%1: %2 depends on %3 through %4")
            .arg(architectureTitle(arch), componentTitle(m.components[r]), componentTitle(m.components[c]), steps);
    }
    return {};
}

QRectF DependencyMatrixChart::cellRect(
    const QRectF& rect, const ChartStyle& style, Architecture architecture, Component from, Component to) const
{
    const Matrix& m = m_matrices[architecture];
    const auto r = std::find(m.components.begin(), m.components.end(), from);
    const auto c = std::find(m.components.begin(), m.components.end(), to);
    if (r == m.components.end() || c == m.components.end())
        return {};
    const Block b = layout(rect, QFontMetricsF(style.font))[architecture];
    return QRectF(b.gridOrigin.x() + static_cast<double>(c - m.components.begin()) * b.cell,
        b.gridOrigin.y() + static_cast<double>(r - m.components.begin()) * b.cell, b.cell, b.cell);
}

std::optional<TracedFigure> DependencyMatrixChart::figureAt(
    const QRectF& rect, const QPointF& pos, const ChartStyle& style) const
{
    const auto blocks = layout(rect, QFontMetricsF(style.font));
    for (Architecture arch : allArchitectures) {
        const Matrix& m = m_matrices[arch];
        const QPointF local = pos - blocks[arch].gridOrigin;
        if (local.x() < 0 || local.y() < 0)
            continue;
        const auto c = static_cast<std::size_t>(local.x() / blocks[arch].cell);
        const auto r = static_cast<std::size_t>(local.y() / blocks[arch].cell);
        if (r >= m.components.size() || c >= m.components.size() || r == c || m.counts[r][c] <= 0)
            continue;
        return TracedFigure::of(TracedFigure::Kind::Dependency, arch, m.components[r], m.components[c]);
    }
    return std::nullopt;
}

} // namespace notiflow::ui
