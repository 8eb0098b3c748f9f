// The simulated clock's queue of work for later: callbacks ordered by (time, order of scheduling). The bus puts
// its deliveries here so that asynchronous work runs after the publisher's trigger has returned.
#pragma once

#include <cstdint>
#include <functional>
#include <queue>
#include <vector>

namespace notiflow {

class Scheduler {
public:
    using Work = std::function<void(std::int64_t at)>;

    void schedule(std::int64_t at, Work work);
    bool isIdle() const { return m_queue.empty(); }
    std::int64_t nextTime() const { return m_queue.top().at; }
    // Runs the earliest piece of work (it may schedule more); false if there was none.
    bool runNext();
    void runUntilIdle();

private:
    struct Entry {
        std::int64_t at;
        std::uint64_t seq;
        // Held by index into m_work: a priority_queue only hands out const references.
        std::size_t work;
        bool operator>(const Entry& other) const { return at != other.at ? at > other.at : seq > other.seq; }
    };
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> m_queue;
    std::vector<Work> m_work;
    std::vector<std::size_t> m_free;
    std::uint64_t m_seq = 0;
};

} // namespace notiflow
