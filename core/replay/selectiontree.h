#pragma once

#include "orderkey.h"

#include <cstdint>
#include <vector>

namespace debrief::replay {

// The selected (running) jobs of a preemptive policy in OrderKey order, with GPU sums: a treap
// that answers "GPUs selected before this key" and "the first job at which the selection overflows
// the cluster" in O(log running), which lets GreedySelection jump between the points where a
// decision changes. Nodes live in a pool as large as the most jobs ever selected at once (a
// cluster's worth, not the trace's), each node one record, so a walk from the root touches a few
// cache lines that stay warm instead of arrays as long as the trace.
//
// Each node keeps the GPUs of its left subtree only (not of its whole subtree): a query then adds
// up the nodes on its own path and never loads a child it does not descend into, and an insert or
// erase adjusts that sum on the way down and in at most a few rotations (expected O(1)), with no
// recursion and no pass back up.
class SelectionTree {
public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    explicit SelectionTree(std::uint32_t jobs);

    bool contains(std::uint32_t job) const { return m_slot[job] != kNone; }
    OrderKey key(std::uint32_t job) const
    {
        const Node& n = m_nodes[m_slot[job]];
        return {n.major, n.job};
    }
    std::uint64_t total() const { return m_total; }
    bool empty() const { return m_root == kNone; }

    // `key.rank` is `job` (a job's rank is its index in AcceptedJobs).
    void insert(std::uint32_t job, OrderKey key, std::uint32_t gpus);
    void erase(std::uint32_t job);
    // erase(first()) and erase(last()) without a key comparison on the way down and with the new
    // end found next to the old one, not from the root: srtf's completions and stops.
    void eraseFirst();
    void eraseLast();
    std::uint64_t gpusBefore(const OrderKey& key) const;        // over jobs with a smaller key
    std::uint32_t firstOverflow(std::uint64_t capacity) const;  // first job whose prefix sum exceeds it
    std::uint32_t first() const { return m_first == kNone ? kNone : m_nodes[m_first].job; }
    std::uint32_t last() const { return m_last == kNone ? kNone : m_nodes[m_last].job; }

    template <typename Visit> void forEach(const Visit& visit) const { forEach(m_root, visit); }

private:
    // The key is (major, job): a selected job's rank is its key's rank.
    struct Node {
        std::int64_t major = 0;
        std::uint64_t leftSum = 0;  // GPUs of the left subtree
        std::uint32_t job = 0;
        std::uint32_t gpus = 0;
        std::uint32_t left = kNone, right = kNone;
        std::uint32_t priority = 0;
    };
    static bool before(std::int64_t major, std::uint32_t job, const Node& n)
    {
        return major < n.major || (major == n.major && job < n.job);
    }
    template <typename Visit> void forEach(std::uint32_t node, const Visit& visit) const
    {
        if (node == kNone)
            return;
        forEach(m_nodes[node].left, visit);
        visit(m_nodes[node].job);
        forEach(m_nodes[node].right, visit);
    }
    std::uint32_t leftmost(std::uint32_t node) const;
    std::uint32_t rightmost(std::uint32_t node) const;

    std::uint32_t m_root = kNone;
    std::uint32_t m_first = kNone;  // the node with the smallest key
    std::uint32_t m_last = kNone;   // the node with the largest key
    std::uint64_t m_total = 0;
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_freeSlots;
    std::vector<std::uint32_t> m_slot;  // per job: its node, or kNone
    std::vector<std::uint32_t> m_path;  // insert(): the nodes above the new leaf
};

}  // namespace debrief::replay
