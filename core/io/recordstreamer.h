// Streams the elements of a data file's top-level array into a FlatRecord, handing each to a sink when it is
// complete, so a file of a million records never exists as one document.
#pragma once

#include "flatrecord.h"
#include "jsonparseguard.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace notiflow {

class RecordStreamer : public JsonParseGuard {
public:
    using Sink = std::function<void(const FlatRecord&, int index)>;

    RecordStreamer(std::string_view text, const std::string& fileName, const Sink& sink);

    // Reads with nlohmann; throws LoadError naming the place of the first problem.
    void parse();
    // Reads the whole text with RapidJSON. False when it stopped early: the caller starts again with a new
    // streamer and parse(), which then finds and reports the problem (the events so far must be undone first).
    bool parseFast();

    // The SAX events both parsers deliver (RapidJSON's through RapidJsonSaxBridge).
    bool null();
    bool boolean(bool value);
    bool number_integer(nlohmann::json::number_integer_t value);
    bool number_unsigned(nlohmann::json::number_unsigned_t value);
    bool number_float(nlohmann::json::number_float_t value, const nlohmann::json::string_t&);
    bool string(nlohmann::json::string_t& value);
    bool binary(nlohmann::json::binary_t&);
    bool key(nlohmann::json::string_t& key);
    bool start_object(std::size_t);
    bool end_object();
    bool start_array(std::size_t);
    bool end_array();

private:
    int addNode(FlatRecord::Kind kind);
    int scalar(FlatRecord::Kind kind);
    bool finishScalar();
    bool open(FlatRecord::Kind kind);
    bool close();
    void emit();

    const Sink& m_sink;
    FlatRecord m_record;
    std::vector<int> m_open; // nodes of the record being read, innermost last
    std::string m_key;
    bool m_topLevelOpen = false;
    int m_index = 0;
};

} // namespace notiflow
