#include "selectiontree.h"

namespace debrief::replay {

namespace {
// A fixed hash of the rank as the treap priority: balanced in expectation, identical on every run.
std::uint32_t priorityOf(std::uint32_t rank)
{
    std::uint64_t x = rank + 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return std::uint32_t(x ^ (x >> 31));
}
}  // namespace

SelectionTree::SelectionTree(std::uint32_t jobs) : m_slot(jobs, kNone)
{
}

void SelectionTree::update(std::uint32_t node)
{
    Node& n = m_nodes[node];
    n.sum = n.gpus + sumOf(n.left) + sumOf(n.right);
}

void SelectionTree::split(std::uint32_t node, const OrderKey& key, std::uint32_t& left, std::uint32_t& right)
{
    if (node == kNone) {
        left = right = kNone;
        return;
    }
    if (m_nodes[node].key < key) {
        split(m_nodes[node].right, key, m_nodes[node].right, right);
        left = node;
    } else {
        split(m_nodes[node].left, key, left, m_nodes[node].left);
        right = node;
    }
    update(node);
}

std::uint32_t SelectionTree::merge(std::uint32_t left, std::uint32_t right)
{
    if (left == kNone)
        return right;
    if (right == kNone)
        return left;
    if (m_nodes[left].priority > m_nodes[right].priority) {
        m_nodes[left].right = merge(m_nodes[left].right, right);
        update(left);
        return left;
    }
    m_nodes[right].left = merge(left, m_nodes[right].left);
    update(right);
    return right;
}

std::uint32_t SelectionTree::insertAt(std::uint32_t node, std::uint32_t slot)
{
    if (node == kNone)
        return slot;
    if (m_nodes[slot].priority > m_nodes[node].priority) {
        split(node, m_nodes[slot].key, m_nodes[slot].left, m_nodes[slot].right);
        update(slot);
        return slot;
    }
    if (m_nodes[slot].key < m_nodes[node].key)
        m_nodes[node].left = insertAt(m_nodes[node].left, slot);
    else
        m_nodes[node].right = insertAt(m_nodes[node].right, slot);
    update(node);
    return node;
}

std::uint32_t SelectionTree::eraseAt(std::uint32_t node, std::uint32_t slot)
{
    if (node == slot)
        return merge(m_nodes[node].left, m_nodes[node].right);
    if (m_nodes[slot].key < m_nodes[node].key)
        m_nodes[node].left = eraseAt(m_nodes[node].left, slot);
    else
        m_nodes[node].right = eraseAt(m_nodes[node].right, slot);
    update(node);
    return node;
}

void SelectionTree::insert(std::uint32_t job, OrderKey key, std::uint32_t gpus)
{
    std::uint32_t slot;
    if (m_freeSlots.empty()) {
        slot = std::uint32_t(m_nodes.size());
        m_nodes.emplace_back();
    } else {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    }
    Node& node = m_nodes[slot];
    node = Node{key, gpus, kNone, kNone, priorityOf(job), gpus, job};
    m_slot[job] = slot;
    m_root = insertAt(m_root, slot);
}

void SelectionTree::erase(std::uint32_t job)
{
    const std::uint32_t slot = m_slot[job];
    m_root = eraseAt(m_root, slot);
    m_slot[job] = kNone;
    m_freeSlots.push_back(slot);
}

std::uint64_t SelectionTree::gpusBefore(const OrderKey& key) const
{
    std::uint64_t sum = 0;
    std::uint32_t node = m_root;
    while (node != kNone) {
        const Node& n = m_nodes[node];
        if (n.key < key) {
            sum += n.gpus + sumOf(n.left);
            node = n.right;
        } else {
            node = n.left;
        }
    }
    return sum;
}

std::uint32_t SelectionTree::firstOverflow(std::uint64_t capacity) const
{
    std::uint32_t node = m_root;
    while (node != kNone) {
        const Node& n = m_nodes[node];
        const std::uint64_t left = sumOf(n.left);
        if (left > capacity) {
            node = n.left;
        } else if (left + n.gpus > capacity) {
            return n.job;
        } else {
            capacity -= left + n.gpus;
            node = n.right;
        }
    }
    return kNone;
}

std::uint32_t SelectionTree::first() const
{
    std::uint32_t node = m_root;
    if (node == kNone)
        return kNone;
    while (m_nodes[node].left != kNone)
        node = m_nodes[node].left;
    return m_nodes[node].job;
}

}  // namespace debrief::replay
