#include "fairpolicy.h"

#include "trace/job.h"

#include <unordered_map>

namespace debrief::replay {

FairPolicy::FairPolicy(ReplayState& state, FairShareBy by) : NonPreemptivePolicy(state)
{
    std::unordered_map<std::uint32_t, std::uint32_t> dense;
    m_groupOf.resize(m_jobs.size());
    for (std::uint32_t job = 0; job < m_jobs.size(); ++job) {
        const trace::Job& record = m_jobs.job(job);
        const std::uint32_t name = by == FairShareBy::User ? record.user : record.vc;
        auto [it, added] = dense.try_emplace(name, std::uint32_t(m_groups.size()));
        if (added)
            m_groups.emplace_back();
        m_groupOf[job] = it->second;
        m_groups[it->second].members.push_back(job);
    }
}

void FairPolicy::completeAt(std::int64_t t)
{
    while (m_running.nextEnd() == t) {
        const std::uint32_t job = m_running.pop();
        m_groups[m_groupOf[job]].gpusInUse -= m_jobs.gpus(job);
        m_state.complete(job, t);
    }
}

void FairPolicy::arrive(std::uint32_t job)
{
    const std::uint32_t g = m_groupOf[job];
    Group& group = m_groups[g];
    ++group.arrived;
    if (group.activeSlot == kNoJob) {
        group.activeSlot = std::uint32_t(m_active.size());
        m_active.push_back(g);
    }
}

void FairPolicy::deactivate(std::uint32_t g)
{
    const std::uint32_t slot = m_groups[g].activeSlot;
    m_active[slot] = m_active.back();
    m_groups[m_active[slot]].activeSlot = slot;
    m_active.pop_back();
    m_groups[g].activeSlot = kNoJob;
}

void FairPolicy::schedule(std::int64_t t)
{
    while (!m_active.empty()) {
        if (m_state.freeGpus() == 0 && m_state.waitingZeroGpuJobs() == 0)
            return;
        std::uint32_t bestGroup = kNoJob;
        std::uint32_t bestJob = kNoJob;
        std::uint64_t bestUse = 0;
        for (std::uint32_t g : m_active) {
            const Group& group = m_groups[g];
            const std::uint32_t job = group.members[group.head];
            if (bestGroup != kNoJob && (group.gpusInUse > bestUse || (group.gpusInUse == bestUse && job > bestJob)))
                continue;
            if (!m_state.fits(m_jobs.gpus(job)))
                continue;
            bestGroup = g;
            bestJob = job;
            bestUse = group.gpusInUse;
        }
        if (bestGroup == kNoJob)
            return;
        Group& group = m_groups[bestGroup];
        ++group.head;
        group.gpusInUse += m_jobs.gpus(bestJob);
        if (group.head == group.arrived)
            deactivate(bestGroup);
        start(bestJob, t);
    }
}

}  // namespace debrief::replay
