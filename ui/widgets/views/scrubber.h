// The transport's scrubber: the whole comparison as one track, with a marker and a label per scenario action,
// step numbers underneath, and a handle to drag the shared playhead.
#pragma once

#include <QWidget>

class QPainter;

namespace notiflow::ui {

class FoldingState;
class ReplaySession;
class StepHighlight;

class Scrubber final : public QWidget {
    Q_OBJECT
public:
    explicit Scrubber(ReplaySession* session, QWidget* parent = nullptr);

    // Shows the folded repeats of both runs as hatched spans over the track.
    void setFolding(FoldingState* folding);
    // The track's height in font heights: 0.7 by default; up to 1 still leaves room for the labels around it.
    void setTrackScale(qreal scale);
    // Marks where the highlighted steps are on the track. Not owned.
    void setHighlight(StepHighlight* highlight);
    // The x of each mark, for tests: one per highlighted step, in step order.
    QList<qreal> highlightMarks() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Track geometry, public for tests: the time under an x and the x of a time.
    double timeAtX(qreal x) const;
    qreal xOfTime(double time) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF trackRect() const;
    QString actionLabel(int action) const;

    void paintFolds(QPainter* painter, const QRectF& track) const;
    void paintHighlight(QPainter* painter, const QRectF& track) const;

    ReplaySession* m_session;
    FoldingState* m_folding = nullptr;
    StepHighlight* m_highlight = nullptr;
    qreal m_trackScale = 0.7;
    bool m_dragging = false;
};

} // namespace notiflow::ui
