#include "loaderror.h"

#include <algorithm>
#include <cstdio>

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
            part += displayValue(location.recordId) + ")";
        }
        addPart(part);
    }
    if (!location.field.empty())
        addPart("field " + displayValue(location.field, 120)); // paths can hold keys from the file

    std::string message = location.file;
    if (!place.empty())
        message += (message.empty() ? "" : ": ") + place;
    if (!message.empty())
        message += ": ";
    return message + problem;
}

std::string displayValue(std::string_view value, std::size_t maxCharacters)
{
    std::string shown;
    std::size_t characters = 0;
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        const bool startsCharacter = (byte & 0xC0) != 0x80;
        if (startsCharacter && characters++ == maxCharacters) {
            shown += "\u2026"; // cut only before a character, never inside a UTF-8 sequence
            break;
        }
        if (byte == '\n') {
            shown += "\\n";
        } else if (byte == '\t') {
            shown += "\\t";
        } else if (byte < 0x20 || byte == 0x7F) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
            shown += escaped;
        } else {
            shown += c;
        }
    }
    return shown;
}

TextPosition textPositionAt(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    TextPosition position;
    // A byte order mark is invisible in editors: the first character after it is in column 1.
    const std::size_t start = text.starts_with("\xEF\xBB\xBF") ? std::min<std::size_t>(3, offset) : 0;
    for (std::size_t i = start; i < offset; ++i) {
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
