// A fast reader for well-formed JSON that feeds a SAX handler with nlohmann's interface, for the data set loader:
// nlohmann's lexer copies every byte through a per-character token buffer and was half the time of loading a
// large data set. It explains nothing: on anything it cannot read it stops and says so, and the caller parses
// again with nlohmann, which reports the problem with its own words and position.
#pragma once

#include "jsonbytes.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace notiflow {

class FastJsonReader {
public:
    enum class Result {
        Read, // the whole text was read and every event delivered
        NotRead, // stopped early: the handler refused an event, or the text is not plain well-formed JSON
    };

    // Delivers to `handler` exactly the events nlohmann::json::sax_parse would deliver for the same text, when
    // the result is Read. Text that nlohmann would refuse is never Read; some text it would accept may not be
    // read either (integers beyond 64 bits, numbers that underflow): callers fall back to nlohmann for both.
    template <typename Handler> static Result read(std::string_view text, Handler& handler)
    {
        FastJsonReader reader(text);
        return reader.readAll(handler) ? Result::Read : Result::NotRead;
    }

private:
    explicit FastJsonReader(std::string_view text)
        : m_text(text)
    {
    }

    char peek() const { return m_at < m_text.size() ? m_text[m_at] : '\0'; }

    void skipWhitespace()
    {
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_at;
        }
    }

    // The steps of the grammar, driven by a loop over a stack of open containers rather than by recursion.
    enum class Expect { Value, Key, AfterValue };

    template <typename Handler> bool readAll(Handler& handler)
    {
        if (m_text.starts_with("\xEF\xBB\xBF"))
            m_at = 3;
        std::vector<bool> inObject; // per open container
        Expect expect = Expect::Value;
        for (;;) {
            skipWhitespace();
            switch (expect) {
            case Expect::Value:
                if (!readValue(handler, inObject, &expect))
                    return false;
                break;
            case Expect::Key:
                if (peek() != '"' || !readString() || !handler.key(m_token))
                    return false;
                skipWhitespace();
                if (peek() != ':')
                    return false;
                ++m_at;
                expect = Expect::Value;
                break;
            case Expect::AfterValue: {
                if (inObject.empty())
                    return m_at == m_text.size();
                const char c = peek();
                const bool object = inObject.back();
                if (c == ',') {
                    ++m_at;
                    expect = object ? Expect::Key : Expect::Value;
                } else if (c == (object ? '}' : ']')) {
                    ++m_at;
                    inObject.pop_back();
                    if (!(object ? handler.end_object() : handler.end_array()))
                        return false;
                } else {
                    return false;
                }
                break;
            }
            }
        }
    }

    // Reads one value; containers are opened and left for the loop to fill.
    template <typename Handler> bool readValue(Handler& handler, std::vector<bool>& inObject, Expect* next)
    {
        *next = Expect::AfterValue;
        switch (peek()) {
        case '{':
            ++m_at;
            if (!handler.start_object(static_cast<std::size_t>(-1)))
                return false;
            skipWhitespace();
            if (peek() == '}') {
                ++m_at;
                return handler.end_object();
            }
            inObject.push_back(true);
            *next = Expect::Key;
            return true;
        case '[':
            ++m_at;
            if (!handler.start_array(static_cast<std::size_t>(-1)))
                return false;
            skipWhitespace();
            if (peek() == ']') {
                ++m_at;
                return handler.end_array();
            }
            inObject.push_back(false);
            *next = Expect::Value;
            return true;
        case '"':
            return readString() && handler.string(m_token);
        case 't':
            return readWord("true") && handler.boolean(true);
        case 'f':
            return readWord("false") && handler.boolean(false);
        case 'n':
            return readWord("null") && handler.null();
        default:
            return readNumber(handler);
        }
    }

    bool readWord(std::string_view word)
    {
        if (m_text.substr(m_at, word.size()) != word)
            return false;
        m_at += word.size();
        return true;
    }

    // Reads the string starting at the opening quote into m_token, escapes decoded.
    bool readString()
    {
        ++m_at;
        m_token.clear();
        std::size_t run = m_at;
        for (;;) {
            if (m_text.size() - m_at >= 8) {
                std::uint64_t word;
                std::memcpy(&word, m_text.data() + m_at, sizeof word);
                if (!jsonbytes::needsALook(word)) {
                    m_at += 8;
                    continue;
                }
            }
            if (m_at >= m_text.size())
                return false;
            const auto c = static_cast<unsigned char>(m_text[m_at]);
            if (c == '"') {
                m_token.append(m_text.data() + run, m_at - run);
                ++m_at;
                return true;
            }
            if (c == '\\') {
                m_token.append(m_text.data() + run, m_at - run);
                if (!readEscape())
                    return false;
                run = m_at;
            } else if (c < 0x20) {
                return false; // control characters must be escaped
            } else if (c < 0x80) {
                ++m_at;
            } else {
                const std::size_t length = jsonbytes::utf8SequenceLength(m_text, m_at);
                if (length == 0)
                    return false;
                m_at += length;
            }
        }
    }

    // At a backslash: appends what the escape stands for.
    bool readEscape()
    {
        ++m_at;
        if (m_at >= m_text.size())
            return false;
        const char c = m_text[m_at++];
        switch (c) {
        case '"':
        case '\\':
        case '/':
            m_token += c;
            return true;
        case 'b':
            m_token += '\b';
            return true;
        case 'f':
            m_token += '\f';
            return true;
        case 'n':
            m_token += '\n';
            return true;
        case 'r':
            m_token += '\r';
            return true;
        case 't':
            m_token += '\t';
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        std::uint32_t codePoint = 0;
        if (!readHex4(&codePoint))
            return false;
        if (codePoint >= 0xDC00 && codePoint <= 0xDFFF)
            return false; // a low surrogate without a high one
        if (codePoint >= 0xD800 && codePoint <= 0xDBFF) {
            std::uint32_t low = 0;
            if (!readWord("\\u") || !readHex4(&low) || low < 0xDC00 || low > 0xDFFF)
                return false;
            codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
        }
        appendUtf8(codePoint);
        return true;
    }

    bool readHex4(std::uint32_t* value)
    {
        if (m_text.size() - m_at < 4)
            return false;
        for (int k = 0; k < 4; ++k) {
            const char c = m_text[m_at++];
            std::uint32_t digit = 0;
            if (c >= '0' && c <= '9')
                digit = static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                digit = static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                digit = static_cast<std::uint32_t>(c - 'A' + 10);
            else
                return false;
            *value = *value * 16 + digit;
        }
        return true;
    }

    void appendUtf8(std::uint32_t codePoint)
    {
        const auto byte = [this](std::uint32_t b) { m_token += static_cast<char>(b); };
        if (codePoint < 0x80) {
            byte(codePoint);
        } else if (codePoint < 0x800) {
            byte(0xC0 | (codePoint >> 6));
            byte(0x80 | (codePoint & 0x3F));
        } else if (codePoint < 0x10000) {
            byte(0xE0 | (codePoint >> 12));
            byte(0x80 | ((codePoint >> 6) & 0x3F));
            byte(0x80 | (codePoint & 0x3F));
        } else {
            byte(0xF0 | (codePoint >> 18));
            byte(0x80 | ((codePoint >> 12) & 0x3F));
            byte(0x80 | ((codePoint >> 6) & 0x3F));
            byte(0x80 | (codePoint & 0x3F));
        }
    }

    bool digitAt(std::size_t i) const { return i < m_text.size() && m_text[i] >= '0' && m_text[i] <= '9'; }

    void skipDigits()
    {
        while (digitAt(m_at))
            ++m_at;
    }

    // JSON's number grammar. Integers go to number_integer (negative) or number_unsigned, as nlohmann sends them;
    // the rest to number_float, rounded correctly like nlohmann's strtod.
    template <typename Handler> bool readNumber(Handler& handler)
    {
        const std::size_t start = m_at;
        const bool negative = peek() == '-';
        if (negative)
            ++m_at;
        if (peek() == '0') {
            ++m_at;
        } else if (digitAt(m_at)) {
            skipDigits();
        } else {
            return false;
        }
        const std::size_t integerEnd = m_at;
        bool integer = true;
        if (peek() == '.') {
            ++m_at;
            if (!digitAt(m_at))
                return false;
            skipDigits();
            integer = false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_at;
            if (peek() == '+' || peek() == '-')
                ++m_at;
            if (!digitAt(m_at))
                return false;
            skipDigits();
            integer = false;
        }
        const char* first = m_text.data() + start;
        const char* last = m_text.data() + m_at;
        if (integer) {
            std::uint64_t magnitude = 0;
            const char* digits = first + (negative ? 1 : 0);
            const auto [end, error] = std::from_chars(digits, m_text.data() + integerEnd, magnitude);
            if (error != std::errc() || end != last)
                return false; // beyond 64 bits: nlohmann reads it as a double
            if (!negative)
                return handler.number_unsigned(magnitude);
            constexpr std::uint64_t mostNegative = std::uint64_t(1) << 63;
            if (magnitude > mostNegative)
                return false;
            return handler.number_integer(
                magnitude == mostNegative ? INT64_MIN : -static_cast<std::int64_t>(magnitude));
        }
        double value = 0;
        const auto [end, error] = std::from_chars(first, last, value);
        if (error != std::errc() || end != last || !std::isfinite(value))
            return false;
        m_numberText.assign(first, last);
        return handler.number_float(value, m_numberText);
    }

    std::string_view m_text;
    std::size_t m_at = 0;
    std::string m_token; // the last string read, handed to the handler (which may swap it for its own buffer)
    std::string m_numberText;
};

} // namespace notiflow
