#pragma once

#include "job.h"

#include <cstdint>
#include <cstring>
#include <string_view>

namespace debrief::trace {

// Why one field could not be read; None when it could. Kept apart from IssueReason because a
// fraction where whole seconds are needed is "not a number" with its own explanation.
enum class FieldError : std::uint8_t { None, NotANumber, NotWhole, Negative, Overflow, ImpossibleDate };

// Reads the values of trace fields without allocating: integers, times (seconds or date-times,
// decided per value), GPU counts and shares, statuses.
class FieldParser {
public:
    // Whole non-negative number; "66.0" is accepted as 66, "66.5" is NotWhole.
    static FieldError count(std::string_view text, std::int64_t& value);
    // Signed whole number that fits in int32 (priorities).
    static FieldError priority(std::string_view text, std::int32_t& value);
    // A non-negative decimal rounded up after scaling by 1/divisor: gpu_milli 460 / 1000 -> 1,
    // plan_gpu 50 / 100 -> 1, "2.5" / 1 -> 3. Fits in uint32.
    static FieldError shareRoundedUp(std::string_view text, std::int64_t divisor, std::uint32_t& value);
    // Seconds ("1587279955", "1587279955.0") or a date-time ("2017-10-09 07:01:55",
    // "2023-03-01T08:00:00+08:00"). A date-time without a zone is local time at utcOffsetSeconds.
    // isDate tells which one it was.
    static FieldError time(std::string_view text, std::int64_t utcOffsetSeconds, std::int64_t& value, bool& isDate);
    static JobStatus status(std::string_view text);
    // Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    static std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);
    static bool validDate(std::int64_t year, unsigned month, unsigned day);
    static std::string_view trimmed(std::string_view text);
    // Plain digits only, at most 18 of them (cannot overflow int64): the shape of nearly every
    // number in a large trace, read without from_chars' generality. False when the text has any
    // other shape (empty, a sign, a space, a point, more digits), for the full parsers above,
    // which give the same value whenever this one gives one. Inline: importers call it per field.
    static bool plainDigits(std::string_view text, std::int64_t& value);
};

inline bool FieldParser::plainDigits(std::string_view text, std::int64_t& value)
{
    const std::size_t n = text.size();
    if (n >= 4 && n <= 8) {
        // 4 to 8 digits in one word, without a branch per digit: the first and the last four
        // bytes (overlapping when n < 8) hold them all, the first digit in the lowest byte.
        std::uint32_t first, last;
        std::memcpy(&first, text.data(), 4);
        std::memcpy(&last, text.data() + n - 4, 4);
        const unsigned pad = unsigned(8 - n) * 8;
        // Digits in the high bytes, '0's in front: "1234" -> "00001234".
        std::uint64_t word = (std::uint64_t(first) | std::uint64_t(last) << (32 - pad)) << pad;
        if (pad != 0)
            word |= 0x3030303030303030ull >> (64 - pad);
        // Every byte 0x30-0x39: high nibble 3, and still 3 after adding 6.
        if ((word & 0xF0F0F0F0F0F0F0F0ull) != 0x3030303030303030ull ||
            ((word + 0x0606060606060606ull) & 0xF0F0F0F0F0F0F0F0ull) != 0x3030303030303030ull)
            return false;
        std::uint64_t x = word - 0x3030303030303030ull;
        x = (x * 10 + (x >> 8)) & 0x00FF00FF00FF00FFull;
        x = (x * 100 + (x >> 16)) & 0x0000FFFF0000FFFFull;
        x = (x * 10000 + (x >> 32)) & 0xFFFFFFFFull;
        value = std::int64_t(x);
        return true;
    }
    if (n >= 1 && n <= 3) {
        // 1 to 3 digits (GPU counts, short run times) as three digits with '0's in front, chosen
        // without branches: "7" -> "007", "42" -> "042".
        const char* p = text.data();
        const char first = n == 3 ? p[0] : '0';
        const char middle = n == 3 ? p[1] : n == 2 ? p[0] : '0';
        const auto a = static_cast<unsigned>(first - '0'), b = static_cast<unsigned>(middle - '0'),
                   c = static_cast<unsigned>(p[n - 1] - '0');
        if ((a > 9) | (b > 9) | (c > 9))
            return false;
        value = std::int64_t(a * 100 + b * 10 + c);
        return true;
    }
    if (text.empty() || n > 18)
        return false;
    std::int64_t v = 0;
    for (char c : text) {
        const auto d = static_cast<unsigned>(c - '0');
        if (d > 9)
            return false;
        v = v * 10 + d;
    }
    value = v;
    return true;
}

}  // namespace debrief::trace
