#pragma once

#include "acceptedjobs.h"
#include "gpuallocator.h"
#include "simulator.h"

#include <cstdint>
#include <span>
#include <vector>

namespace debrief::replay {

// What every policy shares during one replay: the jobs, the GPUs, each job's first start and end,
// the counters a snapshot shows and the time integrals the metrics need. Policies decide; this
// records. Integer-only, so the same decisions give bit-identical books everywhere.
class ReplayState {
public:
    ReplayState(AcceptedJobs& jobs, const ReplayOptions& options);

    const AcceptedJobs& jobs() const { return m_jobs; }
    GpuAllocator& allocator() { return m_allocator; }
    bool fits(std::uint32_t gpus) const { return m_allocator.fits(gpus); }
    std::uint64_t freeGpus() const { return m_allocator.freeGpus(); }
    std::uint64_t waitingZeroGpuJobs() const { return m_waitingZeroGpu; }

    // Inline: these run once or twice per job, millions of times in a big replay.
    void arrive(std::uint32_t job)
    {
        const std::uint32_t gpus = m_jobs.gpus(job);
        ++m_waitingJobs;
        m_waitingGpus += gpus;
        m_waitingZeroGpu += gpus == 0;
        if (!m_waitingPerBucket.empty())
            ++m_waitingPerBucket[m_jobs.bucket(job)];
    }
    // `place` false: the caller has already taken (or given back) the job's GPUs in allocator().
    void start(std::uint32_t job, std::int64_t t, bool place = true)
    {
        const std::uint32_t gpus = m_jobs.gpus(job);
        if (place)
            m_allocator.allocate(job, gpus);
        --m_waitingJobs;
        m_waitingGpus -= gpus;
        m_waitingZeroGpu -= gpus == 0;
        ++m_runningJobs;
        if (!m_waitingPerBucket.empty())
            --m_waitingPerBucket[m_jobs.bucket(job)];
        if (m_firstStart[job] == kNever) {
            m_firstStart[job] = t;
            if (m_snapshots)
                m_windowDelays.push_back(t - m_jobs.submit(job));
        } else {
            resume(job, t);
        }
        if (!m_runStart.empty())
            m_runStart[job] = t;
    }
    void preempt(std::uint32_t job, std::int64_t t, bool place = true);
    void complete(std::uint32_t job, std::int64_t t)
    {
        m_allocator.release(job, m_jobs.gpus(job));
        --m_runningJobs;
        ++m_completed;
        m_end[job] = t;  // a preempted job's slot held its interruption record's handle until now
        m_windowCompleted += m_snapshots;
        if (!m_runStart.empty())
            logInterval(job, t);
    }

    // Called before the events at t are handled: emits the snapshots due before t and integrates
    // busy and stranded GPUs up to t.
    void advanceTo(std::int64_t t)
    {
        if (t <= m_lastTime)
            return;
        if (m_snapshots)
            emitSnapshotsBefore(t);
        const std::int64_t span = t - m_lastTime;
        const auto busy = std::int64_t(m_allocator.totalGpus() - m_allocator.freeGpus());
        m_usedGpuSeconds += busy * span;
        if (m_stranded)
            m_strandedGpuSeconds += std::int64_t(m_allocator.freeGpus()) * span;
        m_lastTime = t;
    }
    // Called after the policy has decided at the current time.
    void settle()
    {
        if (!m_waitingPerBucket.empty())
            m_stranded = m_waitingJobs > 0 && someWaitingJobStranded();
    }
    void emitFinal();
    bool hasEventHook() const { return bool(m_options.onEvent); }
    void emitEvent(std::int64_t t) const;  // ReplayOptions::onEvent with the state after the events at t

    std::int64_t now() const { return m_lastTime; }
    std::uint64_t preemptions() const { return m_preemptions; }
    std::int64_t usedGpuSeconds() const { return m_usedGpuSeconds; }
    std::int64_t strandedGpuSeconds() const { return m_strandedGpuSeconds; }
    std::span<const std::int64_t> submits() const { return m_jobs.submits(); }
    const std::vector<std::int64_t>& firstStarts() const { return m_firstStart; }
    const std::vector<std::int64_t>& ends() const { return m_end; }
    std::vector<std::int64_t>& firstStarts() { return m_firstStart; }
    std::vector<std::int64_t>& ends() { return m_end; }
    std::vector<RunInterval>& runIntervals() { return m_intervals; }
    // Every job preempted at least once, counted as it happened (job = rank), in order of first
    // preemption. Complete once the replay has finished.
    const std::vector<Interruption>& interruptions() const { return m_interruptions; }

private:
    void emitSnapshot(std::int64_t time, bool final);
    void emitSnapshotsBefore(std::int64_t t);
    void logInterval(std::uint32_t job, std::int64_t t);
    void resume(std::uint32_t job, std::int64_t t);
    Interruption& interruptionOf(std::uint32_t job);
    bool someWaitingJobStranded() const;

    AcceptedJobs& m_jobs;
    const ReplayOptions& m_options;
    GpuAllocator m_allocator;
    std::vector<std::int64_t> m_firstStart;
    std::vector<std::int64_t> m_end;
    std::vector<std::int64_t> m_runStart;  // only with keepRunIntervals
    std::vector<RunInterval> m_intervals;
    // Preempted jobs only: no per-job array. While a job has not ended, its m_end slot is free, so a
    // preempted job keeps -(record index + 1) there until complete() writes its end.
    std::vector<Interruption> m_interruptions;
    std::int64_t m_restartPenalty = 0;  // srtf's, added to a job's run at each preemption

    std::uint64_t m_waitingJobs = 0;
    std::uint64_t m_waitingGpus = 0;
    std::uint64_t m_waitingZeroGpu = 0;
    std::uint64_t m_runningJobs = 0;
    std::uint64_t m_completed = 0;
    std::uint64_t m_preemptions = 0;
    std::int64_t m_lastTime = 0;
    std::int64_t m_usedGpuSeconds = 0;
    std::int64_t m_strandedGpuSeconds = 0;
    bool m_stranded = false;
    std::vector<std::uint64_t> m_waitingPerBucket;  // packed only, for fragmentation

    bool m_snapshots = false;
    std::int64_t m_nextSnapshot = 0;
    std::int64_t m_lastSnapshot = 0;
    std::uint64_t m_windowCompleted = 0;
    std::vector<std::int64_t> m_windowDelays;
};

}  // namespace debrief::replay
