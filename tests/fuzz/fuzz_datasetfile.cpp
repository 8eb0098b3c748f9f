// libFuzzer target: one file of a data set (NOTIFLOW_FUZZ_FILE) replaced by the fuzzer's bytes, the other five
// taken from data/. Loading must either succeed or throw LoadError; a data set that loads must also run.
#include "fuzzdata.h"
#include "io/datasetloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size)
{
    using namespace notiflow;
    std::map<std::string, std::string> texts = fuzz::defaultDataTexts();
    texts[NOTIFLOW_FUZZ_FILE].assign(reinterpret_cast<const char*>(bytes), size);
    DataSet data;
    try {
        data = loadDataSetTexts(texts, "fuzz");
    } catch (const LoadError& error) {
        // The message must name the file it is about; formatting it also exercises the location code.
        if (error.location().file.empty() || std::string(error.what()).empty())
            __builtin_trap();
        return 0;
    }
    // One built-in scenario per input, picked by its size: running all seven would cost most of the time.
    const auto& scenarios = fuzz::builtInScenarios();
    fuzz::runIfValid(data, scenarios[size % scenarios.size()]);
    return 0;
}
