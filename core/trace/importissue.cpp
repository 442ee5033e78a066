#include "importissue.h"

namespace debrief::trace {

std::string_view reasonName(IssueReason reason)
{
    switch (reason) {
    case IssueReason::MissingColumn: return "missing-column";
    case IssueReason::WrongFieldCount: return "wrong-field-count";
    case IssueReason::NotANumber: return "not-a-number";
    case IssueReason::Negative: return "negative";
    case IssueReason::Overflow: return "overflow";
    case IssueReason::ImpossibleDate: return "impossible-date";
    case IssueReason::BinaryData: return "binary-data";
    case IssueReason::EmptyFile: return "empty-file";
    case IssueReason::MissingValue: return "missing-value";
    case IssueReason::BadJson: return "bad-json";
    case IssueReason::UnknownFormat: return "unknown-format";
    case IssueReason::CannotOpen: return "cannot-open";
    case IssueReason::Cancelled: return "cancelled";
    case IssueReason::RecordTooLong: return "record-too-long";
    }
    return "unknown";
}

namespace {

// What is wrong with `value`, as the tail of "column `x`: `value` ...".
std::string_view valuePhrase(IssueReason reason)
{
    switch (reason) {
    case IssueReason::NotANumber: return "is not a number";
    case IssueReason::Negative: return "is negative";
    case IssueReason::Overflow: return "is too large";
    case IssueReason::ImpossibleDate: return "is not a valid date-time";
    default: return "is invalid";
    }
}

// The sentence for problems that are not about one value.
std::string_view plainPhrase(IssueReason reason)
{
    switch (reason) {
    case IssueReason::MissingColumn: return "missing column";
    case IssueReason::WrongFieldCount: return "wrong number of fields";
    case IssueReason::BinaryData: return "binary data, not a text trace";
    case IssueReason::EmptyFile: return "the file is empty";
    case IssueReason::MissingValue: return "value is missing";
    case IssueReason::BadJson: return "malformed JSON";
    case IssueReason::UnknownFormat: return "unknown trace format";
    case IssueReason::CannotOpen: return "cannot open the file";
    case IssueReason::Cancelled: return "import cancelled";
    case IssueReason::RecordTooLong: return "record too long";
    default: return "invalid value";
    }
}

}  // namespace

std::string ImportIssue::message() const
{
    std::string text = file;
    if (line > 0)
        text += ":" + std::to_string(line);
    text += ": ";
    const bool aboutValue = reason == IssueReason::NotANumber || reason == IssueReason::Negative ||
                            reason == IssueReason::Overflow || reason == IssueReason::ImpossibleDate;
    if (reason == IssueReason::MissingColumn) {
        text += "missing column `" + column + "`";
    } else {
        if (!column.empty())
            text += "column `" + column + "`: ";
        if (aboutValue) {
            text += "`" + value + "` ";
            text += valuePhrase(reason);
        } else {
            text += plainPhrase(reason);
            if (!value.empty())
                text += " `" + value + "`";
        }
    }
    if (!detail.empty())
        text += " (" + detail + ")";
    return text;
}

ImportError::ImportError(ImportIssue issue) : std::runtime_error(issue.message()), m_issue(std::move(issue))
{
}

}  // namespace debrief::trace
