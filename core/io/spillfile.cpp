#include "spillfile.h"

#include <algorithm>
#include <stdexcept>
#include <unistd.h>
#include <vector>

namespace notiflow {

SpillFile::SpillFile()
    : m_file(std::tmpfile())
{
}

SpillFile::~SpillFile()
{
    if (m_file)
        std::fclose(m_file);
}

void SpillFile::write(std::string_view text)
{
    if (std::fwrite(text.data(), 1, text.size(), m_file) != text.size() || std::fflush(m_file) != 0)
        throw std::runtime_error("cannot write the temporary file for the JSON output");
    const std::lock_guard lock(m_mutex); // notified under the lock, as thread checkers expect
    m_written += text.size();
    m_changed.notify_one();
}

void SpillFile::finish()
{
    const std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_one();
}

void SpillFile::copyTo(std::ostream& out)
{
    const int fd = fileno(m_file);
    std::vector<char> chunk(1 << 20);
    std::size_t copied = 0;
    for (;;) {
        std::size_t written = 0;
        bool finished = false;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_written > copied || m_finished; });
            written = m_written;
            finished = m_finished;
        }
        while (copied < written) {
            const auto n
                = pread(fd, chunk.data(), std::min(chunk.size(), written - copied), static_cast<off_t>(copied));
            if (n <= 0)
                throw std::runtime_error("cannot read the temporary file for the JSON output");
            out.write(chunk.data(), static_cast<std::streamsize>(n));
            copied += static_cast<std::size_t>(n);
        }
        if (finished)
            return;
    }
}

} // namespace notiflow
