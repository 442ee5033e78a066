#pragma once

#include "acceptedjobs.h"

#include <bit>
#include <cstdint>
#include <span>
#include <vector>

namespace debrief::replay {

// A set of jobs ordered by rank alone (las's running jobs of one queue level), with the GPU sums
// a first-fit walk needs: the total, and the first job at which the prefix in rank order exceeds a
// capacity. One bit per rank, and a Fenwick tree of GPU sums over words of 64 ranks: an insert or
// erase is a bit flip plus log2(jobs / 64) additions in a small array (no search, no branch that
// guesses wrong), and the overflow search is one descent of that tree plus a scan of one word's
// set bits. About 3 bits a job, where an ordered tree needs a node slot index (32 bits) a job.
class RankedRunning {
public:
    static constexpr std::uint32_t kNone = kNoJob;

    explicit RankedRunning(std::span<const std::uint32_t> gpus)
        : m_gpus(gpus), m_words(std::uint32_t((gpus.size() + 63) / 64)), m_bits(m_words, 0), m_sums(m_words + 1, 0)
    {
        m_top = m_words == 0 ? 0 : std::bit_floor(m_words);
    }

    bool contains(std::uint32_t rank) const { return (m_bits[rank >> 6] >> (rank & 63)) & 1u; }
    std::uint64_t total() const { return m_total; }

    void insert(std::uint32_t rank)
    {
        m_bits[rank >> 6] |= std::uint64_t(1) << (rank & 63);
        add(rank >> 6, m_gpus[rank]);
        m_total += m_gpus[rank];
    }
    void erase(std::uint32_t rank)
    {
        m_bits[rank >> 6] &= ~(std::uint64_t(1) << (rank & 63));
        add(rank >> 6, -std::int64_t(m_gpus[rank]));
        m_total -= m_gpus[rank];
    }

    // The first job in rank order whose prefix sum of GPUs exceeds `capacity`, or kNone.
    std::uint32_t firstOverflow(std::uint64_t capacity) const
    {
        if (m_total <= capacity)
            return kNone;
        // The most whole words, from the first, whose GPUs fit; the overflow lies in the next one.
        std::uint32_t words = 0;
        std::uint64_t room = capacity;
        for (std::uint32_t step = m_top; step > 0; step >>= 1) {
            const std::uint32_t next = words + step;
            if (next <= m_words && m_sums[next] <= room) {
                words = next;
                room -= m_sums[next];
            }
        }
        for (std::uint64_t bits = m_bits[words]; bits != 0; bits &= bits - 1) {
            const std::uint32_t rank = words * 64 + std::uint32_t(std::countr_zero(bits));
            if (m_gpus[rank] > room)
                return rank;
            room -= m_gpus[rank];
        }
        return kNone;  // not reached: the word's GPUs exceed what was left
    }

private:
    void add(std::uint32_t word, std::int64_t delta)
    {
        for (std::uint32_t i = word + 1; i <= m_words; i += i & (0u - i))
            m_sums[i] = std::uint64_t(std::int64_t(m_sums[i]) + delta);
    }

    std::span<const std::uint32_t> m_gpus;  // per rank
    std::uint32_t m_words;
    std::uint32_t m_top = 0;             // the largest power of two <= m_words
    std::vector<std::uint64_t> m_bits;   // per word of 64 ranks: which are in the set
    std::vector<std::uint64_t> m_sums;   // Fenwick tree over words (1-based): GPU sums
    std::uint64_t m_total = 0;
};

}  // namespace debrief::replay
