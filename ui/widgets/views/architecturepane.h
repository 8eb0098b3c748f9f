// One architecture's half of the window: its title, the flow view above the sequence timeline, and a caption
// line that narrates the current step, with a step counter.
#pragma once

#include "component.h"

#include <QWidget>

class QLabel;
class QSplitter;

namespace notiflow::ui {

class ElidedLabel;
class FlowView;
class ReplaySession;
class TimelineView;

class ArchitecturePane final : public QWidget {
    Q_OBJECT
public:
    ArchitecturePane(ReplaySession* session, Architecture side, QWidget* parent = nullptr);

    Architecture side() const { return m_side; }
    FlowView* flowView() const { return m_flow; }
    TimelineView* timelineView() const { return m_timeline; }
    QString captionText() const;
    QString counterText() const;

    // Scales the views, the header and the caption by `zoom`; the caption by `captionScale` more (presentation
    // mode makes narration readable from the back of a room).
    void setZoom(qreal zoom, qreal captionScale = 1.0);
    qreal zoom() const { return m_zoom; }
    QFont captionFont() const;
    // What this pane's highlighted steps are behind, in place of the "who decides" line; empty brings that back.
    void setHighlightNote(const QString& note);
    QString subtitleText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateCaption();
    void applyFonts();

    ReplaySession* m_session;
    Architecture m_side;
    QLabel* m_title;
    ElidedLabel* m_subtitle;
    QLabel* m_counter;
    QLabel* m_caption;
    FlowView* m_flow;
    TimelineView* m_timeline;
    QSplitter* m_splitter;
    int m_shownStep = -2;
    qreal m_zoom = 1.0;
    qreal m_captionScale = 1.0;
    bool m_noteShown = false; // the subtitle holds a highlight note
};

} // namespace notiflow::ui
