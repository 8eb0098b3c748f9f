#include "painting/painters/flowlayout.h"

#include "run.h"

#include <QFontMetricsF>
#include <algorithm>

namespace notiflow::ui {

namespace {
// Left to right the way a request travels: who triggers, who owns the business, the bus, the notification
// side, the channels. Data stores form a row of their own, those owned by domain services on the left and
// those the notification side reads on the right, so that the API-driven pricing service's reach across
// to carts and preferences is visibly long.
const std::vector<std::vector<Component>> columns {
    { Component::OutsideWorld },
    { Component::OrderingService, Component::PricingService, Component::BillingService, Component::PromotionsService },
    { Component::EventBus },
    { Component::NotificationService, Component::NotificationApi, Component::EventCorrelator },
    { Component::Email, Component::Sms },
};
const std::vector<Component> dataRow { Component::Orders, Component::Products, Component::Payments, Component::Carts,
    Component::Customers, Component::Preferences };

// The notification service and the notification API play the same part in their architectures and never
// meet in one run, so they share a place: the eye sees "the notification side is here" in both panes.
bool mayShareRow(Component a, Component b, const std::vector<FlowLayout::ComponentSet>& sets)
{
    const auto isNotificationHub
        = [](Component c) { return c == Component::NotificationService || c == Component::NotificationApi; };
    if (!isNotificationHub(a) || !isNotificationHub(b))
        return false;
    return std::none_of(sets.begin(), sets.end(), [&](const FlowLayout::ComponentSet& s) { return s[a] && s[b]; });
}

qreal spread(int i, int n)
{
    return n <= 1 ? 0.5 : static_cast<qreal>(i) / (n - 1);
}
} // namespace

FlowLayout::ComponentSet FlowLayout::presentComponents(const Run& run)
{
    ComponentSet set;
    for (const Step& s : run.steps) {
        set[s.from] = true;
        set[s.to] = true;
    }
    return set;
}

FlowLayout::FlowLayout(const std::vector<const Run*>& runs)
{
    std::vector<ComponentSet> sets;
    ComponentSet all;
    for (const Run* run : runs) {
        sets.push_back(presentComponents(*run));
        for (int c = 0; c < componentCount; ++c)
            all[static_cast<Component>(c)] = all[static_cast<Component>(c)] || sets.back()[static_cast<Component>(c)];
    }
    const auto present = [&](Component c) { return all[c]; };

    std::vector<std::vector<std::vector<Component>>> usedColumns; // column -> rows -> components sharing the row
    for (const auto& column : columns) {
        std::vector<std::vector<Component>> rows;
        for (Component c : column) {
            if (!present(c))
                continue;
            auto row = std::find_if(rows.begin(), rows.end(), [&](const std::vector<Component>& r) {
                return std::all_of(r.begin(), r.end(), [&](Component other) { return mayShareRow(c, other, sets); });
            });
            if (row == rows.end())
                rows.push_back({ c });
            else
                row->push_back(c);
        }
        if (!rows.empty())
            usedColumns.push_back(std::move(rows));
    }

    const int columnCount = static_cast<int>(usedColumns.size());
    std::size_t tallest = 1;
    for (const auto& rows : usedColumns)
        tallest = std::max(tallest, rows.size());
    // A single row of services sits high, leaving the middle to the edges that run down to the data stores;
    // more rows take more of the band.
    const qreal band = std::min(topBandHeight, 0.18 * static_cast<qreal>(tallest) + 0.12);
    m_band = band;
    m_tallestColumn = static_cast<int>(tallest);
    for (int x = 0; x < columnCount; ++x) {
        const auto& rows = usedColumns[static_cast<std::size_t>(x)];
        const int rowCount = static_cast<int>(rows.size());
        for (int y = 0; y < rowCount; ++y) {
            // Rows are centred in the top band: a lone service sits level with the outside world.
            const qreal ny = band * (y + 0.5) / rowCount;
            for (Component c : rows[static_cast<std::size_t>(y)]) {
                m_position[c] = QPointF(spread(x, columnCount), ny);
                m_placed[c] = true;
                m_row[c] = y;
                m_rowCount[c] = rowCount;
            }
        }
    }

    std::vector<Component> stores;
    std::copy_if(dataRow.begin(), dataRow.end(), std::back_inserter(stores), present);
    const int storeCount = static_cast<int>(stores.size());
    for (int i = 0; i < storeCount; ++i) {
        const Component c = stores[static_cast<std::size_t>(i)];
        // Fewer stores than columns: keep them under the middle instead of pushing them to the corners.
        const qreal inset = storeCount < 4 ? 0.15 : 0.0;
        m_position[c] = QPointF(inset + (1.0 - 2 * inset) * spread(i, storeCount), 1.0);
        m_placed[c] = true;
    }
}

std::vector<Component> FlowLayout::components() const
{
    std::vector<Component> result;
    for (int c = 0; c < componentCount; ++c) {
        if (m_placed[static_cast<Component>(c)])
            result.push_back(static_cast<Component>(c));
    }
    return result;
}

QStringList FlowLayout::labelLines(Component c, const QFontMetricsF& metrics)
{
    const QString name = QString::fromUtf8(componentName(c).data(), static_cast<qsizetype>(componentName(c).size()));
    // One line when it is short; otherwise break at the space that best balances the two lines.
    if (metrics.horizontalAdvance(name) <= metrics.averageCharWidth() * 11 || !name.contains(QLatin1Char(' ')))
        return { name };
    int best = -1;
    qreal bestWidth = 1e9;
    for (int i = name.indexOf(QLatin1Char(' ')); i >= 0; i = name.indexOf(QLatin1Char(' '), i + 1)) {
        const qreal w = std::max(metrics.horizontalAdvance(name.left(i)), metrics.horizontalAdvance(name.mid(i + 1)));
        if (w < bestWidth) {
            bestWidth = w;
            best = i;
        }
    }
    return { name.left(best), name.mid(best + 1) };
}

QSizeF FlowLayout::nodeSize(Component c, const QFontMetricsF& metrics)
{
    const QStringList lines = labelLines(c, metrics);
    qreal width = 0;
    for (const QString& line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    const qreal padding = metrics.height() * 0.8;
    qreal height = lines.size() * metrics.lineSpacing() + padding * 0.7;
    if (isDataDomain(c))
        height += metrics.height() * 0.6; // the cylinder's lids
    return { std::max(width + padding * 1.4, metrics.averageCharWidth() * 9), height };
}

QSizeF FlowLayout::largestNodeSize(const QFontMetricsF& metrics)
{
    QSizeF largest;
    for (int c = 0; c < componentCount; ++c)
        largest = largest.expandedTo(nodeSize(static_cast<Component>(c), metrics));
    return largest;
}

QPointF FlowLayout::map(const QPointF& normalised, const QRectF& area, const QFontMetricsF& metrics) const
{
    const QSizeF margin = largestNodeSize(metrics) / 2.0 + QSizeF(4, 4);
    const QRectF inner = area.adjusted(margin.width(), margin.height(), -margin.width(), -margin.height());
    return { inner.left() + normalised.x() * inner.width(), inner.top() + normalised.y() * inner.height() };
}

QRectF FlowLayout::nodeRect(Component c, const QRectF& area, const QFontMetricsF& metrics) const
{
    return nodeRect(c, area, metrics, largestNodeSize(metrics));
}

QRectF FlowLayout::nodeRect(Component c, const QRectF& area, const QFontMetricsF& metrics, const QSizeF& largest) const
{
    const QSizeF margin = largest / 2.0 + QSizeF(4, 4);
    const QRectF inner = area.adjusted(margin.width(), margin.height(), -margin.width(), -margin.height());
    const QPointF normalised = position(c);
    QPointF centre(inner.left() + normalised.x() * inner.width(), inner.top() + normalised.y() * inner.height());
    const int row = m_row[c];
    const int rowCount = m_rowCount[c];
    if (rowCount > 0 && m_tallestColumn > 1) {
        // The band the rows need so that stacked nodes keep a gap, within what the area allows.
        const qreal needed = m_tallestColumn * (largest.height() + metrics.height() * 0.5);
        const qreal height = std::max<qreal>(0, inner.height());
        const qreal band = std::clamp(needed, m_band * height, topBandHeight * height);
        centre.setY(inner.top() + band * (row + 0.5) / rowCount);
        if (band < needed && rowCount > 1) {
            const qreal sideways = (row - (rowCount - 1) / 2.0) * (largest.width() + metrics.height() * 0.5);
            centre.setX(std::clamp(centre.x() + sideways, inner.left(), inner.right()));
        }
    }
    const QSizeF size = nodeSize(c, metrics);
    return { centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height() };
}

bool FlowLayout::fits(const QRectF& area, const QFontMetricsF& metrics) const
{
    const QSizeF largest = largestNodeSize(metrics);
    const std::vector<Component> placed = components();
    std::vector<QRectF> rects;
    rects.reserve(placed.size());
    for (Component c : placed) {
        rects.push_back(nodeRect(c, area, metrics, largest));
        if (!area.contains(rects.back()))
            return false;
    }
    for (std::size_t i = 0; i < placed.size(); ++i) {
        for (std::size_t j = i + 1; j < placed.size(); ++j) {
            if (position(placed[i]) != position(placed[j]) && rects[i].intersects(rects[j]))
                return false;
        }
    }
    return true;
}

} // namespace notiflow::ui
