#pragma once

#include "importissue.h"
#include "job.h"
#include "jobcolumn.h"
#include "jobresources.h"
#include "stringtable.h"
#include "traceformat.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace debrief::trace {

// What --lenient skipped: a count per reason and the first few line numbers of each.
struct SkippedRows {
    std::uint64_t count = 0;
    std::vector<std::uint64_t> firstLines;  // at most kFirstLines
    ImportIssue example;                    // the first issue of this reason, for its message
    static constexpr std::size_t kFirstLines = 10;
};

// An imported trace: jobs in file order (trace index = position), submit times rebased so the
// earliest job is at 0, plus what a person needs to judge the import.
struct Trace {
    std::string sourceFile;
    TraceFormat format = TraceFormat::GenericCsv;
    std::vector<Job> jobs;
    // Side arrays: per-job values only some traces have (jobcolumn.h, jobresources.h), in jobs order
    // when present.
    JobColumn<std::int64_t> traceStarts{kNoTime};  // the trace's own start times, rebased like submit
    JobResources resources;                        // CPU, memory, GPU share and model, when the trace has them
    StringTable names{true};                       // users and virtual clusters, interned
    StringTable ids{false};                        // original job ids, one entry per job that has one
    std::int64_t epochOffset = 0;                  // seconds added back to submit to get the original time
    bool timesAreDates = false;                    // true when the trace used date-times (epochOffset is UTC)
    std::map<IssueReason, SkippedRows> skipped;    // --lenient only
    std::vector<std::string> notes;                // gaps the importer noticed (e.g. "1,088 jobs use no GPU")

    std::uint64_t cpuOnlyJobs() const;
    std::uint64_t skippedRows() const;
    std::string_view jobId(const Job& job) const;  // original id, or empty
    // The trace's own start time of the job at `position` in jobs (or of `job`, an element of
    // jobs), rebased like submit; kNoTime when the trace does not say.
    std::int64_t traceStart(std::size_t position) const { return traceStarts[position]; }
    std::int64_t traceStart(const Job& job) const { return traceStarts[std::size_t(&job - jobs.data())]; }

    // Appends a job with its side-array values; extras(position) reads them back, so copying a job
    // to another trace (a filter) is add(job, extras(position)) and keeps every column.
    void add(const Job& job, const JobExtras& extras)
    {
        jobs.push_back(job);
        traceStarts.put(jobs.size() - 1, extras.traceStart, jobs.capacity());
    }
    JobExtras extras(std::size_t position) const { return {traceStarts[position]}; }
    std::int64_t span() const;  // last submit - first submit (0 if empty)
};

}  // namespace debrief::trace
