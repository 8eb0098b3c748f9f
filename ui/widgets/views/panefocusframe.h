// The mark of the focused architecture pane: an outline in the palette's highlight colour drawn over the pane's
// views. It takes no input, so clicks reach the views beneath it.
#pragma once

#include <QWidget>

namespace notiflow::ui {

class PaneFocusFrame final : public QWidget {
    Q_OBJECT
public:
    explicit PaneFocusFrame(QWidget* parent);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override; // follows the parent's size
};

} // namespace notiflow::ui
