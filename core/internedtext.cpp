#include "internedtext.h"

#include <functional>
#include <mutex>
#include <unordered_set>

namespace notiflow {

namespace {
struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

// Node-based, so an entry never moves once stored. Both runs of a comparison record on their own threads.
struct Store {
    std::mutex mutex;
    std::unordered_set<std::string, TextHash, std::equal_to<>> texts;
};

Store& store()
{
    static Store* s = new Store; // never destroyed: records may outlive static destruction (a thread still ending)
    return *s;
}

const std::string* intern(std::string_view text)
{
    Store& s = store();
    const std::lock_guard lock(s.mutex);
    auto found = s.texts.find(text);
    if (found == s.texts.end())
        found = s.texts.emplace(text).first;
    return &*found;
}
} // namespace

InternedText::InternedText()
{
    static const std::string* const empty = intern({});
    m_text = empty;
}

InternedText::InternedText(std::string_view text)
    : m_text(intern(text))
{
}

std::size_t InternedText::storedCount()
{
    Store& s = store();
    const std::lock_guard lock(s.mutex);
    return s.texts.size();
}

} // namespace notiflow
