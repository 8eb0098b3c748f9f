#include "docspage.h"

#include <algorithm>
#include <map>
#include <vector>

namespace notiflow::server {

namespace {

std::string escaped(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out.push_back(c);
        }
    }
    return out;
}

std::string refName(const Json& schema)
{
    const std::string ref = schema.value("$ref", "");
    const std::size_t slash = ref.rfind('/');
    return slash == std::string::npos ? ref : ref.substr(slash + 1);
}

const Json& resolved(const Json& schema, const Json& components)
{
    if (schema.contains("$ref")) {
        const std::string name = refName(schema);
        if (components.contains(name))
            return components.at(name);
    }
    return schema;
}

// "string", "array of <a>Step</a>", "NotificationType", "number (0 to 100)", "string or null".
std::string typeHtml(const Json& schema, const Json& components)
{
    if (schema.contains("$ref")) {
        const std::string name = refName(schema);
        return "<a href=\"#schema-" + escaped(name) + "\">" + escaped(name) + "</a>";
    }
    if (schema.contains("anyOf")) {
        std::string text;
        for (const auto& option : schema.at("anyOf"))
            text += (text.empty() ? "" : " or ") + typeHtml(option, components);
        return text;
    }
    const std::string type = schema.value("type", "any");
    if (type == "array")
        return "array of " + typeHtml(schema.value("items", Json::object()), components);
    std::string text = escaped(type);
    if (schema.contains("enum")) {
        std::string values;
        for (const auto& v : schema.at("enum"))
            values += (values.empty() ? "" : " | ") + escaped(v.get<std::string>());
        text += ": " + values;
    }
    if (schema.contains("minimum") || schema.contains("maximum")) {
        text += " (" + (schema.contains("minimum") ? schema.at("minimum").dump() : std::string("…")) + " to "
            + (schema.contains("maximum") ? schema.at("maximum").dump() : std::string("…")) + ")";
    }
    return text;
}

// One line per field of a model: name, type, whether required, default and description.
std::string fieldsHtml(const Json& model, const Json& components)
{
    if (!model.contains("properties"))
        return "<p class=\"type\">" + typeHtml(model, components) + "</p>";
    std::vector<std::string> required;
    for (const auto& r : model.value("required", Json::array()))
        required.push_back(r.get<std::string>());
    std::string html = "<table class=\"fields\"><tr><th>Field</th><th>Type</th><th>Notes</th></tr>";
    for (const auto& [name, property] : model.at("properties").items()) {
        const bool isRequired = std::find(required.begin(), required.end(), name) != required.end();
        std::string notes = isRequired ? "<b>required</b>" : "optional";
        if (property.contains("default"))
            notes += ", default <code>" + escaped(property.at("default").dump()) + "</code>";
        if (property.contains("description"))
            notes += ". " + escaped(property.at("description").get<std::string>());
        html += "<tr><td><code>" + escaped(name) + "</code></td><td>" + typeHtml(property, components) + "</td><td>"
            + notes + "</td></tr>";
    }
    return html + "</table>";
}

std::string methodClass(const std::string& method)
{
    return method == "get" ? "get" : method == "post" ? "post" : "other";
}

std::string operationHtml(
    const std::string& path, const std::string& method, const Json& op, const Json& components, bool secured)
{
    const std::string id = op.value("operationId", method + path);
    // The method in upper case; written out rather than styled with CSS, so a copied line reads right.
    std::string upper = method;
    for (char& c : upper)
        c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    std::string html = "<details class=\"op\" id=\"" + escaped(id) + "\"><summary><span class=\"method "
        + methodClass(method) + "\">" + escaped(upper) + "</span> <code class=\"path\">" + escaped(path)
        + "</code> <span class=\"summary\">" + escaped(op.value("summary", "")) + "</span>"
        + (secured && !(op.contains("security") && op.at("security").empty()) ? " <span class=\"lock\">token</span>"
                                                                              : "")
        + "</summary><div class=\"body\">";
    if (op.contains("description"))
        html += "<p>" + escaped(op.at("description").get<std::string>()) + "</p>";

    std::string form
        = "<form class=\"try\" data-method=\"" + escaped(upper) + "\" data-path=\"" + escaped(path) + "\">";
    if (op.contains("parameters")) {
        html += "<h4>Parameters</h4><table "
                "class=\"fields\"><tr><th>Name</th><th>In</th><th>Type</th><th>Notes</th></tr>";
        for (const auto& p : op.at("parameters")) {
            const std::string name = p.at("name").get<std::string>();
            const std::string in = p.at("in").get<std::string>();
            const Json& schema = p.at("schema");
            std::string notes = p.value("required", false) ? "<b>required</b>" : "optional";
            if (schema.contains("default"))
                notes += ", default <code>" + escaped(schema.at("default").dump()) + "</code>";
            if (schema.contains("description"))
                notes += ". " + escaped(schema.at("description").get<std::string>());
            html += "<tr><td><code>" + escaped(name) + "</code></td><td>" + escaped(in) + "</td><td>"
                + typeHtml(schema, components) + "</td><td>" + notes + "</td></tr>";
            form += "<label>" + escaped(name) + " <small>(" + escaped(in) + ")</small> <input name=\"" + escaped(name)
                + "\" data-in=\"" + escaped(in) + "\"" + (in == "path" ? " required" : "") + "></label>";
        }
        html += "</table>";
    }
    if (op.contains("requestBody")) {
        const Json& schema = op.at("requestBody").at("content").at("application/json").at("schema");
        html += "<h4>Request body " + typeHtml(schema, components) + "</h4>"
            + fieldsHtml(resolved(schema, components), components);
        form += "<label class=\"wide\">Body (JSON)<textarea name=\"body\" rows=\"8\" spellcheck=\"false\">"
            + escaped(exampleOf(schema, components).dump(2)) + "</textarea></label>";
    }
    html += "<h4>Responses</h4><ul class=\"responses\">";
    for (const auto& [status, response] : op.at("responses").items()) {
        html += "<li><code>" + escaped(status) + "</code> " + escaped(response.value("description", ""));
        if (response.contains("content")) {
            for (const auto& [type, media] : response.at("content").items()) {
                if (media.contains("schema"))
                    html += " — " + typeHtml(media.at("schema"), components);
                else if (type != "application/json")
                    html += " — " + escaped(type);
            }
        }
        html += "</li>";
    }
    html += "</ul><h4>Try it</h4>" + form
        + "<button type=\"submit\">Send</button><div class=\"result\"><pre class=\"status\"></pre>"
          "<pre class=\"response\"></pre></div></form></div></details>";
    return html;
}

constexpr const char* style = R"css(
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #fbfbfa; --muted: #5d6670; --line: #d8dde3; --code: #eef1f4;
  --get: #1f6feb; --post: #1a7f37; --other: #8250df; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9ec; --bg: #15181c; --muted: #9aa4ae; --line: #2e353d;
  --code: #20252b; --get: #58a6ff; --post: #3fb950; --other: #bc8cff; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
header, main { max-width: 980px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 24px; }
h1 { margin: 0 0 4px; font-size: 26px; }
h2 { margin-top: 32px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h4 { margin: 14px 0 6px; }
code, pre, textarea, input { font: 13px/1.45 ui-monospace, "DejaVu Sans Mono", monospace; }
code { background: var(--code); padding: 1px 4px; border-radius: 4px; }
.muted, small { color: var(--muted); }
details.op { border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; }
details.op > summary { cursor: pointer; padding: 8px 12px; list-style: none; display: flex; gap: 10px;
  align-items: baseline; flex-wrap: wrap; }
details.op[open] > summary { border-bottom: 1px solid var(--line); }
.method { font-weight: 700; font-size: 12px; min-width: 48px; text-align: center; border-radius: 4px; padding: 2px 6px;
  color: #fff; }
.method.get { background: var(--get); } .method.post { background: var(--post); } .method.other { background: var(--other); }
.path { font-weight: 600; }
.summary { color: var(--muted); }
.lock { font-size: 11px; border: 1px solid var(--muted); border-radius: 10px; padding: 0 6px; color: var(--muted); }
.body { padding: 4px 14px 14px; }
table.fields { border-collapse: collapse; width: 100%; }
table.fields th, table.fields td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line);
  padding: 4px 8px 4px 0; }
form.try { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; }
form.try label { display: flex; flex-direction: column; gap: 2px; }
form.try label.wide { flex-basis: 100%; }
form.try input, form.try textarea { padding: 5px 7px; border: 1px solid var(--line); border-radius: 5px;
  background: var(--bg); color: var(--fg); width: 100%; }
form.try button { padding: 6px 18px; border-radius: 5px; border: 1px solid var(--post); background: var(--post);
  color: #fff; font-weight: 600; cursor: pointer; }
.result { flex-basis: 100%; }
.result pre { margin: 4px 0; white-space: pre-wrap; word-break: break-word; }
.result pre.response:not(:empty) { background: var(--code); padding: 8px; border-radius: 6px; max-height: 420px;
  overflow: auto; }
#token-box { margin: 12px 0; display: flex; gap: 8px; align-items: center; }
#token-box input { flex: 1; max-width: 420px; padding: 5px 7px; }
nav ul { columns: 2; padding-left: 18px; }
)css";

constexpr const char* script = R"js(
for (const form of document.querySelectorAll('form.try')) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    let path = form.dataset.path;
    const query = new URLSearchParams();
    for (const input of form.querySelectorAll('input[data-in]')) {
      if (input.dataset.in === 'path')
        path = path.replace('{' + input.name + '}', encodeURIComponent(input.value));
      else if (input.value !== '')
        query.append(input.name, input.value);
    }
    const headers = {};
    const token = document.getElementById('token');
    if (token && token.value) headers['Authorization'] = 'Bearer ' + token.value.trim();
    const init = { method: form.dataset.method, headers };
    const body = form.querySelector('textarea');
    if (body) { init.body = body.value; headers['Content-Type'] = 'application/json'; }
    const status = form.querySelector('.status');
    const out = form.querySelector('.response');
    status.textContent = 'Sending…';
    out.textContent = '';
    const started = performance.now();
    try {
      const url = path + (query.toString() ? '?' + query.toString() : '');
      const response = await fetch(url, init);
      const text = await response.text();
      status.textContent = form.dataset.method + ' ' + url + ' → ' + response.status + ' ' + response.statusText +
        ' (' + Math.round(performance.now() - started) + ' ms)';
      try { out.textContent = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { out.textContent = text; }
    } catch (error) {
      status.textContent = 'The request failed: ' + error;
    }
  });
}
)js";

} // namespace

Json exampleOf(const Json& schema, const Json& components, int depth)
{
    if (schema.contains("example"))
        return schema.at("example");
    if (schema.contains("default") && !schema.at("default").is_null())
        return schema.at("default");
    if (depth > 8)
        return nullptr;
    if (schema.contains("$ref"))
        return exampleOf(resolved(schema, components), components, depth + 1);
    if (schema.contains("anyOf"))
        return exampleOf(schema.at("anyOf").at(0), components, depth + 1);
    if (schema.contains("enum"))
        return schema.at("enum").at(0);
    const std::string type = schema.value("type", "");
    if (type == "object" && schema.contains("properties")) {
        Json out = Json::object();
        const Json required = schema.value("required", Json::array());
        for (const auto& [name, property] : schema.at("properties").items()) {
            const bool isRequired = std::find(required.begin(), required.end(), name) != required.end();
            if (isRequired || property.contains("example"))
                out[name] = exampleOf(property, components, depth + 1);
        }
        return out;
    }
    if (type == "object")
        return Json::object();
    if (type == "array")
        return Json::array({ exampleOf(schema.value("items", Json::object()), components, depth + 1) });
    if (type == "string")
        return "string";
    if (type == "integer" || type == "number")
        return schema.value("minimum", Json(0));
    if (type == "boolean")
        return true;
    return nullptr;
}

std::string docsPage(const Json& openApi)
{
    const Json& components = openApi.at("components").at("schemas");
    const bool secured = openApi.contains("security");
    const Json& info = openApi.at("info");

    // Operations grouped by tag, in the order the tags first appear.
    std::vector<std::string> tags;
    std::map<std::string, std::string> sections;
    std::map<std::string, std::string> navigation;
    for (const auto& [path, methods] : openApi.at("paths").items()) {
        for (const auto& [method, op] : methods.items()) {
            const std::string tag = op.at("tags").at(0).get<std::string>();
            if (!sections.count(tag))
                tags.push_back(tag);
            sections[tag] += operationHtml(path, method, op, components, secured);
            navigation[tag]
                += "<li><a href=\"#" + escaped(op.value("operationId", "")) + "\">" + escaped(path) + "</a></li>";
        }
    }

    std::string html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>notiflow API</title><style>";
    html += style;
    html += "</style></head><body><header><h1>notiflow API <small>" + escaped(info.at("version").get<std::string>())
        + "</small></h1><p>" + escaped(info.at("description").get<std::string>())
        + "</p><p class=\"muted\">The same description as an OpenAPI 3.1 document: <a href=\"/openapi.json\">"
          "/openapi.json</a>. Click an endpoint to see its schemas and try it.</p>";
    if (secured) {
        html += "<div id=\"token-box\"><label for=\"token\">Bearer token</label><input id=\"token\" type=\"password\" "
                "autocomplete=\"off\" placeholder=\"printed when the server started\"></div>";
    }
    html += "<nav><ul>";
    for (const auto& tag : tags)
        html += "<li>" + escaped(tag) + "<ul>" + navigation[tag] + "</ul></li>";
    html += "</ul></nav></header><main>";
    for (const auto& tag : tags)
        html += "<h2>" + escaped(tag) + "</h2>" + sections[tag];
    html += "<h2 id=\"schemas\">Schemas</h2>";
    for (const auto& [name, schema] : components.items()) {
        html += "<h3 id=\"schema-" + escaped(name) + "\">" + escaped(name) + "</h3>";
        if (schema.contains("description"))
            html += "<p>" + escaped(schema.at("description").get<std::string>()) + "</p>";
        html += fieldsHtml(schema, components);
    }
    html += "</main><script>";
    html += script;
    html += "</script></body></html>";
    return html;
}

} // namespace notiflow::server
