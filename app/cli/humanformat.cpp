#include "humanformat.h"

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
    const bool negative = seconds < 0;
    auto total = static_cast<std::uint64_t>(std::llround(std::fabs(seconds)));
    const std::uint64_t days = total / 86400, hours = total % 86400 / 3600, minutes = total % 3600 / 60,
                        secs = total % 60;
    std::string text;
    auto part = [&](std::uint64_t n, const char* unit) {
        if (!text.empty())
            text += ' ';
        text += std::to_string(n) + ' ' + unit;
    };
    if (days > 0) {
        part(days, "d");
        if (hours > 0)
            part(hours, "h");
    } else if (hours > 0) {
        part(hours, "h");
        if (minutes > 0)
            part(minutes, "min");
    } else if (minutes > 0) {
        part(minutes, "min");
        if (secs > 0)
            part(secs, "s");
    } else {
        part(secs, "s");
    }
    return negative ? "-" + text : text;
}

std::string formatMoney(double usd)
{
    if (!std::isfinite(usd))
        return "-";
    const double magnitude = std::fabs(usd);
    const char* sign = usd < 0 ? "-" : "";
    char text[64];
    if (magnitude >= 1e9)
        std::snprintf(text, sizeof text, "%s$%.1f B", sign, magnitude / 1e9);
    else if (magnitude >= 1e6)
        std::snprintf(text, sizeof text, "%s$%.1f M", sign, magnitude / 1e6);
    else if (magnitude >= 1e4)
        std::snprintf(text, sizeof text, "%s$%.0f k", sign, magnitude / 1e3);
    else
        std::snprintf(text, sizeof text, "%s$%.2f", sign, magnitude);
    return text;
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

} // namespace debrief::cli
