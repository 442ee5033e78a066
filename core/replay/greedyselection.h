#pragma once

#include "acceptedjobs.h"
#include "gpuallocator.h"
#include "orderkey.h"
#include "selectiontree.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace debrief::replay {

// The running set of a preemptive policy: the first-fit selection, in OrderKey order, over running
// and waiting jobs. Running keys are stored shifted by an offset (srtf stores the end time, whose
// walk key is end - t), waiting keys as they are.
//
// Pooled, the selection is kept incrementally. It stays valid while nothing changes: it holds
// exactly when the running GPUs fit the cluster and no waiting job fits in what the running jobs
// ahead of it leave. So a walk only visits the points where a decision flips: the first waiting job
// (bucket heads by demand after the cursor) that fits at its point, or the first running job at
// which the running prefix overflows the cluster. Each flip costs O(demands x log jobs), not a
// scan of every active job. Packed, node shapes break the prefix-sum argument, so the walk visits
// every active job in order with real placements.
//
// Waiting jobs sit in one min-heap per demand bucket. A walk only ever needs a bucket's first
// job: once the walk has passed a waiting job that did not fit, no later job of the same demand can
// fit (the GPUs selected before a point only grow along the order), so a bucket whose head lies
// behind the cursor is done for this walk. The same argument spans buckets: a head that does not
// fit rules out every head of a larger demand that comes after it, so those need no search.
// Removals are lazy: each add stamps the job, and heap entries whose stamp is no longer the job's
// are dropped when they reach the top. Each bucket's first live key is kept beside the heaps, so a
// walk reads one small array instead of every heap.
class GreedySelection {
public:
    GreedySelection(AcceptedJobs& jobs, std::uint64_t capacity);

    void addWaiting(std::uint32_t job, OrderKey key);
    void removeWaiting(std::uint32_t job);
    void addRunning(std::uint32_t job, OrderKey key) { m_running.insert(job, key, m_jobs.gpus(job)); }
    void removeRunning(std::uint32_t job);
    void removeFirstRunning();  // removeRunning(running().first()), cheaper
    bool isRunning(std::uint32_t job) const { return m_running.contains(job); }
    const OrderKey& waitingKey(std::uint32_t job) const { return m_waitingKey[job]; }
    const SelectionTree& running() const { return m_running; }

    // Brings the running set to the first-fit selection. Moved jobs keep their walk key (a started
    // job is stored at walk key + offset); the policy re-keys them afterwards if it wants to.
    // `offset` never decreases from one call to the next (srtf passes the time).
    void select(std::int64_t offset, std::vector<std::uint32_t>& started, std::vector<std::uint32_t>& stopped);
    // Packed: the same selection with placements. Running jobs stay on their nodes when they can,
    // else move (free) or stop; the caller's books must not touch the allocator again.
    void selectPacked(std::int64_t offset, GpuAllocator& allocator, std::vector<std::uint32_t>& started,
                      std::vector<std::uint32_t>& stopped);

private:
    // 16 bytes (an OrderKey and a stamp would pad to 24): four entries a cache line.
    struct Entry {
        std::int64_t major;
        std::uint32_t rank;
        std::uint32_t stamp;
        OrderKey key() const { return {major, rank}; }
    };
    // Each bucket is a 4-ary min-heap: half the depth of a binary one, siblings in one cache line.
    static void push(std::vector<Entry>& heap, const Entry& entry);
    static void pop(std::vector<Entry>& heap);
    bool live(const Entry& entry) const { return entry.stamp == m_stamp[entry.rank]; }
    // Drops stale entries from the top of the bucket's heap and caches its first live key.
    void refreshHead(std::size_t bucket);
    void popHead(std::size_t bucket);

    const AcceptedJobs& m_jobs;
    std::uint64_t m_capacity;
    SelectionTree m_running;
    std::vector<std::vector<Entry>> m_waiting;  // per demand bucket, heaps
    // Per bucket: its first live key, or kNoHead (after every key) when it has none.
    static constexpr OrderKey kNoHead{std::numeric_limits<std::int64_t>::max(), kNoJob};
    std::vector<OrderKey> m_head;
    std::size_t m_fittingBuckets = 0;  // demands no larger than the cluster
    std::vector<OrderKey> m_waitingKey;
    std::vector<std::uint32_t> m_stamp;    // per job; odd while it waits
    std::vector<std::uint32_t> m_aheadOf;  // select(): per bucket, the head m_ahead was asked for
    std::vector<std::int64_t> m_ahead;
    // Across select() calls: per bucket, the GPUs a search found running ahead of the key m_boundAt,
    // plus m_removed at that time. Between calls a running job's walk key only falls (the offset
    // never decreases and a running key changes only by leaving the running set), so the GPUs
    // ahead of that key, or of any later one, are at least m_bound - m_removed: as long as that
    // leaves no room for the bucket's demand, its head needs no search.
    std::int64_t m_removed = 0;  // GPUs ever taken out of the running set
    std::vector<std::int64_t> m_bound;
    std::vector<OrderKey> m_boundAt;
};

}  // namespace debrief::replay
