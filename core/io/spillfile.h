// A temporary file that one thread writes while another copies out what is already there: the half of the --json
// output that must wait its turn. Once the first half is out, the second follows without waiting for the end of
// its run, and only its tail is copied after the run ends. The file is gone once closed.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdio>
#include <mutex>
#include <ostream>
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

    // Copies everything written so far, then waits for more until the writer has finished.
    void copyTo(std::ostream& out);

private:
    void finish();

    std::FILE* m_file;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::size_t m_written = 0; // bytes in the file, guarded by m_mutex
    bool m_finished = false;
};

} // namespace notiflow
