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

SelectionTree::SelectionTree(std::uint32_t jobs)
    : m_left(jobs, kNone), m_right(jobs, kNone), m_priority(jobs), m_gpus(jobs, 0), m_sum(jobs, 0), m_key(jobs),
      m_in(jobs, false)
{
    for (std::uint32_t job = 0; job < jobs; ++job)
        m_priority[job] = priorityOf(job);
}

void SelectionTree::update(std::uint32_t node)
{
    std::uint64_t sum = m_gpus[node];
    if (m_left[node] != kNone)
        sum += m_sum[m_left[node]];
    if (m_right[node] != kNone)
        sum += m_sum[m_right[node]];
    m_sum[node] = sum;
}

void SelectionTree::split(std::uint32_t node, const OrderKey& key, std::uint32_t& left, std::uint32_t& right)
{
    if (node == kNone) {
        left = right = kNone;
        return;
    }
    if (m_key[node] < key) {
        split(m_right[node], key, m_right[node], right);
        left = node;
    } else {
        split(m_left[node], key, left, m_left[node]);
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
    if (m_priority[left] > m_priority[right]) {
        m_right[left] = merge(m_right[left], right);
        update(left);
        return left;
    }
    m_left[right] = merge(left, m_left[right]);
    update(right);
    return right;
}

std::uint32_t SelectionTree::insertAt(std::uint32_t node, std::uint32_t job)
{
    if (node == kNone)
        return job;
    if (m_priority[job] > m_priority[node]) {
        split(node, m_key[job], m_left[job], m_right[job]);
        update(job);
        return job;
    }
    if (m_key[job] < m_key[node])
        m_left[node] = insertAt(m_left[node], job);
    else
        m_right[node] = insertAt(m_right[node], job);
    update(node);
    return node;
}

std::uint32_t SelectionTree::eraseAt(std::uint32_t node, std::uint32_t job)
{
    if (node == job)
        return merge(m_left[node], m_right[node]);
    if (m_key[job] < m_key[node])
        m_left[node] = eraseAt(m_left[node], job);
    else
        m_right[node] = eraseAt(m_right[node], job);
    update(node);
    return node;
}

void SelectionTree::insert(std::uint32_t job, OrderKey key, std::uint32_t gpus)
{
    m_key[job] = key;
    m_gpus[job] = gpus;
    m_sum[job] = gpus;
    m_left[job] = m_right[job] = kNone;
    m_in[job] = true;
    m_root = insertAt(m_root, job);
}

void SelectionTree::erase(std::uint32_t job)
{
    m_root = eraseAt(m_root, job);
    m_in[job] = false;
}

std::uint64_t SelectionTree::gpusBefore(const OrderKey& key) const
{
    std::uint64_t sum = 0;
    std::uint32_t node = m_root;
    while (node != kNone) {
        if (m_key[node] < key) {
            sum += m_gpus[node] + (m_left[node] == kNone ? 0 : m_sum[m_left[node]]);
            node = m_right[node];
        } else {
            node = m_left[node];
        }
    }
    return sum;
}

std::uint32_t SelectionTree::firstOverflow(std::uint64_t capacity) const
{
    std::uint32_t node = m_root;
    while (node != kNone) {
        const std::uint64_t left = m_left[node] == kNone ? 0 : m_sum[m_left[node]];
        if (left > capacity) {
            node = m_left[node];
        } else if (left + m_gpus[node] > capacity) {
            return node;
        } else {
            capacity -= left + m_gpus[node];
            node = m_right[node];
        }
    }
    return kNone;
}

std::uint32_t SelectionTree::first() const
{
    std::uint32_t node = m_root;
    if (node == kNone)
        return kNone;
    while (m_left[node] != kNone)
        node = m_left[node];
    return node;
}

}  // namespace debrief::replay
