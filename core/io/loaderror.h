// The error raised when a data set or scenario file cannot be used: it names the file and the place.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace notiflow {

struct LoadErrorLocation {
    std::string file {}; // "orders.json" or the scenario file's path
    int line = 0; // 1-based; 0 when unknown (for JSON syntax errors)
    int column = 0;
    int recordIndex = -1; // index in the top-level array, or scenario step index; -1 when not about a record
    std::string recordId {}; // id of that record, when it has one
    std::string field {}; // "line_items[1].quantity"
    // How the message names the record: "record 3 (id O-1004)", "record 2 (customer_id C-7)", "step 1 (ship_order)".
    std::string recordNoun = "record";
    std::string recordIdField = "id"; // empty: the id is printed alone
};

class LoadError : public std::runtime_error {
public:
    LoadError(LoadErrorLocation location, const std::string& problem);
    const LoadErrorLocation& location() const { return m_location; }
    const std::string& problem() const { return m_problem; }

private:
    LoadErrorLocation m_location;
    std::string m_problem;
};

// "orders.json: record 3 (id O-1004), field line_items[1].quantity: must be at least 1"
// "orders.json: line 12, column 7: expected ',' or ']'"; parts that are unknown are left out.
std::string formatLoadError(const LoadErrorLocation& location, const std::string& problem);

// A value from a file as a message shows it: control characters escaped (a newline would split the message) and
// cut after `maxCharacters` characters with "…" (a megabyte id would bury it). Short plain values are unchanged.
std::string displayValue(std::string_view value, std::size_t maxCharacters = 60);

struct TextPosition {
    int line = 1;
    int column = 1;
};

// 1-based line and column of a byte offset. Columns count characters (UTF-8 sequences), as editors show
// them, not counting a byte order mark; an offset past the end is clamped to the end.
TextPosition textPositionAt(std::string_view text, std::size_t offset);

} // namespace notiflow
