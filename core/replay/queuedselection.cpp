#include "queuedselection.h"

#include <algorithm>

namespace debrief::replay {

QueuedSelection::QueuedSelection(AcceptedJobs& jobs, std::uint64_t capacity, std::size_t levels)
    : m_jobs(jobs), m_capacity(capacity), m_stamp(jobs.size(), 0), m_levelOf(jobs.size(), kNotRunning)
{
    jobs.buildDemandBuckets();
    m_buckets = jobs.demands().size();
    m_running.reserve(levels);
    for (std::size_t level = 0; level < levels; ++level)
        m_running.emplace_back(jobs.size());
    m_waiting.resize(levels * m_buckets);
}

void QueuedSelection::addWaiting(std::uint32_t job, std::uint8_t level)
{
    auto& waiting = heap(level, m_jobs.bucket(job));
    waiting.push_back({job, ++m_stamp[job]});
    std::push_heap(waiting.begin(), waiting.end());
}

void QueuedSelection::addRunning(std::uint32_t job, std::uint8_t level)
{
    m_levelOf[job] = level;
    m_running[level].insert(job, {0, job}, m_jobs.gpus(job));
}

void QueuedSelection::removeRunning(std::uint32_t job)
{
    m_running[m_levelOf[job]].erase(job);
    m_levelOf[job] = kNotRunning;
}

const QueuedSelection::Entry* QueuedSelection::head(std::vector<Entry>& waiting)
{
    while (!waiting.empty() && !live(waiting.front())) {
        std::pop_heap(waiting.begin(), waiting.end());
        waiting.pop_back();
    }
    return waiting.empty() ? nullptr : &waiting.front();
}

void QueuedSelection::select(std::vector<std::uint32_t>& started, std::vector<std::uint32_t>& stopped)
{
    const auto& demands = m_jobs.demands();
    std::uint64_t used = 0;
    for (std::size_t level = 0; level < m_running.size(); ++level) {
        // Running jobs of this level, by rank: each keeps its GPUs if they fit after the jobs ahead.
        SelectionTree& running = m_running[level];
        if (used + running.total() > m_capacity) {
            const std::uint64_t room = m_capacity - used;
            // First fit with skipping: the first job whose prefix overflows stops, the rest move up.
            for (std::uint32_t job = running.firstOverflow(room); job != SelectionTree::kNone;
                 job = running.firstOverflow(room)) {
                removeRunning(job);
                stopped.push_back(job);
            }
        }
        used += running.total();
        // Waiting jobs of this level, by rank: the first one that fits in what is left starts. A
        // demand that does not fit now never fits later in this walk (what is left only shrinks).
        while (true) {
            const std::uint64_t room = m_capacity - used;
            std::size_t best = m_buckets;
            std::uint32_t bestRank = kNoJob;
            for (std::size_t b = 0; b < m_buckets && demands[b] <= room; ++b) {
                const Entry* first = head(heap(level, b));
                if (first != nullptr && first->rank < bestRank) {
                    best = b;
                    bestRank = first->rank;
                }
            }
            if (best == m_buckets)
                break;
            auto& waiting = heap(level, best);
            ++m_stamp[bestRank];
            std::pop_heap(waiting.begin(), waiting.end());
            waiting.pop_back();
            addRunning(bestRank, std::uint8_t(level));
            used += demands[best];
            started.push_back(bestRank);
        }
    }
}

}  // namespace debrief::replay
