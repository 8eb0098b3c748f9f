#include "painting/session/stephighlight.h"

#include "painting/session/replaysession.h"

#include <algorithm>

namespace notiflow::ui {

StepHighlight::StepHighlight(ReplaySession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &ReplaySession::comparisonChanged, this, &StepHighlight::clear);
}

bool StepHighlight::show(const TracedFigure& figure)
{
    const Comparison* comparison = m_session->comparison();
    if (!comparison) {
        clear();
        return false;
    }
    m_figure = figure;
    m_selection = FigureTrace::select(*comparison, figure);
    Q_EMIT changed();
    return true;
}

void StepHighlight::clear()
{
    if (!m_selection)
        return;
    m_figure.reset();
    m_selection.reset();
    Q_EMIT changed();
}

int StepHighlight::nextStep() const
{
    if (!m_selection || m_selection->isEmpty())
        return -1;
    const std::vector<int>& steps = m_selection->steps;
    const auto after = std::upper_bound(steps.begin(), steps.end(), m_session->currentStep(m_selection->side));
    return after == steps.end() ? steps.front() : *after;
}

int StepHighlight::previousStep() const
{
    if (!m_selection || m_selection->isEmpty())
        return -1;
    const std::vector<int>& steps = m_selection->steps;
    const auto at = std::lower_bound(steps.begin(), steps.end(), m_session->currentStep(m_selection->side));
    return at == steps.begin() ? steps.back() : *std::prev(at);
}

void StepHighlight::goToNext()
{
    if (const int step = nextStep(); step >= 0)
        m_session->seekToStep(m_selection->side, step);
}

void StepHighlight::goToPrevious()
{
    if (const int step = previousStep(); step >= 0)
        m_session->seekToStep(m_selection->side, step);
}

} // namespace notiflow::ui
