#include "datasetloader.h"

#include "rapidjsonsaxbridge.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <fstream>
#include <limits>
#include <system_error>
#include <thread>

namespace notiflow {

using nlohmann::json;

namespace {

const std::string customersFile = "customers.json";
const std::string productsFile = "products.json";
const std::string ordersFile = "orders.json";
const std::string cartsFile = "carts.json";
const std::string preferencesFile = "notification_preferences.json";
const std::string paymentsFile = "payments.json";

// Larger amounts are certainly typing mistakes, and they would overflow the cent arithmetic.
constexpr double maxMoney = 1e12;
// After this many dangling references the rest are summed up in one warning, to keep the list readable.
constexpr int maxListedWarnings = 500;

std::size_t firstValueOffset(std::string_view text)
{
    std::size_t i = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        ++i;
    return i;
}

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
// The checks shared by both SAX handlers below: nesting limit, the top-level shape, and turning nlohmann's
// error into a LoadError with line and column.
class ParseGuard {
public:
    // Called by nlohmann's parser for syntax errors, invalid UTF-8 and numbers out of range.
    bool parse_error(std::size_t position, const std::string&, const json::exception& error)
    {
        m_stop = Stop::SyntaxError;
        m_errorPosition = position;
        m_errorText = error.what();
        return false;
    }

protected:
    enum class Stop { None, SyntaxError, NotAnArray, TooDeep, RepeatedKey };

    ParseGuard(std::string_view text, const std::string& fileName, bool wantArray)
        : m_text(text)
        , m_fileName(fileName)
        , m_wantArray(wantArray)
    {
    }

    template <typename Handler> void parseWith(Handler* handler)
    {
        if (firstValueOffset(m_text) == m_text.size())
            throw LoadError(
                { .file = m_fileName }, m_wantArray ? "the file is empty; expected a JSON array" : "the file is empty");
        if (!json::sax_parse(m_text.begin(), m_text.end(), handler))
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

    bool stopOnRepeatedKey(const std::string& key, int recordIndex)
    {
        m_repeatedKey = key;
        m_repeatedKeyRecord = recordIndex;
        return stop(Stop::RepeatedKey);
    }

private:
    [[noreturn]] void throwStop() const
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
            throw LoadError(
                location, "nesting deeper than " + std::to_string(maxJsonNesting) + " levels is not supported");
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

// Builds one whole document as a json value (scenario files: small, and kept as json for display). Unlike
// nlohmann's own DOM parser it refuses repeated keys instead of keeping the last one silently.
class DocumentBuilder : public ParseGuard {
public:
    DocumentBuilder(std::string_view text, const std::string& fileName)
        : ParseGuard(text, fileName, false)
    {
    }

    json parse()
    {
        parseWith(this);
        return std::move(m_root);
    }

    bool null() { return add(json(nullptr)) != nullptr; }
    bool boolean(bool value) { return add(json(value)) != nullptr; }
    bool number_integer(json::number_integer_t value) { return add(json(value)) != nullptr; }
    bool number_unsigned(json::number_unsigned_t value) { return add(json(value)) != nullptr; }
    bool number_float(json::number_float_t value, const json::string_t&) { return add(json(value)) != nullptr; }
    bool string(json::string_t& value) { return add(json(std::move(value))) != nullptr; }
    bool binary(json::binary_t& value) { return add(json::binary(std::move(value))) != nullptr; }
    bool key(json::string_t& key)
    {
        m_key = std::move(key);
        return true;
    }
    bool start_object(std::size_t) { return open(json::object()); }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_array() { return close(); }

private:
    // Pointers into the tree stay valid: a container only grows while it is the innermost open one.
    json* add(json&& value)
    {
        if (m_open.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        json& parent = *m_open.back();
        if (parent.is_array()) {
            auto& elements = parent.get_ref<json::array_t&>();
            elements.push_back(std::move(value));
            return &elements.back();
        }
        auto& members = parent.get_ref<json::object_t&>();
        auto [where, inserted] = members.try_emplace(m_key, std::move(value));
        if (!inserted) {
            stopOnRepeatedKey(m_key, -1);
            return nullptr;
        }
        return &where->second;
    }

    bool open(json&& container)
    {
        if (!enter())
            return false;
        json* slot = add(std::move(container));
        if (!slot)
            return false;
        m_open.push_back(slot);
        return true;
    }

    bool close()
    {
        m_open.pop_back();
        leave();
        return true;
    }

    json m_root;
    std::vector<json*> m_open;
    std::string m_key;
};

// One element of a data file's top-level array, held as a small tree in reusable slots: once the slots have
// grown to the largest record, reading further records allocates nothing. This is what keeps loading a large
// data set fast; a json value per record costs an allocation per field.
class FlatRecord {
public:
    enum class Kind : std::uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Object, Array };

    struct Node {
        Kind kind = Kind::Null;
        bool boolean = false;
        std::int64_t integer = 0; // Integer; Unsigned values that fit are stored here too
        std::uint64_t unsignedInteger = 0;
        double number = 0; // every number, as a double
        std::string key; // member name, when the parent is an object
        std::string text; // String value
        int firstChild = -1;
        int lastChild = -1;
        int next = -1; // next sibling
        int childCount = 0;
    };

    static constexpr int root = 0;

    void clear() { m_size = 0; }

    int add(int parent, Kind kind)
    {
        if (m_size == static_cast<int>(m_nodes.size()))
            m_nodes.emplace_back();
        const int index = m_size++;
        Node& node = m_nodes[static_cast<std::size_t>(index)];
        node.kind = kind;
        node.firstChild = node.lastChild = node.next = -1;
        node.childCount = 0;
        if (parent >= 0) {
            Node& p = at(parent);
            if (p.lastChild >= 0)
                at(p.lastChild).next = index;
            else
                p.firstChild = index;
            p.lastChild = index;
            ++p.childCount;
        }
        return index;
    }

    Node& at(int index) { return m_nodes[static_cast<std::size_t>(index)]; }
    const Node& at(int index) const { return m_nodes[static_cast<std::size_t>(index)]; }

    // The member of an object node with this name, or -1. Records have a handful of fields: a scan is fastest.
    int member(int object, std::string_view key) const
    {
        for (int child = at(object).firstChild; child >= 0; child = at(child).next) {
            if (at(child).key == key)
                return child;
        }
        return -1;
    }

private:
    std::vector<Node> m_nodes;
    int m_size = 0;
};

using RecordSink = std::function<void(const FlatRecord&, int index)>;

// Streams the elements of a top-level array into a FlatRecord, handing each to the sink when it is complete.
class RecordStreamer : public ParseGuard {
public:
    RecordStreamer(std::string_view text, const std::string& fileName, const RecordSink& sink)
        : ParseGuard(text, fileName, true)
        , m_sink(sink)
    {
    }

    void parse() { parseWith(this); }

    // Reads the whole text with RapidJSON. False when it stopped early: the caller starts again with a new
    // streamer and parse(), which then finds and reports the problem (the events so far must be undone first).
    bool parseFast() { return RapidJsonSaxBridge::read(text(), *this); }

    bool null() { return scalar(FlatRecord::Kind::Null) >= 0; }
    bool boolean(bool value)
    {
        const int node = scalar(FlatRecord::Kind::Boolean);
        if (node < 0)
            return false;
        m_record.at(node).boolean = value;
        return finishScalar();
    }
    bool number_integer(json::number_integer_t value)
    {
        const int node = scalar(FlatRecord::Kind::Integer);
        if (node < 0)
            return false;
        m_record.at(node).integer = value;
        m_record.at(node).number = static_cast<double>(value);
        return finishScalar();
    }
    bool number_unsigned(json::number_unsigned_t value)
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
    bool number_float(json::number_float_t value, const json::string_t&)
    {
        const int node = scalar(FlatRecord::Kind::Float);
        if (node < 0)
            return false;
        m_record.at(node).number = value;
        return finishScalar();
    }
    bool string(json::string_t& value)
    {
        const int node = scalar(FlatRecord::Kind::String);
        if (node < 0)
            return false;
        // Swapping hands the lexer our old buffer to reuse: no allocation either way.
        m_record.at(node).text.swap(value);
        return finishScalar();
    }
    bool binary(json::binary_t&) { return stop(Stop::SyntaxError); } // never produced by the text parser
    bool key(json::string_t& key)
    {
        m_key.swap(key);
        return true;
    }
    bool start_object(std::size_t) { return open(FlatRecord::Kind::Object); }
    bool end_object() { return close(); }
    bool start_array(std::size_t)
    {
        if (!m_topLevelOpen) {
            m_topLevelOpen = true;
            return enter();
        }
        return open(FlatRecord::Kind::Array);
    }
    bool end_array()
    {
        if (m_open.empty()) {
            leave();
            return true;
        }
        return close();
    }

private:
    // Adds a node where the parser is; -1 when parsing must stop.
    int addNode(FlatRecord::Kind kind)
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

    int scalar(FlatRecord::Kind kind)
    {
        const int node = addNode(kind);
        if (node >= 0 && kind == FlatRecord::Kind::Null)
            finishScalar();
        return node;
    }

    // A scalar directly in the top-level array is a whole (if malformed) record.
    bool finishScalar()
    {
        if (m_open.empty())
            emit();
        return true;
    }

    bool open(FlatRecord::Kind kind)
    {
        if (!enter())
            return false;
        const int node = addNode(kind);
        if (node < 0)
            return false;
        m_open.push_back(node);
        return true;
    }

    bool close()
    {
        m_open.pop_back();
        leave();
        if (m_open.empty())
            emit();
        return true;
    }

    void emit() { m_sink(m_record, m_index++); }

    const RecordSink& m_sink;
    FlatRecord m_record;
    std::vector<int> m_open;
    std::string m_key;
    bool m_topLevelOpen = false;
    int m_index = 0;
};

using Kind = FlatRecord::Kind;

const char* kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return "null";
    case Kind::Boolean:
        return "boolean";
    case Kind::Integer:
    case Kind::Unsigned:
    case Kind::Float:
        return "number";
    case Kind::String:
        return "string";
    case Kind::Object:
        return "object";
    case Kind::Array:
        return "array";
    }
    return "value";
}

// The value as JSON would spell it, for messages: "-5", "1.5", "true".
std::string spell(const FlatRecord::Node& node)
{
    switch (node.kind) {
    case Kind::Boolean:
        return node.boolean ? "true" : "false";
    case Kind::Integer:
        return std::to_string(node.integer);
    case Kind::Unsigned:
        return std::to_string(node.unsignedInteger);
    case Kind::Float:
        return json(node.number).dump();
    default:
        return kindName(node.kind);
    }
}

std::string describeValue(const FlatRecord::Node& node)
{
    switch (node.kind) {
    case Kind::Boolean:
    case Kind::Integer:
    case Kind::Unsigned:
    case Kind::Float:
        return std::string(kindName(node.kind)) + " " + spell(node);
    default:
        return kindName(node.kind);
    }
}

bool isNumber(Kind kind)
{
    return kind == Kind::Integer || kind == Kind::Unsigned || kind == Kind::Float;
}

// Reads the fields of one record and reports problems with the file, record index, id and field path.
// Field paths are only built when something is wrong: the happy path allocates nothing here.
class RecordReader {
public:
    RecordReader(const std::string& file, int index, const FlatRecord& record, const char* idField)
        : m_file(file)
        , m_index(index)
        , m_record(record)
        , m_idField(idField)
    {
        const FlatRecord::Node& top = record.at(FlatRecord::root);
        if (top.kind != Kind::Object)
            fail({}, "a record must be an object, not " + describeValue(top));
        m_id = &text(FlatRecord::root, "", idField);
        if (m_id->empty())
            fail(idField, "must not be empty");
    }

    const std::string& id() const { return *m_id; }
    int index() const { return m_index; }
    const char* idField() const { return m_idField; }

    LoadErrorLocation location(std::string field) const
    {
        LoadErrorLocation location {
            .file = m_file, .recordIndex = m_index, .recordId = m_id ? *m_id : std::string(), .field = std::move(field)
        };
        location.recordIdField = m_idField;
        return location;
    }

    [[noreturn]] void fail(std::string field, const std::string& problem) const
    {
        throw LoadError(location(std::move(field)), problem);
    }

    const FlatRecord::Node& node(int index) const { return m_record.at(index); }

    // Nodes are addressed by index in the record; `prefix` is the path of `object` for messages ("items[2].").
    int require(int object, std::string_view prefix, const char* key) const
    {
        const int member = m_record.member(object, key);
        if (member < 0)
            fail(path(prefix, key), "is missing");
        return member;
    }

    const std::string& text(int object, std::string_view prefix, const char* key) const
    {
        const FlatRecord::Node& value = node(require(object, prefix, key));
        if (value.kind != Kind::String)
            fail(path(prefix, key), "must be a string, not " + describeValue(value));
        return value.text;
    }

    // Nullable fields may also be left out: the original project treats both as "not set".
    std::optional<std::string> nullableText(int object, std::string_view prefix, const char* key) const
    {
        const int member = m_record.member(object, key);
        if (member < 0 || node(member).kind == Kind::Null)
            return std::nullopt;
        if (node(member).kind != Kind::String)
            fail(path(prefix, key), "must be a string or null, not " + describeValue(node(member)));
        return node(member).text;
    }

    Cents money(int object, std::string_view prefix, const char* key) const
    {
        const FlatRecord::Node& value = node(require(object, prefix, key));
        if (!isNumber(value.kind))
            fail(path(prefix, key), "must be a number, not " + describeValue(value));
        if (value.number < 0)
            fail(path(prefix, key), "must not be negative (found " + spell(value) + ")");
        if (!(value.number <= maxMoney))
            fail(path(prefix, key), "is too large (found " + spell(value) + ")");
        return centsFromDecimal(value.number);
    }

    int count(int object, std::string_view prefix, const char* key, int minimum) const
    {
        const FlatRecord::Node& value = node(require(object, prefix, key));
        if (value.kind != Kind::Integer && value.kind != Kind::Unsigned)
            fail(path(prefix, key), "must be a whole number, not " + describeValue(value));
        if (value.kind == Kind::Unsigned || value.integer > 1'000'000'000)
            fail(path(prefix, key), "is too large (found " + spell(value) + ")");
        if (value.integer < minimum)
            fail(path(prefix, key), "must be at least " + std::to_string(minimum) + " (found " + spell(value) + ")");
        return static_cast<int>(value.integer);
    }

    bool flag(int object, std::string_view prefix, const char* key) const
    {
        const FlatRecord::Node& value = node(require(object, prefix, key));
        if (value.kind != Kind::Boolean)
            fail(path(prefix, key), "must be true or false, not " + describeValue(value));
        return value.boolean;
    }

    template <typename Enum, typename Parse>
    Enum choice(
        int object, std::string_view prefix, const char* key, Parse parse, const char* what, const char* expected) const
    {
        const std::string& value = text(object, prefix, key);
        const std::optional<Enum> parsed = parse(value);
        if (!parsed)
            fail(path(prefix, key),
                std::string("unknown ") + what + " \"" + displayValue(value) + "\"; expected " + expected);
        return *parsed;
    }

    int array(int object, std::string_view prefix, const char* key) const
    {
        const int member = require(object, prefix, key);
        if (node(member).kind != Kind::Array)
            fail(path(prefix, key), "must be an array, not " + describeValue(node(member)));
        return member;
    }

    int objectField(int object, std::string_view prefix, const char* key) const
    {
        const int member = require(object, prefix, key);
        if (node(member).kind != Kind::Object)
            fail(path(prefix, key), "must be an object, not " + describeValue(node(member)));
        return member;
    }

    // Calls visit(elementNode, "items[2].") for each element of an array node, which must hold objects.
    template <typename Visit> void forEachObject(int arrayNode, const char* arrayKey, Visit visit) const
    {
        std::string prefix;
        int position = 0;
        for (int element = node(arrayNode).firstChild; element >= 0; element = node(element).next, ++position) {
            prefix.assign(arrayKey).append("[").append(std::to_string(position)).append("].");
            if (node(element).kind != Kind::Object)
                fail(prefix.substr(0, prefix.size() - 1), "must be an object, not " + describeValue(node(element)));
            visit(element, std::string_view(prefix));
        }
    }

    static std::string path(std::string_view prefix, const char* key) { return std::string(prefix) + key; }

private:
    const std::string& m_file;
    int m_index;
    const FlatRecord& m_record;
    const char* m_idField;
    const std::string* m_id = nullptr;
};

// Maps ids to record indexes for duplicate and reference checks. Open addressing in one flat array of
// (hash, index) slots: one cache miss per lookup, where std::unordered_map needs several on large data sets.
class IdIndex {
public:
    // `idOf(i)` gives the id of record i; the index never copies ids.
    using IdOf = std::function<const std::string&(int)>;

    explicit IdIndex(IdOf idOf)
        : m_idOf(std::move(idOf))
    {
    }

    // Returns the index already holding `id`, or -1 after adding it for `index`.
    int insert(const std::string& id, int index)
    {
        if ((m_count + 1) * 4 > m_slots.size() * 3)
            grow();
        const std::uint64_t hash = hashOf(id);
        for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            Slot& slot = m_slots[i];
            if (slot.index < 0) {
                slot = { hash, index };
                ++m_count;
                return -1;
            }
            if (slot.hash == hash && m_idOf(slot.index) == id)
                return slot.index;
        }
    }

    int find(const std::string& id) const
    {
        if (m_slots.empty())
            return -1;
        const std::uint64_t hash = hashOf(id);
        for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.index < 0)
                return -1;
            if (slot.hash == hash && m_idOf(slot.index) == id)
                return slot.index;
        }
    }

    bool contains(const std::string& id) const { return find(id) >= 0; }

    void clear()
    {
        m_slots.clear();
        m_mask = 0;
        m_count = 0;
    }

private:
    struct Slot {
        std::uint64_t hash = 0;
        int index = -1;
    };

    static std::uint64_t hashOf(const std::string& id) { return std::hash<std::string> {}(id); }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot {});
        m_mask = m_slots.size() - 1;
        for (const Slot& slot : old) {
            if (slot.index < 0)
                continue;
            std::size_t i = slot.hash & m_mask;
            while (m_slots[i].index >= 0)
                i = (i + 1) & m_mask;
            m_slots[i] = slot;
        }
    }

    IdOf m_idOf;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
};

// Collects the records of the six files, then checks the references between them.
class DataSetBuilder {
public:
    explicit DataSetBuilder(std::string source) { m_data.source = std::move(source); }

    void load(const std::string& fileName, std::string_view text)
    {
        using Adder = void (DataSetBuilder::*)(const RecordReader&);
        Adder add = nullptr;
        const char* idField = "id";
        if (fileName == customersFile) {
            add = &DataSetBuilder::addCustomer;
        } else if (fileName == productsFile) {
            add = &DataSetBuilder::addProduct;
        } else if (fileName == ordersFile) {
            add = &DataSetBuilder::addOrder;
        } else if (fileName == cartsFile) {
            add = &DataSetBuilder::addCart;
            idField = "customer_id";
        } else if (fileName == preferencesFile) {
            add = &DataSetBuilder::addPreferences;
            idField = "customer_id";
        } else if (fileName == paymentsFile) {
            add = &DataSetBuilder::addPayment;
        } else {
            throw LoadError({ .file = fileName }, "not a data set file");
        }
        const RecordSink sink = [&](const FlatRecord& record, int index) {
            const RecordReader reader(fileName, index, record, idField);
            (this->*add)(reader);
        };
        // RapidJSON reads well-formed files. Anything else, including a record the checks refuse, is read
        // again from the start by nlohmann, so that every message, its place and which one comes first stay
        // exactly as nlohmann finds them.
        bool readFast = false;
        try {
            readFast = RecordStreamer(text, fileName, sink).parseFast();
        } catch (const LoadError&) {
        }
        if (readFast)
            return;
        forget(fileName);
        RecordStreamer(text, fileName, sink).parse();
    }

    DataSet finish()
    {
        checkReferences();
        return std::move(m_data);
    }

private:
    // Undoes what reading `fileName` added (each file fills its own list and index, so this touches no other).
    void forget(const std::string& fileName)
    {
        if (fileName == customersFile) {
            m_data.customers.clear();
            m_customerIds.clear();
        } else if (fileName == productsFile) {
            m_data.products.clear();
            m_productIds.clear();
        } else if (fileName == ordersFile) {
            m_data.orders.clear();
            m_orderIds.clear();
        } else if (fileName == cartsFile) {
            m_data.carts.clear();
            m_cartOwners.clear();
        } else if (fileName == preferencesFile) {
            m_data.preferences.clear();
            m_preferenceOwners.clear();
        } else if (fileName == paymentsFile) {
            m_data.payments.clear();
            m_paymentIds.clear();
        }
    }

    static void claim(IdIndex& seen, const RecordReader& reader)
    {
        const int earlier = seen.insert(reader.id(), reader.index());
        if (earlier >= 0)
            reader.fail(
                reader.idField(), "duplicate: record " + std::to_string(earlier) + " has the same " + reader.idField());
    }

    void addCustomer(const RecordReader& r)
    {
        constexpr int o = FlatRecord::root;
        claim(m_customerIds, r);
        Customer customer;
        customer.id = r.id();
        customer.name = r.text(o, "", "name");
        customer.email = r.text(o, "", "email");
        customer.phone = r.text(o, "", "phone");
        customer.segment
            = r.choice<Segment>(o, "", "segment", segmentFromId, "segment", "bronze, silver, gold or platinum");
        customer.createdAt = r.text(o, "", "created_at");
        m_data.customers.push_back(std::move(customer));
    }

    void addProduct(const RecordReader& r)
    {
        constexpr int o = FlatRecord::root;
        claim(m_productIds, r);
        Product product;
        product.id = r.id();
        product.name = r.text(o, "", "name");
        product.price = r.money(o, "", "price");
        product.category = r.text(o, "", "category");
        product.description = r.nullableText(o, "", "description");
        m_data.products.push_back(std::move(product));
    }

    static OrderStatus orderStatus(const RecordReader& r, int object, std::string_view prefix)
    {
        return r.choice<OrderStatus>(object, prefix, "status", orderStatusFromId, "status",
            "PENDING, PROCESSING, SHIPPED, DELIVERED or CANCELLED");
    }

    void addOrder(const RecordReader& r)
    {
        constexpr int o = FlatRecord::root;
        claim(m_orderIds, r);
        Order order;
        order.id = r.id();
        order.customerId = r.text(o, "", "customer_id");
        order.status = orderStatus(r, o, "");
        const int items = r.array(o, "", "line_items");
        order.lineItems.reserve(static_cast<std::size_t>(r.node(items).childCount));
        r.forEachObject(items, "line_items", [&](int item, std::string_view prefix) {
            LineItem line;
            line.productId = r.text(item, prefix, "product_id");
            line.quantity = r.count(item, prefix, "quantity", 1);
            line.unitPrice = r.money(item, prefix, "unit_price");
            line.status = orderStatus(r, item, prefix);
            line.shippedAt = r.nullableText(item, prefix, "shipped_at");
            order.lineItems.push_back(std::move(line));
        });
        order.totalAmount = r.money(o, "", "total_amount");
        order.createdAt = r.text(o, "", "created_at");
        order.updatedAt = r.nullableText(o, "", "updated_at");
        m_data.orders.push_back(std::move(order));
    }

    void addCart(const RecordReader& r)
    {
        constexpr int o = FlatRecord::root;
        claim(m_cartOwners, r);
        Cart cart;
        cart.customerId = r.id();
        const int items = r.array(o, "", "items");
        cart.items.reserve(static_cast<std::size_t>(r.node(items).childCount));
        r.forEachObject(items, "items", [&](int item, std::string_view prefix) {
            CartItem entry;
            entry.productId = r.text(item, prefix, "product_id");
            entry.quantity = r.count(item, prefix, "quantity", 1);
            entry.addedAt = r.text(item, prefix, "added_at");
            cart.items.push_back(std::move(entry));
        });
        cart.updatedAt = r.text(o, "", "updated_at");
        m_data.carts.push_back(std::move(cart));
    }

    void addPreferences(const RecordReader& r)
    {
        claim(m_preferenceOwners, r);
        NotificationPreferences preferences;
        preferences.customerId = r.id();
        const int categories = r.objectField(FlatRecord::root, "", "preferences");
        std::string prefix;
        for (int entry = r.node(categories).firstChild; entry >= 0; entry = r.node(entry).next) {
            const FlatRecord::Node& choice = r.node(entry);
            prefix.assign("preferences.").append(choice.key);
            const std::optional<PreferenceCategory> category = preferenceCategoryFromId(choice.key);
            if (!category)
                r.fail(prefix, "unknown category; expected order_updates, price_alerts, promotions or payment_alerts");
            if (choice.kind != Kind::Object)
                r.fail(
                    prefix, "must be an object like {\"email\": true, \"sms\": false}, not " + describeValue(choice));
            ChannelChoice& channels = preferences.categories[static_cast<int>(*category)];
            prefix += '.';
            channels.email = r.flag(entry, prefix, "email");
            channels.sms = r.flag(entry, prefix, "sms");
        }
        m_data.preferences.push_back(std::move(preferences));
    }

    void addPayment(const RecordReader& r)
    {
        constexpr int o = FlatRecord::root;
        claim(m_paymentIds, r);
        Payment payment;
        payment.id = r.id();
        payment.orderId = r.text(o, "", "order_id");
        payment.customerId = r.text(o, "", "customer_id");
        payment.amount = r.money(o, "", "amount");
        payment.status = r.choice<PaymentStatus>(
            o, "", "status", paymentStatusFromId, "status", "PENDING, SUCCESS, FAILED or RETRY_SCHEDULED");
        payment.failureReason = r.nullableText(o, "", "failure_reason");
        payment.attemptNumber = r.count(o, "", "attempt_number", 1);
        payment.createdAt = r.text(o, "", "created_at");
        m_data.payments.push_back(std::move(payment));
    }

    void warn(const std::string& file, int index, const char* idField, const std::string& id, std::string field,
        const std::string& problem)
    {
        ++m_warningCount;
        if (m_warningCount > maxListedWarnings)
            return;
        LoadErrorLocation location { .file = file, .recordIndex = index, .recordId = id, .field = std::move(field) };
        location.recordIdField = idField;
        m_data.warnings.push_back({ file, index, formatLoadError(location, problem) });
    }

    void checkReferences()
    {
        const auto knownCustomer = [this](const std::string& id) { return m_customerIds.contains(id); };
        const auto knownProduct = [this](const std::string& id) { return m_productIds.contains(id); };
        const auto unknown = [](const char* what, const std::string& id) {
            return std::string("unknown ") + what + " " + displayValue(id) + "; it is treated as absent";
        };

        for (std::size_t i = 0; i < m_data.orders.size(); ++i) {
            const Order& order = m_data.orders[i];
            const int index = static_cast<int>(i);
            if (!knownCustomer(order.customerId))
                warn(ordersFile, index, "id", order.id, "customer_id", unknown("customer", order.customerId));
            for (std::size_t k = 0; k < order.lineItems.size(); ++k) {
                if (!knownProduct(order.lineItems[k].productId))
                    warn(ordersFile, index, "id", order.id, "line_items[" + std::to_string(k) + "].product_id",
                        unknown("product", order.lineItems[k].productId));
            }
        }
        for (std::size_t i = 0; i < m_data.carts.size(); ++i) {
            const Cart& cart = m_data.carts[i];
            const int index = static_cast<int>(i);
            if (!knownCustomer(cart.customerId))
                warn(cartsFile, index, "customer_id", cart.customerId, "customer_id",
                    unknown("customer", cart.customerId));
            for (std::size_t k = 0; k < cart.items.size(); ++k) {
                if (!knownProduct(cart.items[k].productId))
                    warn(cartsFile, index, "customer_id", cart.customerId,
                        "items[" + std::to_string(k) + "].product_id", unknown("product", cart.items[k].productId));
            }
        }
        for (std::size_t i = 0; i < m_data.preferences.size(); ++i) {
            const std::string& customerId = m_data.preferences[i].customerId;
            if (!knownCustomer(customerId))
                warn(preferencesFile, static_cast<int>(i), "customer_id", customerId, "customer_id",
                    unknown("customer", customerId));
        }
        for (std::size_t i = 0; i < m_data.payments.size(); ++i) {
            const Payment& payment = m_data.payments[i];
            const int index = static_cast<int>(i);
            const int order = m_orderIds.find(payment.orderId);
            if (order < 0)
                warn(paymentsFile, index, "id", payment.id, "order_id", unknown("order", payment.orderId));
            if (!knownCustomer(payment.customerId)) {
                warn(paymentsFile, index, "id", payment.id, "customer_id", unknown("customer", payment.customerId));
            } else if (order >= 0) {
                const std::string& orderCustomer = m_data.orders[static_cast<std::size_t>(order)].customerId;
                if (orderCustomer != payment.customerId)
                    warn(paymentsFile, index, "id", payment.id, "customer_id",
                        "customer " + displayValue(payment.customerId) + " is not the customer of order "
                            + displayValue(payment.orderId) + " (" + displayValue(orderCustomer) + ")");
            }
        }
        if (m_warningCount > maxListedWarnings)
            m_data.warnings.push_back({ {}, -1,
                "... and " + std::to_string(m_warningCount - maxListedWarnings)
                    + " more references to records that do not exist" });
    }

    template <typename Record, typename Field> IdIndex indexOf(const std::vector<Record>& records, Field field)
    {
        return IdIndex(
            [&records, field](int i) -> const std::string& { return records[static_cast<std::size_t>(i)].*field; });
    }

    DataSet m_data;
    IdIndex m_customerIds = indexOf(m_data.customers, &Customer::id);
    IdIndex m_productIds = indexOf(m_data.products, &Product::id);
    IdIndex m_orderIds = indexOf(m_data.orders, &Order::id);
    IdIndex m_cartOwners = indexOf(m_data.carts, &Cart::customerId);
    IdIndex m_preferenceOwners = indexOf(m_data.preferences, &NotificationPreferences::customerId);
    IdIndex m_paymentIds = indexOf(m_data.payments, &Payment::id);
    int m_warningCount = 0;
};

std::string readWholeFile(const std::filesystem::path& path, const std::string& fileName)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw LoadError({ .file = fileName }, "cannot be opened");
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0)
        throw LoadError({ .file = fileName }, "cannot be read");
    std::string text(static_cast<std::size_t>(size), '\0');
    in.seekg(0, std::ios::beg);
    in.read(text.data(), size);
    if (in.gcount() != size)
        throw LoadError({ .file = fileName }, "could not be read completely");
    return text;
}

// Loads the six files on two threads: they are independent until the reference check, and orders with payments
// weigh about as much as the other four. The first error in file order is reported, exactly as if the files had
// been loaded one after another.
template <typename TextOf> DataSet loadAllFiles(const std::string& source, TextOf textOf)
{
    const std::vector<std::string>& names = dataSetFileNames();
    DataSetBuilder builder(source);
    std::exception_ptr errors[6];
    const auto loadFiles = [&](std::initializer_list<std::size_t> files) {
        for (const std::size_t file : files) {
            try {
                builder.load(names[file], textOf(names[file]));
            } catch (...) {
                errors[file] = std::current_exception();
                return;
            }
        }
    };
    std::thread second;
    try {
        second = std::thread([&loadFiles] { loadFiles({ 2, 5 }); }); // orders, payments
    } catch (const std::system_error&) {
        loadFiles({ 2, 5 }); // no thread to be had: the same work, one after another
    }
    loadFiles({ 0, 1, 3, 4 });
    if (second.joinable())
        second.join();
    for (const std::exception_ptr& error : errors) {
        if (error)
            std::rethrow_exception(error);
    }
    return builder.finish();
}

} // namespace

const std::vector<std::string>& dataSetFileNames()
{
    static const std::vector<std::string> names { customersFile, productsFile, ordersFile, cartsFile, preferencesFile,
        paymentsFile };
    return names;
}

DataSet loadDataSetFolder(const std::filesystem::path& folder)
{
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        throw LoadError({ .file = folder.string() }, "is not a folder");
    // Check all names first so that a missing file is reported before any work on the others.
    for (const std::string& name : dataSetFileNames()) {
        if (!std::filesystem::is_regular_file(folder / name, error))
            throw LoadError({ .file = name }, "missing from the data set folder " + folder.string());
    }
    // Each thread holds one file's text at a time, which keeps the peak low on large data sets.
    return loadAllFiles(
        folder.string(), [&folder](const std::string& name) { return readWholeFile(folder / name, name); });
}

DataSet loadDataSetTexts(const std::map<std::string, std::string>& textsByFileName, const std::string& source)
{
    for (const std::string& name : dataSetFileNames()) {
        if (!textsByFileName.contains(name))
            throw LoadError({ .file = name }, "missing from the data set " + source);
    }
    return loadAllFiles(
        source, [&textsByFileName](const std::string& name) -> const std::string& { return textsByFileName.at(name); });
}

json parseJsonDocument(std::string_view text, const std::string& fileName)
{
    return DocumentBuilder(text, fileName).parse();
}

} // namespace notiflow
