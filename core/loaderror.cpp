#include "loaderror.h"

#include <algorithm>

namespace notiflow {

LoadError::LoadError(LoadErrorLocation location, const std::string& problem)
    : std::runtime_error(formatLoadError(location, problem))
    , m_location(std::move(location))
    , m_problem(problem)
{
}

std::string formatLoadError(const LoadErrorLocation& location, const std::string& problem)
{
    std::string place;
    const auto addPart = [&place](const std::string& part) {
        if (!place.empty())
            place += ", ";
        place += part;
    };

    if (location.line > 0) {
        std::string part = "line " + std::to_string(location.line);
        if (location.column > 0)
            part += ", column " + std::to_string(location.column);
        addPart(part);
    }
    if (location.recordIndex >= 0) {
        std::string part = location.recordNoun + " " + std::to_string(location.recordIndex);
        if (!location.recordId.empty()) {
            part += " (";
            if (!location.recordIdField.empty())
                part += location.recordIdField + " ";
            part += location.recordId + ")";
        }
        addPart(part);
    }
    if (!location.field.empty())
        addPart("field " + location.field);

    std::string message = location.file;
    if (!place.empty())
        message += (message.empty() ? "" : ": ") + place;
    if (!message.empty())
        message += ": ";
    return message + problem;
}

TextPosition textPositionAt(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    TextPosition position;
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            // A UTF-8 continuation byte belongs to the character before it and does not move the column.
            ++position.column;
        }
    }
    return position;
}

} // namespace notiflow
