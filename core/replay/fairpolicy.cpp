#include "fairpolicy.h"

#include "trace/job.h"

#include <unordered_map>

namespace debrief::replay {

FairPolicy::FairPolicy(ReplayState& state, AcceptedJobs& jobs, FairShareBy by) : NonPreemptivePolicy(state)
{
    jobs.buildDemandBuckets();
    m_active.resize(m_jobs.demands().size());
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

FairPolicy::Entry FairPolicy::entryOf(std::uint32_t g) const
{
    const Group& group = m_groups[g];
    return {group.gpusInUse, group.members[group.head], g};
}

void FairPolicy::enter(std::uint32_t g)
{
    const Group& group = m_groups[g];
    m_active[m_jobs.bucket(group.members[group.head])].insert(entryOf(g));
}

void FairPolicy::leave(std::uint32_t g)
{
    const Group& group = m_groups[g];
    m_active[m_jobs.bucket(group.members[group.head])].erase(entryOf(g));
}

void FairPolicy::completeAt(std::int64_t t)
{
    while (m_running.nextEnd() == t) {
        const std::uint32_t job = m_running.pop();
        const std::uint32_t g = m_groupOf[job];
        const bool active = waiting(m_groups[g]);
        if (active)
            leave(g);
        m_groups[g].gpusInUse -= m_jobs.gpus(job);
        if (active)
            enter(g);
        m_state.complete(job, t);
    }
}

void FairPolicy::arrive(std::uint32_t job)
{
    const std::uint32_t g = m_groupOf[job];
    Group& group = m_groups[g];
    ++group.arrived;
    if (group.arrived == group.head + 1)
        enter(g);
}

void FairPolicy::schedule(std::int64_t t)
{
    const auto& demands = m_jobs.demands();
    while (true) {
        if (m_state.freeGpus() == 0 && m_state.waitingZeroGpuJobs() == 0)
            return;
        const std::set<Entry>* best = nullptr;
        for (std::size_t b = 0; b < m_active.size(); ++b) {
            if (m_active[b].empty())
                continue;
            if (!m_state.fits(demands[b]))
                break;
            if (best == nullptr || *m_active[b].begin() < *best->begin())
                best = &m_active[b];
        }
        if (best == nullptr)
            return;
        const std::uint32_t bestJob = std::get<1>(*best->begin());
        const std::uint32_t g = std::get<2>(*best->begin());
        leave(g);
        Group& group = m_groups[g];
        ++group.head;
        group.gpusInUse += m_jobs.gpus(bestJob);
        if (waiting(group))
            enter(g);
        start(bestJob, t);
    }
}

}  // namespace debrief::replay
