// One row per figure: its name, the two values in large type, and under them the sentence that compares them.
#include "painting/painters/summaryslidepainter.h"

#include "painting/charts/summaryfigures.h"
#include "scenariorunner.h"

#include <QPainter>

namespace notiflow::ui {

SlideLayout SummarySlidePainter::layout(
    const QRectF& rect, const Comparison& cmp, const QFont& font, const QString& hint)
{
    const std::vector<SummaryFigures::Row> rows = SummaryFigures::rows(cmp);
    return SlideLayout::fit(
        rect, font,
        [&](SlideLayout& l) {
            using Tone = SlideLayout::Tone;
            const qreal px = l.bodyPixels();
            const qreal left = l.left();
            const qreal width = l.contentWidth();
            qreal y = l.top();
            y += l.addText(tr("%1: summary").arg(QString::fromStdString(cmp.scenario.title)), l.font(1.5, true),
                QPointF(left, y), width);
            y += px * 0.2;
            y += l.addText(cmp.scenario.faults.empty()
                    ? tr("Computed from both runs of this scenario.")
                    : tr("Computed from both runs of this scenario; what the faults did is counted against the same "
                         "run without them."),
                l.font(0.9), QPointF(left, y), width, Tone::Muted);
            y += px * 0.8;

            const SlideLayout::Table table = l.addTable(&y, 0.3);
            const qreal labelWidth = table.labelWidth;
            const qreal gutter = table.gutter;
            const qreal columnWidth = table.columnWidth;
            const auto& columns = table.columnLeft;
            for (const SummaryFigures::Row& row : rows) {
                l.addLine(QLineF(left, y - px * 0.2, left + width, y - px * 0.2));
                const qreal labelHeight = l.addText(row.label, l.font(1.0), QPointF(left, y), labelWidth);
                qreal values = 0;
                for (Architecture a : allArchitectures) {
                    const auto side = static_cast<std::size_t>(a);
                    values = std::max(values,
                        l.addText(row.values[side], row.large ? l.font(1.5, true) : l.font(0.9),
                            QPointF(columns[side], y), columnWidth));
                }
                const qreal sentenceTop = y + values + px * 0.15;
                const qreal sentence = l.addText(
                    row.sentence, l.font(1.0), QPointF(columns[0], sentenceTop), width - labelWidth - gutter);
                y = std::max(y + labelHeight, sentenceTop + sentence) + px * 0.45;
            }
        },
        hint);
}

void SummarySlidePainter::paint(QPainter* painter, const QRectF& rect, const Comparison& comparison,
    const QPalette& palette, const QFont& font, const QString& hint)
{
    layout(rect, comparison, font, hint).paint(painter, palette);
}

} // namespace notiflow::ui
