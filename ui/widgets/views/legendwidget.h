// The key to the step kinds under the panes, painted by LegendPainter (as exports draw it), with each kind's meaning
// as its tooltip: the views read without colour too.
#pragma once

#include <QWidget>

namespace notiflow::ui {

class LegendWidget final : public QWidget {
    Q_OBJECT
public:
    explicit LegendWidget(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // Whether the fault marks are explained too: on for a scenario with faults.
    void setFaultMarks(bool on);
    bool hasFaultMarks() const { return m_faultMarks; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    bool m_faultMarks = false;
};

} // namespace notiflow::ui
