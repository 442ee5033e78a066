#pragma once

#include <cstdint>

namespace debrief::sharing {

// A small, fully specified generator (SplitMix64) so a seed gives the same draws with every
// compiler and standard library; std::uniform_int_distribution does not promise that.
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed, std::uint64_t stream = 0)
        : m_state(seed * 0x9E3779B97F4A7C15ull + stream * 0xD1B54A32D192ED03ull + 0x632BE59BD9B4E019ull)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound), bound > 0, without modulo bias (rejection of the short last block).
    std::uint64_t below(std::uint64_t bound)
    {
        const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % bound);
        std::uint64_t value = next();
        while (value >= limit)
            value = next();
        return value % bound;
    }

private:
    std::uint64_t m_state;
};

}  // namespace debrief::sharing
