// Reads the fields of one data file record and reports problems with the file, record index, id and field path.
// Field paths are only built when something is wrong: the happy path allocates nothing here.
#pragma once

#include "flatrecord.h"
#include "loaderror.h"
#include "records.h"

#include <optional>
#include <string>
#include <string_view>

namespace notiflow {

class RecordReader {
public:
    // Checks the record is an object with a non-empty string `idField`.
    RecordReader(const std::string& file, int index, const FlatRecord& record, const char* idField);

    const std::string& id() const { return *m_id; }
    int index() const { return m_index; }
    const char* idField() const { return m_idField; }

    LoadErrorLocation location(std::string field) const;
    [[noreturn]] void fail(std::string field, const std::string& problem) const;

    const FlatRecord::Node& node(int index) const { return m_record.at(index); }

    // Nodes are addressed by index in the record; `prefix` is the path of `object` for messages ("items[2].").
    int require(int object, std::string_view prefix, const char* key) const;
    const std::string& text(int object, std::string_view prefix, const char* key) const;
    // Nullable fields may also be left out: the original project treats both as "not set".
    std::optional<std::string> nullableText(int object, std::string_view prefix, const char* key) const;
    Cents money(int object, std::string_view prefix, const char* key) const;
    int count(int object, std::string_view prefix, const char* key, int minimum) const;
    bool flag(int object, std::string_view prefix, const char* key) const;
    int array(int object, std::string_view prefix, const char* key) const;
    int objectField(int object, std::string_view prefix, const char* key) const;

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

    // Calls visit(elementNode, "items[2].") for each element of an array node, which must hold objects.
    template <typename Visit> void forEachObject(int arrayNode, const char* arrayKey, Visit visit) const
    {
        std::string prefix;
        int position = 0;
        for (int element = node(arrayNode).firstChild; element >= 0; element = node(element).next, ++position) {
            prefix.assign(arrayKey).append("[").append(std::to_string(position)).append("].");
            if (node(element).kind != FlatRecord::Kind::Object)
                fail(prefix.substr(0, prefix.size() - 1), "must be an object, not " + describe(node(element)));
            visit(element, std::string_view(prefix));
        }
    }

    static std::string path(std::string_view prefix, const char* key) { return std::string(prefix) + key; }
    // "number -5", "string", "object": a value as a message names it.
    static std::string describe(const FlatRecord::Node& node);

private:
    const std::string& m_file;
    int m_index;
    const FlatRecord& m_record;
    const char* m_idField;
    const std::string* m_id = nullptr;
};

} // namespace notiflow
