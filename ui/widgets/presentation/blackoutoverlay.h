// The black screen of presentation software (B or "."): covers the whole window until the next key or click, so
// that a clicker's keys bring the picture back without also moving the playhead.
#pragma once

#include <QPointer>
#include <QWidget>

namespace notiflow::ui {

class BlackoutOverlay final : public QWidget {
    Q_OBJECT
public:
    explicit BlackoutOverlay(QWidget* window);

    void cover(); // over the whole window, with the keyboard focus
    void uncover(); // gives the focus back to where it was

Q_SIGNALS:
    void uncovered();
    void escapePressed(); // the presenter wants out of presentation mode as well

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_previousFocus;
};

} // namespace notiflow::ui
