// Fits the zoom to the screen: the largest zoom step up to the one asked for at which the window asks for no more
// than the screen (or its available area) and every flow view's nodes fit without overlapping at readable labels.
#pragma once

#include <QRect>
#include <functional>

class QMainWindow;
class QWidget;

namespace notiflow::ui {

class ZoomFit final {
public:
    using Apply = std::function<void(qreal zoom)>; // sets the zoom on the widgets, nothing else
    ZoomFit(QMainWindow* window, Apply apply);

    // Applies `wanted`, or else the largest smaller zoom step that fits; returns the zoom now shown.
    qreal fit(qreal wanted, bool presenting);
    qreal shown() const { return m_shown; }
    bool isFitting() const { return m_fitting; }
    // Whether the window as laid out now fits. Flow views that are not shown do not count.
    bool fits(bool presenting) const;
    // The size the whole window may take: the screen while presenting, else its available area less the frame.
    QSize target(bool presenting) const;

private:
    QMainWindow* m_window;
    Apply m_apply;
    qreal m_shown = 1.0;
    bool m_fitting = false;
};

} // namespace notiflow::ui
