#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace debrief::trace {

enum class IssueReason {
    MissingColumn,
    WrongFieldCount,
    NotANumber,
    Negative,
    Overflow,
    ImpossibleDate,
    BinaryData,
    EmptyFile,
    MissingValue,   // a required field is empty (e.g. no submit time)
    BadJson,        // Philly: malformed JSON
    UnknownFormat,  // detection failed
    CannotOpen,
    Cancelled,
    RecordTooLong,  // a record longer than kMaxRecordBytes
};

// The longest record an importer reads: a CSV row (quoted line breaks included) or one job of a
// JSON trace. A longer one is RecordTooLong as soon as the limit is passed, so a file with no line
// ends, an endless quoted field or a job with millions of values costs a fixed amount of memory,
// not its size. Real trace records are a few hundred bytes.
inline constexpr std::size_t kMaxRecordBytes = std::size_t{1} << 20;

std::string_view reasonName(IssueReason reason);  // short stable key, e.g. "not-a-number"

// One problem in one place of one file. The app layer formats it for people (and translates it
// from `reason`); message() is the English form the CLI prints:
//   "trace.csv:1204: column `duration`: `-5` is negative"
struct ImportIssue {
    IssueReason reason = IssueReason::NotANumber;
    std::string file;
    std::uint64_t line = 0;  // 1-based; 0 when the problem is the whole file
    std::string column;      // empty when not about one column
    std::string value;       // the offending text, shortened for display
    std::string detail;      // extra words, e.g. "expected 11 fields, found 9"
    std::string message() const;
};

class ImportError : public std::runtime_error {
public:
    explicit ImportError(ImportIssue issue);
    const ImportIssue& issue() const { return m_issue; }

private:
    ImportIssue m_issue;
};

}  // namespace debrief::trace
