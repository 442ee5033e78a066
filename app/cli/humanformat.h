#pragma once

#include <cstdint>
#include <string>

namespace debrief::cli {

// Numbers as a person says them in an interview answer: core's QuantityFormat in English, as the
// std::string the CLI's tables and messages are built from.
std::string formatDuration(double seconds);    // "45 s", "12 min 5 s", "1 h 05 min", "3 d 4 h"
std::string formatMoney(double usd);           // "$12.34", "$600 k", "$4.2 M", "$1.1 B"
std::string formatPercent(double fraction);    // 0.4567 -> "45.7 %"
std::string formatCount(std::uint64_t count);  // 82000 -> "82,000"
std::string formatFixed(double value, int decimals);

}  // namespace debrief::cli
