// Where a slide painter puts its text, swatches, lines and charts, decided before anything is drawn: painting then
// draws exactly this, and tests check it (everything inside the slide, no text over other text or a chart).
#pragma once

#include "component.h"
#include "painting/charts/metricschart.h"

#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QString>
#include <array>
#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPalette;

namespace notiflow::ui {

class SlideLayout final {
public:
    enum class Tone { Text, Muted, Accent };
    struct Text {
        QRectF box; // where it is laid out and drawn
        QRectF rect; // what the text covers: may be wider than box when a word does not fit
        QString text;
        QFont font;
        Tone tone = Tone::Text;
        int flags = 0;
    };
    struct Chart {
        QRectF rect;
        std::shared_ptr<const MetricsChart> chart;
        QFont font;
    };
    struct Swatch {
        QRectF rect;
        Architecture architecture;
    };

    // `bodyPixels`: the height of body text; `base` gives the family (its size is replaced).
    SlideLayout(const QRectF& slide, const QFont& base, qreal bodyPixels);

    // Lays a slide out with `build`, starting from body text 1/40 of the slide's height and making it smaller only
    // while the content is taller than the slide leaves room for (down to 3/4); the content is then centred
    // vertically. `build` starts at top() and may use the whole of the slide's content width. `footer`, when not
    // empty, goes right-aligned into the bottom margin, outside what is fitted.
    static SlideLayout fit(const QRectF& slide, const QFont& base, const std::function<void(SlideLayout&)>& build,
        const QString& footer = {});
    static qreal preferredBodyPixels(const QRectF& slide) { return slide.height() / 40.0; }
    qreal left() const { return m_slide.left() + m_slide.width() * 0.05; }
    qreal top() const { return m_slide.top() + m_slide.height() * 0.05; }
    qreal contentWidth() const { return m_slide.width() * 0.9; }

    QRectF slide() const { return m_slide; }
    qreal bodyPixels() const { return m_bodyPixels; }
    QFont font(qreal factor = 1.0, bool bold = false) const; // body text × factor

    // Lays `text` out wrapped into `width` from (x, y); returns its height (0 for empty text).
    qreal addText(
        const QString& text, const QFont& font, QPointF topLeft, qreal width, Tone tone = Tone::Text, int flags = 0);
    // A chart `width` wide from `topLeft`, as tall as it needs with `font`; returns that height.
    qreal addChart(std::shared_ptr<const MetricsChart> chart, const QFont& font, QPointF topLeft, qreal width);
    void addSwatch(const QRectF& rect, Architecture architecture) { m_swatches.push_back({ rect, architecture }); }
    void addLine(const QLineF& line) { m_lines.push_back(line); }
    // A table of the two architectures side by side: a label column on the left, then one column per architecture.
    struct Table {
        qreal labelWidth = 0;
        qreal gutter = 0; // between columns
        qreal columnWidth = 0;
        std::array<qreal, 2> columnLeft {}; // event-sourced, API-driven
    };
    // Lays out such a table over the content width, its label column `labelShare` of it, and adds the columns'
    // headings (swatch and name) at `*y`, which it moves below them.
    Table addTable(qreal* y, qreal labelShare);
    // Moves everything laid out so far by (0, dy): a painter measures first, then centres or places the content.
    void shift(qreal dy);

    const std::vector<Text>& texts() const { return m_texts; }
    const std::vector<Chart>& charts() const { return m_charts; }
    QRectF contentBounds() const; // of every text, chart and swatch
    QString plainText() const; // every text in order, one per line: for screen readers and tests

    void paint(QPainter* painter, const QPalette& palette) const;

private:
    QRectF m_slide;
    QFont m_base;
    qreal m_bodyPixels;
    std::vector<Text> m_texts;
    std::vector<Chart> m_charts;
    std::vector<Swatch> m_swatches;
    std::vector<QLineF> m_lines;
};

} // namespace notiflow::ui
