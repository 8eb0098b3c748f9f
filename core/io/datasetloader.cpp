#include "datasetloader.h"

#include "datasetbuilder.h"

#include <fstream>
#include <future>
#include <initializer_list>
#include <optional>
#include <system_error>

namespace notiflow {

namespace {

std::string readWholeFile(const std::filesystem::path& path, const std::string& fileName)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw LoadError({ .file = fileName }, "cannot be opened");
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0)
        throw LoadError({ .file = fileName }, "cannot be read");
    std::string text(static_cast<std::size_t>(size), '\0');
    in.seekg(0, std::ios::beg);
    in.read(text.data(), size);
    if (in.gcount() != size)
        throw LoadError({ .file = fileName }, "could not be read completely");
    return text;
}

// Loads the six files on two threads: they are independent until the reference check, and orders with payments
// weigh about as much as the other four. The first error in file order is reported, exactly as if the files had
// been loaded one after another.
template <typename TextOf> DataSet loadAllFiles(const std::string& source, TextOf textOf)
{
    DataSetBuilder builder(source);
    const auto loadFiles = [&builder, &textOf](std::initializer_list<int> positions) {
        for (const int position : positions) {
            const DataSetBuilder::File& file = DataSetBuilder::files()[std::size_t(position)];
            builder.load(file, textOf(file.name));
        }
    };
    // Orders and payments (positions 2 and 5 of the table) on a thread when one can be had; otherwise the same
    // work runs in get(), after the other files.
    std::future<void> ordersAndPayments = std::async(std::launch::async | std::launch::deferred, [&loadFiles] {
        loadFiles({ 2, 5 });
    });
    std::optional<LoadError> first;
    const auto keepEarliest = [&first](const LoadError& error) {
        if (!first
            || DataSetBuilder::fileIndex(error.location().file) < DataSetBuilder::fileIndex(first->location().file))
            first = error;
    };
    try {
        loadFiles({ 0, 1, 3, 4 }); // customers, products, carts, preferences
    } catch (const LoadError& error) {
        keepEarliest(error);
    }
    try {
        ordersAndPayments.get();
    } catch (const LoadError& error) {
        keepEarliest(error);
    }
    if (first)
        throw *first;
    return builder.finish();
}

} // namespace

const std::vector<std::string>& dataSetFileNames()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> list;
        for (const DataSetBuilder::File& file : DataSetBuilder::files())
            list.emplace_back(file.name);
        return list;
    }();
    return names;
}

DataSet loadDataSetFolder(const std::filesystem::path& folder)
{
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        throw LoadError({ .file = folder.string() }, "is not a folder");
    // Check all names first so that a missing file is reported before any work on the others.
    for (const std::string& name : dataSetFileNames()) {
        if (!std::filesystem::is_regular_file(folder / name, error))
            throw LoadError({ .file = name }, "missing from the data set folder " + folder.string());
    }
    // Each thread holds one file's text at a time, which keeps the peak low on large data sets.
    return loadAllFiles(folder.string(), [&folder](const char* name) { return readWholeFile(folder / name, name); });
}

DataSet loadDataSetTexts(const std::map<std::string, std::string>& textsByFileName, const std::string& source)
{
    for (const std::string& name : dataSetFileNames()) {
        if (!textsByFileName.contains(name))
            throw LoadError({ .file = name }, "missing from the data set " + source);
    }
    return loadAllFiles(
        source, [&textsByFileName](const char* name) -> const std::string& { return textsByFileName.at(name); });
}

} // namespace notiflow
