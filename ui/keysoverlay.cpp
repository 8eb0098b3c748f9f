#include "keysoverlay.h"

#include <QKeyEvent>
#include <QPainter>

namespace notiflow::ui {

KeysOverlay::KeysOverlay(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Keyboard shortcuts"));
    setFocusPolicy(Qt::StrongFocus);
    hide();
    parent->installEventFilter(this);
}

void KeysOverlay::setEntries(const QList<QPair<QString, QString>>& entries)
{
    m_entries = entries;
    QString text;
    for (const auto& [keys, what] : entries)
        text += keys + QStringLiteral(": ") + what + QLatin1Char('\n');
    setAccessibleDescription(text.trimmed());
    update();
}

void KeysOverlay::showOver()
{
    setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus(Qt::OtherFocusReason);
}

bool KeysOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void KeysOverlay::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor dim = palette().color(QPalette::Shadow);
    dim.setAlphaF(0.45f);
    p.fillRect(rect(), dim);

    QFont keyFont = font();
    keyFont.setBold(true);
    const QFontMetricsF fm(font());
    const QFontMetricsF kfm(keyFont);
    qreal keysWidth = 0;
    qreal whatWidth = 0;
    for (const auto& [keys, what] : m_entries) {
        keysWidth = std::max(keysWidth, kfm.horizontalAdvance(keys));
        whatWidth = std::max(whatWidth, fm.horizontalAdvance(what));
    }
    const qreal line = fm.lineSpacing() * 1.5;
    const qreal pad = fm.height() * 1.2;
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.3);
    titleFont.setBold(true);
    const qreal titleHeight = QFontMetricsF(titleFont).height() * 1.8;
    const QSizeF card(
        pad * 3 + keysWidth + whatWidth, pad * 2 + titleHeight + line * m_entries.size() + fm.height() * 1.5);
    const QRectF box(QPointF((width() - card.width()) / 2, (height() - card.height()) / 2), card);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(palette().color(QPalette::Window));
    p.drawRoundedRect(box, 10, 10);

    p.setFont(titleFont);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(box.left() + pad, box.top() + pad, box.width() - 2 * pad, titleHeight),
        Qt::AlignLeft | Qt::AlignTop, tr("Keyboard shortcuts"));
    qreal y = box.top() + pad + titleHeight;
    for (const auto& [keys, what] : m_entries) {
        p.setFont(keyFont);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(box.left() + pad, y, keysWidth, line), Qt::AlignRight | Qt::AlignVCenter, keys);
        p.setFont(font());
        p.drawText(
            QRectF(box.left() + pad * 2 + keysWidth, y, whatWidth + 2, line), Qt::AlignLeft | Qt::AlignVCenter, what);
        y += line;
    }
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(box.left() + pad, y, box.width() - 2 * pad, fm.height() * 1.5), Qt::AlignLeft | Qt::AlignBottom,
        tr("Press any key or click to close"));
}

void KeysOverlay::keyPressEvent(QKeyEvent* event)
{
    event->accept();
    hide();
}

void KeysOverlay::mousePressEvent(QMouseEvent*)
{
    hide();
}

} // namespace notiflow::ui
