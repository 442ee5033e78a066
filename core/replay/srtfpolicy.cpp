#include "srtfpolicy.h"

namespace debrief::replay {

SrtfPolicy::SrtfPolicy(ReplayState& state, AcceptedJobs& jobs, std::int64_t restartPenalty)
    : m_state(state), m_jobs(jobs), m_penalty(restartPenalty), m_selection(jobs, state.allocator().totalGpus())
{
}

std::int64_t SrtfPolicy::nextEvent() const
{
    const std::uint32_t first = m_selection.running().first();
    return first == SelectionTree::kNone ? kNever : m_selection.running().key(first).major;
}

void SrtfPolicy::completeAt(std::int64_t t)
{
    for (std::uint32_t job = m_selection.running().first();
         job != SelectionTree::kNone && m_selection.running().key(job).major == t;
         job = m_selection.running().first()) {
        m_selection.removeFirstRunning();
        m_state.complete(job, t);
        m_ended = true;
    }
}

bool SrtfPolicy::newJobFits(std::int64_t t) const
{
    const std::uint64_t capacity = m_state.allocator().totalGpus();
    const std::uint64_t running = m_selection.running().total();
    for (std::uint32_t job : m_arrived) {
        if (running + m_jobs.gpus(job) <= capacity)
            return true;
        const std::uint64_t ahead = m_selection.running().gpusBefore({m_jobs.duration(job) + t, job});
        if (ahead + m_jobs.gpus(job) <= capacity)
            return true;
    }
    return false;
}

void SrtfPolicy::schedule(std::int64_t t)
{
    m_started.clear();
    m_stopped.clear();
    const bool packed = m_state.allocator().packed();
    const bool unchanged = !packed && !m_ended && !newJobFits(t);
    m_arrived.clear();
    m_ended = false;
    if (unchanged)
        return;
    if (packed)
        m_selection.selectPacked(t, m_state.allocator(), m_started, m_stopped);
    else
        m_selection.select(t, m_started, m_stopped);
    // Stopped first: their GPUs are what the started jobs take.
    for (std::uint32_t job : m_stopped) {
        m_state.preempt(job, t, !packed);
        if (m_penalty != 0) {
            const OrderKey key = m_selection.waitingKey(job);
            m_selection.removeWaiting(job);
            m_selection.addWaiting(job, {key.major + m_penalty, job});
        }
    }
    for (std::uint32_t job : m_started)
        m_state.start(job, t, !packed);
}

}  // namespace debrief::replay
