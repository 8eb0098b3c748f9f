// The slim transport of presentation mode: start, back, play, forward, end, a scrubber and a way out, floating
// along the bottom of the window. It fades out when the mouse rests and comes back when it moves.
#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

class QAction;
class QGraphicsOpacityEffect;
class QHBoxLayout;
class QPropertyAnimation;

namespace notiflow::ui {

class ReplaySession;
class Scrubber;

class TransportStrip final : public QWidget {
    Q_OBJECT
public:
    // `actions` become buttons in order; a null entry starts the scrubber's place; `leave` goes last, apart.
    TransportStrip(ReplaySession* session, const QList<QAction*>& actions, QAction* leave, QWidget* parent);

    void setIdleTimeout(int milliseconds) { m_idle.setInterval(milliseconds); }
    bool isShown() const { return isVisible() && !m_fadingOut; } // visible and not on its way out
    Scrubber* scrubber() const { return m_scrubber; } // for what the window's scrubber shows too (folds)

    // Places the strip along the bottom of its parent.
    void place();

Q_SIGNALS:
    void wentIdle(); // the mouse rested: the strip is fading out

public Q_SLOTS:
    void wake(); // show at once and restart the idle timer
    void fadeOut();

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_idle;
    QGraphicsOpacityEffect* m_opacity;
    QPropertyAnimation* m_fade;
    Scrubber* m_scrubber;
    bool m_fadingOut = false;
};

} // namespace notiflow::ui
