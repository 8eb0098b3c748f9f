// A thin widget around a MetricsChart; all drawing lives in the chart so it can be reused for exports.
#include "widgets/views/chartwidget.h"

#include "widgets/help/helpwindow.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace notiflow::ui {

namespace {
constexpr int margin = 6;
}

ChartWidget::ChartWidget(std::unique_ptr<MetricsChart> chart, QWidget* parent)
    : QWidget(parent)
    , m_chart(std::move(chart))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard so screen readers can read the summary
    setMouseTracking(true); // a pointing hand over what a click can trace
    chartChanged();
}

void ChartWidget::chartChanged()
{
    setAccessibleName(m_chart->title());
    setAccessibleDescription(m_chart->summary());
    updateGeometry();
    update();
}

ChartStyle ChartWidget::style() const
{
    return ChartStyle { PanelPalette(palette()), font() };
}

QRectF ChartWidget::chartRect() const
{
    return QRectF(rect()).adjusted(margin, margin, -margin, -margin);
}

int ChartWidget::heightForWidth(int width) const
{
    return m_chart->heightForWidth(width - 2 * margin, style()) + 2 * margin;
}

QSize ChartWidget::sizeHint() const
{
    // As wide as the chart needs to show every label whole on one line.
    const int width = std::max(minimumSizeHint().width(), m_chart->preferredWidth(style()) + 2 * margin);
    return QSize(width, heightForWidth(width));
}

QSize ChartWidget::minimumSizeHint() const
{
    return QSize(240, heightForWidth(240));
}

void ChartWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_chart->paint(&painter, chartRect(), style());
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

std::optional<TracedFigure> ChartWidget::figureAt(const QPoint& pos) const
{
    return m_chart->figureAt(chartRect(), QPointF(pos), style());
}

void ChartWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        if (const auto figure = figureAt(event->position().toPoint())) {
            Q_EMIT figureClicked(*figure);
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void ChartWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (figureAt(event->position().toPoint()))
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

bool ChartWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = m_chart->toolTipAt(chartRect(), help->pos(), style());
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, this);
        }
        return true;
    }
    // What's This mode: the chart answers by opening the help page at its entry rather than with a popup.
    if (event->type() == QEvent::QueryWhatsThis && !m_helpAnchor.isEmpty()) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::WhatsThis && !m_helpAnchor.isEmpty()) {
        HelpWindow::showTopic(m_helpAnchor, this);
        event->accept();
        return true;
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    return QWidget::event(event);
}

} // namespace notiflow::ui
