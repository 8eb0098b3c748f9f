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

std::size_t SpillFile::openGap(std::uint64_t at)
{
    const std::lock_guard lock(m_mutex);
    m_gaps.push_back({ at, {}, false });
    return m_gapsOpened++;
}

void SpillFile::fillGap(std::size_t gap, std::string text)
{
    const std::lock_guard lock(m_mutex);
    Gap& filled = m_gaps.at(gap - m_gapsCopied); // a gap is copied only once filled: it is still here
    filled.text = std::move(text);
    filled.filled = true;
    m_changed.notify_one();
}

void SpillFile::finish()
{
    const std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_one();
}

std::uint64_t SpillFile::copyableUntil() const
{
    return m_gaps.empty() ? m_written : std::min(m_written, m_gaps.front().at);
}

void SpillFile::copyTo(std::ostream& out)
{
    const int fd = fileno(m_file);
    std::vector<char> chunk(1 << 20);
    std::uint64_t copied = 0;
    for (;;) {
        std::uint64_t until = 0;
        std::string gapText;
        bool gapReached = false;
        {
            std::unique_lock lock(m_mutex);
            const auto filledGapHere
                = [&] { return !m_gaps.empty() && m_gaps.front().at == copied && m_gaps.front().filled; };
            m_changed.wait(lock, [&] { return copyableUntil() > copied || filledGapHere() || m_finished; });
            until = copyableUntil();
            if (until == copied && filledGapHere()) {
                gapText = std::move(m_gaps.front().text);
                m_gaps.pop_front();
                ++m_gapsCopied;
                gapReached = true;
            } else if (until == copied) {
                return; // finished: the end of the text, or a gap its writer never filled
            }
        }
        while (copied < until) {
            const auto n = pread(
                fd, chunk.data(), std::min<std::uint64_t>(chunk.size(), until - copied), static_cast<off_t>(copied));
            if (n <= 0)
                throw std::runtime_error("cannot read the temporary file for the JSON output");
            out.write(chunk.data(), static_cast<std::streamsize>(n));
            copied += static_cast<std::uint64_t>(n);
        }
        if (gapReached)
            out.write(gapText.data(), static_cast<std::streamsize>(gapText.size()));
    }
}

} // namespace notiflow
