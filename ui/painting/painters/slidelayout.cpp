// Text is measured with the same flags, font and box it is drawn with, so the measured rectangle is the drawn one.
#include "painting/painters/slidelayout.h"

#include "painting/style/displaytext.h"
#include "painting/style/panelpalette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <cmath>

namespace notiflow::ui {

SlideLayout::SlideLayout(const QRectF& slide, const QFont& base, qreal bodyPixels)
    : m_slide(slide)
    , m_base(base)
    , m_bodyPixels(bodyPixels)
{
}

SlideLayout SlideLayout::fit(
    const QRectF& slide, const QFont& base, const std::function<void(SlideLayout&)>& build, const QString& footer)
{
    const qreal preferred = preferredBodyPixels(slide);
    const qreal room = slide.height() * 0.9; // the top and bottom margins stay free
    qreal pixels = preferred;
    for (;;) {
        SlideLayout layout(slide, base, pixels);
        build(layout);
        const QRectF bounds = layout.contentBounds();
        const qreal smaller = pixels * 0.95;
        if (bounds.height() <= room || smaller < preferred * 0.75) {
            layout.shift(std::max<qreal>(0, (room - bounds.height()) / 2) + layout.top() - bounds.top());
            if (!footer.isEmpty()) {
                const QFont small = layout.font(0.9);
                const qreal margin = slide.bottom() - (layout.top() - slide.top() + room + slide.top());
                const qreal y = slide.bottom() - margin / 2 - QFontMetricsF(small).height() / 2;
                layout.addText(
                    footer, small, QPointF(layout.left(), y), layout.contentWidth(), Tone::Muted, Qt::AlignRight);
            }
            return layout;
        }
        pixels = smaller;
    }
}

QFont SlideLayout::font(qreal factor, bool bold) const
{
    QFont f = m_base;
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(m_bodyPixels * factor))));
    f.setBold(bold);
    return f;
}

qreal SlideLayout::addText(const QString& text, const QFont& font, QPointF topLeft, qreal width, Tone tone, int flags)
{
    if (text.isEmpty())
        return 0;
    flags |= Qt::TextWordWrap;
    if (!(flags & Qt::AlignHorizontal_Mask))
        flags |= Qt::AlignLeft;
    flags |= Qt::AlignTop;
    const QFontMetricsF fm(font);
    const QRectF rect = fm.boundingRect(QRectF(topLeft, QSizeF(width, 1e6)), flags, text);
    const QRectF box(topLeft, QSizeF(width, rect.height()));
    m_texts.push_back({ box, rect, text, font, tone, flags });
    return rect.height();
}

qreal SlideLayout::addChart(std::shared_ptr<const MetricsChart> chart, const QFont& font, QPointF topLeft, qreal width)
{
    const ChartStyle style { PanelPalette(QPalette()), font };
    const qreal height = chart->heightForWidth(static_cast<int>(std::floor(width)), style);
    m_charts.push_back({ QRectF(topLeft, QSizeF(std::floor(width), height)), std::move(chart), font });
    return height;
}

SlideLayout::Table SlideLayout::addTable(qreal* y, qreal labelShare)
{
    Table table;
    const qreal width = contentWidth();
    table.labelWidth = width * labelShare;
    table.gutter = m_bodyPixels;
    table.columnWidth = (width - table.labelWidth - 2 * table.gutter) / 2;
    table.columnLeft = { left() + table.labelWidth + table.gutter,
        left() + table.labelWidth + 2 * table.gutter + table.columnWidth };
    const QFont heading = font(1.0, true);
    const qreal lineHeight = QFontMetricsF(heading).height();
    const QSizeF swatch(lineHeight * 1.4, lineHeight * 0.7);
    qreal height = 0;
    for (Architecture a : allArchitectures) {
        const qreal x = table.columnLeft[static_cast<std::size_t>(a)];
        addSwatch(QRectF(QPointF(x, *y + (lineHeight - swatch.height()) / 2), swatch), a);
        const qreal indent = swatch.width() + m_bodyPixels * 0.4;
        height = std::max(
            height, addText(architectureTitle(a), heading, QPointF(x + indent, *y), table.columnWidth - indent));
    }
    *y += height + m_bodyPixels * 0.4;
    return table;
}

void SlideLayout::shift(qreal dy)
{
    for (Text& t : m_texts) {
        t.box.translate(0, dy);
        t.rect.translate(0, dy);
    }
    for (Chart& c : m_charts)
        c.rect.translate(0, dy);
    for (Swatch& s : m_swatches)
        s.rect.translate(0, dy);
    for (QLineF& l : m_lines)
        l.translate(0, dy);
}

QRectF SlideLayout::contentBounds() const
{
    QRectF bounds;
    for (const Text& t : m_texts)
        bounds |= t.rect;
    for (const Chart& c : m_charts)
        bounds |= c.rect;
    for (const Swatch& s : m_swatches)
        bounds |= s.rect;
    return bounds;
}

QString SlideLayout::plainText() const
{
    QStringList lines;
    for (const Text& t : m_texts)
        lines << t.text;
    return lines.join(QLatin1Char('\n'));
}

void SlideLayout::paint(QPainter* painter, const QPalette& palette) const
{
    const PanelPalette colors(palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(m_slide, palette.color(QPalette::Window));
    painter->setPen(QPen(colors.grid(), std::max(1.0, m_bodyPixels / 16)));
    for (const QLineF& line : m_lines)
        painter->drawLine(line);
    for (const Swatch& s : m_swatches)
        colors.fillArchitecture(painter, s.rect, s.architecture);
    for (const Text& t : m_texts) {
        painter->setFont(t.font);
        painter->setPen(t.tone == Tone::Muted ? colors.mutedText()
                : t.tone == Tone::Accent      ? palette.color(QPalette::Highlight)
                                              : colors.text());
        painter->drawText(t.box, t.flags, t.text);
    }
    for (const Chart& c : m_charts)
        c.chart->paint(painter, c.rect, ChartStyle { colors, c.font });
    painter->restore();
}

} // namespace notiflow::ui
