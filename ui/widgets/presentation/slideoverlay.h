// The metrics slide (M) and the summary slide (S) of presentation mode, painted over the whole screen by
// MetricsSlidePainter and SummarySlidePainter from the runs on show. The same key returns, and so does Esc, before
// it clears a requirement change or leaves presentation mode, and so does a click; → after the last step offers the
// summary.
#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QKeyEvent;

namespace notiflow::ui {

class ReplaySession;

class SlideOverlay final : public QWidget {
    Q_OBJECT
public:
    enum class Slide { None, Metrics, Summary };

    // Covers `window`. `forward` is the window's step-forward action: at the last step, while presenting, it
    // opens the summary. Construct this before anything else connects to `forward`, so that it sees the playhead
    // as it was before the step.
    SlideOverlay(QWidget* window, ReplaySession* session, QAction* forward);

    Slide slide() const { return m_slide; }
    QAction* metricsAction() const { return m_metrics; } // M
    QAction* summaryAction() const { return m_summary; } // S
    QAction* closeAction() const { return m_close; } // Esc; shown in the keys overlay

    // Presentation mode turns the keys on and off; leaving it closes the slide.
    void setPresenting(bool presenting);
    // Actions that move the playhead (stepping, jumping to a notification or a highlighted step): while a slide
    // shows, their keys do nothing, so nothing moves unseen behind it.
    void holdWhileShowing(const QList<QAction*>& actions) { m_held = actions; }

public Q_SLOTS:
    void showSlide(notiflow::ui::SlideOverlay::Slide slide); // None closes
    void toggle(notiflow::ui::SlideOverlay::Slide slide); // the slide's own key: shows it, or closes it
    void closeSlide();

Q_SIGNALS:
    void slideChanged(notiflow::ui::SlideOverlay::Slide slide);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override; // a click returns to the run, as the back keys do
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString hint() const;
    void updateAccessibleText();
    bool isHeld(const QKeyEvent* press) const;

    ReplaySession* m_session;
    QAction* m_metrics;
    QAction* m_summary;
    QAction* m_close;
    QList<QAction*> m_held;
    Slide m_slide = Slide::None;
    bool m_presenting = false;
    bool m_wasAtEnd = false; // the summary is offered once on arriving at the end
};

} // namespace notiflow::ui
