// Text that many records repeat word for word, kept once for the whole process: a record holds a pointer to it.
// A decision's rule and reason are ("price_drop.segment", "segment gold qualifies": the same few wordings for the
// hundreds of thousands of decisions of a large run).
#pragma once

#include <string>
#include <string_view>

namespace notiflow {

class InternedText {
public:
    InternedText(); // the empty text
    // Implicit, so that a record can be built from any string.
    InternedText(std::string_view text);
    InternedText(const std::string& text)
        : InternedText(std::string_view(text))
    {
    }
    InternedText(const char* text)
        : InternedText(std::string_view(text))
    {
    }

    const std::string& str() const { return *m_text; }
    operator const std::string&() const { return *m_text; }
    bool empty() const { return m_text->empty(); }

    // Equal texts are one entry of the store, so the pointers tell.
    bool operator==(const InternedText& other) const { return m_text == other.m_text; }
    // One overload per kind of string, so that no comparison has to choose between two conversions.
    friend bool operator==(const InternedText& a, std::string_view b) { return a.str() == b; }
    friend bool operator==(const InternedText& a, const std::string& b) { return a.str() == b; }
    friend bool operator==(const InternedText& a, const char* b) { return a.str() == b; }

    // Distinct texts kept so far: what the tests read.
    static std::size_t storedCount();

private:
    // Never null. The store never shrinks: it holds each distinct wording once, and the rules word their reasons
    // from a small vocabulary and the data's ids.
    const std::string* m_text;
};

} // namespace notiflow
