#pragma once

#include "importissue.h"
#include "job.h"
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
    JobResources resources;                      // CPU, memory, GPU share and model per job, when the trace has them
    StringTable names{true};                     // users and virtual clusters, interned
    StringTable ids{false};                      // original job ids, one entry per job that has one
    std::int64_t epochOffset = 0;                // seconds added back to submit to get the original time
    bool timesAreDates = false;                  // true when the trace used date-times (epochOffset is UTC)
    std::map<IssueReason, SkippedRows> skipped;  // --lenient only
    std::vector<std::string> notes;              // gaps the importer noticed (e.g. "1,088 jobs use no GPU")

    std::uint64_t cpuOnlyJobs() const;
    std::uint64_t skippedRows() const;
    std::string_view jobId(const Job& job) const;  // original id, or empty
    std::int64_t span() const;                     // last submit - first submit (0 if empty)
};

}  // namespace debrief::trace
