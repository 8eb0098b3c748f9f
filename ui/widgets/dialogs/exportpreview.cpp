#include "widgets/dialogs/exportpreview.h"

#include "painting/export/comparisonframe.h"

#include <QPainter>

namespace notiflow::ui {

ExportPreview::ExportPreview(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Export preview"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMinimumSize(480, 270);
}

ExportPreview::~ExportPreview() = default;

void ExportPreview::setFrame(std::unique_ptr<ComparisonFrame> frame, double playhead)
{
    m_frame = std::move(frame);
    m_playhead = playhead;
    updateGeometry();
    update();
}

int ExportPreview::heightForWidth(int width) const
{
    const QSize size = m_frame ? m_frame->options().size : QSize(16, 9);
    return width * size.height() / size.width();
}

void ExportPreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (!m_frame)
        return;
    // The whole frame at its own size, scaled down: what the file will hold, text wrapping included.
    const QSizeF size = m_frame->options().size;
    const qreal scale = std::min(width() / size.width(), height() / size.height());
    const QSizeF shown = size * scale;
    painter.translate((width() - shown.width()) / 2, (height() - shown.height()) / 2);
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    m_frame->paint(&painter, m_playhead);
}

} // namespace notiflow::ui
