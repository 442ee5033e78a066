#pragma once

#include <cstdint>
#include <limits>

namespace debrief::trace {

// How the trace says a job ended. Unfinished and failed jobs still used their GPUs for their run
// time, so importers keep them and only record the status.
enum class JobStatus : std::uint8_t { Unknown, Completed, Failed, Killed, Running, Pending };

inline constexpr std::int64_t kNoTime = std::numeric_limits<std::int64_t>::min();
inline constexpr std::uint32_t kNoName = 0;  // index 0 of Trace::names is the empty string

// One record of a trace. Kept small on purpose (32 bytes): a 5 M-job trace must fit in a few
// hundred MB, so strings live in the trace's string tables and the job holds indices, and values
// only some traces have (original id, status, priority, a record index other than the position)
// live in side arrays on Trace (jobcolumn.h), read with Trace's accessors.
struct Job {
    std::int64_t submit = 0;    // seconds, rebased so the earliest job is submitted at 0
    std::int64_t duration = 0;  // run time in seconds (>= 0)
    std::uint32_t line = 0;     // 1-based line of the record in the file (for messages)
    std::uint32_t gpus = 0;     // whole GPUs (fractional shares rounded up)
    std::uint32_t user = kNoName;  // index into Trace::names
    std::uint32_t vc = kNoName;    // virtual cluster / queue, index into Trace::names
};
static_assert(sizeof(Job) == 32, "every byte of Job costs 5 MB on a 5 M-job trace");

// "The record's index is its position in Trace::jobs" (JobExtras::index).
inline constexpr std::uint32_t kIndexIsPosition = std::numeric_limits<std::uint32_t>::max();

// The values of one record that go to side arrays (Trace's JobColumns), read by an importer next
// to the Job and handed to TraceBuilder::add with it.
struct JobExtras {
    std::int64_t traceStart = kNoTime;        // the trace's own start time (rebased like submit by finish())
    std::uint32_t index = kIndexIsPosition;  // 0-based position of the record in the file
    std::int32_t priority = 0;
    std::uint32_t id = kNoName;  // original id, index into Trace::ids (kNoName: use index)
    JobStatus status = JobStatus::Unknown;
};

}  // namespace debrief::trace
