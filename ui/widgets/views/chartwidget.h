// Shows one MetricsChart in a widget: sizes itself by heightForWidth, repaints on palette changes, and forwards
// tooltips and an accessible description (the chart's plain-text summary).
#pragma once

#include "painting/charts/metricschart.h"

#include <QWidget>
#include <memory>

namespace notiflow::ui {

class ChartWidget final : public QWidget {
    Q_OBJECT
public:
    explicit ChartWidget(std::unique_ptr<MetricsChart> chart, QWidget* parent = nullptr);

    MetricsChart* chart() const { return m_chart.get(); }
    // Call after the chart's data changed.
    void chartChanged();
    // The entry of "How to read notiflow" that explains this chart: What's This (Shift+F1) on it opens the page
    // there.
    void setHelpAnchor(const QString& anchor) { m_helpAnchor = anchor; }
    QString helpAnchor() const { return m_helpAnchor; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    ChartStyle style() const;
    QRectF chartRect() const;

    std::unique_ptr<MetricsChart> m_chart;
    QString m_helpAnchor;
};

} // namespace notiflow::ui
