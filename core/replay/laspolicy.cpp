#include "laspolicy.h"

namespace debrief::replay {

LasPolicy::LasPolicy(ReplayState& state, AcceptedJobs& jobs, const PolicyOptions& options)
    : m_state(state), m_jobs(jobs), m_thresholds(options.lasThresholds), m_starveFactor(options.lasStarveFactor),
      m_selection(jobs, state.allocator().totalGpus()), m_queue(jobs.size(), 0), m_attained(jobs.size(), 0),
      m_ran(jobs.size(), 0), m_runStart(jobs.size(), 0), m_waitSince(jobs.size(), 0), m_epoch(jobs.size(), 0)
{
}

std::uint8_t LasPolicy::queueFor(std::int64_t attained) const
{
    std::uint8_t queue = 0;
    while (queue < m_thresholds.size() && attained >= m_thresholds[queue])
        ++queue;
    return queue;
}

bool LasPolicy::current(const Event& event) const
{
    if (event.epoch != m_epoch[event.job])
        return false;
    const bool running = m_selection.isRunning(event.job);
    return event.wake == Wake::Promote ? !running : running;
}

std::int64_t LasPolicy::nextEvent()
{
    while (!m_events.empty() && !current(m_events.top()))
        m_events.pop();
    return m_events.empty() ? kNever : m_events.top().time;
}

void LasPolicy::rekey(std::uint32_t job, bool running)
{
    const OrderKey key{2 * std::int64_t(m_queue[job]) + (running ? 0 : 1), job};
    if (running) {
        m_selection.removeRunning(job);
        m_selection.addRunning(job, key);
    } else {
        m_selection.removeWaiting(job);
        m_selection.addWaiting(job, key);
    }
}

void LasPolicy::scheduleDemotion(std::uint32_t job)
{
    const std::uint8_t queue = m_queue[job];
    const std::int64_t gpus = m_jobs.gpus(job);
    if (queue >= m_thresholds.size() || gpus == 0)
        return;
    // The first whole second at which attained service reaches the threshold.
    const std::int64_t seconds = (m_thresholds[queue] - m_attained[job] + gpus - 1) / gpus;
    m_events.push({m_runStart[job] + seconds, job, Wake::Demote, m_epoch[job]});
}

void LasPolicy::completeAt(std::int64_t t)
{
    while (nextEvent() == t) {
        const Event event = m_events.top();
        m_events.pop();
        const std::uint32_t job = event.job;
        switch (event.wake) {
        case Wake::End:
            ++m_epoch[job];
            m_selection.removeRunning(job);
            m_state.complete(job, t);
            break;
        case Wake::Demote:
            m_attained[job] += std::int64_t(m_jobs.gpus(job)) * (t - m_runStart[job]);
            m_ran[job] += t - m_runStart[job];
            m_runStart[job] = t;
            m_queue[job] = queueFor(m_attained[job]);
            rekey(job, true);
            scheduleDemotion(job);
            break;
        case Wake::Promote:
            ++m_epoch[job];
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
    m_selection.addWaiting(job, {1, job});
}

void LasPolicy::schedule(std::int64_t t)
{
    m_started.clear();
    m_stopped.clear();
    const bool packed = m_state.allocator().packed();
    if (packed)
        m_selection.selectPacked(0, m_state.allocator(), m_started, m_stopped);
    else
        m_selection.select(0, m_started, m_stopped);
    for (std::uint32_t job : m_stopped) {
        ++m_epoch[job];
        m_attained[job] += std::int64_t(m_jobs.gpus(job)) * (t - m_runStart[job]);
        m_ran[job] += t - m_runStart[job];
        m_queue[job] = queueFor(m_attained[job]);
        m_waitSince[job] = t;
        rekey(job, false);
        m_state.preempt(job, t, !packed);
        if (m_starveFactor > 0 && m_queue[job] > 0)
            m_events.push({t + m_starveFactor * m_ran[job] + 1, job, Wake::Promote, m_epoch[job]});
    }
    for (std::uint32_t job : m_started) {
        ++m_epoch[job];
        m_runStart[job] = t;
        rekey(job, true);
        m_state.start(job, t, !packed);
        m_events.push({t + m_jobs.duration(job) - m_ran[job], job, Wake::End, m_epoch[job]});
        scheduleDemotion(job);
    }
}

}  // namespace debrief::replay
