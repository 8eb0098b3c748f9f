// The keyboard help drawn over the window (F1 or ?): every shortcut in one card, gone at the next key or click.
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

namespace notiflow::ui {

class KeysOverlay final : public QWidget {
    Q_OBJECT
public:
    explicit KeysOverlay(QWidget* parent);

    // (keys, what they do), in display order.
    void setEntries(const QList<QPair<QString, QString>>& entries);
    void showOver(); // covers the parent and takes focus

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<QPair<QString, QString>> m_entries;
};

} // namespace notiflow::ui
