#include "painting/folding/foldspans.h"

#include <algorithm>

namespace notiflow::ui {

FoldSpans::FoldSpans(double minWidth)
    : m_minWidth(minWidth)
{
}

void FoldSpans::add(double x0, double x1, bool expanded)
{
    x1 = std::max(x1, x0 + m_minWidth);
    if (!m_spans.empty()) {
        FoldSpan& last = m_spans.back();
        if (last.expanded == expanded && x0 < last.x1) {
            last.x1 = std::max(last.x1, x1);
            return;
        }
    }
    m_spans.push_back({ x0, x1, expanded });
}

} // namespace notiflow::ui
