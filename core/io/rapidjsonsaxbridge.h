// Reads well-formed JSON with RapidJSON's SAX reader and hands every event to a handler written for
// nlohmann::json::sax_parse. The data set loader reads files this way for speed (nlohmann's lexer copies each
// byte through a token buffer and was half the time of loading a large data set); on anything this refuses it
// reads the file again with nlohmann, which finds and words the error, so messages stay nlohmann's.
#pragma once

#include <charconv>
#include <cstdint>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h> // and error/error.h, never included first: see tests/sanitizers/ubsan-ignorelist.txt
#include <string>
#include <string_view>
#include <system_error>

namespace notiflow {

class RapidJsonSaxBridge {
public:
    // Delivers to `handler` the events nlohmann::json::sax_parse would deliver for `text` and returns true, or
    // returns false having delivered some of them: the handler refused an event, or the text is not strict
    // well-formed UTF-8 JSON that RapidJSON reads exactly as nlohmann does (a number out of double's range, say).
    // number_float's second argument (nlohmann's spelling of the number) is always empty.
    template <typename Handler> static bool read(std::string_view text, Handler& handler)
    {
        if (text.starts_with("\xEF\xBB\xBF"))
            text.remove_prefix(3); // nlohmann skips a UTF-8 byte order mark too
        rapidjson::MemoryStream stream(text.data(), text.size()); // sized: the text need not end with a NUL
        Events<Handler> events(handler);
        rapidjson::Reader reader;
        // Strict JSON as nlohmann reads it: UTF-8 checked, and an explicit stack instead of recursion, so hostile
        // nesting cannot overflow ours. Numbers come as their text and are converted below: RapidJSON 1.1's own
        // full-precision conversion passes zero to __builtin_clzll for some inputs (undefined behaviour, caught by
        // UBSan), and std::from_chars rounds correctly, as nlohmann's strtod does.
        constexpr unsigned flags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag
            | rapidjson::kParseNumbersAsStringsFlag;
        if (reader.Parse<flags>(stream, events).IsError())
            return false;
        // RapidJSON stops at a NUL byte as if the text ended there; nlohmann refuses what follows it.
        return stream.Tell() == text.size();
    }

private:
    template <typename Handler> class Events {
    public:
        explicit Events(Handler& handler)
            : m_handler(handler)
        {
        }
        bool Null() { return m_handler.null(); }
        bool Bool(bool value) { return m_handler.boolean(value); }
        // Not called with kParseNumbersAsStringsFlag: RawNumber gets every number.
        bool Int(int) { return false; }
        bool Int64(std::int64_t) { return false; }
        bool Uint(unsigned) { return false; }
        bool Uint64(std::uint64_t) { return false; }
        bool Double(double) { return false; }
        // As nlohmann: an integer is number_integer when negative ("-0" too) and number_unsigned otherwise; one
        // beyond 64 bits, or with a fraction or exponent, is number_float. A float out of double's range (overflow
        // or underflow) is left to nlohmann, which words it.
        bool RawNumber(const char* text, rapidjson::SizeType length, bool)
        {
            const char* end = text + length;
            const bool integral = std::string_view(text, length).find_first_of(".eE") == std::string_view::npos;
            if (integral && text[0] == '-') {
                std::int64_t value = 0;
                if (const auto r = std::from_chars(text, end, value); r.ec == std::errc() && r.ptr == end)
                    return m_handler.number_integer(value);
            } else if (integral) {
                std::uint64_t value = 0;
                if (const auto r = std::from_chars(text, end, value); r.ec == std::errc() && r.ptr == end)
                    return m_handler.number_unsigned(value);
            }
            double value = 0;
            const auto r = std::from_chars(text, end, value);
            if (r.ec != std::errc() || r.ptr != end)
                return false;
            return m_handler.number_float(value, m_noSpelling);
        }
        bool String(const char* text, rapidjson::SizeType length, bool)
        {
            return !hasLoneSurrogate(text, length) && m_handler.string(m_text.assign(text, length));
        }
        bool Key(const char* text, rapidjson::SizeType length, bool)
        {
            return !hasLoneSurrogate(text, length) && m_handler.key(m_text.assign(text, length));
        }
        // RapidJSON 1.1 decodes a lone low surrogate escape ("\udc00") into the three bytes ED B0 80, which
        // nlohmann refuses. Validated input cannot hold ED A0..BF itself, so those bytes can only come from one.
        static bool hasLoneSurrogate(const char* text, rapidjson::SizeType length)
        {
            const std::string_view s(text, length);
            for (std::size_t at = s.find('\xED'); at != std::string_view::npos; at = s.find('\xED', at + 1)) {
                if (at + 1 < s.size() && static_cast<unsigned char>(s[at + 1]) >= 0xA0)
                    return true;
            }
            return false;
        }
        bool StartObject() { return m_handler.start_object(unknownSize); }
        bool EndObject(rapidjson::SizeType) { return m_handler.end_object(); }
        bool StartArray() { return m_handler.start_array(unknownSize); }
        bool EndArray(rapidjson::SizeType) { return m_handler.end_array(); }

    private:
        static constexpr std::size_t unknownSize = static_cast<std::size_t>(-1); // what nlohmann passes
        Handler& m_handler;
        std::string m_text;
        const std::string m_noSpelling;
    };
};

} // namespace notiflow
