// The key to the step kinds: for each, its line style, marker and colour, so the views read without colour too.
#pragma once

#include <QWidget>

class QPainter;

namespace notiflow::ui {

class LegendWidget final : public QWidget {
    Q_OBJECT
public:
    explicit LegendWidget(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // Paints the legend wrapped to `width` from `topLeft`; returns the height used. Exports call it too.
    static qreal paintLegend(
        QPainter* painter, const QPointF& topLeft, qreal width, const QFont& font, const QPalette& palette);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
};

} // namespace notiflow::ui
