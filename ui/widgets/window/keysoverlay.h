// The keyboard help drawn over the window (F1 or ?): every shortcut in one card, gone at the next key or click.
// Its keys are read from the actions themselves when it opens, so the card cannot drift from what the keys do.
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QAction;

namespace notiflow::ui {

class KeysOverlay final : public QWidget {
    Q_OBJECT
public:
    // One line of the card: what `actions` do together, under their keys. One action shows all its shortcuts
    // ("F5  or  F11"); several show the first shortcut of each ("Home  /  End", "Ctrl+1 … Ctrl+4").
    struct Row {
        QList<QAction*> actions;
        QString what;
    };

    explicit KeysOverlay(QWidget* parent);

    void setRows(const QList<Row>& rows);
    // (keys, what they do), in display order, as the card shows them now.
    QList<QPair<QString, QString>> entries() const;
    void showOver(); // covers the parent and takes focus

    // A shortcut as the card writes it: "→", "Page Down", "Ctrl+Plus".
    static QString keyText(const QKeySequence& keys);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();

    QList<Row> m_rows;
    QList<QPair<QString, QString>> m_entries; // read from m_rows when the card opens
};

} // namespace notiflow::ui
