// The error raised when a data set or scenario file cannot be used: it names the file and the place.
#pragma once

#include <stdexcept>
#include <string>

namespace notiflow {

struct LoadErrorLocation {
    std::string file; // "orders.json" or the scenario file's path
    int line = 0; // 1-based; 0 when unknown (for JSON syntax errors)
    int column = 0;
    int recordIndex = -1; // index in the top-level array, or scenario step index; -1 when not about a record
    std::string recordId; // id of that record, when it has one
    std::string field; // "line_items[1].quantity"
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
std::string formatLoadError(const LoadErrorLocation& location, const std::string& problem);

} // namespace notiflow
