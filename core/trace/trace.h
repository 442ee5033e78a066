#pragma once

#include "importissue.h"
#include "job.h"
#include "jobcolumn.h"
#include "jobresources.h"
#include "stringtable.h"
#include "traceformat.h"
#include "tracenote.h"

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
    // index - position of each record: absent while every record's index is its position (a trace
    // read without skipped rows, a generated one), so such a trace pays nothing for it.
    JobColumn<std::uint32_t> indexShifts{0};
    JobColumn<std::int32_t> priorities{0};
    JobColumn<std::uint32_t> idRefs{kNoName};  // into ids
    JobColumn<JobStatus> statuses{JobStatus::Unknown};
    JobResources resources;                        // CPU, memory, GPU share and model, when the trace has them
    StringTable names{true};                       // users and virtual clusters, interned
    StringTable ids{false};                        // original job ids, one entry per job that has one
    std::int64_t epochOffset = 0;                  // seconds added back to submit to get the original time
    bool timesAreDates = false;                    // true when the trace used date-times (epochOffset is UTC)
    std::map<IssueReason, SkippedRows> skipped;    // --lenient only
    std::vector<TraceNote> notes;                  // gaps the importer noticed (noteText says each in English)

    std::uint64_t cpuOnlyJobs() const;
    std::uint64_t skippedRows() const;
    // Per job, by position in jobs (or by `job`, an element of jobs).
    std::string_view jobId(std::size_t position) const;  // original id, or empty
    std::string_view jobId(const Job& job) const { return jobId(positionOf(job)); }
    std::uint32_t idRef(std::size_t position) const { return idRefs[position]; }  // into ids, kNoName if none
    // 0-based position of the record in the file (differs from the position in jobs after skipped
    // rows or a filter).
    std::uint32_t index(std::size_t position) const { return std::uint32_t(position) + indexShifts[position]; }
    std::uint32_t index(const Job& job) const { return index(positionOf(job)); }
    std::int32_t priority(std::size_t position) const { return priorities[position]; }
    JobStatus status(std::size_t position) const { return statuses[position]; }
    std::size_t positionOf(const Job& job) const { return std::size_t(&job - jobs.data()); }
    // The trace's own start time of the job at `position` in jobs (or of `job`, an element of
    // jobs), rebased like submit; kNoTime when the trace does not say.
    std::int64_t traceStart(std::size_t position) const { return traceStarts[position]; }
    std::int64_t traceStart(const Job& job) const { return traceStarts[positionOf(job)]; }

    // Appends a job with its side-array values; extras(position) reads them back, so copying a job
    // to another trace (a filter) is add(job, extras(position)) and keeps every column.
    void add(const Job& job, const JobExtras& extras)
    {
        const std::size_t position = jobs.size();
        jobs.push_back(job);
        const std::size_t room = jobs.capacity();
        traceStarts.put(position, extras.traceStart, room);
        indexShifts.put(position, extras.index == kIndexIsPosition ? 0 : extras.index - std::uint32_t(position), room);
        priorities.put(position, extras.priority, room);
        idRefs.put(position, extras.id, room);
        statuses.put(position, extras.status, room);
    }
    JobExtras extras(std::size_t position) const
    {
        return {traceStarts[position], index(position), priorities[position], idRefs[position], statuses[position]};
    }
    std::int64_t span() const;  // last submit - first submit (0 if empty)
};

}  // namespace debrief::trace
