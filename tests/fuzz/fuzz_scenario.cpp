// libFuzzer target: a scenario file. Parsing must either succeed or throw LoadError; a scenario that parses is
// checked against the default data set and, when its ids exist there, run under both architectures.
#include "fuzzdata.h"
#include "io/scenarioloader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size)
{
    using namespace notiflow;
    const std::string_view text(reinterpret_cast<const char*>(bytes), size);
    Scenario scenario;
    try {
        scenario = parseScenario(text, "fuzz.json");
    } catch (const LoadError& error) {
        if (error.location().file != "fuzz.json" || std::string(error.what()).empty())
            __builtin_trap();
        return 0;
    }
    fuzz::runIfValid(fuzz::defaultDataSet(), scenario);
    return 0;
}
