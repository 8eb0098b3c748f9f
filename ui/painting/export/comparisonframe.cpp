#include "painting/export/comparisonframe.h"

#include "painting/charts/datarulescharts.h"
#include "painting/charts/syncchainchart.h"
#include "painting/painters/flowpainter.h"
#include "painting/painters/legendpainter.h"
#include "painting/painters/timelinepainter.h"
#include "painting/style/displaytext.h"
#include "painting/style/panelpalette.h"
#include "scenariorunner.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPicture>
#include <QScreen>
#include <algorithm>
#include <cmath>

namespace notiflow::ui {

namespace {
constexpr int notificationListLines = 3;
// Shares of the summary's width: the Data & rules charts (foreign data domains, who evaluated each rule), then the
// synchronous chain.
constexpr std::array<qreal, 3> metricsShares { 0.26, 0.29, 0.45 };

int ceilToInt(qreal value)
{
    return static_cast<int>(std::ceil(value));
}

ChartStyle chartStyle(const QPalette& palette, const QFont& font)
{
    return { PanelPalette(palette), font };
}

std::unique_ptr<SyncChainChart> syncChainChart(const Comparison& cmp)
{
    auto chart = std::make_unique<SyncChainChart>();
    for (Architecture a : allArchitectures) {
        chart->setSide(a, SyncChainChart::sideOf(cmp.run(a).metrics));
    }
    return chart;
}

// The height of the legend wrapped to `width`, measured by painting it into a QPicture, which rasterises nothing.
int legendHeight(int width, const QFont& font, const QPalette& palette, bool faultMarks)
{
    QPicture picture;
    QPainter painter(&picture);
    return ceilToInt(LegendPainter::paint(&painter, QPointF(0, 0), width, font, palette, faultMarks));
}
} // namespace

qreal ComparisonFrame::fontDpi()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96;
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInchY() : 96;
}

ComparisonFrame::ComparisonFrame(std::shared_ptr<const Comparison> comparison, const Options& options)
    : m_comparison(std::move(comparison))
    , m_options(options)
    , m_palette(Theme::palette(options.theme, QGuiApplication::palette()))
    , m_timeline(m_comparison->eventSourced, m_comparison->apiDriven)
    , m_layout({ &m_comparison->eventSourced, &m_comparison->apiDriven })
{
    m_options.size = m_options.size.expandedTo(minimumSize).boundedTo(maximumSize);
    // Text is sized to the slide, not to the desktop: 1/60 of the height reads from the back of a room at 1080p
    // and keeps the flow's nodes in proportion with the panes. Point sizes, because the painters scale fonts by
    // point size; converted at the resolution every export device is given.
    m_font = QGuiApplication::font();
    // With the metrics summary the slide holds more, so its text is a little smaller to leave the flow its room.
    const qreal pixels = std::max<qreal>(9, m_options.size.height() / (m_options.withMetrics ? 68.0 : 60.0));
    m_font.setPointSizeF(pixels * 72 / fontDpi());

    for (Architecture a : allArchitectures) {
        Side& s = m_sides[a];
        const Run& run = m_comparison->run(a);
        s.graph = FlowGraph(run);
        s.lanes = TimelinePainter::lanesOf(run);
        s.timeline = TimelinePainter::geometryFor(run, static_cast<int>(s.lanes.size()));
        if (m_options.timelineTime) {
            s.timeline.setTimeMode(&run.steps, run.actionStartMs,
                TimelineTimeAxis::scaleFor({ &m_comparison->eventSourced, &m_comparison->apiDriven }));
            s.waits = TimelineWaits(run);
        }
        if (m_options.change)
            m_changeImpacts[a] = resolveChangeImpact(*m_options.change, run);
    }

    const QFontMetricsF body(m_font);
    const QFontMetricsF title(scaled(1.7, true));
    ComparisonFrameGeometry::Metrics metrics;
    metrics.lineHeight = ceilToInt(body.lineSpacing());
    metrics.titleHeight = ceilToInt(title.lineSpacing());
    TimelineGeometry rows;
    TimelinePainter::fit(rows, QRectF(0, 0, 100, 100), m_font);
    metrics.timelineRow = ceilToInt(rows.rowHeight());
    metrics.timelineHeader = ceilToInt(TimelinePainter::headerHeight(m_font));
    const int contentWidth = ComparisonFrameGeometry(m_options.size, metrics).content().width();
    metrics.legendHeight = legendHeight(contentWidth, scaled(0.9), m_palette, !m_comparison->scenario.faults.empty());
    if (m_options.withMetrics) {
        m_foreignDomains = DataRulesCharts::foreignDomainsChart(
            &m_comparison->eventSourced.metrics, &m_comparison->apiDriven.metrics);
        m_ruleImpact
            = DataRulesCharts::ruleImpactChart(&m_comparison->eventSourced.metrics, &m_comparison->apiDriven.metrics);
        m_syncChain = syncChainChart(*m_comparison);
        metrics.metricsHeight = metricsPreferredHeight(contentWidth);
        metrics.notificationLines = notificationListLines;
        metrics.captionLines = 2; // room for the lists; a longer caption is drawn a little smaller
    }
    m_geometry = ComparisonFrameGeometry(m_options.size, metrics);
}

ComparisonFrame::~ComparisonFrame() = default;

QFont ComparisonFrame::scaled(qreal factor, bool bold) const
{
    QFont f = m_font;
    f.setPointSizeF(m_font.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

int ComparisonFrame::metricsPreferredHeight(int width) const
{
    const ChartStyle style = chartStyle(m_palette, scaled(0.85));
    int tallest = 0;
    const auto charts = metricsCharts();
    for (std::size_t i = 0; i < charts.size(); ++i)
        tallest = std::max(tallest, charts[i]->heightForWidth(static_cast<int>(width * metricsShares[i]), style));
    return tallest + ceilToInt(QFontMetricsF(scaled(0.95, true)).lineSpacing());
}

int ComparisonFrame::stepCount() const
{
    return static_cast<int>(std::ceil(m_timeline.duration()));
}

int ComparisonFrame::sharedStepAt(double playhead) const
{
    return std::clamp(static_cast<int>(std::ceil(playhead - 1e-9)), 0, stepCount());
}

QString ComparisonFrame::titleText() const
{
    if (m_options.change) {
        return tr("%1 · if the requirement changes: %2")
            .arg(toQString(m_comparison->scenario.title), toQString(m_options.change->title));
    }
    return toQString(m_comparison->scenario.title);
}

QString ComparisonFrame::stepText(double playhead) const
{
    const int step = sharedStepAt(playhead);
    if (step == 0)
        return stepCount() == 1 ? tr("Before the first step · 1 step in all")
                                : tr("Before the first step · %1 steps in all").arg(stepCount());
    QString text = tr("Step %1 of %2").arg(step).arg(stepCount());
    const int action = m_timeline.actionAt(playhead);
    const auto& actions = m_comparison->scenario.actions;
    if (action >= 0 && action < static_cast<int>(actions.size())) {
        text += QStringLiteral(" · ")
            + tr("Action %1 of %2: %3")
                  .arg(action + 1)
                  .arg(actions.size())
                  .arg(toQString(describeAction(actions[static_cast<std::size_t>(action)])));
    }
    return text;
}

QString ComparisonFrame::captionText(Architecture a, double playhead) const
{
    const int step = m_timeline.positionAt(a, playhead).step;
    const Run& run = m_comparison->run(a);
    if (step < 0 || step >= static_cast<int>(run.steps.size()))
        return tr("Nothing has happened yet.");
    return toQString(run.steps[static_cast<std::size_t>(step)].caption);
}

QStringList ComparisonFrame::notificationLines(Architecture a, double playhead) const
{
    const int step = m_timeline.positionAt(a, playhead).step;
    QStringList lines;
    for (const SentNotification& n : m_comparison->run(a).notifications) {
        if (n.step > step)
            break; // recorded in step order
        lines << QStringLiteral("%1 · %2 → %3")
                     .arg(notificationTypeTitle(n.type), channelTitle(n.channel), toQString(n.recipient));
    }
    return lines;
}

qreal ComparisonFrame::timelineScroll(Architecture a, double playhead) const
{
    const ComparisonFrameGeometry::Pane& pane = m_geometry.pane(a);
    TimelineGeometry g = side(a).timeline;
    TimelinePainter::fit(g, QRectF(QPointF(0, 0), pane.timeline.size()), m_font);
    const qreal visible = pane.timeline.height() - TimelinePainter::headerHeight(m_font);
    const int step = m_timeline.positionAt(a, playhead).step;
    if (step < 0 || visible <= 0)
        return 0;
    if (g.isTimeMode()) // the step's arrow a third of the way down, within the run
        return std::clamp(g.stepY(step) - visible / 3, 0.0, std::max(0.0, g.contentHeight() - visible));
    // Whole rows from the top of the body, which the geometry made a whole number of rows high: no row is cut.
    const int visibleRows = static_cast<int>(visible / g.rowHeight() + 1e-6);
    const int first = std::clamp(g.rowOfStep(step) - visibleRows / 3, 0, std::max(0, g.rowCount() - visibleRows));
    return g.rowTop(first);
}

void ComparisonFrame::paint(QPainter* painter, double playhead) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(QRect(QPoint(0, 0), m_options.size), m_palette.color(QPalette::Window));
    paintTitle(painter, playhead);
    for (Architecture a : allArchitectures)
        paintPane(painter, a, playhead);
    if (m_options.withMetrics)
        paintMetrics(painter);
    LegendPainter::paint(painter, m_geometry.legend().topLeft(), m_geometry.legend().width(), scaled(0.9), m_palette,
        !m_comparison->scenario.faults.empty());
    painter->restore();
}

void ComparisonFrame::paintTitle(QPainter* painter, double playhead) const
{
    const QRect r = m_geometry.title();
    const QFont titleFont = scaled(1.7, true);
    const QFontMetricsF fm(titleFont);
    painter->setFont(titleFont);
    painter->setPen(m_palette.color(QPalette::WindowText));
    const QRectF titleLine(r.left(), r.top(), r.width(), fm.lineSpacing());
    painter->drawText(
        titleLine, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(titleText(), Qt::ElideRight, r.width()));

    const QFont stepFont = scaled(1.0);
    const QFontMetricsF sfm(stepFont);
    painter->setFont(stepFont);
    painter->setPen(m_palette.color(QPalette::PlaceholderText));
    QString line = stepText(playhead);
    if (m_options.highlight) // what the highlighted steps are behind, in words, as the window's pane says it
        line += tr(" · Highlighted in %1: %2 (%3)")
                    .arg(architectureTitle(m_options.highlight->side), m_options.highlight->label,
                        m_options.highlight->steps.size() == 1 ? tr("1 step")
                                                               : tr("%1 steps").arg(m_options.highlight->steps.size()));
    painter->drawText(QRectF(r.left(), titleLine.bottom(), r.width(), sfm.lineSpacing()),
        Qt::AlignLeft | Qt::AlignVCenter, sfm.elidedText(line, Qt::ElideRight, r.width()));
}

void ComparisonFrame::paintPane(QPainter* painter, Architecture a, double playhead) const
{
    const ComparisonFrameGeometry::Pane& pane = m_geometry.pane(a);
    const Run& run = m_comparison->run(a);
    const PlaybackTimeline::Position position = m_timeline.positionAt(a, playhead);
    const PanelPalette colors(m_palette);

    // Header: a swatch in the architecture's colour and pattern (the metrics charts use the same), the name,
    // who decides, and the side's own step counter.
    const QRect h = pane.header;
    const QFont nameFont = scaled(1.25, true);
    const QFontMetricsF nfm(nameFont);
    const qreal swatch = nfm.ascent() * 0.8;
    const qreal baseline = h.top() + (h.height() + nfm.ascent() - nfm.descent()) / 2;
    colors.fillArchitecture(painter, QRectF(h.left(), baseline - swatch, swatch, swatch), a);
    qreal x = h.left() + swatch + swatch * 0.5;
    const QString name = architectureTitle(a);
    painter->setFont(nameFont);
    painter->setPen(m_palette.color(QPalette::WindowText));
    painter->drawText(QPointF(x, baseline), name);
    x += nfm.horizontalAdvance(name) + nfm.averageCharWidth() * 1.5;

    const QFontMetricsF bfm(m_font);
    const QString counter = tr("step %1 / %2").arg(position.step + 1).arg(run.steps.size());
    const qreal counterWidth = bfm.horizontalAdvance(counter);
    painter->setFont(m_font);
    painter->drawText(QPointF(h.right() + 1 - counterWidth, baseline), counter);
    painter->setPen(m_palette.color(QPalette::PlaceholderText));
    const qreal room = h.right() + 1 - counterWidth - bfm.averageCharWidth() * 2 - x;
    if (room > bfm.averageCharWidth() * 6)
        painter->drawText(QPointF(x, baseline), bfm.elidedText(architectureRole(a), Qt::ElideRight, room));

    // The views, framed as in the window.
    const Side& s = side(a);
    const PainterStyle style(m_palette, m_font);
    FlowPainter flow(run, s.graph, m_layout, style);
    if (m_changeImpacts[a])
        flow.setChangeImpact(&*m_changeImpacts[a]);
    const StepSelection* highlight
        = m_options.highlight && m_options.highlight->side == a ? &*m_options.highlight : nullptr;
    flow.setHighlight(highlight);
    // Each view paints at its own origin, as it does in a widget, so that the two compute the very same pixels.
    painter->save();
    painter->translate(pane.flow.topLeft());
    flow.paint(painter, QRectF(QPointF(0, 0), pane.flow.size()), position);
    painter->restore();
    TimelinePainter timeline(run, &m_comparison->scenario, s.lanes, s.timeline, style);
    timeline.setFaultMarks(&s.graph.faults());
    timeline.setWaits(&s.waits);
    timeline.setHighlight(highlight);
    painter->save();
    painter->translate(pane.timeline.topLeft());
    timeline.paint(painter, QRectF(QPointF(0, 0), pane.timeline.size()), timelineScroll(a, playhead), position);
    painter->restore();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(m_palette.color(QPalette::Mid), 1));
    const QRect views = pane.flow.united(pane.timeline).adjusted(-1, -1, 0, 0);
    painter->drawRect(views); // a non-antialiased 1px rect covers [left, right + 1]: the one pixel around the views
    painter->drawLine(pane.flow.bottomLeft() + QPoint(0, 1), pane.flow.bottomRight() + QPoint(0, 1));
    painter->restore();

    // The caption, wrapped; shrunk a little if a long sentence would not fit in the lines reserved for it.
    QFont captionFont = m_font;
    const QString caption = captionText(a, playhead);
    const QRectF c = QRectF(pane.caption).adjusted(0, bfm.lineSpacing() * 0.2, 0, 0);
    for (int i = 0; i < 4; ++i) {
        const QRectF need = QFontMetricsF(captionFont).boundingRect(c, Qt::TextWordWrap | Qt::AlignLeft, caption);
        if (need.height() <= c.height())
            break;
        captionFont.setPointSizeF(captionFont.pointSizeF() * 0.9);
    }
    painter->setFont(captionFont);
    painter->setPen(m_palette.color(QPalette::WindowText));
    painter->drawText(c, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, caption);

    if (!pane.notifications.isEmpty())
        paintNotifications(painter, a, playhead);
}

void ComparisonFrame::paintNotifications(QPainter* painter, Architecture a, double playhead) const
{
    const QRect r = m_geometry.pane(a).notifications;
    const QStringList lines = notificationLines(a, playhead);
    const QFont bold = scaled(1.0, true);
    const qreal line = QFontMetricsF(m_font).lineSpacing();
    painter->setFont(bold);
    painter->setPen(m_palette.color(QPalette::WindowText));
    painter->drawText(QRectF(r.left(), r.top(), r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Notifications sent so far: %1").arg(lines.size()));
    painter->setFont(m_font);
    const QFontMetricsF fm(m_font);
    // The latest ones, which the current step may just have sent; older ones are counted on one line above them.
    const int count = static_cast<int>(lines.size());
    int first = 0;
    qreal y = r.top() + line;
    if (count > notificationListLines) {
        first = count - (notificationListLines - 1);
        painter->setPen(m_palette.color(QPalette::PlaceholderText));
        painter->drawText(QRectF(r.left() + fm.averageCharWidth() * 2, y, r.width(), line),
            Qt::AlignLeft | Qt::AlignVCenter, tr("… and %n earlier", nullptr, first));
        y += line;
    }
    painter->setPen(m_palette.color(QPalette::WindowText));
    for (int i = first; i < count; ++i) {
        painter->drawText(QRectF(r.left() + fm.averageCharWidth() * 2, y, r.width(), line),
            Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(lines[i], Qt::ElideRight, r.width()));
        y += line;
    }
    if (lines.isEmpty()) {
        painter->setPen(m_palette.color(QPalette::PlaceholderText));
        painter->drawText(QRectF(r.left() + fm.averageCharWidth() * 2, y, r.width(), line),
            Qt::AlignLeft | Qt::AlignVCenter, tr("none yet"));
    }
}

std::array<const MetricsChart*, 3> ComparisonFrame::metricsCharts() const
{
    return { m_foreignDomains.get(), m_ruleImpact.get(), m_syncChain.get() };
}

void ComparisonFrame::paintMetrics(QPainter* painter) const
{
    // Data & rules leads: where each architecture reads data it does not own and who evaluates each rule make the
    // comparison's point; the synchronous chain beside it shows what the trigger waits on.
    const QRect r = m_geometry.metrics();
    const ChartStyle style = chartStyle(m_palette, scaled(0.85));
    const QFont heading = scaled(0.95, true);
    const qreal headingHeight = QFontMetricsF(heading).lineSpacing();
    const int gap = m_geometry.margin();
    const qreal room = r.width() - 2.0 * gap;
    const auto charts = metricsCharts();
    const QString titles[] = { DataRulesCharts::title() + QStringLiteral(": ") + m_foreignDomains->title(),
        m_ruleImpact->title(), m_syncChain->title() };
    qreal x = r.left();
    painter->setFont(heading);
    painter->setPen(m_palette.color(QPalette::WindowText));
    for (std::size_t i = 0; i < charts.size(); ++i) {
        const QRectF column(x, r.top(), room * metricsShares[i], r.height());
        painter->setFont(heading);
        painter->setPen(m_palette.color(QPalette::WindowText));
        painter->drawText(QRectF(column.topLeft(), QSizeF(column.width(), headingHeight)),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(heading).elidedText(titles[i], Qt::ElideRight, column.width()));
        paintChart(painter, *charts[i], column.adjusted(0, headingHeight, 0, 0), style);
        x = column.right() + gap;
    }
}

void ComparisonFrame::paintChart(
    QPainter* painter, const MetricsChart& chart, const QRectF& rect, const ChartStyle& style) const
{
    // A chart that needs more height than the band has (a small slide) is drawn smaller rather than cut off.
    const qreal needed = chart.heightForWidth(static_cast<int>(rect.width()), style);
    const qreal scale = needed > rect.height() && needed > 0 ? std::max(0.4, rect.height() / needed) : 1.0;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    chart.paint(painter, QRectF(0, 0, rect.width() / scale, rect.height() / scale), style);
    painter->restore();
}

} // namespace notiflow::ui
