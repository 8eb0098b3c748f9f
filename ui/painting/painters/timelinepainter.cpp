#include "painting/painters/timelinepainter.h"

#include "painting/folding/foldingstate.h"
#include "painting/painters/faultmarks.h"
#include "painting/painters/faultoverlaypainter.h"
#include "painting/painters/highlightpainter.h"
#include "painting/painters/timelinetimemarks.h"
#include "painting/painters/timelinewaits.h"
#include "painting/session/stepselection.h"
#include "painting/style/displaytext.h"
#include "painting/style/stepstyle.h"
#include "run.h"
#include "scenario.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace notiflow::ui {

namespace {
const std::array<Component, componentCount> laneOrder { Component::OutsideWorld, Component::OrderingService,
    Component::PricingService, Component::BillingService, Component::PromotionsService, Component::EventBus,
    Component::NotificationService, Component::EventCorrelator, Component::NotificationApi, Component::Orders,
    Component::Products, Component::Payments, Component::Carts, Component::Customers, Component::Preferences,
    Component::Email, Component::Sms };

QFont smallFont(const QFont& font, qreal factor)
{
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * factor);
    return f;
}

qreal gutterWidth(const QFontMetricsF& fm, int stepCount)
{
    return fm.horizontalAdvance(QString::number(std::max(stepCount, 99))) + fm.averageCharWidth() * 2;
}

QString componentLabel(Component c)
{
    const auto name = componentName(c);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}
} // namespace

TimelinePainter::TimelinePainter(const Run& run, const Scenario* scenario, const std::vector<Component>& lanes,
    const TimelineGeometry& geometry, const PainterStyle& style)
    : m_run(run)
    , m_scenario(scenario)
    , m_lanes(lanes)
    , m_geometry(geometry)
    , m_style(style)
{
    m_laneOf.fill(-1);
    for (std::size_t i = 0; i < lanes.size(); ++i)
        m_laneOf[lanes[i]] = static_cast<int>(i);
}

std::vector<Component> TimelinePainter::lanesOf(const Run& run)
{
    PerComponent<bool> present;
    for (const Step& s : run.steps) {
        present[s.from] = true;
        present[s.to] = true;
    }
    std::vector<Component> lanes;
    for (Component c : laneOrder) {
        if (present[c])
            lanes.push_back(c);
    }
    return lanes;
}

TimelineGeometry TimelinePainter::geometryFor(const Run& run, int laneCount)
{
    return TimelineGeometry(run.actionFirstStep, static_cast<int>(run.steps.size()), laneCount);
}

qreal TimelinePainter::headerHeight(const QFont& font)
{
    const QFontMetricsF fm(smallFont(font, 0.9));
    return std::ceil(fm.lineSpacing() * 2 + fm.height() * 0.8);
}

void TimelinePainter::fit(TimelineGeometry& geometry, const QRectF& rect, const QFont& font)
{
    const QFontMetricsF fm(font);
    geometry.setRowHeight(std::ceil(fm.height() * 1.45));
    // Step order numbers the steps in the gutter; simulated time puts its axis there.
    const qreal gutter = geometry.isTimeMode()
        ? TimelineTimeMarks::gutterWidth(geometry, font)
        : gutterWidth(QFontMetricsF(smallFont(font, 0.85)), geometry.stepCount());
    geometry.setLaneArea(rect.left() + gutter, rect.width() - gutter - 2);
}

void TimelinePainter::paint(
    QPainter* painter, const QRectF& rect, qreal scrollY, PlaybackTimeline::Position position) const
{
    TimelineGeometry g = m_geometry;
    fit(g, rect, m_style.font());
    const qreal header = headerHeight(m_style.font());
    const QRectF body(rect.left(), rect.top() + header, rect.width(), rect.height() - header);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(rect, m_style.palette().color(QPalette::Base));
    painter->setClipRect(body);

    // Lifelines first, under everything.
    QPen lifeline(StepStyle::faded(m_style.palette().color(QPalette::Text), m_style.palette(), 0.8), m_style.stroke(),
        Qt::DashLine);
    painter->setPen(lifeline);
    for (int lane = 0; lane < static_cast<int>(m_lanes.size()); ++lane) {
        const qreal x = std::round(g.laneX(lane)) + 0.5;
        painter->drawLine(QPointF(x, body.top()), QPointF(x, body.bottom()));
    }

    if (g.isTimeMode()) {
        paintTime(painter, g, body, scrollY, position);
    } else {
        // Only the rows in view: two binary searches, then a screenful of rows.
        const auto [first, last] = g.visibleRows(scrollY, body.height());
        const qreal offset = body.top() - scrollY;
        for (int row = first; row <= last; ++row) {
            const TimelineGeometry::Row r = g.rowAt(row);
            const QRectF rowRect(rect.left(), offset + g.rowTop(row), rect.width(), g.rowHeight());
            if (r.separator)
                paintSeparator(painter, r.index, rowRect);
            else if (r.fold >= 0)
                paintFold(painter, g, r.fold, rowRect, position);
            else if (r.index >= 0) {
                paintOutages(painter, g, r.index, rowRect);
                paintStep(painter, g, r.index, rowRect.center().y(), rowRect, position);
            }
        }
    }
    painter->setClipping(false);
    paintHeader(painter, rect, g);
    painter->restore();
}

void TimelinePainter::paintHeader(QPainter* painter, const QRectF& rect, const TimelineGeometry& g) const
{
    const qreal header = headerHeight(m_style.font());
    const QRectF box(rect.left(), rect.top(), rect.width(), header);
    painter->fillRect(box, m_style.palette().color(QPalette::Window));
    painter->setPen(m_style.palette().color(QPalette::Mid));
    painter->drawLine(QPointF(box.left(), box.bottom() - 0.5), QPointF(box.right(), box.bottom() - 0.5));
    const QFont font = smallFont(m_style.font(), 0.9);
    const QFontMetricsF fm(font);
    painter->setFont(font);
    painter->setPen(m_style.palette().color(QPalette::WindowText));
    const qreal w = g.laneWidth();
    for (int lane = 0; lane < static_cast<int>(m_lanes.size()); ++lane) {
        const QRectF cell(g.laneX(lane) - w / 2 + 2, box.top() + 2, w - 4, header - 4);
        // Two lines at most, each elided: long names break at a space rather than being cut.
        QString name = componentLabel(m_lanes[static_cast<std::size_t>(lane)]);
        QStringList lines;
        if (fm.horizontalAdvance(name) <= cell.width() || !name.contains(QLatin1Char(' '))) {
            lines << fm.elidedText(name, Qt::ElideRight, cell.width());
        } else {
            const int space = name.indexOf(QLatin1Char(' '));
            lines << fm.elidedText(name.left(space), Qt::ElideRight, cell.width())
                  << fm.elidedText(name.mid(space + 1), Qt::ElideRight, cell.width());
        }
        painter->drawText(cell, Qt::AlignCenter, lines.join(QLatin1Char('\n')));
    }
    painter->setFont(m_style.font());
}

// The lifelines of components down at the time of `step`: a red band, with the outage interval written beside it on
// the first row of that outage.
void TimelinePainter::paintOutages(QPainter* painter, const TimelineGeometry& g, int step, const QRectF& row) const
{
    if (!m_faults || m_faults->isEmpty())
        return;
    const QColor red = FaultOverlayPainter::color(m_style.palette());
    for (const Component c : m_faults->downAt(step)) {
        const int lane = laneOf(c);
        if (lane < 0)
            continue;
        const qreal x = std::round(g.laneX(lane)) + 0.5;
        QColor band = red;
        band.setAlphaF(0.28f);
        const qreal w = std::max(5.0, 5.0 * m_style.stroke());
        painter->fillRect(QRectF(x - w / 2, row.top(), w, row.height()), band);
        painter->setPen(QPen(red, 1.2 * m_style.stroke()));
        painter->drawLine(QPointF(x - w / 2, row.bottom()), QPointF(x + w / 2, row.top()));
        const auto outage = m_faults->outageAt(c, step);
        if (outage && (step == 0 || m_faults->outageAt(c, step - 1) != outage)) {
            const QFont small = smallFont(m_style.font(), 0.8);
            const QFontMetricsF fm(small);
            const QString text = FaultMarks::intervalText(*outage);
            painter->setFont(small);
            painter->setPen(red);
            painter->drawText(QRectF(x + w, row.top(), fm.horizontalAdvance(text) + 2, fm.height()),
                Qt::AlignLeft | Qt::AlignTop, text);
            painter->setFont(m_style.font());
        }
    }
}

void TimelinePainter::paintSeparator(QPainter* painter, int action, const QRectF& row) const
{
    painter->fillRect(row, m_style.palette().color(QPalette::AlternateBase));
    painter->setPen(m_style.palette().color(QPalette::Mid));
    painter->drawLine(QPointF(row.left(), row.top() + 0.5), QPointF(row.right(), row.top() + 0.5));
    QString text = QStringLiteral("Action %1").arg(action + 1);
    if (m_scenario && action < static_cast<int>(m_scenario->actions.size()))
        text += QStringLiteral(" · ")
            + QString::fromStdString(describeAction(m_scenario->actions[static_cast<std::size_t>(action)]));
    QFont bold = m_style.font();
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(m_style.palette().color(QPalette::Text));
    const QFontMetricsF fm(bold);
    const QRectF textRect = row.adjusted(fm.averageCharWidth(), 0, -fm.averageCharWidth(), 0);
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->setFont(m_style.font());
}

TimelinePainter::Label TimelinePainter::arrowLabel(
    const QFontMetricsF& fm, const QString& name, qreal x1, qreal x2, qreal minX, qreal maxX)
{
    const qreal span = std::abs(x2 - x1) - 6;
    const qreal room = std::max(span, maxX - minX);
    const qreal width = std::clamp(fm.horizontalAdvance(name) + 2, span, room);
    const qreal centre = (x1 + x2) / 2;
    const qreal left = std::clamp(centre - width / 2, minX, std::max(minX, maxX - width));
    return { left, width, fm.elidedText(name, Qt::ElideRight, width) };
}

void TimelinePainter::setFolding(const FoldingState* folding, Architecture side)
{
    m_folding = folding;
    m_side = side;
}

void TimelinePainter::paintFold(QPainter* painter, const TimelineGeometry& g, int fold, const QRectF& row,
    PlaybackTimeline::Position position) const
{
    const TimelineGeometry::Fold& f = g.folds()[static_cast<std::size_t>(fold)];
    const bool current = f.collapsed && position.step >= f.first && position.step <= f.last;
    QColor band = m_style.palette().color(current ? QPalette::Highlight : QPalette::AlternateBase);
    if (current)
        band.setAlphaF(0.16f);
    painter->fillRect(row, band);
    if (m_highlight) { // a highlighted step folded away marks its fold
        const auto first = std::lower_bound(m_highlight->steps.begin(), m_highlight->steps.end(), f.first);
        if (first != m_highlight->steps.end() && *first <= f.last)
            HighlightPainter(*m_highlight, m_style).paintRow(painter, row);
    }
    // A dotted rule along the top: these steps happened, and are only folded away.
    painter->setPen(QPen(m_style.palette().color(QPalette::Mid), 1, Qt::DotLine));
    painter->drawLine(QPointF(row.left(), row.top() + 0.5), QPointF(row.right(), row.top() + 0.5));
    QString text = QStringLiteral("…");
    if (m_folding && f.group >= 0 && f.group < static_cast<int>(m_folding->folding(m_side).groups().size()))
        text = FoldingState::summary(
            m_folding->folding(m_side).groups()[static_cast<std::size_t>(f.group)], !f.collapsed);
    const QFont small = smallFont(m_style.font(), 0.95);
    const QFontMetricsF fm(small);
    painter->setFont(small);
    painter->setPen(m_style.palette().color(QPalette::Text));
    const qreal left = g.laneX(0) - g.laneWidth() / 2 + fm.averageCharWidth();
    const QRectF textRect(left, row.top(), row.right() - left - fm.averageCharWidth(), row.height());
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->setFont(m_style.font());
}

qreal TimelinePainter::fade(int step, PlaybackTimeline::Position position) const
{
    // Past steps stay readable, steps still to come are faint: the eye finds "now" at once.
    return step == position.step ? 0.0
        : step < position.step   ? 0.45 * StepStyle::pastFade(m_style.palette()) / 0.55
                                 : StepStyle::futureFade(m_style.palette());
}

void TimelinePainter::paintStep(QPainter* painter, const TimelineGeometry& g, int step, qreal y, const QRectF& row,
    PlaybackTimeline::Position position, std::vector<QRectF>* taken) const
{
    const Step& s = m_run.steps[static_cast<std::size_t>(step)];
    const bool current = step == position.step;
    const qreal fade = this->fade(step, position);
    if (current) {
        QColor band = m_style.palette().color(QPalette::Highlight);
        band.setAlphaF(0.16f);
        painter->fillRect(row, band);
    }
    if (m_highlight && m_highlight->contains(step))
        HighlightPainter(*m_highlight, m_style).paintRow(painter, row);

    const QFont small = smallFont(m_style.font(), 0.85);
    const QFontMetricsF fm(small);
    painter->setFont(small);
    if (!g.isTimeMode()) {
        painter->setPen(
            StepStyle::faded(m_style.palette().color(QPalette::Text), m_style.palette(), current ? 0.0 : 0.4));
        painter->drawText(QRectF(row.left() + 2, row.top(), gutterWidth(fm, g.stepCount()) - 8, row.height()),
            Qt::AlignVCenter | Qt::AlignRight, QString::number(step + 1));
    }

    const int fromLane = laneOf(s.from);
    const int toLane = laneOf(s.to);
    if (fromLane < 0 || toLane < 0)
        return;
    const bool failed = m_faults && m_faults->isFailed(step);
    const int attempt = m_faults ? m_faults->attempt(step) : 0;
    const QColor color = StepStyle::faded(
        failed ? FaultOverlayPainter::color(m_style.palette()) : StepStyle::color(s.kind, m_style.palette()),
        m_style.palette(), fade);
    const QColor text = StepStyle::faded(m_style.palette().color(QPalette::Text), m_style.palette(), fade);
    const qreal x1 = g.laneX(fromLane);
    const qreal x2 = g.laneX(toLane);
    const qreal markerSize = fm.height() * 0.62;
    // In time the arrow lies exactly at the step's start; in step order a little below the row's middle, under its
    // label.
    const qreal lineY = g.isTimeMode() ? y : y + row.height() * 0.22;

    if (fromLane == toLane) {
        // A rule evaluated in place: a small diamond on the lifeline, the rule beside it.
        QPalette pal = m_style.palette();
        pal.setColor(QPalette::WindowText, color);
        StepStyle::drawMarker(painter, s.kind, QPointF(x1, y), markerSize * 1.1, pal);
        painter->setPen(text);
        const qreal room = std::max(g.laneWidth() * 2.2, 80.0);
        const QString name = fm.elidedText(toQString(std::string_view(s.label)), Qt::ElideRight, room);
        const QRectF box(x1 + markerSize, y - row.height() / 2, fm.horizontalAdvance(name) + 2, row.height());
        if (!taken || !TimelineTimeMarks::collides(box.adjusted(0, 3, 0, -3), *taken)) {
            if (taken)
                taken->push_back(box.adjusted(0, 3, 0, -3));
            painter->drawText(box, Qt::AlignVCenter | Qt::AlignLeft, name);
        }
        painter->setFont(m_style.font());
        return;
    }

    const qreal dir = x2 > x1 ? 1.0 : -1.0;
    const qreal progress = current ? std::clamp(position.progress, 0.0, 1.0) : 1.0;
    const qreal end = x1 + (x2 - x1) * progress;
    QPen pen = StepStyle::pen(s.kind, m_style.palette(), (current ? 2.2 : 1.4) * m_style.stroke());
    pen.setColor(color);
    painter->setPen(pen);
    // Heads grow with the zoom, and a little (not as much as the lines) with high contrast.
    const qreal head = (current ? 7.0 : 5.5) * m_style.zoom() * std::sqrt(StepStyle::strokeScale(m_style.palette()));
    painter->drawLine(QPointF(x1, lineY), QPointF(end - dir * head * 0.7, lineY));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(QPolygonF({ QPointF(end, lineY), QPointF(end - dir * head, lineY - head * 0.55),
        QPointF(end - dir * head, lineY + head * 0.55) }));
    painter->setBrush(Qt::NoBrush);
    if (failed && progress >= 1.0) {
        QPalette pal = m_style.palette();
        pal.setColor(QPalette::WindowText, color);
        FaultOverlayPainter::drawFailedCross(painter, QPointF(end - dir * head * 1.6, lineY), markerSize, pal);
    }
    if (attempt > 1)
        FaultOverlayPainter::drawAttempt(painter, QPointF(x1 + dir * markerSize * 1.4, lineY), attempt,
            smallFont(m_style.font(), 0.75), m_style.palette(), m_style.stroke());

    // The label sits above the arrow, centred on it, whole where the row has room.
    const Label label = arrowLabel(
        fm, toQString(std::string_view(s.label)), x1, x2, row.left() + gutterWidth(fm, g.stepCount()), row.right() - 2);
    const QRectF box(label.left, row.top() - 1, label.width, lineY - row.top() - 0.5);
    if (taken) {
        // Only as wide as the text: the label's box may be far wider than what it holds.
        const qreal w = std::min(box.width(), fm.horizontalAdvance(label.text) + 2);
        const QRectF ink(box.center().x() - w / 2, box.top() + 2, w, box.height() - 2);
        if (TimelineTimeMarks::collides(ink, *taken)) {
            painter->setFont(m_style.font());
            return;
        }
        taken->push_back(ink);
    } else if (current && g.isTimeMode()) {
        // Drawn last, over whatever labels lie near it: on a ground of its own.
        const qreal w = std::min(box.width(), fm.horizontalAdvance(label.text) + 4);
        QColor ground = m_style.palette().color(QPalette::Base);
        ground.setAlphaF(0.9f);
        painter->fillRect(QRectF(box.center().x() - w / 2, box.bottom() - fm.height(), w, fm.height()), ground);
    }
    painter->setPen(text);
    painter->drawText(box, Qt::AlignHCenter | Qt::AlignBottom, label.text);
    painter->setFont(m_style.font());
}

// Simulated time: spans and waits under the arrows, the steps in view at their times (their labels where they do
// not overlap), the current step last and on top.
void TimelinePainter::paintTime(QPainter* painter, const TimelineGeometry& g, const QRectF& body, qreal scrollY,
    PlaybackTimeline::Position position) const
{
    const QPalette& pal = m_style.palette();
    const qreal offset = body.top() - scrollY;
    const qreal laneLeft = g.laneX(0) - g.laneWidth() / 2;
    const qreal h = g.rowHeight();
    TimelineTimeMarks::paintAxis(painter, g, body, laneLeft, offset, m_style);
    std::vector<QRectF> taken;
    paintTimeActions(painter, g, body, offset, taken);
    paintTimeOutages(painter, g, body, offset, taken);

    // A label may stand a row above its arrow: take in the steps just outside the view too.
    const qreal top = scrollY - h;
    const qreal height = body.height() + 2 * h;
    g.forEachStepIn(top, height, [&](int step) {
        const Step& s = m_run.steps[static_cast<std::size_t>(step)];
        const bool trigger = s.kind == StepKind::Trigger;
        const int lane = laneOf(s.to);
        if (lane < 0 || (s.durationMs <= 0 && !(trigger && s.endMs > s.atMs)))
            return;
        const bool failed = m_faults && m_faults->isFailed(step);
        const QColor color = StepStyle::faded(
            failed ? FaultOverlayPainter::color(pal) : StepStyle::color(s.kind, pal), pal, fade(step, position));
        TimelineTimeMarks::paintSpan(
            painter, g.laneX(lane), offset + g.stepY(step), offset + g.stepEndY(step), color, failed, m_style);
    });

    if (m_waits) {
        m_waits->forEachIn(g.timeAtY(top), g.timeAtY(top + height), [&](const TimelineWaits::Wait& w) {
            const int lane = laneOf(w.lane);
            if (lane < 0)
                return;
            const QColor base = w.kind == TimelineWaits::Kind::BusLag ? StepStyle::color(StepKind::Deliver, pal)
                                                                      : FaultOverlayPainter::color(pal);
            TimelineTimeMarks::paintWait(painter, g.laneX(lane), offset + g.timeY(static_cast<double>(w.fromMs)),
                offset + g.timeY(static_cast<double>(w.toMs)), body, TimelineWaits::text(w),
                StepStyle::faded(base, pal, 0.8 * fade(w.step, position)), m_style, taken);
        });
    }

    const bool current = position.step >= 0 && position.step < g.stepCount();
    if (current) {
        const double ms = static_cast<double>(m_run.steps[static_cast<std::size_t>(position.step)].atMs);
        TimelineTimeMarks::paintNow(painter, offset + g.timeY(ms), body, laneLeft,
            TimelineTimeAxis::tickLabel(static_cast<std::int64_t>(ms), g.timeScale().unit(), 1), m_style);
    }
    const auto rowAt = [&](int step) {
        const qreal y = offset + g.stepY(step);
        return std::make_pair(y, QRectF(body.left(), y - 0.72 * h, body.width(), h));
    };
    g.forEachStepIn(top, height, [&](int step) {
        if (step == position.step || g.stepY(step) < top || g.stepY(step) > top + height)
            return; // a span reaching into view, not its arrow
        const auto [y, row] = rowAt(step);
        paintStep(painter, g, step, y, row, position, &taken);
    });
    if (current) {
        const auto [y, row] = rowAt(position.step);
        paintStep(painter, g, position.step, y, row, position);
    }
}

// In time, an action begins on a rule across the lanes, named at its right end just under it.
void TimelinePainter::paintTimeActions(
    QPainter* painter, const TimelineGeometry& g, const QRectF& body, qreal offset, std::vector<QRectF>& taken) const
{
    const QPalette& pal = m_style.palette();
    QFont bold = smallFont(m_style.font(), 0.85);
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    const qreal left = g.laneX(0) - g.laneWidth() / 2;
    painter->setFont(bold);
    for (int action = 0; action < g.actionCount(); ++action) {
        const qreal y = std::round(offset + g.actionY(action)) + 0.5;
        if (y < body.top() - g.rowHeight() || y > body.bottom() + g.rowHeight())
            continue;
        painter->setPen(QPen(pal.color(QPalette::Mid), 1.5 * m_style.stroke()));
        painter->drawLine(QPointF(left, y), QPointF(body.right(), y));
        QString text = QStringLiteral("Action %1").arg(action + 1);
        if (m_scenario && action < static_cast<int>(m_scenario->actions.size()))
            text += QStringLiteral(" · ")
                + QString::fromStdString(describeAction(m_scenario->actions[static_cast<std::size_t>(action)]));
        text = fm.elidedText(text, Qt::ElideRight, (body.right() - left) * 0.6);
        const qreal w = fm.horizontalAdvance(text) + fm.averageCharWidth() * 2;
        const QRectF box(
            body.right() - w - 2, y + 2, w, fm.height() + 1); // under the rule: the arrow labels are above theirs
        taken.push_back(box);
        painter->setPen(QPen(pal.color(QPalette::Mid), 1));
        painter->setBrush(pal.color(QPalette::Base)); // opaque: arrows run under it
        painter->drawRoundedRect(box, 3, 3);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(box, Qt::AlignCenter, text);
    }
    painter->setFont(m_style.font());
}

// In time, an outage is a red band on the component's lifeline for as long as it lasts, its interval at its top.
void TimelinePainter::paintTimeOutages(
    QPainter* painter, const TimelineGeometry& g, const QRectF& body, qreal offset, std::vector<QRectF>& taken) const
{
    const QColor red = FaultOverlayPainter::color(m_style.palette());
    const QFont small = smallFont(m_style.font(), 0.8);
    const QFontMetricsF fm(small);
    painter->setFont(small);
    for (const FaultWindow& w : m_run.faultWindows) {
        const int lane = laneOf(w.component);
        const qreal y1 = offset + g.timeY(static_cast<double>(w.fromMs));
        const qreal y2 = offset + g.timeY(static_cast<double>(w.toMs));
        if (w.mode != FaultMode::Down || lane < 0 || y2 < body.top() || y1 > body.bottom())
            continue;
        const qreal x = std::round(g.laneX(lane)) + 0.5;
        const qreal width = std::max(5.0, 5.0 * m_style.stroke());
        QColor band = red;
        band.setAlphaF(0.28f);
        const QRectF shown = QRectF(x - width / 2, y1, width, y2 - y1).intersected(body);
        painter->fillRect(shown, band);
        painter->setPen(red);
        const QString text = FaultMarks::intervalText(w);
        const QRectF box = TimelineTimeMarks::belowTaken(
            QRectF(x + width, std::max(y1, body.top()), fm.horizontalAdvance(text) + 2, fm.height()), taken);
        taken.push_back(box);
        painter->drawText(box, Qt::AlignLeft | Qt::AlignTop, text);
    }
    painter->setFont(m_style.font());
}

} // namespace notiflow::ui
