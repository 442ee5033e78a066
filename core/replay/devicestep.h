#pragma once

// The event loop of replay-semantics.md for the non-preemptive policies on a pooled cluster,
// written once for the CPU and the GPU: plain integer code on flat arrays the caller owns, no
// allocation, no library calls, so nvcc compiles the same function as __host__ __device__ and
// FlatSweepReplayer runs it on the CPU. Each GPU thread replays one scenario, so the scans here
// are O(waiting) or O(running) per event (skipped while no waiting job can fit): simple over fast. Standard C++ outside
// nvcc.

#include <cstdint>

#ifdef __CUDACC__
#define DEBRIEF_HD __host__ __device__
#else
#define DEBRIEF_HD
#endif

namespace debrief::replay {

// The policies the flat step knows; FlatSweepReplayer maps PolicyKind onto these.
enum class FlatPolicy : std::uint32_t { Fifo, FirstFit, Sjf, EasyBackfill, Priority };

inline constexpr std::int64_t kFlatNever = 0x7FFFFFFFFFFFFFFF;

// Every job of the trace (after the sweep-wide gpu-jobs-only filter and the scenario's arrival
// scale) in queue rank order (submit, trace index), with the trace's (scaled) submit times: each
// scenario drops the jobs its cluster rejects and rebases the rest, as AcceptedJobs does.
struct FlatJobs {
    const std::int64_t* submit = nullptr;
    const std::int64_t* duration = nullptr;  // >= 0
    const std::uint32_t* gpus = nullptr;
    const std::int32_t* priority = nullptr;
    std::uint32_t count = 0;
};

struct FlatScenario {
    FlatPolicy policy = FlatPolicy::Fifo;
    std::uint64_t clusterGpus = 0;
    std::int64_t priorityAgingPerHour = 0;
};

// Per-scenario memory, sized by the caller: firstStart, end and waiting hold FlatJobs::count
// entries; runningEnd and runningJob hold runningCapacity (at most cluster GPUs + 0-GPU jobs run at
// once). Jobs the cluster rejects keep kFlatNever in firstStart and end.
struct FlatScratch {
    std::int64_t* firstStart = nullptr;
    std::int64_t* end = nullptr;
    std::uint32_t* waiting = nullptr;  // ranks, in the policy's order
    std::int64_t* runningEnd = nullptr;
    std::uint32_t* runningJob = nullptr;  // with runningEnd: sorted by (end, rank) descending
    std::uint32_t runningCapacity = 0;
};

enum class FlatStatus : std::int32_t { Done = 0, RunningOverflow = 1 };

struct FlatOutcome {
    std::int64_t usedGpuSeconds = 0;  // the integral of busy GPUs over time, as ReplayState keeps it
    std::int64_t origin = 0;          // submit of the first accepted job, which became 0
    std::uint32_t accepted = 0;
    FlatStatus status = FlatStatus::Done;
};

// Each policy's order key; the waiting list is kept sorted by (key, rank). fifo and first-fit use
// rank order (key 0), sjf the duration, priority the aged-priority key of PriorityKey.
DEBRIEF_HD inline std::int64_t flatOrderKey(const FlatJobs& jobs, const FlatScenario& scenario, std::uint32_t rank,
                                            std::int64_t rebasedSubmit)
{
    if (scenario.policy == FlatPolicy::Sjf)
        return jobs.duration[rank];
    if (scenario.policy == FlatPolicy::Priority)
        return scenario.priorityAgingPerHour * rebasedSubmit - std::int64_t(jobs.priority[rank]) * 3600;
    return 0;
}

// Replays one scenario. Returns the outcome; per-job times land in scratch.firstStart/end by rank.
DEBRIEF_HD inline FlatOutcome replayFlat(const FlatJobs& jobs, const FlatScenario& scenario, const FlatScratch& scratch)
{
    FlatOutcome outcome;
    const std::uint32_t n = jobs.count;
    const std::uint64_t total = scenario.clusterGpus;
    const auto accepted = [&](std::uint32_t rank) { return std::uint64_t(jobs.gpus[rank]) <= total; };
    const auto submitOf = [&](std::uint32_t rank) { return jobs.submit[rank]; };

    std::uint32_t next = 0;  // next rank to arrive
    while (next < n && !accepted(next))
        ++next;
    const std::int64_t origin = next < n ? submitOf(next) : 0;
    outcome.origin = origin;
    for (std::uint32_t r = 0; r < n; ++r) {
        scratch.firstStart[r] = kFlatNever;
        scratch.end[r] = kFlatNever;
        outcome.accepted += accepted(r) ? 1u : 0u;
    }

    std::uint64_t freeGpus = total;
    // The waiting list is queue[0, waitingCount); removing its front advances `queue`, so fifo and
    // the easy-backfill head cost O(1). Each job is appended once, so it never runs past the end.
    std::uint32_t* queue = scratch.waiting;
    std::uint32_t waitingCount = 0;
    std::uint32_t waitingZeroGpu = 0;  // with no free GPU, only these could start
    std::uint32_t runningCount = 0;
    std::int64_t lastTime = 0;

    // Starts `rank` at t: its end goes into the running list, kept sorted descending so the next
    // completion is the last entry.
    const auto start = [&](std::uint32_t rank, std::int64_t t) -> bool {
        if (runningCount == scratch.runningCapacity)
            return false;
        const std::int64_t end = t + jobs.duration[rank];
        std::uint32_t i = runningCount;
        while (i > 0 && (scratch.runningEnd[i - 1] < end ||
                         (scratch.runningEnd[i - 1] == end && scratch.runningJob[i - 1] < rank))) {
            scratch.runningEnd[i] = scratch.runningEnd[i - 1];
            scratch.runningJob[i] = scratch.runningJob[i - 1];
            --i;
        }
        scratch.runningEnd[i] = end;
        scratch.runningJob[i] = rank;
        ++runningCount;
        freeGpus -= jobs.gpus[rank];
        waitingZeroGpu -= jobs.gpus[rank] == 0 ? 1u : 0u;
        scratch.firstStart[rank] = t;
        scratch.end[rank] = end;
        return true;
    };
    // Removes the waiting entry at `slot`, keeping the order of the rest.
    const auto unwait = [&](std::uint32_t slot) {
        for (std::uint32_t i = slot + 1; i < waitingCount; ++i)
            queue[i - 1] = queue[i];
        --waitingCount;
    };

    while (true) {
        const std::int64_t arrival = next < n ? submitOf(next) - origin : kFlatNever;
        const std::int64_t completion = runningCount > 0 ? scratch.runningEnd[runningCount - 1] : kFlatNever;
        const std::int64_t t = arrival < completion ? arrival : completion;
        if (t == kFlatNever)
            break;
        // ReplayState::advanceTo: busy GPUs integrated up to t.
        if (t > lastTime) {
            outcome.usedGpuSeconds += std::int64_t(total - freeGpus) * (t - lastTime);
            lastTime = t;
        }
        // 1. completions at t.
        while (runningCount > 0 && scratch.runningEnd[runningCount - 1] == t) {
            --runningCount;
            freeGpus += jobs.gpus[scratch.runningJob[runningCount]];
        }
        // 2. arrivals at t, in rank order, each inserted after every waiting job with a key <= its
        // own (it has the highest rank so far, so (key, rank) order puts it after equal keys).
        for (; next < n; ++next) {
            if (!accepted(next))
                continue;
            const std::int64_t submit = submitOf(next) - origin;
            if (submit != t)
                break;
            const std::int64_t key = flatOrderKey(jobs, scenario, next, submit);
            std::uint32_t i = waitingCount;
            while (i > 0) {
                const std::uint32_t other = queue[i - 1];
                if (flatOrderKey(jobs, scenario, other, submitOf(other) - origin) <= key)
                    break;
                queue[i] = other;
                --i;
            }
            queue[i] = next;
            ++waitingCount;
            waitingZeroGpu += jobs.gpus[next] == 0 ? 1u : 0u;
        }
        // 3. the policy decides.
        if (scenario.policy == FlatPolicy::Fifo) {
            // Head-of-line blocking: start from the front while the front fits.
            std::uint32_t started = 0;
            while (started < waitingCount && jobs.gpus[queue[started]] <= freeGpus) {
                if (!start(queue[started], t)) {
                    outcome.status = FlatStatus::RunningOverflow;
                    return outcome;
                }
                ++started;
            }
            queue += started;
            waitingCount -= started;
        } else if (scenario.policy == FlatPolicy::EasyBackfill) {
            // The head starts while it fits (the list is in rank order).
            while (waitingCount > 0 && jobs.gpus[queue[0]] <= freeGpus) {
                if (!start(queue[0], t)) {
                    outcome.status = FlatStatus::RunningOverflow;
                    return outcome;
                }
                ++queue;
                --waitingCount;
            }
            if (waitingCount > 0 && (freeGpus > 0 || waitingZeroGpu > 0)) {
                // Reservation: running jobs by (end, rank) until enough GPUs are free by count.
                const std::int64_t need = jobs.gpus[queue[0]];
                std::int64_t available = std::int64_t(freeGpus);
                std::int64_t shadow = kFlatNever;
                for (std::uint32_t i = runningCount; i > 0; --i) {
                    available += jobs.gpus[scratch.runningJob[i - 1]];
                    if (available >= need) {
                        shadow = scratch.runningEnd[i - 1];
                        for (--i; i > 0 && scratch.runningEnd[i - 1] == shadow; --i)
                            available += jobs.gpus[scratch.runningJob[i - 1]];
                        break;
                    }
                }
                std::int64_t extra = available - need > 0 ? available - need : 0;
                // Backfill in rank order: EasyBackfillPolicy picks the rank-first eligible job again
                // and again; eligibility only shrinks as GPUs and extra are used, so one pass equals it.
                std::uint32_t slot = 1;
                while (slot < waitingCount) {
                    const std::uint32_t rank = queue[slot];
                    const std::int64_t gpus = jobs.gpus[rank];
                    const bool fitsNow = std::uint64_t(gpus) <= freeGpus;
                    const bool endsInTime = shadow != kFlatNever && jobs.duration[rank] <= shadow - t;
                    if (!fitsNow || (gpus > extra && !endsInTime)) {
                        ++slot;
                        continue;
                    }
                    if (shadow == kFlatNever || t + jobs.duration[rank] > shadow)
                        extra -= gpus;
                    if (!start(rank, t)) {
                        outcome.status = FlatStatus::RunningOverflow;
                        return outcome;
                    }
                    unwait(slot);
                }
            }
        } else {
            // first-fit, sjf, priority: one pass in (key, rank) order starting every job that fits.
            // Free GPUs only shrink during the pass, so a skipped job would not fit later in it.
            std::uint32_t kept = 0;
            std::uint32_t i = 0;
            for (; i < waitingCount && (freeGpus > 0 || waitingZeroGpu > 0); ++i) {
                const std::uint32_t rank = queue[i];
                if (jobs.gpus[rank] <= freeGpus) {
                    if (!start(rank, t)) {
                        outcome.status = FlatStatus::RunningOverflow;
                        return outcome;
                    }
                } else {
                    queue[kept++] = rank;
                }
            }
            // Nothing else can start: the unscanned rest stays, closing the gap left by starts.
            if (kept == i) {
                kept = waitingCount;
            } else {
                for (; i < waitingCount; ++i)
                    queue[kept++] = queue[i];
            }
            waitingCount = kept;
        }
    }
    return outcome;
}

}  // namespace debrief::replay
