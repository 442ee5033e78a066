#pragma once

#include "acceptedjobs.h"
#include "rankedrunning.h"

#include <cstdint>
#include <vector>

namespace debrief::replay {

// las's running set on a pooled cluster: the first-fit selection over an order of a few queue
// levels, each level its running jobs first and then its waiting jobs, both by rank. It is what
// GreedySelection computes for las's keys (2 x level + waiting), kept per level so that a walk needs
// no search: the GPUs ahead of a level's waiting jobs are the running GPUs of that level and the
// levels above, a sum per level. A walk therefore costs O(levels x demands) plus O(log jobs) per
// job it starts or stops; it scans a level's waiting jobs only while GPUs are free and a level's
// running jobs only when they overflow what the levels above left.
class QueuedSelection {
public:
    QueuedSelection(AcceptedJobs& jobs, std::uint64_t capacity, std::size_t levels);

    void addWaiting(std::uint32_t job, std::uint8_t level);
    void removeWaiting(std::uint32_t job);
    void addRunning(std::uint32_t job, std::uint8_t level);
    void removeRunning(std::uint32_t job);
    bool isRunning(std::uint32_t job) const { return m_levelOf[job] < kWaiting; }

    // Brings the running set to the first-fit selection. A started job runs at the level it waited
    // in; a stopped job is handed back to the caller, which adds it to the waiting level it chooses.
    void select(std::vector<std::uint32_t>& started, std::vector<std::uint32_t>& stopped);

private:
    // m_levelOf: a running job's level; kWaiting + level while it waits; kNone otherwise.
    static constexpr std::uint16_t kWaiting = 0x100;
    static constexpr std::uint16_t kNone = 0xFFFF;
    struct Entry {
        std::uint32_t rank;
        std::uint32_t stamp;
        bool operator<(const Entry& other) const { return other.rank < rank; }  // min-heap on rank
    };
    std::vector<Entry>& heap(std::size_t level, std::size_t bucket) { return m_waiting[level * m_buckets + bucket]; }
    bool live(const Entry& entry) const { return entry.stamp == m_stamp[entry.rank]; }
    // Drops stale entries from the top of a heap and caches its first live rank in m_head.
    void refreshHead(std::size_t level, std::size_t bucket);

    const AcceptedJobs& m_jobs;
    std::uint64_t m_capacity;
    std::size_t m_buckets;
    std::vector<RankedRunning> m_running;       // per level, by rank
    std::vector<std::vector<Entry>> m_waiting;  // per level and demand bucket, heaps with lazy removal
    // Per level and bucket: the first live waiting rank (kNoJob if none), so a walk reads one small
    // array instead of every heap's top and its job's stamp.
    std::vector<std::uint32_t> m_head;
    std::vector<std::uint32_t> m_waitingBuckets;  // per level: buckets with a waiting job
    std::vector<std::uint32_t> m_stamp;         // per job: entries with another stamp are stale
    std::vector<std::uint16_t> m_levelOf;       // per job: see kWaiting
};

}  // namespace debrief::replay
