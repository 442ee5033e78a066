#pragma once

#include "orderkey.h"

#include <cstdint>
#include <vector>

namespace debrief::replay {

// The selected (running) jobs of a preemptive policy in OrderKey order, with GPU sums per subtree:
// a treap that answers "GPUs selected before this key" and "the first job at which the selection
// overflows the cluster" in O(log running), which lets GreedySelection jump between the points where
// a decision changes. Nodes live in a pool as large as the most jobs ever selected at once (a
// cluster's worth, not the trace's), each node one record, so a walk from the root touches a few
// cache lines that stay warm instead of arrays as long as the trace.
class SelectionTree {
public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    explicit SelectionTree(std::uint32_t jobs);

    bool contains(std::uint32_t job) const { return m_slot[job] != kNone; }
    const OrderKey& key(std::uint32_t job) const { return m_nodes[m_slot[job]].key; }
    std::uint64_t total() const { return m_root == kNone ? 0 : m_nodes[m_root].sum; }
    bool empty() const { return m_root == kNone; }

    void insert(std::uint32_t job, OrderKey key, std::uint32_t gpus);
    void erase(std::uint32_t job);
    std::uint64_t gpusBefore(const OrderKey& key) const;        // over jobs with a smaller key
    std::uint32_t firstOverflow(std::uint64_t capacity) const;  // first job whose prefix sum exceeds it
    std::uint32_t first() const;

    template <typename Visit> void forEach(const Visit& visit) const { forEach(m_root, visit); }

private:
    struct Node {
        OrderKey key;
        std::uint64_t sum = 0;  // GPUs of the subtree
        std::uint32_t left = kNone, right = kNone;
        std::uint32_t priority = 0;
        std::uint32_t gpus = 0;
        std::uint32_t job = 0;
    };
    template <typename Visit> void forEach(std::uint32_t node, const Visit& visit) const
    {
        if (node == kNone)
            return;
        forEach(m_nodes[node].left, visit);
        visit(m_nodes[node].job);
        forEach(m_nodes[node].right, visit);
    }
    std::uint64_t sumOf(std::uint32_t node) const { return node == kNone ? 0 : m_nodes[node].sum; }
    void update(std::uint32_t node);
    void split(std::uint32_t node, const OrderKey& key, std::uint32_t& left, std::uint32_t& right);
    std::uint32_t merge(std::uint32_t left, std::uint32_t right);
    std::uint32_t insertAt(std::uint32_t node, std::uint32_t slot);
    std::uint32_t eraseAt(std::uint32_t node, std::uint32_t slot);

    std::uint32_t m_root = kNone;
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_freeSlots;
    std::vector<std::uint32_t> m_slot;  // per job: its node, or kNone
};

}  // namespace debrief::replay
