#include "textfile.h"

#include "loaderror.h"

#include <fstream>
#include <sstream>

namespace notiflow {

std::string readTextFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw LoadError({ .file = file.string() }, "cannot be opened");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw LoadError({ .file = file.string() }, "could not be read completely");
    return text.str();
}

} // namespace notiflow
