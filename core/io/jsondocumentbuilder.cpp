#include "jsondocumentbuilder.h"

namespace notiflow {

using nlohmann::json;

JsonDocumentBuilder::JsonDocumentBuilder(std::string_view text, const std::string& fileName)
    : JsonParseGuard(text, fileName, false)
{
}

json JsonDocumentBuilder::parse(std::string_view text, const std::string& fileName)
{
    JsonDocumentBuilder builder(text, fileName);
    builder.parseWith(&builder);
    return std::move(builder.m_root);
}

bool JsonDocumentBuilder::null()
{
    return add(json(nullptr)) != nullptr;
}

bool JsonDocumentBuilder::boolean(bool value)
{
    return add(json(value)) != nullptr;
}

bool JsonDocumentBuilder::number_integer(json::number_integer_t value)
{
    return add(json(value)) != nullptr;
}

bool JsonDocumentBuilder::number_unsigned(json::number_unsigned_t value)
{
    return add(json(value)) != nullptr;
}

bool JsonDocumentBuilder::number_float(json::number_float_t value, const json::string_t&)
{
    return add(json(value)) != nullptr;
}

bool JsonDocumentBuilder::string(json::string_t& value)
{
    return add(json(std::move(value))) != nullptr;
}

bool JsonDocumentBuilder::binary(json::binary_t& value)
{
    return add(json::binary(std::move(value))) != nullptr;
}

bool JsonDocumentBuilder::key(json::string_t& key)
{
    m_key = std::move(key);
    return true;
}

bool JsonDocumentBuilder::start_object(std::size_t)
{
    return open(json::object());
}

bool JsonDocumentBuilder::end_object()
{
    return close();
}

bool JsonDocumentBuilder::start_array(std::size_t)
{
    return open(json::array());
}

bool JsonDocumentBuilder::end_array()
{
    return close();
}

// Pointers into the tree stay valid: a container only grows while it is the innermost open one.
json* JsonDocumentBuilder::add(json&& value)
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

bool JsonDocumentBuilder::open(json&& container)
{
    if (!enter())
        return false;
    json* slot = add(std::move(container));
    if (!slot)
        return false;
    m_open.push_back(slot);
    return true;
}

bool JsonDocumentBuilder::close()
{
    m_open.pop_back();
    leave();
    return true;
}

} // namespace notiflow
