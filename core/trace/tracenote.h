#pragma once

#include <cstdint>
#include <string>

namespace debrief::trace {

// What an importer noticed, as a kind and its counts: the CLI says it in English (noteText), the
// studio says each kind again through tr() in the UI's language.
enum class NoteKind {
    CpuOnlyJobs,            // count of total jobs use no GPU
    NeverStarted,           // count jobs with no start time
    NoEndTime,              // count jobs with no end time
    BadRowsSkipped,         // count rows skipped by a lenient import
    PhillyRules,            // how attempts become one job
    PhillyRetried,          // count jobs with more than one attempt
    PhillyNoAttempts,       // count jobs with no attempts
    PhillyOpenAttempt,      // count jobs with an attempt with no end_time
    PaiNoJobTable,          // no job table given
    PaiNotInJobTable,       // count tasks with no row in the job table
    OpenbRules,             // the openb column rules
    PaiTaskRows,            // each PAI task row is one job
    PaiNoSubmitTime,        // PAI's submit time is the start time
};

struct TraceNote {
    NoteKind kind = NoteKind::CpuOnlyJobs;
    std::uint64_t count = 0;  // the counted jobs, tasks or rows (0 for the kinds that state a rule)
    std::uint64_t total = 0;  // CpuOnlyJobs only: the jobs of the trace

    bool operator==(const TraceNote&) const = default;
};

// The note as one English sentence, numbers grouped ("1,088 of 8,152 jobs use no GPU ...").
std::string noteText(const TraceNote& note);

}  // namespace debrief::trace
