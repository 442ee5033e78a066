#include "laspolicy.h"

namespace debrief::replay {

LasPolicy::LasPolicy(ReplayState& state, AcceptedJobs& jobs, const PolicyOptions& options)
    : m_state(state), m_jobs(jobs), m_thresholds(options.lasThresholds), m_starveFactor(options.lasStarveFactor),
      m_wakes(jobs.size()), m_queue(jobs.size(), 0), m_attained(jobs.size(), 0), m_ran(jobs.size(), 0),
      m_runStart(jobs.size(), 0), m_waitSince(jobs.size(), 0)
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
            m_queued->addRunning(job, m_queue[job]);
        } else {
            m_queued->removeWaiting(job);
            m_queued->addWaiting(job, m_queue[job]);
        }
        return;
    }
    const OrderKey key{2 * std::int64_t(m_queue[job]) + (running ? 0 : 1), job};
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
    const std::int64_t end = m_runStart[job] + m_jobs.duration(job) - m_ran[job];
    const std::uint8_t queue = m_queue[job];
    const std::int64_t gpus = m_jobs.gpus(job);
    if (queue < m_thresholds.size() && gpus > 0) {
        // The first whole second at which attained service reaches the threshold.
        const std::int64_t demote = m_runStart[job] + (m_thresholds[queue] - m_attained[job] + gpus - 1) / gpus;
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
            m_attained[job] += std::int64_t(m_jobs.gpus(job)) * (t - m_runStart[job]);
            m_ran[job] += t - m_runStart[job];
            m_runStart[job] = t;
            m_queue[job] = queueFor(m_attained[job]);
            rekey(job, true);
            planRunning(job);
            break;
        case Promote:
            m_wakes.remove(job);
            m_queue[job] = 0;
            m_attained[job] = 0;
            rekey(job, false);
            break;
        }
    }
}

void LasPolicy::arrive(std::uint32_t job)
{
    m_waitSince[job] = m_jobs.submit(job);
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
        m_attained[job] += std::int64_t(m_jobs.gpus(job)) * (t - m_runStart[job]);
        m_ran[job] += t - m_runStart[job];
        m_queue[job] = queueFor(m_attained[job]);
        m_waitSince[job] = t;
        rekey(job, false);
        m_state.preempt(job, t, !packed);
        if (m_starveFactor > 0 && m_queue[job] > 0)
            m_wakes.set(job, t + m_starveFactor * m_ran[job] + 1, Promote);
    }
    for (std::uint32_t job : m_started) {
        m_runStart[job] = t;
        if (packed)
            rekey(job, true);  // QueuedSelection already runs it at its queue
        m_state.start(job, t, !packed);
        planRunning(job);
    }
}

}  // namespace debrief::replay
