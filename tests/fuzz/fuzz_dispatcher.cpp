// libFuzzer target: the HTTP API's dispatcher, without sockets. The input is a request written as
//   METHOD \n PATH \n QUERY \n (Header: value \n)* \n BODY
// and is dispatched to one of two dispatchers (open, or requiring a token) chosen by the input's length. Any answer
// is fine except a crash, a 500 (an endpoint failed unexpectedly) or a JSON answer that is not JSON.
#include "dispatcher.h"
#include "fuzzdata.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

using namespace notiflow;
using namespace notiflow::server;

std::shared_ptr<const ApiContext> context()
{
    static const std::shared_ptr<const ApiContext> c = [] {
        auto made = std::make_shared<ApiContext>();
        made->data = std::make_shared<const DataSet>(fuzz::defaultDataSet());
        made->scenarios = fuzz::builtInScenarios();
        made->withLiveSession();
        return made;
    }();
    return c;
}

Dispatcher& dispatcher(bool withToken)
{
    const auto make = [](std::string token) {
        Dispatcher::Options options;
        options.token = std::move(token);
        options.rateLimit.perSecond = 0; // every input is one client; a limit would turn most into 429s
        return std::make_unique<Dispatcher>(context(), options);
    };
    static const auto open = make("");
    static const auto guarded = make("fuzz-token");
    return withToken ? *guarded : *open;
}

std::string_view nextLine(std::string_view& rest)
{
    const std::size_t newline = rest.find('\n');
    const std::string_view line = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    return line;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size)
{
    std::string_view rest(reinterpret_cast<const char*>(bytes), size);
    HttpRequest request;
    request.method = std::string(nextLine(rest));
    request.path = std::string(nextLine(rest));
    request.query = std::string(nextLine(rest));
    for (std::string_view line = nextLine(rest); !line.empty(); line = nextLine(rest)) {
        const std::size_t colon = line.find(':');
        request.headers.push_back({ std::string(line.substr(0, colon)),
            colon == std::string_view::npos ? std::string() : std::string(line.substr(colon + 1)) });
    }
    request.body = std::string(rest);
    request.clientAddress = "127.0.0.1";

    // Half the inputs as under a window, which keeps direct notification calls in the live session too.
    context()->live->setRecordsDirectCalls(size % 2 == 0);
    DispatchResult result = dispatcher(size % 7 == 0).dispatch(request);
    const HttpResponse response = result.work ? result.work() : result.response;
    // Each input starts from the data set: a session that grew over inputs would make later ones slower and
    // findings depend on what ran before.
    if (!context()->live->state().replay->scenario.actions.empty())
        context()->live->reset();
    if (response.status == 500 || reasonPhrase(response.status)[0] == '\0')
        __builtin_trap();
    if (response.contentType == "application/json" && !nlohmann::json::accept(response.body))
        __builtin_trap();
    return 0;
}
