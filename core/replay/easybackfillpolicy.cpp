#include "easybackfillpolicy.h"

namespace debrief::replay {

EasyBackfillPolicy::EasyBackfillPolicy(ReplayState& state, AcceptedJobs& jobs)
    : m_state(state), m_jobs(jobs), m_started(jobs.size(), false)
{
    jobs.buildDemandBuckets();
    m_buckets.resize(jobs.demands().size());
    m_slot.resize(jobs.size());
    for (std::uint32_t job = 0; job < jobs.size(); ++job) {
        Bucket& bucket = m_buckets[jobs.bucket(job)];
        m_slot[job] = std::uint32_t(bucket.members.size());
        bucket.members.push_back(job);
    }
    for (Bucket& bucket : m_buckets) {
        while (bucket.leaves < bucket.members.size())
            bucket.leaves *= 2;
        bucket.tree.assign(2 * std::size_t(bucket.leaves), kNever);
    }
}

void EasyBackfillPolicy::setLeaf(Bucket& bucket, std::uint32_t slot, std::int64_t value)
{
    std::size_t i = bucket.leaves + slot;
    bucket.tree[i] = value;
    for (i /= 2; i >= 1; i /= 2)
        bucket.tree[i] = std::min(bucket.tree[2 * i], bucket.tree[2 * i + 1]);
}

std::uint32_t EasyBackfillPolicy::firstShortEnough(const Bucket& bucket, std::int64_t limit) const
{
    if (bucket.tree[1] > limit)
        return kNoJob;
    std::size_t i = 1;
    while (i < bucket.leaves)
        i = bucket.tree[2 * i] <= limit ? 2 * i : 2 * i + 1;
    return std::uint32_t(i - bucket.leaves);
}

void EasyBackfillPolicy::completeAt(std::int64_t t)
{
    while (!m_running.empty() && m_running.begin()->first == t) {
        const std::uint32_t job = m_running.begin()->second;
        m_running.erase(m_running.begin());
        m_state.complete(job, t);
    }
}

void EasyBackfillPolicy::arrive(std::uint32_t job)
{
    Bucket& bucket = m_buckets[m_jobs.bucket(job)];
    ++bucket.arrived;
    setLeaf(bucket, m_slot[job], m_jobs.duration(job));
}

void EasyBackfillPolicy::start(std::uint32_t job, std::int64_t t)
{
    Bucket& bucket = m_buckets[m_jobs.bucket(job)];
    m_started[job] = true;
    setLeaf(bucket, m_slot[job], kNever);
    while (bucket.head < bucket.arrived && m_started[bucket.members[bucket.head]])
        ++bucket.head;
    m_state.start(job, t);
    m_running.emplace(t + m_jobs.duration(job), job);
}

void EasyBackfillPolicy::schedule(std::int64_t t)
{
    const auto& demands = m_jobs.demands();
    while (true) {
        // The head: the rank-first waiting job over all buckets.
        std::uint32_t head = kNoJob;
        for (const Bucket& bucket : m_buckets) {
            if (bucket.head < bucket.arrived)
                head = std::min(head, bucket.members[bucket.head]);
        }
        if (head == kNoJob)
            return;
        if (m_state.fits(m_jobs.gpus(head))) {
            start(head, t);
            continue;
        }

        // Reservation: walk running jobs by end until enough GPUs are free by count.
        const std::int64_t need = m_jobs.gpus(head);
        std::int64_t available = std::int64_t(m_state.freeGpus());
        std::int64_t shadow = kNever;
        for (auto it = m_running.begin(); it != m_running.end(); ++it) {
            available += m_jobs.gpus(it->second);
            if (available >= need) {
                shadow = it->first;
                // Every other job ending at the shadow time frees its GPUs then too: they are extra.
                for (++it; it != m_running.end() && it->first == shadow; ++it)
                    available += m_jobs.gpus(it->second);
                break;
            }
        }
        std::int64_t extra = std::max<std::int64_t>(available - need, 0);

        // Backfill: repeatedly the rank-first later job that fits now and does not delay the head.
        while (true) {
            std::uint32_t best = kNoJob;
            for (std::uint32_t b = 0; b < m_buckets.size(); ++b) {
                const Bucket& bucket = m_buckets[b];
                if (bucket.head >= bucket.arrived)
                    continue;
                if (!m_state.fits(demands[b]))
                    break;  // the head's own demand never fits here, so the head is never picked
                std::uint32_t candidate = kNoJob;
                if (std::int64_t(demands[b]) <= extra) {
                    candidate = bucket.members[bucket.head];
                } else if (shadow != kNever) {
                    const std::uint32_t slot = firstShortEnough(bucket, shadow - t);
                    if (slot != kNoJob)
                        candidate = bucket.members[slot];
                }
                best = std::min(best, candidate);
            }
            if (best == kNoJob)
                return;
            if (shadow == kNever || t + m_jobs.duration(best) > shadow)
                extra -= m_jobs.gpus(best);
            start(best, t);
        }
    }
}

}  // namespace debrief::replay
