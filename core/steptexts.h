// The captions and details of a recorded run's steps, kept compressed in blocks of consecutive steps: a run of
// hundreds of thousands of steps holds its text in a tenth of the memory, and a view unpacks the block it shows.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace notiflow {

class StepTexts {
public:
    struct Text {
        std::string caption;
        std::string detail;
        bool operator==(const Text&) const = default;
    };

    StepTexts();
    ~StepTexts();
    StepTexts(const StepTexts& other);
    StepTexts& operator=(const StepTexts& other);
    StepTexts(StepTexts&&) noexcept;
    StepTexts& operator=(StepTexts&&) noexcept;

    // The text of the next step (index size()). Every stepsPerBlock steps, the block is compressed.
    void append(std::string_view caption, std::string_view detail);
    // Drops the compressor (its tables are larger than the text still pending): called once the run has ended.
    // Appending after it still works.
    void finish();

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // The text of step `i` (0 <= i < size()). Unpacks its block: cheap for one step, not for every step in a loop
    // (use Reader for that).
    Text at(int i) const;
    // Bytes held, compressed and pending: what the benchmark and the tests report.
    std::size_t memoryBytes() const;

    // Reads the steps in order, unpacking each block once.
    class Reader {
    public:
        explicit Reader(const StepTexts& texts);
        // The text of step `i`; cheapest when `i` goes up one by one.
        const Text& at(int i);

    private:
        const StepTexts& m_texts;
        int m_block = -1;
        std::string m_raw;
        Text m_text;
    };

    static constexpr int stepsPerBlock = 256;

private:
    struct Compressor;
    void compressPending();
    // The raw form of `block` (the pending steps for block == m_blocks.size()): the step count and per step two
    // 32-bit lengths (caption, detail), then the steps' texts one after another.
    std::string unpack(int block) const;
    std::string rawPending() const;
    static Text textIn(std::string_view raw, int slot);

    std::vector<std::string> m_blocks; // compressed, each of exactly stepsPerBlock steps
    std::string m_pending; // the texts of the steps after the last full block
    std::vector<std::uint32_t> m_pendingLengths;
    int m_size = 0;
    std::unique_ptr<Compressor> m_compressor; // only while appending
};

} // namespace notiflow
