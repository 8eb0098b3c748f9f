// The scenario's title slide: its title, description and the points to watch for, shown before the first step
// when the option is on. TitleSlidePainter paints it, so an export can draw the same slide.
#pragma once

#include <QWidget>

namespace notiflow::ui {

class ReplaySession;

class TitleSlide final : public QWidget {
    Q_OBJECT
public:
    // Covers `stage` (kept to its size) while the session's playhead is at the start and the slide is enabled.
    TitleSlide(ReplaySession* session, QWidget* stage);

    void setEnabledOption(bool enabled); // the View menu's "Title Slide"
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }
    // True when the slide should be showing now: enabled, a scenario, the playhead at 0.
    bool wantsToShow() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();

    ReplaySession* m_session;
    bool m_enabled = false;
    qreal m_zoom = 1.0;
};

} // namespace notiflow::ui
