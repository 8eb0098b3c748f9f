// The checks every SAX handler of the loaders shares: nesting limit, top-level shape, repeated keys, and turning
// nlohmann's parse error into a LoadError with line and column.
#pragma once

#include "loaderror.h"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace notiflow {

// Containers nested deeper than this are refused: hand-written files never need it, and hostile ones must not
// drive recursive code (copying or printing a json value) into a stack overflow.
inline constexpr int maxJsonNesting = 64;

class JsonParseGuard {
public:
    // Called by nlohmann's parser for syntax errors, invalid UTF-8 and numbers out of range.
    bool parse_error(std::size_t position, const std::string&, const nlohmann::json::exception& error);

protected:
    enum class Stop { None, SyntaxError, NotAnArray, TooDeep, RepeatedKey };

    // `wantArray`: the top level must be an array of records (data files), not any value (scenario files).
    JsonParseGuard(std::string_view text, const std::string& fileName, bool wantArray);

    // Runs nlohmann's SAX parser over the whole text; throws LoadError where it stopped.
    template <typename Handler> void parseWith(Handler* handler)
    {
        if (firstValueOffset(m_text) == m_text.size())
            throwEmpty();
        if (!nlohmann::json::sax_parse(m_text.begin(), m_text.end(), handler))
            throwStop();
    }

    bool enter()
    {
        if (++m_depth <= maxJsonNesting)
            return true;
        m_stop = Stop::TooDeep;
        return false;
    }

    void leave() { --m_depth; }

    std::string_view text() const { return m_text; }

    bool stop(Stop reason)
    {
        m_stop = reason;
        return false;
    }

    bool stopOnRepeatedKey(const std::string& key, int recordIndex);

private:
    static std::size_t firstValueOffset(std::string_view text);
    [[noreturn]] void throwEmpty() const;
    [[noreturn]] void throwStop() const;

    std::string_view m_text;
    const std::string& m_fileName;
    bool m_wantArray;
    int m_depth = 0;
    Stop m_stop = Stop::None;
    std::size_t m_errorPosition = 0;
    std::string m_errorText;
    std::string m_repeatedKey;
    int m_repeatedKeyRecord = -1;
};

} // namespace notiflow
