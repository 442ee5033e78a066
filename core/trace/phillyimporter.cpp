#include "phillyimporter.h"

#include "bytesource.h"
#include "fieldparser.h"
#include "jsonreader.h"
#include "traceimporter.h"

#include <algorithm>

namespace debrief::trace {

namespace {

std::string_view textOf(const JsonValue* value)
{
    return value && (value->type == JsonValue::Type::String || value->type == JsonValue::Type::Number)
               ? std::string_view(value->text)
               : std::string_view{};
}

}  // namespace

PhillyImporter::PhillyImporter(const ImportOptions& options, TraceBuilder& builder)
    : m_options(options), m_builder(builder)
{
}

bool PhillyImporter::readTime(const JsonValue* value, const std::string& column, bool required, std::int64_t& time,
                              JobError& error)
{
    const bool structured = value && (value->type == JsonValue::Type::Bool || value->type == JsonValue::Type::Array ||
                                      value->type == JsonValue::Type::Object);
    if (structured) {
        error = {IssueReason::NotANumber, column, value->type == JsonValue::Type::Bool ? value->text : "(a list)",
                 "expected a date-time"};
        return false;
    }
    const std::string_view text = textOf(value);
    if (text.empty()) {
        if (required) {
            error = {IssueReason::MissingValue, column, {}, {}};
            return false;
        }
        time = kNoTime;
        return true;
    }
    bool isDate = false;
    switch (FieldParser::time(text, m_options.utcOffsetSeconds, time, isDate)) {
    case FieldError::None:
        if (isDate)
            m_builder.noteDate();
        return true;
    case FieldError::ImpossibleDate: error = {IssueReason::ImpossibleDate, column, std::string(text), {}}; break;
    case FieldError::Negative: error = {IssueReason::Negative, column, std::string(text), {}}; break;
    case FieldError::Overflow: error = {IssueReason::Overflow, column, std::string(text), {}}; break;
    case FieldError::NotWhole:
        error = {IssueReason::NotANumber, column, std::string(text), "not a whole number"};
        break;
    case FieldError::NotANumber: error = {IssueReason::NotANumber, column, std::string(text), {}}; break;
    }
    return false;
}

bool PhillyImporter::readJob(const JsonValue& record, Job& job, JobExtras& extras, JobError& error)
{
    if (record.type != JsonValue::Type::Object) {
        error = {IssueReason::BadJson, {}, {}, "a job must be a JSON object"};
        return false;
    }
    if (!readTime(record.member("submitted_time"), "submitted_time", true, job.submit, error))
        return false;
    Trace& trace = m_builder.trace();
    extras.status = FieldParser::status(textOf(record.member("status")));
    job.user = trace.names.add(textOf(record.member("user")));
    job.vc = trace.names.add(textOf(record.member("vc")));

    const JsonValue* attempts = record.member("attempts");
    if (attempts && !attempts->isNull() && attempts->type != JsonValue::Type::Array) {
        error = {IssueReason::BadJson, "attempts", {}, "expected a list of attempts"};
        return false;
    }
    const std::size_t count = attempts ? attempts->items.size() : 0;
    bool open = false;
    for (std::size_t i = 0; i < count; ++i) {
        const JsonValue& attempt = attempts->items[i];
        const std::string prefix = "attempts[" + std::to_string(i) + "].";
        std::int64_t start = kNoTime, end = kNoTime;
        if (!readTime(attempt.member("start_time"), prefix + "start_time", false, start, error) ||
            !readTime(attempt.member("end_time"), prefix + "end_time", false, end, error))
            return false;
        if (start != kNoTime && extras.traceStart == kNoTime)
            extras.traceStart = start;
        if (start != kNoTime && end != kNoTime) {
            if (end < start) {
                error = {IssueReason::Negative, prefix + "end_time", std::string(textOf(attempt.member("end_time"))),
                         "ends before its start `" + std::string(textOf(attempt.member("start_time"))) + "`"};
                return false;
            }
            job.duration += end - start;
        } else if (start != kNoTime) {
            open = true;
        }
        std::uint64_t gpus = 0;
        if (const JsonValue* detail = attempt.member("detail"); detail && detail->type == JsonValue::Type::Array) {
            for (const JsonValue& machine : detail->items) {
                if (const JsonValue* list = machine.member("gpus"); list && list->type == JsonValue::Type::Array)
                    gpus += list->items.size();
            }
        }
        job.gpus = std::max(job.gpus, static_cast<std::uint32_t>(std::min<std::uint64_t>(gpus, UINT32_MAX)));
    }
    if (count == 0)
        ++m_noAttempts;
    if (count > 1)
        ++m_retried;
    if (open)
        ++m_openAttempts;
    if (const std::string_view id = textOf(record.member("jobid")); !id.empty())
        extras.id = trace.ids.add(id);
    return true;
}

void PhillyImporter::run(ByteSource& source)
{
    JsonReader json(source);
    if (json.peek() == '\0')
        throw ImportError({IssueReason::EmptyFile, m_builder.file(), 0, {}, {}, {}});
    json.expect('[', "a list of jobs `[`");
    std::uint32_t index = 0;
    if (!json.consume(']')) {
        do {
            json.peek();
            const std::uint64_t line = json.line();
            const JsonValue record = json.value();
            Job job;
            job.line = static_cast<std::uint32_t>(line);
            JobError error{IssueReason::BadJson, {}, {}, {}};
            JobExtras extras;
            extras.index = index++;
            if (readJob(record, job, extras, error)) {
                m_builder.add(job, extras);
            } else {
                m_builder.reject({error.reason, m_builder.file(), line, error.column,
                                  TraceBuilder::shortened(error.value), error.detail});
            }
        } while (json.consume(','));
        json.expect(']', "`,` or `]` after a job");
    }
    if (json.peek() != '\0')
        json.fail("text after the list of jobs");

    m_builder.addNote({NoteKind::PhillyRules});
    if (m_retried > 0)
        m_builder.addNote({NoteKind::PhillyRetried, m_retried});
    if (m_noAttempts > 0)
        m_builder.addNote({NoteKind::PhillyNoAttempts, m_noAttempts});
    if (m_openAttempts > 0)
        m_builder.addNote({NoteKind::PhillyOpenAttempt, m_openAttempts});
}

}  // namespace debrief::trace
