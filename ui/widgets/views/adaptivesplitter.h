// A splitter that lays its two architecture panes side by side when there is room and one above the other when the
// dock is narrow, so each pane keeps a readable width wherever the panel is docked.
#pragma once

#include <QSplitter>

class QVBoxLayout;

namespace notiflow::ui {

class AdaptiveSplitter final : public QSplitter {
    Q_OBJECT
public:
    // `paneWidth`: the width in pixels each pane needs to be comfortable side by side.
    explicit AdaptiveSplitter(int paneWidth, QWidget* parent = nullptr);

    // Adds a pane: a widget whose children stack tightly in the returned layout (the pane is its parentWidget()).
    QVBoxLayout* addPane();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int m_paneWidth;
};

} // namespace notiflow::ui
