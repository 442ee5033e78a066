#include "humanformat.h"

#include "units/humanquantity.h"

#include <cmath>
#include <cstdio>

namespace debrief::cli {

std::string formatFixed(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::string formatDuration(double seconds)
{
    if (!std::isfinite(seconds))
        return "-";
    static constexpr const char* kUnits[] = {"s", "min", "h", "d"};
    const units::DurationSplit split = units::splitDuration(seconds);
    std::string text = (split.negative ? "-" : "") + std::to_string(split.major) + ' ' + kUnits[int(split.majorUnit)];
    if (split.minor > 0)
        text += ' ' + std::to_string(split.minor) + ' ' + kUnits[int(split.minorUnit)];
    return text;
}

std::string formatMoney(double usd)
{
    if (!std::isfinite(usd))
        return "-";
    static constexpr const char* kSuffix[] = {"", " k", " M", " B"};
    const units::ScaledMoney money = units::scaleMoney(usd);
    const std::string digits = formatFixed(std::fabs(money.value), money.decimals);
    return (usd < 0 ? "-$" : "$") + digits + kSuffix[int(money.scale)];
}

std::string formatPercent(double fraction)
{
    if (!std::isfinite(fraction))
        return "-";
    return formatFixed(fraction * 100.0, 1) + " %";
}

std::string formatCount(std::uint64_t count)
{
    std::string digits = std::to_string(count);
    for (int pos = int(digits.size()) - 3; pos > 0; pos -= 3)
        digits.insert(std::size_t(pos), ",");
    return digits;
}

}  // namespace debrief::cli
