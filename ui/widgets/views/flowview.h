// The message-flow view of one architecture: nodes for its components, edges that thicken with use, and the
// current step's token, following the replay session's playhead. Painting is delegated to FlowPainter.
#pragma once

#include "component.h"
#include "painting/painters/flowgraph.h"
#include "painting/painters/flowlayout.h"

#include <QWidget>
#include <optional>

namespace notiflow {
struct ChangeImpact;
}

namespace notiflow::ui {

class ReplaySession;
class StepHighlight;

class FlowView final : public QWidget {
    Q_OBJECT
public:
    FlowView(ReplaySession* session, Architecture side, QWidget* parent = nullptr);

    Architecture side() const { return m_side; }
    const FlowLayout& flowLayout() const { return m_layout; }
    const FlowGraph& graph() const { return m_graph; }

    // Fonts, strokes and tokens scale by `zoom` (Ctrl+Plus / Ctrl+Minus, presentation mode).
    void setZoom(qreal zoom);
    // A requirement change's impact to overlay (and explain on hover); nullptr clears it. Not owned.
    void setChangeImpact(const ChangeImpact* impact);
    const ChangeImpact* changeImpact() const { return m_change; }
    // The highlighted steps to draw when they are in this side's run. Not owned.
    void setHighlight(StepHighlight* highlight);
    qreal zoom() const { return m_zoom; }

    QSize sizeHint() const override;
    // The widget's font, scaled down when the view is smaller than its size hint at the zoom; the painter then
    // scales it by the zoom.
    QFont paintFont() const;
    QSize minimumSizeHint() const override;
    // What the labels are scaled by so that every node fits without overlapping another: 1 at the designed size,
    // down to minimumLabelScale on a view smaller than that, below it only when the zoom is too large for the view.
    qreal labelScale() const;
    static constexpr qreal minimumLabelScale = 0.75;
    // A node's rectangle as painted, in the view's coordinates (the layout test checks them without painting).
    QRectF nodeRect(Component c) const;
    // The component drawn at `pos` (view coordinates); nullopt where there is none.
    std::optional<Component> componentAt(const QPoint& pos) const;

Q_SIGNALS:
    // A right-click on a component: the failure drill offers to take it down.
    void componentMenuRequested(notiflow::Component component, const QPoint& globalPos);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void rebuild();
    void onPlayheadChanged();

    ReplaySession* m_session;
    Architecture m_side;
    FlowLayout m_layout;
    FlowGraph m_graph;
    int m_lastStep = -2;
    double m_lastProgress = -1;
    qreal m_zoom = 1.0;
    // labelScale() for the size, font and zoom it was computed at: painting asks for it on every frame.
    mutable struct {
        QSize size;
        QFont font;
        qreal zoom = 0;
        qreal scale = 1.0;
    } m_scaleCache;
    const ChangeImpact* m_change = nullptr;
    StepHighlight* m_highlight = nullptr;
};

} // namespace notiflow::ui
