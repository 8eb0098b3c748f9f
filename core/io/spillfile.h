// A temporary file that one thread writes while another copies out what is already there: one half of the --json
// output. Text not known yet when it is written (a call's end, known when the call returns) is a gap the writer
// fills later; the copy stops at a gap until it is filled, so the output comes out whole and in order while the
// file, not memory, holds what waits behind an open call. The file is gone once closed.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>

namespace notiflow {

class SpillFile {
public:
    SpillFile();
    ~SpillFile();
    SpillFile(const SpillFile&) = delete;
    SpillFile& operator=(const SpillFile&) = delete;

    bool isOpen() const { return m_file != nullptr; }

    // For the writing thread: each chunk reaches the file (not only stdio's buffer) before it is announced.
    // Throws std::runtime_error when the file cannot be written.
    void write(std::string_view text);

    // For the writing thread: a gap `at` bytes from the start of the text (text the writer still buffers counts),
    // not before the previous gap. Returns its number, for fillGap().
    std::size_t openGap(std::uint64_t at);
    void fillGap(std::size_t gap, std::string text);

    // While one lives, the file is being written; its end, however the writer stops, lets copyTo() finish.
    class Writing {
    public:
        explicit Writing(SpillFile& file)
            : m_file(file)
        {
        }
        ~Writing() { m_file.finish(); }
        Writing(const Writing&) = delete;
        Writing& operator=(const Writing&) = delete;

    private:
        SpillFile& m_file;
    };

    // Copies everything written so far, the gaps filled in, then waits for more until the writer has finished. A
    // writer that stopped early (it threw) may leave a gap open: the copy ends there.
    void copyTo(std::ostream& out);

private:
    struct Gap {
        std::uint64_t at = 0;
        std::string text;
        bool filled = false;
    };

    void finish();
    // Under m_mutex: how far the text can be copied before the next gap.
    std::uint64_t copyableUntil() const;

    std::FILE* m_file;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    // Guarded by m_mutex:
    std::uint64_t m_written = 0; // bytes in the file
    std::deque<Gap> m_gaps; // not yet copied; the first is gap number m_gapsCopied
    std::size_t m_gapsCopied = 0;
    std::size_t m_gapsOpened = 0;
    bool m_finished = false;
};

} // namespace notiflow
