#include "painting/export/comparisonframegeometry.h"

#include <algorithm>

namespace notiflow::ui {

ComparisonFrameGeometry::ComparisonFrameGeometry(QSize size, const Metrics& m)
    : m_size(size)
{
    // Everything is whole pixels so that a region of an exported PNG lines up with a widget of the same size.
    m_margin = std::max(8, std::min(size.width(), size.height()) * 3 / 100);
    const int gap = std::max(6, m_margin * 2 / 3);
    const int small = std::max(2, m.lineHeight / 4);
    const QRect area = content();

    m_title = QRect(area.left(), area.top(), area.width(), m.titleHeight + m.lineHeight + small);
    m_legend = QRect(area.left(), area.bottom() + 1 - m.legendHeight, area.width(), m.legendHeight);
    int panesBottom = m_legend.top() - gap; // exclusive
    if (m.metricsHeight > 0) {
        // The summary never takes more than a fifth of the slide: the panes are what the picture is about.
        const int height = std::min(m.metricsHeight, size.height() / 5);
        m_metrics = QRect(area.left(), panesBottom - height, area.width(), height);
        panesBottom = m_metrics.top() - gap;
    }
    const int panesTop = m_title.bottom() + 1 + gap;
    const int paneWidth = (area.width() - gap) / 2;
    const int paneHeight = std::max(0, panesBottom - panesTop);

    for (int i = 0; i < 2; ++i) { // event-sourced on the left, as in the window
        Pane& p = m_panes[allArchitectures[static_cast<std::size_t>(i)]];
        const int left = area.left() + i * (paneWidth + gap);
        p.outline = QRect(left, panesTop, paneWidth, paneHeight);
        p.header = QRect(left, panesTop, paneWidth, m.lineHeight * 3 / 2 + small);
        const int captionHeight = m.lineHeight * m.captionLines + small;
        int notificationsHeight = m.notificationLines > 0 ? m.lineHeight * (m.notificationLines + 1) + small : 0;
        // On a small slide the lists would squeeze the views to nothing; the views matter more, so the lists go.
        if (paneHeight - p.header.height() - captionHeight - notificationsHeight < paneHeight * 11 / 20)
            notificationsHeight = 0;
        const int bottom = panesTop + paneHeight; // exclusive
        if (notificationsHeight > 0)
            p.notifications = QRect(left, bottom - notificationsHeight, paneWidth, notificationsHeight);
        const int captionBottom = notificationsHeight > 0 ? p.notifications.top() - small : bottom;
        p.caption = QRect(left, captionBottom - captionHeight, paneWidth, captionHeight);
        // Flow above timeline, as in the window, inside a one-pixel frame.
        const int top = p.header.bottom() + 1 + 1;
        const int viewsHeight = std::max(0, p.caption.top() - small - 1 - top);
        const int row = std::max(1, m.timelineRow);
        // The flow takes the larger share, more so when the summary leaves the panes short.
        const int timelineShare = m.metricsHeight > 0 ? 38 : 45;
        const int rows = std::max(2, (viewsHeight * timelineShare / 100 - 1 - m.timelineHeader) / row);
        const int flowHeight = std::max(0, viewsHeight - 1 - (m.timelineHeader + rows * row));
        p.flow = QRect(left + 1, top, paneWidth - 2, flowHeight);
        p.timeline = QRect(left + 1, top + flowHeight + 1, paneWidth - 2, std::max(0, viewsHeight - flowHeight - 1));
    }
}

} // namespace notiflow::ui
