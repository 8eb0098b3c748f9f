// Maps record ids to positions in a record list, for duplicate checks, reference checks and the data store's
// lookups. Open addressing in one flat array of (hash, position) slots: one cache miss per lookup, where
// std::unordered_map needs several on large data sets. It keeps no ids, only positions: every call is given
// `idOf(position)`, so the index stays valid when the list it describes is copied or moved.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace notiflow {

class IdIndex {
public:
    // Returns the position already holding `id`, or -1 after adding it at `position`.
    template <typename IdOf> int insert(std::string_view id, int position, IdOf idOf)
    {
        if ((m_count + 1) * 4 > m_slots.size() * 3)
            grow();
        const std::uint64_t hash = hashOf(id);
        for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            Slot& slot = m_slots[i];
            if (slot.position < 0) {
                slot = { hash, position };
                ++m_count;
                return -1;
            }
            if (slot.hash == hash && std::string_view(idOf(slot.position)) == id)
                return slot.position;
        }
    }

    // The position of `id`, or -1.
    template <typename IdOf> int find(std::string_view id, IdOf idOf) const
    {
        if (m_slots.empty())
            return -1;
        const std::uint64_t hash = hashOf(id);
        for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.position < 0)
                return -1;
            if (slot.hash == hash && std::string_view(idOf(slot.position)) == id)
                return slot.position;
        }
    }

    // The record of `records` whose `key` is `id`, or nullptr; `records` is the list this index describes.
    template <typename Record>
    const Record* record(const std::vector<Record>& records, std::string Record::*key, std::string_view id) const
    {
        const int position = find(id, [&](int i) -> const std::string& { return records[std::size_t(i)].*key; });
        return position < 0 ? nullptr : &records[std::size_t(position)];
    }

    // How many ids it holds: a list with as many records was indexed whole.
    std::size_t size() const { return m_count; }

    void clear()
    {
        m_slots.clear();
        m_mask = 0;
        m_count = 0;
    }

private:
    struct Slot {
        std::uint64_t hash = 0;
        int position = -1;
    };

    static std::uint64_t hashOf(std::string_view id) { return std::hash<std::string_view> {}(id); }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot {});
        m_mask = m_slots.size() - 1;
        for (const Slot& slot : old) {
            if (slot.position < 0)
                continue;
            std::size_t i = slot.hash & m_mask;
            while (m_slots[i].position >= 0)
                i = (i + 1) & m_mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
};

} // namespace notiflow
