// The export dialog's live preview: the comparison frame, painted by ComparisonFrame itself, scaled to fit.
#pragma once

#include <QWidget>
#include <memory>

namespace notiflow::ui {

class ComparisonFrame;

class ExportPreview final : public QWidget {
    Q_OBJECT
public:
    explicit ExportPreview(QWidget* parent = nullptr);
    ~ExportPreview() override;

    void setFrame(std::unique_ptr<ComparisonFrame> frame, double playhead);
    const ComparisonFrame* frame() const { return m_frame.get(); }

    QSize sizeHint() const override { return { 640, 360 }; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::unique_ptr<ComparisonFrame> m_frame;
    double m_playhead = 0;
};

} // namespace notiflow::ui
