#pragma once

#include "tracebuilder.h"

#include <cstdint>

namespace debrief::trace {

class ByteSource;
struct ImportOptions;
struct JsonValue;

// Microsoft Philly cluster_job_log: a JSON array of jobs, read one job at a time.
//
// Choices where the log is ambiguous (each also stated in Trace::notes):
// - several attempts: run time = the sum of the attempts' run times (each held its GPUs that long),
//   GPUs = the most any attempt used, trace start = the first attempt's start;
// - no attempts (never scheduled): kept with 0 GPUs and run time 0, counted in a note;
// - an attempt whose end_time is null (still running when the log was cut) adds no run time.
class PhillyImporter {
public:
    PhillyImporter(const ImportOptions& options, TraceBuilder& builder);
    void run(ByteSource& source);

private:
    struct JobError {
        IssueReason reason;
        std::string column;
        std::string value;
        std::string detail;
    };
    bool readJob(const JsonValue& record, Job& job, JobExtras& extras, JobError& error);
    bool readTime(const JsonValue* value, const std::string& column, bool required, std::int64_t& time,
                  JobError& error);

    const ImportOptions& m_options;
    TraceBuilder& m_builder;
    std::uint64_t m_noAttempts = 0;
    std::uint64_t m_retried = 0;
    std::uint64_t m_openAttempts = 0;
};

}  // namespace debrief::trace
