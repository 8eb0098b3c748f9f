#include "demoendpoints.h"

#include "apischemas.h"
#include "apishapes.h"
#include "io/runjsonwriter.h"
#include "io/scenarioloader.h"
#include "moneylimit.h"
#include "scenariorunner.h"

#include <algorithm>
#include <sstream>

namespace notiflow::server {

using nlohmann::json;

namespace {

// The original's default for its price-drop demo when no new_price is given.
constexpr double originalDefaultNewPrice = 119.99;

const Order* findOrder(const DataSet& data, const std::string& id)
{
    const auto it = std::find_if(data.orders.begin(), data.orders.end(), [&id](const Order& o) { return o.id == id; });
    return it == data.orders.end() ? nullptr : &*it;
}

bool hasProduct(const DataSet& data, const std::string& id)
{
    return std::any_of(data.products.begin(), data.products.end(), [&id](const Product& p) { return p.id == id; });
}

// The first value of `field` among a scenario's actions, to default a demo's query parameter to the id the
// built-in scenario uses.
std::string firstId(const Scenario* scenario, std::string ScenarioAction::*field)
{
    if (scenario) {
        for (const auto& action : scenario->actions) {
            if (!(action.*field).empty())
                return action.*field;
        }
    }
    return {};
}

Scenario singleActionScenario(const Scenario& named, const json& steps)
{
    Scenario scenario
        = parseScenario(json({ { "id", named.id }, { "title", named.title }, { "steps", steps } }).dump(), "query");
    scenario.description = named.description;
    return scenario;
}

// A scenario file's problem as pydantic words a failed custom validator: type value_error, under "body".
ValidationIssue issueOf(const LoadError& e, const json& body)
{
    const LoadErrorLocation& where = e.location();
    json loc = json::array({ "body" });
    json input = body;
    if (where.recordIndex >= 0) {
        loc.push_back("steps");
        loc.push_back(where.recordIndex);
        if (body.is_object() && body.contains("steps") && body["steps"].is_array()
            && static_cast<std::size_t>(where.recordIndex) < body["steps"].size())
            input = body["steps"][static_cast<std::size_t>(where.recordIndex)];
    }
    if (!where.field.empty()) {
        loc.push_back(where.field);
        if (input.is_object() && input.contains(where.field))
            input = input[where.field];
    }
    return { "value_error", std::move(loc), "Value error, " + e.problem(), std::move(input),
        { { "error", e.problem() } } };
}

// The rule that refuses a ship (already shipped, cancelled, ...), as the original's 400 "Failed to ship".
bool shipRefused(const Run& run)
{
    return std::any_of(run.decisions.begin(), run.decisions.end(),
        [](const Decision& d) { return d.rule == "order.can_ship" && !d.passed; });
}

} // namespace

DemoEndpoints::DemoEndpoints(std::shared_ptr<const ApiContext> context)
    : m_context(std::move(context))
{
}

void DemoEndpoints::addRoutes(std::vector<Route>& routes)
{
    const std::vector<RouteParameter> parameters {
        { "scenario", "path", Schema::string().describe("A scenario id, from GET /scenarios."), true },
        { "order_id", "query",
            Schema::string().describe("order-shipped and order-complete only: run that single action on this order "
                                      "(ship it, or ship each of its line items)."),
            false },
        { "product_id", "query", Schema::string().describe("price-drop only: the product whose price changes."),
            false },
        { "new_price", "query",
            Schema::number().minimum(0).maximum(maxMoney).describe("price-drop only: the new price (default 119.99)."),
            false },
    };
    const auto responses = [](const Schema& schema) {
        return std::vector<RouteResponse> {
            { 200, "What was sent.", schema },
            { 400, "The order could not be shipped (already shipped or cancelled).", schemas::httpError() },
            { 404, "Unknown scenario, order or product.", schemas::httpError() },
            { 422, "Validation error.", schemas::validationError() },
        };
    };
    const struct {
        const char* segment;
        const char* operation;
        const char* tag;
        const char* summary;
        Approach approach;
    } demos[] = {
        { "event-sourced", "demoEventSourced", "Event-Sourced Demo", "Run a scenario, event-sourced",
            Approach::EventSourced },
        { "api-driven", "demoApiDriven", "API-Driven Demo", "Run a scenario, API-driven", Approach::ApiDriven },
        { "compare", "demoCompare", "Comparison", "Run a scenario in both architectures and compare",
            Approach::Compare },
    };
    for (const auto& d : demos) {
        const Approach approach = d.approach;
        routes.push_back({ "POST", std::string("/demo/") + d.segment + "/{scenario}", d.operation, d.tag, d.summary,
            "Runs from a fresh copy of the data set; the live state of /actions is not touched.", parameters, {},
            responses(approach == Approach::Compare ? schemas::comparisonResult() : schemas::demoResult()), false,
            [this, approach](const RouteCall& call) { return demo(call, approach); } });
    }
    routes.push_back({ "GET", "/scenarios", "listScenarios", "Scenarios", "List the scenarios",
        "Built-in scenarios and those loaded with --scenario-file.", {}, {},
        { { 200, "Every scenario.", schemas::scenarioSummaries() } }, false,
        [this](const RouteCall& call) { return listScenarios(call); } });
    routes.push_back({ "POST", "/scenarios/run", "runScenario", "Scenarios", "Run a scenario document",
        "The body is a scenario in the scenario file format; the answer is the same JSON as `notiflow --json`.", {},
        schemas::scenarioDocument(),
        { { 200, "Both runs.", schemas::comparisonDocument() },
            { 422, "Validation error, or an id the data set does not have.", schemas::validationError() } },
        false, [this](const RouteCall& call) { return runScenario(call); } });
}

std::optional<Scenario> DemoEndpoints::demoScenario(const RouteCall& call, HttpResponse& error) const
{
    const std::string& id = call.pathParameters.at("scenario");
    const Scenario* named = m_context->findScenario(id);
    if (!named) {
        error = HttpResponse::detail(404, "Scenario not found: " + id);
        return std::nullopt;
    }
    const DataSet& data = *m_context->data;
    const json& q = call.query;
    const auto given = [&q](const char* name) { return !q.at(name).is_null(); };

    if ((id == "order-shipped" || id == "order-complete") && given("order_id")) {
        const std::string orderId = q.at("order_id").get<std::string>();
        const Order* order = findOrder(data, orderId);
        if (!order) {
            error = HttpResponse::detail(404, "Order not found: " + orderId);
            return std::nullopt;
        }
        json steps = json::array();
        if (id == "order-shipped") {
            steps.push_back({ { "action", "ship_order" }, { "order_id", orderId } });
        } else {
            for (const auto& item : order->lineItems)
                steps.push_back(
                    { { "action", "ship_line_item" }, { "order_id", orderId }, { "product_id", item.productId } });
        }
        if (steps.empty()) {
            error = HttpResponse::detail(400, "Order " + orderId + " has no line items");
            return std::nullopt;
        }
        return singleActionScenario(*named, steps);
    }
    if (id == "price-drop" && (given("product_id") || given("new_price"))) {
        const std::string productId
            = given("product_id") ? q.at("product_id").get<std::string>() : firstId(named, &ScenarioAction::productId);
        if (!hasProduct(data, productId)) {
            error = HttpResponse::detail(404, "Product not found: " + productId);
            return std::nullopt;
        }
        const double price = given("new_price") ? q.at("new_price").get<double>() : originalDefaultNewPrice;
        return singleActionScenario(*named,
            json::array({ { { "action", "update_price" }, { "product_id", productId }, { "new_price", price } } }));
    }
    try {
        validateScenario(*named, data);
    } catch (const LoadError& e) {
        // A scenario file that names ids this data set lacks (loaded with --data from elsewhere).
        error = HttpResponse::detail(404, std::string(e.what()));
        return std::nullopt;
    }
    return *named;
}

DispatchResult DemoEndpoints::demo(const RouteCall& call, Approach approach)
{
    HttpResponse error;
    std::optional<Scenario> scenario = demoScenario(call, error);
    if (!scenario)
        return { error, {} };
    const bool singleShip
        = call.pathParameters.at("scenario") == "order-shipped" && !call.query.at("order_id").is_null();
    const std::string orderId = singleShip ? call.query.at("order_id").get<std::string>() : std::string();
    return { {},
        [data = m_context->data, scenario = std::move(*scenario), approach, singleShip, orderId]() {
            const auto refused = [&]() { return HttpResponse::detail(400, "Failed to ship order " + orderId); };
            if (approach == Approach::Compare) {
                const Comparison c = compareArchitectures(*data, scenario);
                if (singleShip && (shipRefused(c.eventSourced) || shipRefused(c.apiDriven)))
                    return refused();
                return HttpResponse::json(200, comparisonResultJson(c.eventSourced, c.apiDriven, scenario.id));
            }
            const Architecture a
                = approach == Approach::EventSourced ? Architecture::EventSourced : Architecture::ApiDriven;
            const Run run = notiflow::runScenario(*data, scenario, a);
            if (singleShip && shipRefused(run))
                return refused();
            return HttpResponse::json(200,
                demoResultJson(run, approach == Approach::EventSourced ? "event-sourced" : "api-driven", scenario.id));
        } };
}

DispatchResult DemoEndpoints::listScenarios(const RouteCall&)
{
    Json list = Json::array();
    for (const auto& s : m_context->scenarios) {
        if (m_context->findScenario(s.id) != &s)
            continue; // replaced by a later file with the same id
        list.push_back({ { "id", s.id }, { "title", s.title }, { "description", s.description },
            { "steps", s.actions.size() }, { "source", s.source } });
    }
    return { HttpResponse::json(200, list), {} };
}

DispatchResult DemoEndpoints::runScenario(const RouteCall& call)
{
    Scenario scenario;
    try {
        scenario = parseScenario(call.request.body, "body");
        validateScenario(scenario, *m_context->data);
    } catch (const LoadError& e) {
        return { validationFailure({ issueOf(e, call.rawBody) }), {} };
    }
    return { {}, [data = m_context->data, scenario = std::move(scenario)]() {
                std::ostringstream out;
                RunJsonWriter::runAndWrite(out, *data, scenario);
                HttpResponse response;
                response.body = std::move(out).str();
                return response;
            } };
}

} // namespace notiflow::server
