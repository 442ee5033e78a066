#pragma once

#include "orderkey.h"

#include <cstdint>
#include <vector>

namespace debrief::replay {

// The selected (running) jobs of a preemptive policy in OrderKey order, with GPU sums per subtree:
// a treap whose node ids are job ranks, so it allocates nothing after construction. Answers "GPUs
// selected before this key" and "the first job at which the selection overflows the cluster" in
// O(log running), which lets GreedySelection jump between the points where a decision changes.
class SelectionTree {
public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    explicit SelectionTree(std::uint32_t jobs);

    bool contains(std::uint32_t job) const { return m_in[job]; }
    const OrderKey& key(std::uint32_t job) const { return m_key[job]; }
    std::uint64_t total() const { return m_root == kNone ? 0 : m_sum[m_root]; }
    bool empty() const { return m_root == kNone; }

    void insert(std::uint32_t job, OrderKey key, std::uint32_t gpus);
    void erase(std::uint32_t job);
    std::uint64_t gpusBefore(const OrderKey& key) const;        // over jobs with a smaller key
    std::uint32_t firstOverflow(std::uint64_t capacity) const;  // first job whose prefix sum exceeds it
    std::uint32_t first() const;

    template <typename Visit> void forEach(const Visit& visit) const { forEach(m_root, visit); }

private:
    template <typename Visit> void forEach(std::uint32_t node, const Visit& visit) const
    {
        if (node == kNone)
            return;
        forEach(m_left[node], visit);
        visit(node);
        forEach(m_right[node], visit);
    }
    void update(std::uint32_t node);
    void split(std::uint32_t node, const OrderKey& key, std::uint32_t& left, std::uint32_t& right);
    std::uint32_t merge(std::uint32_t left, std::uint32_t right);
    std::uint32_t insertAt(std::uint32_t node, std::uint32_t job);
    std::uint32_t eraseAt(std::uint32_t node, std::uint32_t job);

    std::uint32_t m_root = kNone;
    std::vector<std::uint32_t> m_left, m_right, m_priority, m_gpus;
    std::vector<std::uint64_t> m_sum;
    std::vector<OrderKey> m_key;
    std::vector<bool> m_in;
};

}  // namespace debrief::replay
