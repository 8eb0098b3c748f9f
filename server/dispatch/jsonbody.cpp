#include "jsonbody.h"

#include "io/jsondocumentbuilder.h"
#include "io/loaderror.h"

namespace notiflow::server {

std::size_t characterIndexOf(std::string_view text, int line, int column)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3); // columns do not count a byte order mark
    std::size_t characters = 0;
    int currentLine = 1;
    std::size_t i = 0;
    for (; i < text.size() && currentLine < line; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++characters;
        if (text[i] == '\n')
            ++currentLine;
    }
    return characters + static_cast<std::size_t>(column > 0 ? column - 1 : 0);
}

JsonBody readJsonBody(std::string_view text)
{
    JsonBody body;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        body.empty = true;
        return body;
    }
    try {
        body.value = JsonDocumentBuilder::parse(text, "body");
    } catch (const LoadError& e) {
        const LoadErrorLocation& where = e.location();
        std::string message = "JSON decode error: " + e.problem();
        nlohmann::json loc = nlohmann::json::array({ "body" });
        if (where.line > 0) {
            const std::size_t index = characterIndexOf(text, where.line, where.column);
            message += " at line " + std::to_string(where.line) + ", column " + std::to_string(where.column) + " (char "
                + std::to_string(index) + ")";
            loc.push_back(index);
        } else if (!where.field.empty()) {
            message += " (key \"" + displayValue(where.field) + "\")";
        }
        body.error = ValidationIssue { "json_invalid", std::move(loc), std::move(message), nlohmann::json::object(),
            { { "error", e.problem() } } };
    }
    return body;
}

} // namespace notiflow::server
