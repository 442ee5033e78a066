#include "queuedselection.h"

#include <algorithm>

namespace debrief::replay {

QueuedSelection::QueuedSelection(AcceptedJobs& jobs, std::uint64_t capacity, std::size_t levels)
    : m_jobs(jobs), m_capacity(capacity), m_stamp(jobs.size(), 0), m_levelOf(jobs.size(), kNone)
{
    jobs.buildDemandBuckets();
    m_buckets = jobs.demands().size();
    m_running.reserve(levels);
    for (std::size_t level = 0; level < levels; ++level)
        m_running.emplace_back(jobs.gpuCounts());
    m_waiting.resize(levels * m_buckets);
    m_head.assign(levels * m_buckets, kNoJob);
    m_waitingBuckets.assign(levels, 0);
}

void QueuedSelection::addWaiting(std::uint32_t job, std::uint8_t level)
{
    const std::size_t bucket = m_jobs.bucket(job);
    auto& waiting = heap(level, bucket);
    waiting.push_back({job, ++m_stamp[job]});
    std::push_heap(waiting.begin(), waiting.end());
    m_levelOf[job] = std::uint16_t(kWaiting + level);
    std::uint32_t& head = m_head[level * m_buckets + bucket];
    m_waitingBuckets[level] += head == kNoJob;
    if (job < head)
        head = job;  // kNoJob is larger than every rank
}

void QueuedSelection::removeWaiting(std::uint32_t job)
{
    ++m_stamp[job];
    if (m_levelOf[job] < kWaiting || m_levelOf[job] == kNone)
        return;  // not waiting (las re-keys a job it has just stopped)
    const std::size_t level = m_levelOf[job] - kWaiting;
    m_levelOf[job] = kNone;
    const std::size_t bucket = m_jobs.bucket(job);
    if (m_head[level * m_buckets + bucket] == job)
        refreshHead(level, bucket);
}

void QueuedSelection::addRunning(std::uint32_t job, std::uint8_t level)
{
    m_levelOf[job] = level;
    m_running[level].insert(job);
}

void QueuedSelection::removeRunning(std::uint32_t job)
{
    m_running[m_levelOf[job]].erase(job);
    m_levelOf[job] = kNone;
}

void QueuedSelection::refreshHead(std::size_t level, std::size_t bucket)
{
    auto& waiting = heap(level, bucket);
    while (!waiting.empty() && !live(waiting.front())) {
        std::pop_heap(waiting.begin(), waiting.end());
        waiting.pop_back();
    }
    std::uint32_t& head = m_head[level * m_buckets + bucket];
    const std::uint32_t was = head;
    head = waiting.empty() ? kNoJob : waiting.front().rank;
    m_waitingBuckets[level] += std::uint32_t(was == kNoJob) - std::uint32_t(head == kNoJob);
}

void QueuedSelection::select(std::vector<std::uint32_t>& started, std::vector<std::uint32_t>& stopped)
{
    const auto& demands = m_jobs.demands();
    std::uint64_t used = 0;
    for (std::size_t level = 0; level < m_running.size(); ++level) {
        // Running jobs of this level, by rank: each keeps its GPUs if they fit after the jobs ahead.
        RankedRunning& running = m_running[level];
        if (used + running.total() > m_capacity) {
            const std::uint64_t room = m_capacity - used;
            // First fit with skipping: the first job whose prefix overflows stops, the rest move up.
            for (std::uint32_t job = running.firstOverflow(room); job != RankedRunning::kNone;
                 job = running.firstOverflow(room)) {
                removeRunning(job);
                stopped.push_back(job);
            }
        }
        used += running.total();
        // Waiting jobs of this level, by rank: the first one that fits in what is left starts. A
        // demand that does not fit now never fits later in this walk (what is left only shrinks).
        const std::uint32_t* heads = &m_head[level * m_buckets];
        while (m_waitingBuckets[level] > 0) {
            const std::uint64_t room = m_capacity - used;
            std::size_t best = m_buckets;
            std::uint32_t bestRank = kNoJob;
            for (std::size_t b = 0; b < m_buckets && demands[b] <= room; ++b) {
                if (heads[b] < bestRank) {
                    best = b;
                    bestRank = heads[b];
                }
            }
            if (best == m_buckets)
                break;
            auto& waiting = heap(level, best);
            ++m_stamp[bestRank];
            std::pop_heap(waiting.begin(), waiting.end());
            waiting.pop_back();
            refreshHead(level, best);
            addRunning(bestRank, std::uint8_t(level));
            used += demands[best];
            started.push_back(bestRank);
        }
    }
}

}  // namespace debrief::replay
