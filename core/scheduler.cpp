#include "scheduler.h"

namespace notiflow {

void Scheduler::schedule(std::int64_t at, Work work)
{
    std::size_t slot;
    if (m_free.empty()) {
        slot = m_work.size();
        m_work.push_back(std::move(work));
    } else {
        slot = m_free.back();
        m_free.pop_back();
        m_work[slot] = std::move(work);
    }
    m_queue.push({ at, m_seq++, slot });
}

bool Scheduler::runNext()
{
    if (m_queue.empty())
        return false;
    const Entry next = m_queue.top();
    m_queue.pop();
    Work work = std::move(m_work[next.work]);
    m_work[next.work] = nullptr;
    m_free.push_back(next.work);
    work(next.at);
    return true;
}

void Scheduler::runUntilIdle()
{
    while (runNext()) { }
}

} // namespace notiflow
