#pragma once

#include "job.h"

#include <cstdint>
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
};

}  // namespace debrief::trace
