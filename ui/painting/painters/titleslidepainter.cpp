#include "painting/painters/titleslidepainter.h"

#include "painting/style/zoomlevel.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPalette>
#include <QTextLayout>
#include <cmath>

namespace notiflow::ui {

namespace {

// Lays `text` out wrapped to `width` from `top` and draws it (when painter is not null); returns the height used.
qreal drawWrapped(QPainter* painter, const QString& text, const QFont& font, qreal left, qreal top, qreal width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    const QFontMetricsF fm(font);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += fm.lineSpacing();
    }
    layout.endLayout();
    if (painter)
        layout.draw(painter, QPointF(left, top));
    return y;
}

} // namespace

void TitleSlidePainter::paint(QPainter* painter, const QRectF& rect, const Scenario& scenario, const QPalette& palette,
    const QFont& font, qreal zoom)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(rect, palette.color(QPalette::Window));

    // A reading column of at most about 60 characters of body text, centred; sizes follow the zoom and shrink
    // only when the slide would not fit.
    // A slide fills its screen: on a tall stage (a projector at 1080p) the text grows with the height.
    qreal scale = zoom * 1.35 * std::max<qreal>(1.0, rect.height() / 720.0);
    const auto layout = [&](QPainter* p, qreal s) {
        QFont body = ZoomLevel::scaledFont(font, s);
        QFont title = ZoomLevel::scaledFont(font, s * 2.1);
        title.setBold(true);
        QFont heading = ZoomLevel::scaledFont(font, s * 1.15);
        heading.setBold(true);
        const QFontMetricsF bodyMetrics(body);
        const qreal width = std::min(rect.width() * 0.84, bodyMetrics.averageCharWidth() * 66);
        const qreal left = rect.left() + (rect.width() - width) / 2;
        const qreal gap = bodyMetrics.lineSpacing() * 0.9;
        qreal y = 0;
        const auto block = [&](const QString& text, const QFont& f, QColor color, qreal indent = 0) {
            if (p)
                p->setPen(color);
            const qreal h = drawWrapped(p, text, f, left + indent, rect.top() + y, width - indent);
            y += h;
        };
        // The first pass (p == nullptr) only measures; the second draws from the vertically centred top.
        block(QString::fromStdString(scenario.title), title, palette.color(QPalette::WindowText));
        y += gap * 0.6;
        // An accent rule under the title, in the highlight colour.
        if (p) {
            p->setPen(QPen(palette.color(QPalette::Highlight), std::max<qreal>(2.0, 3 * s / 1.35)));
            p->setBrush(Qt::NoBrush);
            p->drawLine(QPointF(left, rect.top() + y), QPointF(left + width * 0.18, rect.top() + y));
        }
        y += gap;
        if (!scenario.description.empty()) {
            block(QString::fromStdString(scenario.description), body, palette.color(QPalette::WindowText));
            y += gap * 1.2;
        }
        if (!scenario.watchFor.empty()) {
            block(QCoreApplication::translate("TitleSlide", "What to watch for"), heading,
                palette.color(QPalette::WindowText));
            y += gap * 0.4;
            const qreal indent = bodyMetrics.averageCharWidth() * 2.4;
            for (const std::string& point : scenario.watchFor) {
                if (p) {
                    const qreal r = bodyMetrics.height() * 0.16;
                    p->setPen(Qt::NoPen);
                    p->setBrush(palette.color(QPalette::Highlight));
                    p->drawEllipse(QPointF(left + indent * 0.4, rect.top() + y + bodyMetrics.ascent() * 0.62), r, r);
                }
                block(QString::fromStdString(point), body, palette.color(QPalette::WindowText), indent);
                y += gap * 0.35;
            }
        }
        y += gap;
        block(QCoreApplication::translate("TitleSlide", "Press → or Space to begin"), body,
            palette.color(QPalette::PlaceholderText));
        return y;
    };
    qreal height = layout(nullptr, scale);
    for (int i = 0; i < 12 && height > rect.height() * 0.92 && scale > 0.6; ++i) {
        scale *= 0.9;
        height = layout(nullptr, scale);
    }
    painter->translate(0, std::max<qreal>(rect.height() * 0.04, (rect.height() - height) / 2));
    layout(painter, scale);
    painter->restore();
}

} // namespace notiflow::ui
