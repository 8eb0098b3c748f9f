#include "recordstreamer.h"

#include "rapidjsonsaxbridge.h"

#include <limits>

namespace notiflow {

using nlohmann::json;

RecordStreamer::RecordStreamer(std::string_view text, const std::string& fileName, const Sink& sink)
    : JsonParseGuard(text, fileName, true)
    , m_sink(sink)
{
}

void RecordStreamer::parse()
{
    parseWith(this);
}

bool RecordStreamer::parseFast()
{
    return RapidJsonSaxBridge::read(text(), *this);
}

bool RecordStreamer::null()
{
    return scalar(FlatRecord::Kind::Null) >= 0;
}

bool RecordStreamer::boolean(bool value)
{
    const int node = scalar(FlatRecord::Kind::Boolean);
    if (node < 0)
        return false;
    m_record.at(node).boolean = value;
    return finishScalar();
}

bool RecordStreamer::number_integer(json::number_integer_t value)
{
    const int node = scalar(FlatRecord::Kind::Integer);
    if (node < 0)
        return false;
    m_record.at(node).integer = value;
    m_record.at(node).number = static_cast<double>(value);
    return finishScalar();
}

bool RecordStreamer::number_unsigned(json::number_unsigned_t value)
{
    const bool fits = value <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    const int node = scalar(fits ? FlatRecord::Kind::Integer : FlatRecord::Kind::Unsigned);
    if (node < 0)
        return false;
    FlatRecord::Node& n = m_record.at(node);
    n.integer = fits ? static_cast<std::int64_t>(value) : 0;
    n.unsignedInteger = value;
    n.number = static_cast<double>(value);
    return finishScalar();
}

bool RecordStreamer::number_float(json::number_float_t value, const json::string_t&)
{
    const int node = scalar(FlatRecord::Kind::Float);
    if (node < 0)
        return false;
    m_record.at(node).number = value;
    return finishScalar();
}

bool RecordStreamer::string(json::string_t& value)
{
    const int node = scalar(FlatRecord::Kind::String);
    if (node < 0)
        return false;
    // Swapping hands the lexer our old buffer to reuse: no allocation either way.
    m_record.at(node).text.swap(value);
    return finishScalar();
}

// Never produced by the text parser.
bool RecordStreamer::binary(json::binary_t&)
{
    return stop(Stop::SyntaxError);
}

bool RecordStreamer::key(json::string_t& key)
{
    m_key.swap(key);
    return true;
}

bool RecordStreamer::start_object(std::size_t)
{
    return open(FlatRecord::Kind::Object);
}

bool RecordStreamer::end_object()
{
    return close();
}

bool RecordStreamer::start_array(std::size_t)
{
    if (!m_topLevelOpen) {
        m_topLevelOpen = true;
        return enter();
    }
    return open(FlatRecord::Kind::Array);
}

bool RecordStreamer::end_array()
{
    if (m_open.empty()) {
        leave();
        return true;
    }
    return close();
}

// Adds a node where the parser is; -1 when parsing must stop.
int RecordStreamer::addNode(FlatRecord::Kind kind)
{
    if (!m_topLevelOpen) {
        stop(Stop::NotAnArray);
        return -1;
    }
    if (m_open.empty()) {
        m_record.clear();
        return m_record.add(-1, kind);
    }
    const int parent = m_open.back();
    const bool inObject = m_record.at(parent).kind == FlatRecord::Kind::Object;
    if (inObject && m_record.member(parent, m_key) >= 0) {
        stopOnRepeatedKey(m_key, m_index);
        return -1;
    }
    const int node = m_record.add(parent, kind);
    if (inObject)
        m_record.at(node).key.swap(m_key);
    return node;
}

int RecordStreamer::scalar(FlatRecord::Kind kind)
{
    const int node = addNode(kind);
    if (node >= 0 && kind == FlatRecord::Kind::Null)
        finishScalar();
    return node;
}

// A scalar directly in the top-level array is a whole (if malformed) record.
bool RecordStreamer::finishScalar()
{
    if (m_open.empty())
        emit();
    return true;
}

bool RecordStreamer::open(FlatRecord::Kind kind)
{
    if (!enter())
        return false;
    const int node = addNode(kind);
    if (node < 0)
        return false;
    m_open.push_back(node);
    return true;
}

bool RecordStreamer::close()
{
    m_open.pop_back();
    leave();
    if (m_open.empty())
        emit();
    return true;
}

void RecordStreamer::emit()
{
    m_sink(m_record, m_index++);
}

} // namespace notiflow
