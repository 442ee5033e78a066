#include "replaystate.h"

#include "trace/job.h"

#include <algorithm>

namespace debrief::replay {

ReplayState::ReplayState(AcceptedJobs& jobs, const ReplayOptions& options)
    : m_jobs(jobs), m_options(options), m_allocator(options.cluster, jobs.size())
{
    m_firstStart.assign(jobs.size(), kNever);
    m_end.assign(jobs.size(), kNever);
    if (options.keepRunIntervals)
        m_runStart.assign(jobs.size(), kNever);
    if (m_allocator.packed()) {
        jobs.buildDemandBuckets();
        m_waitingPerBucket.assign(jobs.demands().size(), 0);
    }
    if (options.policy == PolicyKind::Srtf)
        m_restartPenalty = options.policyOptions.srtfRestartPenalty;
    m_snapshots = options.onSnapshot && options.snapshotStep > 0;
    m_nextSnapshot = options.snapshotStep;
}

void ReplayState::preempt(std::uint32_t job, std::int64_t t, bool place)
{
    const std::uint32_t gpus = m_jobs.gpus(job);
    if (place)
        m_allocator.release(job, gpus);
    ++m_preemptions;
    Interruption& record = interruptionOf(job);
    ++record.preemptions;
    record.preemptedSeconds -= t;  // + the restart time in resume()
    record.penaltySeconds += m_restartPenalty;
    --m_runningJobs;
    ++m_waitingJobs;
    m_waitingGpus += gpus;
    m_waitingZeroGpu += gpus == 0;
    if (!m_waitingPerBucket.empty())
        ++m_waitingPerBucket[m_jobs.bucket(job)];
    if (!m_runStart.empty())
        logInterval(job, t);
}

Interruption& ReplayState::interruptionOf(std::uint32_t job)
{
    std::int64_t& slot = m_end[job];
    if (slot == kNever) {
        slot = -std::int64_t(m_interruptions.size()) - 1;
        m_interruptions.push_back({job, 0, 0, 0});
    }
    return m_interruptions[std::size_t(-slot - 1)];
}

void ReplayState::resume(std::uint32_t job, std::int64_t t)
{
    m_interruptions[std::size_t(-m_end[job] - 1)].preemptedSeconds += t;
}

bool ReplayState::someWaitingJobStranded() const
{
    // Fits is monotone in demand, so only the smallest waiting demand that does not fit matters.
    const auto& demands = m_jobs.demands();
    for (std::size_t b = 0; b < demands.size(); ++b) {
        if (m_waitingPerBucket[b] == 0 || m_allocator.fits(demands[b]))
            continue;
        return demands[b] <= m_allocator.freeGpus();
    }
    return false;
}

void ReplayState::emitSnapshotsBefore(std::int64_t t)
{
    while (m_nextSnapshot < t) {
        emitSnapshot(m_nextSnapshot, false);
        m_nextSnapshot += m_options.snapshotStep;
    }
}

void ReplayState::logInterval(std::uint32_t job, std::int64_t t)
{
    m_intervals.push_back({m_jobs.index(job), m_runStart[job], t});
}

void ReplayState::emitFinal()
{
    if (m_options.onSnapshot)
        emitSnapshot(m_lastTime, true);
}

void ReplayState::emitEvent(std::int64_t t) const
{
    Snapshot snapshot;
    snapshot.time = t;
    snapshot.waitingJobs = m_waitingJobs;
    snapshot.waitingGpus = m_waitingGpus;
    snapshot.runningJobs = m_runningJobs;
    snapshot.busyGpus = m_allocator.totalGpus() - m_allocator.freeGpus();
    snapshot.completedJobs = m_completed;
    const CostUsd cost = costOf(m_allocator.totalGpus(), t, m_usedGpuSeconds, 0, m_options.cluster.pricePerGpuHour);
    snapshot.usedCostUsd = cost.used;
    snapshot.idleCostUsd = cost.idle;
    m_options.onEvent(snapshot);
}

void ReplayState::emitSnapshot(std::int64_t time, bool final)
{
    Snapshot snapshot;
    snapshot.time = time;
    snapshot.final = final;
    snapshot.waitingJobs = m_waitingJobs;
    snapshot.waitingGpus = m_waitingGpus;
    snapshot.runningJobs = m_runningJobs;
    snapshot.busyGpus = m_allocator.totalGpus() - m_allocator.freeGpus();
    snapshot.completedJobs = m_completed;
    const std::int64_t used = m_usedGpuSeconds + std::int64_t(snapshot.busyGpus) * (time - m_lastTime);
    const CostUsd cost = costOf(m_allocator.totalGpus(), time, used, 0, m_options.cluster.pricePerGpuHour);
    snapshot.usedCostUsd = cost.used;
    snapshot.idleCostUsd = cost.idle;
    const std::int64_t window = time - m_lastSnapshot;
    snapshot.throughputJobsPerHour = window > 0 ? double(m_windowCompleted) * 3600.0 / double(window) : 0.0;
    if (!m_windowDelays.empty()) {
        const std::size_t n = m_windowDelays.size();
        const std::size_t at = (95 * n + 99) / 100 - 1;
        std::nth_element(m_windowDelays.begin(), m_windowDelays.begin() + std::ptrdiff_t(at), m_windowDelays.end());
        snapshot.p95QueueingDelayWindow = m_windowDelays[at];
    }
    m_windowDelays.clear();
    m_windowCompleted = 0;
    m_lastSnapshot = time;
    m_options.onSnapshot(snapshot);
}

}  // namespace debrief::replay
