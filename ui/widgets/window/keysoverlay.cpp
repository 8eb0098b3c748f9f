#include "widgets/window/keysoverlay.h"

#include <QAction>
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

void KeysOverlay::setRows(const QList<Row>& rows)
{
    m_rows = rows;
    refresh();
}

void KeysOverlay::refresh()
{
    m_entries = entries();
    QString text;
    for (const auto& [keys, what] : m_entries)
        text += keys + QStringLiteral(": ") + what + QLatin1Char('\n');
    setAccessibleDescription(text.trimmed());
    update();
}

QString KeysOverlay::keyText(const QKeySequence& keys)
{
    // Qt's native text, with the arrows drawn and the page keys and the zoom keys spelled out.
    QString text = keys.toString(QKeySequence::NativeText);
    if (text.endsWith(QLatin1String("++")))
        text.replace(text.size() - 1, 1, QStringLiteral("Plus"));
    else if (text.endsWith(QLatin1String("+-")))
        text.replace(text.size() - 1, 1, QStringLiteral("Minus"));
    static const std::pair<QString, QString> names[] = {
        { QStringLiteral("Right"), QStringLiteral("→") },
        { QStringLiteral("Left"), QStringLiteral("←") },
        { QStringLiteral("PgDown"), QStringLiteral("Page Down") },
        { QStringLiteral("PgUp"), QStringLiteral("Page Up") },
    };
    for (const auto& [qt, shown] : names) {
        if (text == qt)
            return shown;
    }
    return text;
}

QList<QPair<QString, QString>> KeysOverlay::entries() const
{
    QList<QPair<QString, QString>> result;
    for (const Row& row : m_rows) {
        QStringList keys;
        if (row.actions.size() == 1) {
            for (const QKeySequence& shortcut : row.actions.front()->shortcuts())
                keys << keyText(shortcut);
            result.append({ keys.join(QStringLiteral("  or  ")), row.what });
            continue;
        }
        for (const QAction* action : row.actions)
            keys << keyText(action->shortcut());
        const QString joined
            = keys.size() > 2 ? keys.front() + QStringLiteral(" … ") + keys.back() : keys.join(QStringLiteral("  /  "));
        result.append({ joined, row.what });
    }
    return result;
}

void KeysOverlay::showOver()
{
    refresh(); // a shortcut may have changed since
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
