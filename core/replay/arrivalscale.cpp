#include "arrivalscale.h"

#include "trace/trace.h"

#include <numeric>

namespace debrief::replay {

std::string ArrivalScale::text() const
{
    if (denominator == 1)
        return std::to_string(numerator);
    // A power-of-ten denominator prints as a decimal, the way the user typed it.
    std::int64_t places = 0;
    std::int64_t power = 1;
    while (power % denominator != 0 && places < 6) {
        power *= 10;
        ++places;
    }
    if (power % denominator == 0) {
        const std::int64_t scaled = numerator * (power / denominator);
        std::string fraction = std::to_string(scaled % power);
        fraction.insert(0, std::size_t(places) - fraction.size(), '0');
        while (!fraction.empty() && fraction.back() == '0')
            fraction.pop_back();
        return std::to_string(scaled / power) + "." + fraction;
    }
    return std::to_string(numerator) + "/" + std::to_string(denominator);
}

std::optional<ArrivalScale> arrivalScaleFromText(std::string_view text)
{
    constexpr std::int64_t kLimit = 1'000'000;  // keeps submit x denominator far inside int64
    const auto digitsOf = [](std::string_view digits, std::int64_t& value) {
        if (digits.empty() || digits.size() > 12)
            return false;
        value = 0;
        for (char c : digits) {
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
        }
        return true;
    };
    ArrivalScale scale;
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        if (!digitsOf(text.substr(0, slash), scale.numerator) || !digitsOf(text.substr(slash + 1), scale.denominator))
            return std::nullopt;
    } else if (const auto dot = text.find('.'); dot != std::string_view::npos) {
        const std::string_view whole = text.substr(0, dot);
        const std::string_view fraction = text.substr(dot + 1);
        std::int64_t wholeValue = 0, fractionValue = 0;
        if (fraction.size() > 6 || (!whole.empty() && !digitsOf(whole, wholeValue)) ||
            (!fraction.empty() && !digitsOf(fraction, fractionValue)) || (whole.empty() && fraction.empty()))
            return std::nullopt;
        scale.denominator = 1;
        for (std::size_t i = 0; i < fraction.size(); ++i)
            scale.denominator *= 10;
        scale.numerator = wholeValue * scale.denominator + fractionValue;
    } else if (!digitsOf(text, scale.numerator)) {
        return std::nullopt;
    }
    if (scale.numerator <= 0 || scale.denominator <= 0 || scale.numerator > kLimit * 1000)
        return std::nullopt;
    const std::int64_t divisor = std::gcd(scale.numerator, scale.denominator);
    scale.numerator /= divisor;
    scale.denominator /= divisor;
    if (scale.numerator > kLimit || scale.denominator > kLimit)
        return std::nullopt;
    return scale;
}

trace::Trace scaledTrace(const trace::Trace& trace, const ArrivalScale& scale)
{
    trace::Trace copy = trace;
    for (trace::Job& job : copy.jobs)
        job.submit = scale.scaleSubmit(job.submit);
    return copy;
}

}  // namespace debrief::replay
