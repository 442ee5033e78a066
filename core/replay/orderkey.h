#pragma once

#include <compare>
#include <cstdint>

namespace debrief::replay {

// A job's place in a preemptive policy's order: (major, rank), compared lexicographically. srtf's
// major is the remaining time, las's is 2 x queue + (waiting ? 1 : 0). Ranks are unique.
struct OrderKey {
    std::int64_t major = 0;
    std::uint32_t rank = 0;
    auto operator<=>(const OrderKey&) const = default;
};

}  // namespace debrief::replay
