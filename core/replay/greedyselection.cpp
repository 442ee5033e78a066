#include "greedyselection.h"

#include <algorithm>
#include <limits>

namespace debrief::replay {

GreedySelection::GreedySelection(AcceptedJobs& jobs, std::uint64_t capacity)
    : m_jobs(jobs), m_capacity(capacity), m_running(jobs.size()), m_waitingKey(jobs.size()), m_stamp(jobs.size(), 0)
{
    jobs.buildDemandBuckets();
    m_waiting.resize(jobs.demands().size());
    m_head.assign(jobs.demands().size(), kNoHead);
    m_bound.assign(jobs.demands().size(), 0);
    m_boundAt.assign(jobs.demands().size(), kNoHead);
    while (m_fittingBuckets < jobs.demands().size() && jobs.demands()[m_fittingBuckets] <= capacity)
        ++m_fittingBuckets;
}

namespace {
template <typename Entry> bool earlier(const Entry& a, const Entry& b)
{
    return a.major < b.major || (a.major == b.major && a.rank < b.rank);
}
}  // namespace

void GreedySelection::push(std::vector<Entry>& heap, const Entry& entry)
{
    std::size_t at = heap.size();
    heap.push_back(entry);
    while (at > 0) {
        const std::size_t parent = (at - 1) / 4;
        if (!earlier(entry, heap[parent]))
            break;
        heap[at] = heap[parent];
        at = parent;
    }
    heap[at] = entry;
}

void GreedySelection::pop(std::vector<Entry>& heap)
{
    const Entry last = heap.back();
    heap.pop_back();
    const std::size_t n = heap.size();
    if (n == 0)
        return;
    std::size_t at = 0;
    while (true) {
        const std::size_t first = 4 * at + 1;
        if (first >= n)
            break;
        std::size_t best = first;
        const std::size_t stop = std::min(first + 4, n);
        for (std::size_t c = first + 1; c < stop; ++c) {
            if (earlier(heap[c], heap[best]))
                best = c;
        }
        if (!earlier(heap[best], last))
            break;
        heap[at] = heap[best];
        at = best;
    }
    heap[at] = last;
}

void GreedySelection::addWaiting(std::uint32_t job, OrderKey key)
{
    m_waitingKey[job] = key;
    const std::size_t bucket = m_jobs.bucket(job);
    auto& heap = m_waiting[bucket];
    push(heap, {key.major, key.rank, ++m_stamp[job]});
    if (key < m_head[bucket])
        m_head[bucket] = key;
}

void GreedySelection::removeRunning(std::uint32_t job)
{
    m_removed += m_jobs.gpus(job);
    m_running.erase(job);
}

void GreedySelection::removeFirstRunning()
{
    m_removed += m_jobs.gpus(m_running.first());
    m_running.eraseFirst();
}

void GreedySelection::removeWaiting(std::uint32_t job)
{
    ++m_stamp[job];
    const std::size_t bucket = m_jobs.bucket(job);
    if (m_head[bucket].rank == job)
        refreshHead(bucket);
}

void GreedySelection::refreshHead(std::size_t bucket)
{
    auto& heap = m_waiting[bucket];
    while (!heap.empty() && !live(heap.front()))
        pop(heap);
    m_head[bucket] = heap.empty() ? kNoHead : heap.front().key();
}

void GreedySelection::popHead(std::size_t bucket)
{
    auto& heap = m_waiting[bucket];
    ++m_stamp[heap.front().rank];
    pop(heap);
    refreshHead(bucket);
}

void GreedySelection::select(std::int64_t offset, std::vector<std::uint32_t>& started,
                             std::vector<std::uint32_t>& stopped)
{
    const auto& demands = m_jobs.demands();
    const std::size_t buckets = m_fittingBuckets;
    const auto less = [](const OrderKey& a, const OrderKey& b) {
        return a.major < b.major || (a.major == b.major && a.rank < b.rank);
    };
    OrderKey cursor{std::numeric_limits<std::int64_t>::min(), 0};
    // GPUs running ahead of each bucket's head, remembered with the head they were asked for. Every
    // flip happens behind the heads still in play, so it moves all of them by the same amount and
    // a bucket needs a new search only when its head changes: the amount is kept once, in `shift`,
    // and m_ahead holds each search's result less the shift at that time.
    m_aheadOf.assign(buckets, kNoJob);
    m_ahead.resize(buckets);
    std::int64_t shift = 0;
    while (true) {
        // The first waiting job after the cursor that fits in what the running jobs ahead leave.
        // Buckets go by ascending demand, and `limit` is the first head seen so far: a later head
        // either comes after a head that fits (so it is not first) or after one of a smaller
        // demand that does not fit (so it cannot fit either: it has at least as many GPUs ahead).
        // An empty bucket's head is kNoHead, which no limit is above.
        std::uint32_t waiting = kNoJob;
        std::size_t waitingBucket = 0;
        OrderKey waitingAt;
        OrderKey limit = kNoHead;
        const std::uint64_t running = m_running.total();
        for (std::size_t b = 0; b < buckets; ++b) {
            const OrderKey at = m_head[b];
            // Behind the cursor: the walk passed a job of this demand that did not fit.
            if (!less(at, limit) || !less(cursor, at))
                continue;
            limit = at;
            // No search when even every running GPU ahead would leave room.
            bool fits = running + demands[b] <= m_capacity;
            if (!fits) {
                if (m_aheadOf[b] == at.rank) {
                    fits = std::uint64_t(m_ahead[b] + shift) + demands[b] <= m_capacity;
                } else if (!less(at, m_boundAt[b]) &&
                           m_bound[b] - m_removed + std::int64_t(demands[b]) > std::int64_t(m_capacity)) {
                    // An earlier search's count, less every GPU taken out of the running set
                    // since, still leaves no room: no search.
                } else {
                    // Behind every running job (the usual place of a preempted job's key): all of
                    // them are ahead, no search.
                    const std::uint32_t last = m_running.last();
                    const bool behindAll =
                        last != SelectionTree::kNone && less({m_running.key(last).major - offset, last}, at);
                    const std::uint64_t ahead =
                        behindAll ? m_running.total() : m_running.gpusBefore({at.major + offset, at.rank});
                    m_ahead[b] = std::int64_t(ahead) - shift;
                    m_aheadOf[b] = at.rank;
                    m_bound[b] = std::int64_t(ahead) + m_removed;
                    m_boundAt[b] = at;
                    fits = ahead + demands[b] <= m_capacity;
                }
            }
            if (fits) {
                waiting = at.rank;
                waitingAt = at;
                waitingBucket = b;
            }
        }
        // The first running job at which the running prefix overflows the cluster.
        std::uint32_t overflow = kNoJob;
        OrderKey overflowAt;
        if (m_running.total() > m_capacity) {
            // Usually the last running job (srtf stops the longest remaining first): when the jobs
            // before it fit, it is the first at which the prefix overflows, with no tree walk.
            const std::uint32_t last = m_running.last();
            overflow = m_running.total() - m_jobs.gpus(last) <= m_capacity ? last : m_running.firstOverflow(m_capacity);
            overflowAt = {m_running.key(overflow).major - offset, overflow};
        }
        if (waiting == kNoJob && overflow == kNoJob)
            return;
        if (waiting != kNoJob && (overflow == kNoJob || waitingAt < overflowAt)) {
            popHead(waitingBucket);
            addRunning(waiting, {waitingAt.major + offset, waiting});
            started.push_back(waiting);
            cursor = waitingAt;
            shift += std::int64_t(demands[waitingBucket]);
        } else {
            shift -= std::int64_t(m_jobs.gpus(overflow));
            m_removed += m_jobs.gpus(overflow);
            if (overflow == m_running.last())
                m_running.eraseLast();
            else
                m_running.erase(overflow);
            addWaiting(overflow, overflowAt);
            stopped.push_back(overflow);
            cursor = overflowAt;
        }
    }
}

void GreedySelection::selectPacked(std::int64_t offset, GpuAllocator& allocator, std::vector<std::uint32_t>& started,
                                   std::vector<std::uint32_t>& stopped)
{
    struct Active {
        OrderKey at;
        bool running;
        GpuAllocator::Placements placements;
    };
    std::vector<Active> active;
    m_running.forEach([&](std::uint32_t job) {
        const std::uint32_t gpus = m_jobs.gpus(job);
        active.push_back({{m_running.key(job).major - offset, job}, true, allocator.placementsOf(job, gpus)});
        allocator.release(job, gpus);
    });
    for (const auto& bucket : m_waiting) {
        for (const Entry& entry : bucket) {
            if (live(entry))
                active.push_back({entry.key(), false, {}});
        }
    }
    std::sort(active.begin(), active.end(), [](const Active& a, const Active& b) { return a.at < b.at; });
    for (const Active& a : active) {
        const std::uint32_t job = a.at.rank;
        const std::uint32_t gpus = m_jobs.gpus(job);
        if (a.running) {
            if (gpus == 0 || allocator.allocateOn(job, a.placements))
                continue;
            if (allocator.fits(gpus)) {
                allocator.allocate(job, gpus);
                continue;
            }
            removeRunning(job);
            addWaiting(job, a.at);
            stopped.push_back(job);
        } else if (allocator.fits(gpus)) {
            allocator.allocate(job, gpus);
            removeWaiting(job);
            addRunning(job, {a.at.major + offset, job});
            started.push_back(job);
        }
    }
}

}  // namespace debrief::replay
