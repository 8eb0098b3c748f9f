// Where the tests find the source tree's data: looked up when a test runs, not compiled in, so that a test's object
// file is the same in every clone and the compiler cache serves any clone (cmake/CompilerCache.cmake).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

namespace notiflow::test {

// $NOTIFLOW_SOURCE_DIR when set, else the nearest folder above the running executable that holds data/scenarios and
// this header: the source tree of a build under build/<preset>/, the layout every preset uses.
inline const std::filesystem::path& sourceTree()
{
    static const std::filesystem::path root = [] {
        if (const char* dir = std::getenv("NOTIFLOW_SOURCE_DIR"); dir && *dir)
            return std::filesystem::path(dir);
        std::error_code error;
        const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
        for (auto p = executable.parent_path(); !error && !p.empty() && p != p.root_path(); p = p.parent_path()) {
            std::error_code missing; // a folder without data/ is not an error, only not the tree
            if (std::filesystem::is_directory(p / "data" / "scenarios", missing)
                && std::filesystem::exists(p / "tests" / "support" / "sourcetree.h", missing))
                return p;
        }
        throw std::runtime_error(
            "the tests cannot find the source tree above their executable; set NOTIFLOW_SOURCE_DIR");
    }();
    return root;
}

// data/ and tests/data/ of the source tree, without a trailing slash.
inline std::string sourceDataDir()
{
    return (sourceTree() / "data").string();
}

inline std::string testDataDir()
{
    return (sourceTree() / "tests" / "data").string();
}

} // namespace notiflow::test
