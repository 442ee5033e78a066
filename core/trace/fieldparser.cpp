#include "fieldparser.h"

#include <charconv>
#include <cstring>
#include <limits>

namespace debrief::trace {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != b[i])
            return false;
    }
    return true;
}

// Integer part and "is there a non-zero fraction" of a plain decimal ("12", "12.0", "12.50").
FieldError decimal(std::string_view text, std::int64_t& whole, bool& fractional)
{
    fractional = false;
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return FieldError::NotANumber;
    const char* first = text.data();
    const char* last = first + text.size();
    auto [ptr, ec] = std::from_chars(first, last, whole);
    if (ec == std::errc::result_out_of_range)
        return FieldError::Overflow;
    if (ec != std::errc{}) {
        // ".5" has no integer part; from_chars refuses it.
        if (*first != '.')
            return FieldError::NotANumber;
        whole = 0;
        ptr = first;
    }
    if (ptr == last)
        return FieldError::None;
    if (*ptr != '.')
        return FieldError::NotANumber;
    ++ptr;
    if (ptr == last && ptr - 1 == first)
        return FieldError::NotANumber;  // "." alone
    for (; ptr != last; ++ptr) {
        if (!isDigit(*ptr))
            return FieldError::NotANumber;
        if (*ptr != '0')
            fractional = true;
    }
    return FieldError::None;
}

unsigned twoDigits(const char* p)
{
    return static_cast<unsigned>((p[0] - '0') * 10 + (p[1] - '0'));
}

bool allDigits(std::string_view s)
{
    for (char c : s) {
        if (!isDigit(c))
            return false;
    }
    return !s.empty();
}

// "YYYY-MM-DD[( |T)HH:MM[:SS[.000]]][Z|(+|-)HH[[:]MM]]"
FieldError dateTime(std::string_view s, std::int64_t utcOffsetSeconds, std::int64_t& value)
{
    if (s.size() < 10 || !allDigits(s.substr(0, 4)) || s[4] != '-' || !allDigits(s.substr(5, 2)) || s[7] != '-' ||
        !allDigits(s.substr(8, 2)))
        return FieldError::NotANumber;
    const std::int64_t year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    const unsigned month = twoDigits(s.data() + 5);
    const unsigned day = twoDigits(s.data() + 8);
    unsigned hour = 0, minute = 0, second = 0;
    std::size_t pos = 10;
    if (pos < s.size() && (s[pos] == ' ' || s[pos] == 'T')) {
        if (s.size() < pos + 6 || !allDigits(s.substr(pos + 1, 2)) || s[pos + 3] != ':' ||
            !allDigits(s.substr(pos + 4, 2)))
            return FieldError::NotANumber;
        hour = twoDigits(s.data() + pos + 1);
        minute = twoDigits(s.data() + pos + 4);
        pos += 6;
        if (pos < s.size() && s[pos] == ':') {
            if (s.size() < pos + 3 || !allDigits(s.substr(pos + 1, 2)))
                return FieldError::NotANumber;
            second = twoDigits(s.data() + pos + 1);
            pos += 3;
            if (pos < s.size() && s[pos] == '.') {
                ++pos;
                bool fraction = false, any = false;
                for (; pos < s.size() && isDigit(s[pos]); ++pos) {
                    any = true;
                    fraction = fraction || s[pos] != '0';
                }
                if (!any)
                    return FieldError::NotANumber;
                if (fraction)
                    return FieldError::NotWhole;
            }
        }
    }
    std::int64_t offset = utcOffsetSeconds;
    if (pos < s.size()) {
        const std::string_view zone = s.substr(pos);
        if (zone == "Z" || zone == "z" || zone == " UTC" || zone == "UTC") {
            offset = 0;
        } else if (zone[0] == '+' || zone[0] == '-') {
            std::string_view digits = zone.substr(1);
            unsigned zh = 0, zm = 0;
            if (digits.size() == 2 && allDigits(digits)) {
                zh = twoDigits(digits.data());
            } else if (digits.size() == 4 && allDigits(digits)) {
                zh = twoDigits(digits.data());
                zm = twoDigits(digits.data() + 2);
            } else if (digits.size() == 5 && digits[2] == ':' && allDigits(digits.substr(0, 2)) &&
                       allDigits(digits.substr(3, 2))) {
                zh = twoDigits(digits.data());
                zm = twoDigits(digits.data() + 3);
            } else {
                return FieldError::NotANumber;
            }
            if (zh > 23 || zm > 59)
                return FieldError::ImpossibleDate;
            offset = (zone[0] == '-' ? -1 : 1) * static_cast<std::int64_t>(zh * 3600 + zm * 60);
        } else {
            return FieldError::NotANumber;
        }
    }
    if (!FieldParser::validDate(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return FieldError::ImpossibleDate;
    value = FieldParser::daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset;
    return FieldError::None;
}

}  // namespace

std::string_view FieldParser::trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

FieldError FieldParser::count(std::string_view text, std::int64_t& value)
{
    if (FieldParser::plainDigits(text, value))
        return FieldError::None;
    text = trimmed(text);
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
        if (!text.empty() && text.front() == '+')
            return FieldError::NotANumber;
    }
    bool fractional = false;
    const FieldError error = decimal(text, value, fractional);
    if (error != FieldError::None)
        return error;
    if (negative && (value != 0 || fractional))
        return FieldError::Negative;
    if (fractional)
        return FieldError::NotWhole;
    return FieldError::None;
}

FieldError FieldParser::priority(std::string_view text, std::int32_t& value)
{
    text = trimmed(text);
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    std::int64_t whole = 0;
    bool fractional = false;
    const FieldError error = decimal(text, whole, fractional);
    if (error != FieldError::None)
        return error;
    if (fractional)
        return FieldError::NotWhole;
    if (whole > std::numeric_limits<std::int32_t>::max())
        return FieldError::Overflow;
    value = static_cast<std::int32_t>(negative ? -whole : whole);
    return FieldError::None;
}

FieldError FieldParser::shareRoundedUp(std::string_view text, std::int64_t divisor, std::uint32_t& value)
{
    std::int64_t whole = 0;
    bool fractional = false;
    if (divisor == 1 && FieldParser::plainDigits(text, whole)) {
        // Whole units (a GPU count): nothing to round, and no division on the common path.
        if (whole > std::numeric_limits<std::uint32_t>::max())
            return FieldError::Overflow;
        value = static_cast<std::uint32_t>(whole);
        return FieldError::None;
    }
    if (!FieldParser::plainDigits(text, whole)) {
        text = trimmed(text);
        if (!text.empty() && text.front() == '-') {
            std::int64_t magnitude = 0;
            const FieldError error = decimal(text.substr(1), magnitude, fractional);
            if (error != FieldError::None)
                return error;
            if (magnitude != 0 || fractional)
                return FieldError::Negative;
            value = 0;
            return FieldError::None;
        }
        const FieldError error = decimal(text, whole, fractional);
        if (error != FieldError::None)
            return error;
    }
    // A fractional part adds a sliver, which rounds the result up just like a remainder does.
    std::int64_t result = whole / divisor + ((whole % divisor != 0 || fractional) ? 1 : 0);
    if (result > std::numeric_limits<std::uint32_t>::max())
        return FieldError::Overflow;
    value = static_cast<std::uint32_t>(result);
    return FieldError::None;
}

FieldError FieldParser::time(std::string_view text, std::int64_t utcOffsetSeconds, std::int64_t& value, bool& isDate)
{
    // Plain seconds, the shape of nearly every time in a large trace, first.
    if (FieldParser::plainDigits(text, value)) {
        isDate = false;
        return FieldError::None;
    }
    // Per value: a date-time has '-' after a four-digit year; anything else must be seconds.
    std::string_view t = trimmed(text);
    if (t.size() >= 10 && t[4] == '-' && isDigit(t[0])) {
        isDate = true;
        return dateTime(t, utcOffsetSeconds, value);
    }
    isDate = false;
    return count(text, value);
}

JobStatus FieldParser::status(std::string_view text)
{
    text = trimmed(text);
    struct Entry {
        std::string_view name;
        JobStatus status;
    };
    // PAI 2020 writes "Terminated" for tasks that ran to their end, so it counts as completed.
    static constexpr Entry kStatuses[] = {
        {"pass", JobStatus::Completed},       {"passed", JobStatus::Completed},     {"completed", JobStatus::Completed},
        {"complete", JobStatus::Completed},   {"succeeded", JobStatus::Completed},  {"success", JobStatus::Completed},
        {"successful", JobStatus::Completed}, {"finished", JobStatus::Completed},   {"done", JobStatus::Completed},
        {"terminated", JobStatus::Completed}, {"failed", JobStatus::Failed},        {"fail", JobStatus::Failed},
        {"failure", JobStatus::Failed},       {"error", JobStatus::Failed},         {"node_fail", JobStatus::Failed},
        {"timeout", JobStatus::Failed},       {"out_of_memory", JobStatus::Failed}, {"oom", JobStatus::Failed},
        {"killed", JobStatus::Killed},        {"cancelled", JobStatus::Killed},     {"canceled", JobStatus::Killed},
        {"preempted", JobStatus::Killed},     {"stopped", JobStatus::Killed},       {"running", JobStatus::Running},
        {"pending", JobStatus::Pending},      {"waiting", JobStatus::Pending},      {"queued", JobStatus::Pending},
        {"submitted", JobStatus::Pending},
    };
    for (const Entry& entry : kStatuses) {
        if (equalsNoCase(text, entry.name))
            return entry.status;
    }
    // Slurm-style "CANCELLED by 1234".
    if (text.size() > 10 && equalsNoCase(text.substr(0, 10), "cancelled "))
        return JobStatus::Killed;
    return JobStatus::Unknown;
}

std::int64_t FieldParser::daysFromCivil(std::int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = static_cast<unsigned>(year - era * 400);                            // [0, 399]
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;  // [0, 365]
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                          // [0, 146096]
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool FieldParser::validDate(std::int64_t year, unsigned month, unsigned day)
{
    if (month < 1 || month > 12 || day < 1)
        return false;
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const unsigned last = (month == 2 && leap) ? 29 : kDays[month - 1];
    return day <= last;
}

}  // namespace debrief::trace
