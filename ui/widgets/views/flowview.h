// The message-flow view of one architecture: nodes for its components, edges that thicken with use, and the
// current step's token, following the replay session's playhead. Painting is delegated to FlowPainter.
#pragma once

#include "component.h"
#include "painting/painters/flowgraph.h"
#include "painting/painters/flowlayout.h"

#include <QWidget>

namespace notiflow {
struct ChangeImpact;
}

namespace notiflow::ui {

class ReplaySession;

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
    qreal zoom() const { return m_zoom; }

    QSize sizeHint() const override;
    // The widget's font, scaled down when the view is smaller than its size hint at the zoom; the painter then
    // scales it by the zoom.
    QFont paintFont() const;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

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
    const ChangeImpact* m_change = nullptr;
};

} // namespace notiflow::ui
