#include "steptexts.h"

#include <cstring>
#include <stdexcept>
#include <zstd.h>

namespace notiflow {

// zstd's fastest level: the text is mostly JSON keys and sentences that repeat from customer to customer, which
// even this level packs about tenfold, at a few hundred megabytes a second.
struct StepTexts::Compressor {
    Compressor()
        : context(ZSTD_createCCtx())
    {
        if (!context)
            throw std::bad_alloc();
    }
    ~Compressor() { ZSTD_freeCCtx(context); }
    Compressor(const Compressor&) = delete;
    Compressor& operator=(const Compressor&) = delete;

    ZSTD_CCtx* context;
};

namespace {
constexpr int compressionLevel = 1;
constexpr std::size_t lengthBytes = sizeof(std::uint32_t);

// The `at`th 32-bit number at the start of a raw block.
std::uint32_t lengthAt(std::string_view raw, std::size_t at)
{
    if ((at + 1) * lengthBytes > raw.size())
        throw std::runtime_error("step text block is damaged");
    std::uint32_t n = 0;
    std::memcpy(&n, raw.data() + at * lengthBytes, lengthBytes);
    return n;
}
} // namespace

StepTexts::StepTexts() = default;
StepTexts::~StepTexts() = default;
StepTexts::StepTexts(StepTexts&&) noexcept = default;
StepTexts& StepTexts::operator=(StepTexts&&) noexcept = default;

StepTexts::StepTexts(const StepTexts& other)
    : m_blocks(other.m_blocks)
    , m_pending(other.m_pending)
    , m_pendingLengths(other.m_pendingLengths)
    , m_size(other.m_size)
{
}

StepTexts& StepTexts::operator=(const StepTexts& other)
{
    if (this != &other) {
        m_blocks = other.m_blocks;
        m_pending = other.m_pending;
        m_pendingLengths = other.m_pendingLengths;
        m_size = other.m_size;
        m_compressor.reset();
    }
    return *this;
}

void StepTexts::append(std::string_view caption, std::string_view detail)
{
    m_pendingLengths.push_back(static_cast<std::uint32_t>(caption.size()));
    m_pendingLengths.push_back(static_cast<std::uint32_t>(detail.size()));
    m_pending.append(caption).append(detail);
    ++m_size;
    if (m_pendingLengths.size() == 2 * stepsPerBlock)
        compressPending();
}

void StepTexts::compressPending()
{
    if (!m_compressor)
        m_compressor = std::make_unique<Compressor>();
    const std::string raw = rawPending();
    std::string packed(ZSTD_compressBound(raw.size()), '\0');
    const std::size_t n = ZSTD_compressCCtx(
        m_compressor->context, packed.data(), packed.size(), raw.data(), raw.size(), compressionLevel);
    if (ZSTD_isError(n))
        throw std::runtime_error(std::string("cannot compress step text: ") + ZSTD_getErrorName(n));
    packed.resize(n);
    packed.shrink_to_fit();
    m_blocks.push_back(std::move(packed));
    m_pending.clear();
    m_pendingLengths.clear();
}

void StepTexts::finish()
{
    m_compressor.reset();
    m_blocks.shrink_to_fit();
}

std::string StepTexts::rawPending() const
{
    const auto steps = static_cast<std::uint32_t>(m_pendingLengths.size() / 2);
    std::string raw((1 + m_pendingLengths.size()) * lengthBytes, '\0');
    std::memcpy(raw.data(), &steps, lengthBytes);
    std::memcpy(raw.data() + lengthBytes, m_pendingLengths.data(), m_pendingLengths.size() * lengthBytes);
    raw += m_pending;
    return raw;
}

std::string StepTexts::unpack(int block) const
{
    if (block == static_cast<int>(m_blocks.size()))
        return rawPending();
    const std::string& packed = m_blocks[static_cast<std::size_t>(block)];
    const unsigned long long size = ZSTD_getFrameContentSize(packed.data(), packed.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
        throw std::runtime_error("step text block " + std::to_string(block) + " is damaged");
    std::string raw(static_cast<std::size_t>(size), '\0');
    const std::size_t n = ZSTD_decompress(raw.data(), raw.size(), packed.data(), packed.size());
    if (ZSTD_isError(n) || n != raw.size())
        throw std::runtime_error("step text block " + std::to_string(block) + " is damaged");
    return raw;
}

StepTexts::Text StepTexts::textIn(std::string_view raw, int slot)
{
    const std::size_t steps = lengthAt(raw, 0);
    std::size_t at = (1 + 2 * steps) * lengthBytes;
    for (std::size_t i = 0; i < std::size_t(slot); ++i)
        at += lengthAt(raw, 1 + 2 * i) + lengthAt(raw, 2 + 2 * i);
    const std::size_t caption = lengthAt(raw, 1 + 2 * std::size_t(slot));
    const std::size_t detail = lengthAt(raw, 2 + 2 * std::size_t(slot));
    if (at + caption + detail > raw.size())
        throw std::runtime_error("step text block is damaged");
    return { std::string(raw.substr(at, caption)), std::string(raw.substr(at + caption, detail)) };
}

StepTexts::Text StepTexts::at(int i) const
{
    if (i < 0 || i >= m_size)
        throw std::out_of_range("no text for step " + std::to_string(i));
    return textIn(unpack(i / stepsPerBlock), i % stepsPerBlock);
}

std::size_t StepTexts::memoryBytes() const
{
    std::size_t bytes = m_pending.capacity() + m_pendingLengths.capacity() * lengthBytes;
    for (const std::string& b : m_blocks)
        bytes += b.capacity();
    return bytes;
}

StepTexts::Reader::Reader(const StepTexts& texts)
    : m_texts(texts)
{
}

const StepTexts::Text& StepTexts::Reader::at(int i)
{
    if (i < 0 || i >= m_texts.m_size)
        throw std::out_of_range("no text for step " + std::to_string(i));
    if (const int block = i / stepsPerBlock; block != m_block) {
        m_raw = m_texts.unpack(block);
        m_block = block;
    }
    m_text = textIn(m_raw, i % stepsPerBlock);
    return m_text;
}

} // namespace notiflow
