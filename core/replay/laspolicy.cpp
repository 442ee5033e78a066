#include "laspolicy.h"

namespace debrief::replay {

LasPolicy::LasPolicy(ReplayState& state, AcceptedJobs& jobs, const PolicyOptions& options)
    : m_state(state), m_jobs(jobs), m_thresholds(options.lasThresholds), m_starveFactor(options.lasStarveFactor),
      m_wakes(jobs.size()), m_job(jobs.size())
{
    if (state.allocator().packed())
        m_selection.emplace(jobs, state.allocator().totalGpus());
    else
        m_queued.emplace(jobs, state.allocator().totalGpus(), m_thresholds.size() + 1);
}

std::uint8_t LasPolicy::queueFor(std::int64_t attained) const
{
    std::uint8_t queue = 0;
    while (queue < m_thresholds.size() && attained >= m_thresholds[queue])
        ++queue;
    return queue;
}

void LasPolicy::rekey(std::uint32_t job, bool running)
{
    if (m_queued) {
        if (running) {
            m_queued->removeRunning(job);
            m_queued->addRunning(job, m_job[job].queue);
        } else {
            m_queued->removeWaiting(job);
            m_queued->addWaiting(job, m_job[job].queue);
        }
        return;
    }
    const OrderKey key{2 * std::int64_t(m_job[job].queue) + (running ? 0 : 1), job};
    if (running) {
        m_selection->removeRunning(job);
        m_selection->addRunning(job, key);
    } else {
        m_selection->removeWaiting(job);
        m_selection->addWaiting(job, key);
    }
}

void LasPolicy::planRunning(std::uint32_t job)
{
    const JobState& state = m_job[job];
    const std::int64_t end = state.runStart + m_jobs.duration(job) - state.ran;
    const std::int64_t gpus = m_jobs.gpus(job);
    if (state.queue < m_thresholds.size() && gpus > 0) {
        // The first whole second at which attained service reaches the threshold (most jobs have
        // one GPU: no division for them).
        const std::int64_t service = m_thresholds[state.queue] - state.attained;
        const std::int64_t demote = state.runStart + (gpus == 1 ? service : (service + gpus - 1) / gpus);
        if (demote < end) {
            m_wakes.set(job, demote, Demote);
            return;
        }
    }
    m_wakes.set(job, end, End);
}

void LasPolicy::completeAt(std::int64_t t)
{
    while (nextEvent() == t) {
        const std::uint32_t job = m_wakes.nextJob();
        switch (m_wakes.what(job)) {
        case End:
            m_wakes.remove(job);
            if (m_queued)
                m_queued->removeRunning(job);
            else
                m_selection->removeRunning(job);
            m_state.complete(job, t);
            break;
        case Demote:
            m_job[job].attained += std::int64_t(m_jobs.gpus(job)) * (t - m_job[job].runStart);
            m_job[job].ran += t - m_job[job].runStart;
            m_job[job].runStart = t;
            m_job[job].queue = queueFor(m_job[job].attained);
            rekey(job, true);
            planRunning(job);
            break;
        case Promote:
            m_wakes.remove(job);
            m_job[job].queue = 0;
            m_job[job].attained = 0;
            rekey(job, false);
            break;
        }
    }
}

void LasPolicy::arrive(std::uint32_t job)
{
    if (m_queued)
        m_queued->addWaiting(job, 0);
    else
        m_selection->addWaiting(job, {1, job});
}

void LasPolicy::schedule(std::int64_t t)
{
    m_started.clear();
    m_stopped.clear();
    const bool packed = m_state.allocator().packed();
    if (packed)
        m_selection->selectPacked(0, m_state.allocator(), m_started, m_stopped);
    else
        m_queued->select(m_started, m_stopped);
    for (std::uint32_t job : m_stopped) {
        m_wakes.remove(job);
        m_job[job].attained += std::int64_t(m_jobs.gpus(job)) * (t - m_job[job].runStart);
        m_job[job].ran += t - m_job[job].runStart;
        m_job[job].queue = queueFor(m_job[job].attained);
        rekey(job, false);
        m_state.preempt(job, t, !packed);
        if (m_starveFactor > 0 && m_job[job].queue > 0)
            m_wakes.set(job, t + m_starveFactor * m_job[job].ran + 1, Promote);
    }
    for (std::uint32_t job : m_started) {
        m_job[job].runStart = t;
        if (packed)
            rekey(job, true);  // QueuedSelection already runs it at its queue
        m_state.start(job, t, !packed);
        planRunning(job);
    }
}

}  // namespace debrief::replay
