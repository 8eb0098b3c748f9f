#include "changeloader.h"

#include "jsondocumentbuilder.h"
#include "rule.h"
#include "textfile.h"

#include <algorithm>

namespace notiflow {

using nlohmann::json;

namespace {

std::string kindOf(const json& value)
{
    return value.is_primitive() && !value.is_string() ? value.type_name() + std::string(" ") + value.dump()
                                                      : std::string(value.type_name());
}

std::string joined(const std::vector<std::string>& names)
{
    std::string list;
    for (const auto& name : names)
        list += (list.empty() ? "" : ", ") + name;
    return list;
}

// Every problem of a change file goes through here, so each names the file and the field the same way.
class ChangeFile {
public:
    explicit ChangeFile(std::string fileName)
        : m_fileName(std::move(fileName))
    {
    }

    [[noreturn]] void fail(const std::string& field, const std::string& problem) const
    {
        throw LoadError({ .file = m_fileName, .field = field }, problem);
    }

    // Only the keys in `allowed`: a misspelt key would otherwise be ignored and the change would touch less.
    void onlyKeys(const json& object, const std::string& prefix, const std::vector<std::string>& allowed) const
    {
        for (const auto& [key, value] : object.items()) {
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
                fail(prefix + key, "is not a field of a change; expected one of " + joined(allowed));
        }
    }

    const json* member(const json& object, const char* key) const
    {
        const auto it = object.find(key);
        return it == object.end() || it->is_null() ? nullptr : &*it;
    }

    std::string string(const json& value, const std::string& field, bool allowEmpty = false) const
    {
        if (!value.is_string())
            fail(field, "must be a string, not " + kindOf(value));
        const auto& s = value.get_ref<const std::string&>();
        if (!allowEmpty && s.empty())
            fail(field, "must not be empty");
        return s;
    }

    std::string requiredString(const json& object, const char* key) const
    {
        const json* value = member(object, key);
        if (!value)
            fail(key, "is missing");
        return string(*value, key);
    }

    std::string optionalString(const json& object, const char* key) const
    {
        const json* value = member(object, key);
        return value ? string(*value, key, true) : std::string();
    }

    // Calls `read(element, "touches.rules[2]")` for each element of the array at `key`, if there is one.
    template <typename Read> void eachOf(const json& touches, const char* key, Read read) const
    {
        const std::string field = std::string("touches.") + key;
        const json* array = member(touches, key);
        if (!array)
            return;
        if (!array->is_array())
            fail(field, "must be an array, not " + kindOf(*array));
        for (std::size_t i = 0; i < array->size(); ++i)
            read((*array)[i], field + "[" + std::to_string(i) + "]");
    }

    // A name that must be one of `known`.
    std::string knownName(
        const json& value, const std::string& field, const std::vector<std::string>& known, const char* noun) const
    {
        const std::string name = string(value, field);
        if (std::find(known.begin(), known.end(), name) == known.end())
            fail(field, "unknown " + std::string(noun) + " \"" + displayValue(name) + "\"; known: " + joined(known));
        return name;
    }

private:
    std::string m_fileName;
};

std::vector<std::string> ruleIds()
{
    std::vector<std::string> ids;
    for (const RuleInfo& info : allRules())
        ids.emplace_back(info.id);
    return ids;
}

std::vector<std::string> notificationTypeIds()
{
    std::vector<std::string> ids;
    for (int t = 0; t < notificationTypeCount; ++t)
        ids.emplace_back(notificationTypeId(static_cast<NotificationType>(t)));
    return ids;
}

std::vector<std::string> dataDomainIds()
{
    std::vector<std::string> ids;
    for (int c = 0; c < componentCount; ++c) {
        if (isDataDomain(static_cast<Component>(c)))
            ids.emplace_back(componentId(static_cast<Component>(c)));
    }
    return ids;
}

ContextField readContextField(const ChangeFile& file, const json& value, const std::string& field)
{
    if (!value.is_object())
        file.fail(field, "must be an object with type, name and domain, not " + kindOf(value));
    file.onlyKeys(value, field + ".", { "type", "name", "domain" });
    ContextField result;
    const json* type = file.member(value, "type");
    if (!type)
        file.fail(field + ".type", "is missing");
    result.type
        = *notificationTypeFromId(file.knownName(*type, field + ".type", notificationTypeIds(), "notification type"));
    const json* name = file.member(value, "name");
    if (!name)
        file.fail(field + ".name", "is missing");
    result.name = file.string(*name, field + ".name");
    if (!value.contains("domain"))
        file.fail(field + ".domain", "is missing (use null when only the publishing service knows the value)");
    if (const json* domain = file.member(value, "domain"))
        result.domain = dataDomainFromId(file.knownName(*domain, field + ".domain", dataDomainIds(), "data domain"));
    return result;
}

NewData readNewData(const ChangeFile& file, const json& value, const std::string& field)
{
    if (!value.is_object())
        file.fail(field, "must be an object with domain and read_by_evaluator_of, not " + kindOf(value));
    file.onlyKeys(value, field + ".", { "domain", "read_by_evaluator_of" });
    NewData result;
    const json* domain = file.member(value, "domain");
    if (!domain)
        file.fail(field + ".domain", "is missing");
    result.domain = file.string(*domain, field + ".domain");
    if (dataDomainFromId(result.domain))
        file.fail(field + ".domain", "\"" + result.domain + "\" already exists; new_data names a domain that does not");
    const json* rule = file.member(value, "read_by_evaluator_of");
    if (!rule)
        file.fail(field + ".read_by_evaluator_of", "is missing");
    result.readByEvaluatorOf = file.knownName(*rule, field + ".read_by_evaluator_of", ruleIds(), "rule");
    return result;
}

template <typename T> void addOnce(std::vector<T>& list, T value)
{
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(std::move(value));
}

ChangeTouches readTouches(const ChangeFile& file, const json& touches)
{
    if (!touches.is_object())
        file.fail("touches", "must be an object, not " + kindOf(touches));
    file.onlyKeys(touches, "touches.",
        { "rules", "notification_types", "context_fields", "channels", "events", "endpoints", "new_data" });
    ChangeTouches t;
    file.eachOf(touches, "rules", [&](const json& v, const std::string& field) {
        addOnce(t.rules, file.knownName(v, field, ruleIds(), "rule"));
    });
    file.eachOf(touches, "notification_types", [&](const json& v, const std::string& field) {
        addOnce(t.notificationTypes,
            *notificationTypeFromId(file.knownName(v, field, notificationTypeIds(), "notification type")));
    });
    file.eachOf(touches, "context_fields",
        [&](const json& v, const std::string& field) { t.contextFields.push_back(readContextField(file, v, field)); });
    if (const json* channels = file.member(touches, "channels")) {
        if (!channels->is_boolean())
            file.fail("touches.channels", "must be true or false, not " + kindOf(*channels));
        t.channels = channels->get<bool>();
    }
    file.eachOf(touches, "events", [&](const json& v, const std::string& field) {
        addOnce(t.events, file.knownName(v, field, knownEventTypes(), "event"));
    });
    file.eachOf(touches, "endpoints", [&](const json& v, const std::string& field) {
        addOnce(t.endpoints, file.knownName(v, field, knownEndpoints(), "endpoint"));
    });
    file.eachOf(touches, "new_data",
        [&](const json& v, const std::string& field) { t.newData.push_back(readNewData(file, v, field)); });
    const bool touchesNothing = t.rules.empty() && t.notificationTypes.empty() && t.contextFields.empty() && !t.channels
        && t.events.empty() && t.endpoints.empty() && t.newData.empty();
    if (touchesNothing)
        file.fail("touches",
            "touches nothing: name at least one rule, notification type, context field, event, "
            "endpoint or new data, or set channels to true");
    return t;
}

} // namespace

RequirementChange parseRequirementChange(std::string_view text, const std::string& fileName)
{
    const json document = JsonDocumentBuilder::parse(text, fileName);
    const ChangeFile file(fileName);
    if (!document.is_object())
        throw LoadError(
            { .file = fileName }, "a change must be a JSON object with id, title and touches, not " + kindOf(document));
    file.onlyKeys(document, "", { "id", "title", "description", "lesson", "touches" });
    RequirementChange change;
    change.source = fileName;
    change.id = file.requiredString(document, "id");
    change.title = file.requiredString(document, "title");
    change.description = file.optionalString(document, "description");
    change.lesson = file.optionalString(document, "lesson");
    const json* touches = file.member(document, "touches");
    if (!touches)
        file.fail("touches", "is missing");
    change.touches = readTouches(file, *touches);
    return change;
}

RequirementChange loadRequirementChangeFile(const std::filesystem::path& file)
{
    return parseRequirementChange(readTextFile(file), file.string());
}

} // namespace notiflow
