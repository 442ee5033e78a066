#pragma once

#include <cstdint>

// How a quantity is cut up for people, shared by every place that prints one (the CLI in English,
// the studio through tr() and QLocale), so "2 h 14 min" and "$4.2 M" mean the same everywhere.
namespace debrief::units {

enum class TimeUnit { Second, Minute, Hour, Day };

// At most two units, the larger first, a zero second part dropped: 3 d 4 h, 2 h 14 min,
// 12 min 5 s, 45 s. Seconds are rounded to whole ones.
struct DurationSplit {
    bool negative = false;
    std::int64_t major = 0;
    TimeUnit majorUnit = TimeUnit::Second;
    std::int64_t minor = 0;  // 0 when there is no second part
    TimeUnit minorUnit = TimeUnit::Second;
};
DurationSplit splitDuration(double seconds);

enum class MoneyScale { Units, Thousands, Millions, Billions };

// Money as people write it: $12.34, $600 k, $4.2 M, $1.1 B. `value` is in the chosen scale and
// `decimals` is how many digits to show after the point.
struct ScaledMoney {
    double value = 0.0;
    MoneyScale scale = MoneyScale::Units;
    int decimals = 2;
};
ScaledMoney scaleMoney(double usd);

}  // namespace debrief::units
