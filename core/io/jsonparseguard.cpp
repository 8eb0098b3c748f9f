#include "jsonparseguard.h"

namespace notiflow {

namespace {

// Where nesting first goes deeper than `limit`; only called once the parser has stopped there, so the
// text up to that point is valid JSON and counting brackets outside strings is enough.
std::size_t offsetBeyondNesting(std::string_view text, int limit)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return text.size();
}

// nlohmann's messages carry a "[json.exception...]" prefix, its own position and, for lexer errors, the
// whole token read so far (which can be a megabyte of string): keep only the description.
std::string describeSyntaxError(const std::string& what, bool* lexerError)
{
    std::string message = what;
    if (const auto bracket = message.find("] "); message.starts_with("[json.exception") && bracket != std::string::npos)
        message.erase(0, bracket + 2);
    if (message.starts_with("parse error")) {
        if (const auto colon = message.find(": "); colon != std::string::npos)
            message.erase(0, colon + 2);
    }
    if (const auto dash = message.find(" - "); message.starts_with("syntax error") && dash != std::string::npos)
        message.erase(0, dash + 3);
    const auto lastRead = message.find("; last read:");
    *lexerError = lastRead != std::string::npos;
    if (*lexerError)
        message.erase(lastRead);
    if (message.find("ill-formed UTF-8") != std::string::npos)
        return "invalid UTF-8 in a string (files must be UTF-8 encoded)";
    if (message.starts_with("number overflow parsing"))
        return "number out of range: " + message.substr(std::string("number overflow parsing ").size());
    return "syntax error: " + message;
}

bool isWordByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '+'
        || c == '-';
}

// nlohmann reports how many bytes it had read when it stopped. Turn that into the byte a reader should look at:
// the start of an unexpected token, or the start of a bad UTF-8 sequence. (Its token text is no help: for
// punctuation it still holds the tokens before.)
std::size_t syntaxErrorOffset(std::string_view text, std::size_t bytesRead, bool lexerError)
{
    if (bytesRead == 0 || text.empty())
        return 0;
    if (bytesRead > text.size())
        return text.size(); // stopped at the end of the input
    const auto byte = [&text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    std::size_t offset = bytesRead - 1;
    if (lexerError) {
        // An ASCII byte that breaks off a multi-byte sequence: the fault is that sequence.
        if (byte(offset) < 0x80 && offset > 0 && byte(offset - 1) >= 0x80) {
            --offset;
            while (offset > 0 && (byte(offset) & 0xC0) == 0x80)
                --offset;
        }
        return offset;
    }
    if (text[offset] == '"') {
        // An unexpected string: go back to its opening quote, skipping escaped quotes.
        while (offset > 0) {
            --offset;
            if (text[offset] != '"')
                continue;
            std::size_t backslashes = 0;
            while (offset > backslashes && text[offset - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                break;
        }
        return offset;
    }
    if (isWordByte(text[offset])) {
        while (offset > 0 && isWordByte(text[offset - 1]))
            --offset;
    }
    return offset;
}
} // namespace

JsonParseGuard::JsonParseGuard(std::string_view text, const std::string& fileName, bool wantArray)
    : m_text(text)
    , m_fileName(fileName)
    , m_wantArray(wantArray)
{
}

bool JsonParseGuard::parse_error(std::size_t position, const std::string&, const nlohmann::json::exception& error)
{
    m_stop = Stop::SyntaxError;
    m_errorPosition = position;
    m_errorText = error.what();
    return false;
}

bool JsonParseGuard::stopOnRepeatedKey(const std::string& key, int recordIndex)
{
    m_repeatedKey = key;
    m_repeatedKeyRecord = recordIndex;
    return stop(Stop::RepeatedKey);
}

std::size_t JsonParseGuard::firstValueOffset(std::string_view text)
{
    std::size_t i = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        ++i;
    return i;
}

void JsonParseGuard::throwEmpty() const
{
    throw LoadError(
        { .file = m_fileName }, m_wantArray ? "the file is empty; expected a JSON array" : "the file is empty");
}

void JsonParseGuard::throwStop() const
{
    LoadErrorLocation location { .file = m_fileName };
    const auto at = [&](std::size_t offset) {
        const TextPosition position = textPositionAt(m_text, offset);
        location.line = position.line;
        location.column = position.column;
    };
    switch (m_stop) {
    case Stop::NotAnArray: {
        const std::size_t offset = firstValueOffset(m_text);
        at(offset);
        const char first = m_text[offset];
        const char* found = first == '{' ? "an object" : first == '"' ? "a string" : "a single value";
        throw LoadError(location, std::string("the top level must be an array of records, not ") + found);
    }
    case Stop::TooDeep:
        at(offsetBeyondNesting(m_text, maxJsonNesting));
        throw LoadError(location, "nesting deeper than " + std::to_string(maxJsonNesting) + " levels is not supported");
    case Stop::RepeatedKey:
        location.recordIndex = m_repeatedKeyRecord;
        location.field = m_repeatedKey;
        throw LoadError(location, "appears twice in the same object");
    case Stop::SyntaxError:
    case Stop::None:
        break;
    }
    // nlohmann reads a NUL byte as the end of the input; say what is really there.
    if (m_text.starts_with("\xFF\xFE") || m_text.starts_with("\xFE\xFF")) {
        at(0);
        throw LoadError(location, "the file is UTF-16 encoded; save it as UTF-8");
    }
    bool lexerError = false;
    std::string problem = describeSyntaxError(m_errorText, &lexerError);
    const std::size_t offset = syntaxErrorOffset(m_text, m_errorPosition, lexerError);
    at(offset);
    if (offset < m_text.size() && m_text[offset] == '\0')
        problem = "syntax error: unexpected NUL byte (files must be UTF-8 text)";
    throw LoadError(location, problem);
}

} // namespace notiflow
