// Where each component sits in the flow view: a normalised scene shared by both panes, so that a component
// both architectures use is drawn at the same place in each, plus the node geometry at a given size.
#pragma once

#include "component.h"
#include "percomponent.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>
#include <array>
#include <vector>

class QFontMetricsF;

namespace notiflow {
struct Run;
}

namespace notiflow::ui {

class FlowLayout final {
public:
    FlowLayout() = default;
    // Places the union of the components present in `runs` (usually both runs of a comparison).
    explicit FlowLayout(const std::vector<const Run*>& runs);

    using ComponentSet = PerComponent<bool>;
    static ComponentSet presentComponents(const Run& run);

    bool contains(Component c) const { return m_placed[c]; }
    std::vector<Component> components() const;
    // Normalised position of a node's centre: x and y in [0, 1], services above, data stores along the bottom.
    QPointF position(Component c) const { return m_position[c]; }

    // The node's label, wrapped onto at most two balanced lines.
    static QStringList labelLines(Component c, const QFontMetricsF& metrics);
    static QSizeF nodeSize(Component c, const QFontMetricsF& metrics);
    // The largest node of any component: the margin kept around the scene so that no node is clipped.
    static QSizeF largestNodeSize(const QFontMetricsF& metrics);
    // Pixel centre of a normalised point when the scene is drawn into `area`.
    QPointF map(const QPointF& normalised, const QRectF& area, const QFontMetricsF& metrics) const;
    // A node's rectangle in `area`. Services stacked in one column never overlap: on a short area their band
    // grows (up to topBandHeight), and where even that is too short the stacked rows are staggered sideways.
    QRectF nodeRect(Component c, const QRectF& area, const QFontMetricsF& metrics) const;
    // The same with largestNodeSize() computed once by the caller: painting places every node per frame.
    QRectF nodeRect(Component c, const QRectF& area, const QFontMetricsF& metrics, const QSizeF& largest) const;

    // Whether every node lies inside `area` and no two nodes overlap (components that share one place never meet in
    // a run and are not counted): what a view checks before it draws labels at a size.
    bool fits(const QRectF& area, const QFontMetricsF& metrics) const;

    static constexpr qreal topBandHeight = 0.64; // services share the top part; data stores sit at y = 1

private:
    PerComponent<QPointF> m_position;
    ComponentSet m_placed;
    // For services: the row within their column and that column's number of rows (0 for data stores).
    PerComponent<int> m_row;
    PerComponent<int> m_rowCount;
    int m_tallestColumn = 1;
    qreal m_band = topBandHeight; // the share of the height the service rows use when there is room
};

} // namespace notiflow::ui
