#include "humanquantity.h"

#include <cmath>

namespace debrief::units {

DurationSplit splitDuration(double seconds)
{
    DurationSplit split;
    split.negative = seconds < 0;
    const auto total = static_cast<std::int64_t>(std::llround(std::fabs(seconds)));
    const std::int64_t days = total / 86400, hours = total % 86400 / 3600, minutes = total % 3600 / 60,
                       secs = total % 60;
    if (days > 0)
        split = {split.negative, days, TimeUnit::Day, hours, TimeUnit::Hour};
    else if (hours > 0)
        split = {split.negative, hours, TimeUnit::Hour, minutes, TimeUnit::Minute};
    else if (minutes > 0)
        split = {split.negative, minutes, TimeUnit::Minute, secs, TimeUnit::Second};
    else
        split = {split.negative, secs, TimeUnit::Second, 0, TimeUnit::Second};
    return split;
}

ScaledMoney scaleMoney(double usd)
{
    const double magnitude = std::fabs(usd);
    if (magnitude >= 1e9)
        return {usd / 1e9, MoneyScale::Billions, 1};
    if (magnitude >= 1e6)
        return {usd / 1e6, MoneyScale::Millions, 1};
    if (magnitude >= 1e4)
        return {usd / 1e3, MoneyScale::Thousands, magnitude >= 1e5 ? 0 : 1};
    return {usd, MoneyScale::Units, 2};
}

}  // namespace debrief::units
