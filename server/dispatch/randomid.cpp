#include "randomid.h"

#include <cstdint>
#include <mutex>
#include <random>

namespace notiflow::server {

namespace {
constexpr char hexDigits[] = "0123456789abcdef";

// Request ids only need to be unique, so a generator seeded once from the OS is enough; it is shared by the
// serving thread and the scenario workers, hence the lock.
std::uint64_t nextRandom()
{
    static std::mutex lock;
    static std::mt19937_64 generator { std::random_device {}() ^ (std::uint64_t(std::random_device {}()) << 32) };
    const std::lock_guard guard(lock);
    return generator();
}
} // namespace

std::string uuid4()
{
    std::uint64_t high = nextRandom();
    std::uint64_t low = nextRandom();
    high = (high & ~std::uint64_t(0xF000)) | 0x4000; // version 4
    low = (low & ~(std::uint64_t(0xC) << 60)) | (std::uint64_t(0x8) << 60); // variant 10xx
    std::string text;
    text.reserve(36);
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            text.push_back('-');
        const std::uint64_t word = i < 16 ? high : low;
        text.push_back(hexDigits[(word >> (60 - 4 * (i % 16))) & 0xF]);
    }
    return text;
}

std::string randomToken()
{
    // A token guards the server, so it comes from the OS for every digit, not from the id generator.
    std::random_device device;
    std::string text;
    while (text.size() < 40) {
        const unsigned word = device();
        for (int shift = 0; shift < 32 && text.size() < 40; shift += 4)
            text.push_back(hexDigits[(word >> shift) & 0xF]);
    }
    return text;
}

bool constantTimeEquals(const std::string& a, const std::string& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace notiflow::server
