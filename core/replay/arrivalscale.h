#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace debrief::trace {
struct Trace;
}

namespace debrief::replay {

// How much faster (or slower) jobs arrive than in the trace, as an exact ratio so the simulation
// stays integer: a rate of numerator/denominator multiplies every submit time by
// denominator/numerator, rounded down (floor) to whole seconds. Rate 2 halves the gaps between
// arrivals; 1/2 doubles them. Rounding down is monotone, so queue rank order never changes, but two
// jobs a second apart may land on the same second, and then rank among themselves by trace index
// (the usual rank rule on the scaled trace). Durations are never scaled.
struct ArrivalScale {
    std::int64_t numerator = 1;
    std::int64_t denominator = 1;

    bool identity() const { return numerator == denominator; }
    // floor(submit x denominator / numerator); floor, not truncation, so negative times round alike.
    std::int64_t scaleSubmit(std::int64_t submit) const
    {
        if (numerator == denominator)
            return submit;
        const std::int64_t product = submit * denominator;
        std::int64_t quotient = product / numerator;
        if (product % numerator != 0 && product < 0)
            --quotient;
        return quotient;
    }
    std::string text() const;  // "1", "1.5", "3/7"
    bool operator==(const ArrivalScale&) const = default;
};

// "2", "0.5", "1.25" (up to 6 decimals) or "3/7"; positive only. Reduced to lowest terms.
std::optional<ArrivalScale> arrivalScaleFromText(std::string_view text);

// A copy of `trace` with every submit time scaled; the CPU engine replays this copy.
trace::Trace scaledTrace(const trace::Trace& trace, const ArrivalScale& scale);

}  // namespace debrief::replay
