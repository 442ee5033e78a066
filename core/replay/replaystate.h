#pragma once

#include "acceptedjobs.h"
#include "gpuallocator.h"
#include "simulator.h"

#include <cstdint>
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

    void arrive(std::uint32_t job);
    // `place` false: the caller has already taken (or given back) the job's GPUs in allocator().
    void start(std::uint32_t job, std::int64_t t, bool place = true);
    void preempt(std::uint32_t job, std::int64_t t, bool place = true);
    void complete(std::uint32_t job, std::int64_t t);

    // Called before the events at t are handled: emits the snapshots due before t and integrates
    // busy and stranded GPUs up to t.
    void advanceTo(std::int64_t t);
    // Called after the policy has decided at the current time.
    void settle();
    void emitFinal();

    std::int64_t now() const { return m_lastTime; }
    std::uint64_t preemptions() const { return m_preemptions; }
    std::int64_t usedGpuSeconds() const { return m_usedGpuSeconds; }
    std::int64_t strandedGpuSeconds() const { return m_strandedGpuSeconds; }
    const std::vector<std::int64_t>& firstStarts() const { return m_firstStart; }
    const std::vector<std::int64_t>& ends() const { return m_end; }
    std::vector<std::int64_t>& firstStarts() { return m_firstStart; }
    std::vector<std::int64_t>& ends() { return m_end; }
    std::vector<RunInterval>& runIntervals() { return m_intervals; }

private:
    void emitSnapshot(std::int64_t time, bool final);
    bool someWaitingJobStranded() const;

    AcceptedJobs& m_jobs;
    const ReplayOptions& m_options;
    GpuAllocator m_allocator;
    std::vector<std::int64_t> m_firstStart;
    std::vector<std::int64_t> m_end;
    std::vector<std::int64_t> m_runStart;  // only with keepRunIntervals
    std::vector<RunInterval> m_intervals;

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

} // namespace debrief::replay
