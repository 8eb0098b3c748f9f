// Reads well-formed JSON with RapidJSON's SAX reader and hands every event to a handler written for
// nlohmann::json::sax_parse. The data set loader reads files this way for speed (nlohmann's lexer copies each
// byte through a token buffer and was half the time of loading a large data set); on anything this refuses it
// reads the file again with nlohmann, which finds and words the error, so messages stay nlohmann's.
#pragma once

#include <cstdint>
#include <rapidjson/error/error.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <string>
#include <string_view>

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
        // Strict JSON as nlohmann reads it: UTF-8 checked, doubles rounded correctly (as strtod does), and an
        // explicit stack instead of recursion, so hostile nesting cannot overflow ours.
        constexpr unsigned flags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag
            | rapidjson::kParseIterativeFlag;
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
        // RapidJSON reports negative integers as Int/Int64 and the others as Uint/Uint64, as nlohmann does with
        // number_integer and number_unsigned ("-0" included: both give a signed 0).
        bool Int(int value) { return m_handler.number_integer(value); }
        bool Int64(std::int64_t value) { return m_handler.number_integer(value); }
        bool Uint(unsigned value) { return m_handler.number_unsigned(value); }
        bool Uint64(std::uint64_t value) { return m_handler.number_unsigned(value); }
        bool Double(double value) { return m_handler.number_float(value, m_noSpelling); }
        bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; } // not asked for
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
