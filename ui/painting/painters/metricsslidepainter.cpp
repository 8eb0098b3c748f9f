// The headline table first (what the architectures are compared for), then the two chip grids at full width, so
// that a rule id or a component name fits whole on one line of a projected slide.
#include "painting/painters/metricsslidepainter.h"

#include "painting/charts/datarulescharts.h"
#include "painting/charts/metricsheadline.h"
#include "scenariorunner.h"

#include <QFontMetricsF>
#include <QPainter>

namespace notiflow::ui {

SlideLayout MetricsSlidePainter::layout(
    const QRectF& rect, const Comparison& cmp, const QFont& font, const QString& hint)
{
    return SlideLayout::fit(
        rect, font,
        [&](SlideLayout& l) {
            using Figure = MetricsHeadline::Figure;
            using Tone = SlideLayout::Tone;
            const qreal px = l.bodyPixels();
            const qreal left = l.left();
            const qreal width = l.contentWidth();
            qreal y = l.top();
            y += l.addText(tr("%1: data & rules").arg(QString::fromStdString(cmp.scenario.title)), l.font(1.5, true),
                QPointF(left, y), width);
            y += px * 0.7;

            // The figures' names fit one line at 1920 pixels in a third of the width.
            const SlideLayout::Table table = l.addTable(&y, 0.34);
            const qreal labelWidth = table.labelWidth;
            const qreal gutter = table.gutter;
            const qreal columnWidth = table.columnWidth;
            const auto& columns = table.columnLeft;
            for (Figure f : MetricsHeadline::figures) {
                l.addLine(QLineF(left, y - px * 0.2, left + width, y - px * 0.2));
                qreal height = l.addText(MetricsHeadline::label(f), l.font(1.0), QPointF(left, y), labelWidth);
                for (Architecture a : allArchitectures) {
                    const Metrics& m = cmp.run(a).metrics;
                    const QPointF at(columns[static_cast<std::size_t>(a)], y);
                    qreal h = 0;
                    if (f == Figure::Dependencies) {
                        h = l.addText(MetricsHeadline::shortValue(f, m), l.font(0.9), at, columnWidth);
                    } else {
                        const QString value = MetricsHeadline::shortValue(f, m);
                        const QFont big = l.font(1.4, true);
                        h = l.addText(value, big, at, columnWidth);
                        if (f == Figure::BlockingCalls) {
                            // Per action, beside the number: the fan-out the headline is the largest of.
                            const QFont small = l.font(0.9);
                            const qreal beside = QFontMetricsF(big).horizontalAdvance(value) + px * 0.6;
                            const qreal lift = QFontMetricsF(big).ascent() - QFontMetricsF(small).ascent();
                            h = std::max(h,
                                lift
                                    + l.addText(MetricsHeadline::detail(f, m), small, at + QPointF(beside, lift),
                                        columnWidth - beside, Tone::Muted));
                        }
                    }
                    height = std::max(height, h);
                }
                y += height + px * 0.4;
            }
            y += px * 0.5;

            const Metrics* eventSourced = &cmp.eventSourced.metrics;
            const Metrics* apiDriven = &cmp.apiDriven.metrics;
            std::array<std::unique_ptr<ChipGridChart>, 2> charts { DataRulesCharts::foreignDomainsChart(
                                                                       eventSourced, apiDriven),
                DataRulesCharts::ruleImpactChart(eventSourced, apiDriven) };
            for (auto& chart : charts) {
                chart->setTitleInHeader(true); // its title where the dock has a heading: the slide needs the height
                chart->setLabelWidth(labelWidth + gutter); // its columns under the headline's
                y += l.addChart(std::move(chart), l.font(1.0), QPointF(left, y), width) + px * 0.6;
            }
        },
        hint);
}

void MetricsSlidePainter::paint(QPainter* painter, const QRectF& rect, const Comparison& comparison,
    const QPalette& palette, const QFont& font, const QString& hint)
{
    layout(rect, comparison, font, hint).paint(painter, palette);
}

} // namespace notiflow::ui
