#include "tracenote.h"

#include "tracebuilder.h"

namespace debrief::trace {

std::string noteText(const TraceNote& note)
{
    const std::uint64_t n = note.count;
    switch (note.kind) {
    case NoteKind::CpuOnlyJobs:
        return TraceBuilder::grouped(n) + " of " + TraceBuilder::grouped(note.total) +
               " jobs use no GPU (CPU only); --gpu-jobs-only leaves them out of a replay";
    case NoteKind::NeverStarted:
        return TraceBuilder::jobs(n) + " never started (no start time): kept with run time 0 and no trace start";
    case NoteKind::NoEndTime:
        return TraceBuilder::jobs(n) + " with no end time (unfinished when the trace was cut): kept with run time 0";
    case NoteKind::BadRowsSkipped: return TraceBuilder::grouped(n) + " bad rows skipped (lenient import)";
    case NoteKind::PhillyRules:
        return "Philly: run time = sum of all attempts' run times, GPUs = the most any attempt used, "
               "trace start = the first attempt's start";
    case NoteKind::PhillyRetried: return TraceBuilder::jobs(n) + " with more than one attempt";
    case NoteKind::PhillyNoAttempts:
        return TraceBuilder::jobs(n) + " with no attempts (never scheduled): kept with 0 GPUs and run time 0";
    case NoteKind::PhillyOpenAttempt:
        return TraceBuilder::jobs(n) +
               " with an attempt with no end_time (still running when the log was cut): that attempt adds no run "
               "time";
    case NoteKind::PaiNoJobTable: return "PAI: no job table given, so jobs have no user";
    case NoteKind::PaiNotInJobTable:
        return TraceBuilder::grouped(n) + (n == 1 ? " task has" : " tasks have") + " no row in the job table (no user)";
    case NoteKind::OpenbRules:
        return "openb: submit = creation_time, run time = deletion_time - scheduled_time, "
               "GPUs = num_gpu x gpu_milli/1000 rounded up per GPU (shares are packed only on a node list: "
               "share, replay --node-list --share-gpus)";
    case NoteKind::PaiTaskRows:
        return "PAI: each task row is one job (the tasks of a job share its id); GPUs = inst_num x "
               "plan_gpu/100 rounded up per instance";
    case NoteKind::PaiNoSubmitTime:
        return "PAI has no submit time: submit = the task's start_time, so the trace itself shows no "
               "queueing (a task that never started cannot be placed and is a bad row)";
    }
    return {};
}

}  // namespace debrief::trace
