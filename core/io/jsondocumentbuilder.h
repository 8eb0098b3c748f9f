// Reads one whole JSON document (a scenario file) into a json value with the loaders' guards. Unlike nlohmann's
// own DOM parser it refuses repeated keys instead of silently keeping the last one.
#pragma once

#include "jsonparseguard.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace notiflow {

class JsonDocumentBuilder : public JsonParseGuard {
public:
    // Syntax errors, invalid UTF-8 and out-of-range numbers report line and column of `fileName`; too deep
    // nesting and repeated keys are refused. Throws LoadError.
    static nlohmann::json parse(std::string_view text, const std::string& fileName);

    // The SAX events nlohmann's parser delivers.
    bool null();
    bool boolean(bool value);
    bool number_integer(nlohmann::json::number_integer_t value);
    bool number_unsigned(nlohmann::json::number_unsigned_t value);
    bool number_float(nlohmann::json::number_float_t value, const nlohmann::json::string_t&);
    bool string(nlohmann::json::string_t& value);
    bool binary(nlohmann::json::binary_t& value);
    bool key(nlohmann::json::string_t& key);
    bool start_object(std::size_t);
    bool end_object();
    bool start_array(std::size_t);
    bool end_array();

private:
    JsonDocumentBuilder(std::string_view text, const std::string& fileName);

    nlohmann::json* add(nlohmann::json&& value);
    bool open(nlohmann::json&& container);
    bool close();

    nlohmann::json m_root;
    std::vector<nlohmann::json*> m_open; // innermost last
    std::string m_key;
};

} // namespace notiflow
