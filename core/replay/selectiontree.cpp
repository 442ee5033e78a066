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

std::uint32_t SelectionTree::leftmost(std::uint32_t node) const
{
    if (node == kNone)
        return kNone;
    while (m_nodes[node].left != kNone)
        node = m_nodes[node].left;
    return node;
}

std::uint32_t SelectionTree::rightmost(std::uint32_t node) const
{
    if (node == kNone)
        return kNone;
    while (m_nodes[node].right != kNone)
        node = m_nodes[node].right;
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
    m_nodes[slot] = Node{key.major, 0, job, gpus, kNone, kNone, priorityOf(job)};
    m_slot[job] = slot;
    m_total += gpus;
    if (m_root == kNone) {
        m_root = m_first = m_last = slot;
        return;
    }
    if (before(key.major, job, m_nodes[m_first]))
        m_first = slot;
    if (!before(key.major, job, m_nodes[m_last]))
        m_last = slot;
    // Down to a leaf place, counting the new GPUs into every left subtree the path enters. The path
    // goes through a local pointer and count that can stay in registers (push_back reloads the
    // vector's members after every store to a node, as they might alias): about 2 % of an insert.
    std::uint32_t* path = m_path.data();
    std::size_t depth = 0, room = m_path.size();
    std::uint32_t node = m_root;
    while (true) {
        if (depth == room) {
            m_path.resize(2 * depth + 32);
            path = m_path.data();
            room = m_path.size();
        }
        path[depth++] = node;
        Node& n = m_nodes[node];
        if (before(key.major, job, n)) {
            n.leftSum += gpus;
            if (n.left == kNone) {
                n.left = slot;
                break;
            }
            node = n.left;
        } else {
            if (n.right == kNone) {
                n.right = slot;
                break;
            }
            node = n.right;
        }
    }
    // Up by rotations while the new node outranks its parent.
    Node& x = m_nodes[slot];
    while (depth != 0) {
        const std::uint32_t parent = path[depth - 1];
        Node& p = m_nodes[parent];
        if (p.priority >= x.priority)
            break;
        --depth;
        if (p.left == slot) {
            // x was p's left child: p keeps x's right subtree as its left one.
            p.left = x.right;
            p.leftSum -= x.leftSum + x.gpus;
            x.right = parent;
        } else {
            // x was p's right child: p and its left subtree join x's left.
            p.right = x.left;
            x.left = parent;
            x.leftSum += p.leftSum + p.gpus;
        }
        if (depth == 0) {
            m_root = slot;
        } else {
            Node& grand = m_nodes[path[depth - 1]];
            (grand.left == parent ? grand.left : grand.right) = slot;
        }
    }
}

void SelectionTree::erase(std::uint32_t job)
{
    const std::uint32_t slot = m_slot[job];
    Node& x = m_nodes[slot];
    const std::uint32_t gpus = x.gpus;
    m_total -= gpus;
    // Down to the node, taking its GPUs out of every left subtree that holds it.
    std::uint32_t* link = &m_root;
    while (*link != slot) {
        Node& n = m_nodes[*link];
        if (before(x.major, x.job, n)) {
            n.leftSum -= gpus;
            link = &n.left;
        } else {
            link = &n.right;
        }
    }
    // Rotate it down (its GPUs now count nowhere) until it has at most one child, then splice it out.
    x.gpus = 0;
    while (x.left != kNone && x.right != kNone) {
        const std::uint32_t l = x.left, r = x.right;
        if (m_nodes[l].priority > m_nodes[r].priority) {
            Node& c = m_nodes[l];
            x.left = c.right;
            x.leftSum -= c.leftSum + c.gpus;
            c.right = slot;
            *link = l;
            link = &c.right;
        } else {
            Node& c = m_nodes[r];
            x.right = c.left;
            c.left = slot;
            c.leftSum += x.leftSum + x.gpus;
            *link = r;
            link = &c.left;
        }
    }
    *link = x.left != kNone ? x.left : x.right;
    m_slot[job] = kNone;
    m_freeSlots.push_back(slot);
    if (m_first == slot)
        m_first = leftmost(m_root);
    if (m_last == slot)
        m_last = rightmost(m_root);
}

void SelectionTree::eraseFirst()
{
    const std::uint32_t slot = m_first;
    const Node& x = m_nodes[slot];
    m_total -= x.gpus;
    // Down the left spine: every node above holds the first one in its left subtree. The first
    // has no left child, so its right subtree takes its place, and the next smallest is that
    // subtree's leftmost node or else the parent.
    std::uint32_t* link = &m_root;
    std::uint32_t parent = kNone;
    while (*link != slot) {
        parent = *link;
        Node& n = m_nodes[parent];
        n.leftSum -= x.gpus;
        link = &n.left;
    }
    *link = x.right;
    m_first = x.right != kNone ? leftmost(x.right) : parent;
    if (m_last == slot)
        m_last = kNone;  // it was the only node
    m_slot[x.job] = kNone;
    m_freeSlots.push_back(slot);
}

void SelectionTree::eraseLast()
{
    const std::uint32_t slot = m_last;
    const Node& x = m_nodes[slot];
    m_total -= x.gpus;
    // Down the right spine: no node above counts the last one in its left subtree. The last has
    // no right child, so its left subtree takes its place, and the next largest is that subtree's
    // rightmost node or else the parent.
    std::uint32_t* link = &m_root;
    std::uint32_t parent = kNone;
    while (*link != slot) {
        parent = *link;
        link = &m_nodes[parent].right;
    }
    *link = x.left;
    m_last = x.left != kNone ? rightmost(x.left) : parent;
    if (m_first == slot)
        m_first = kNone;  // it was the only node
    m_slot[x.job] = kNone;
    m_freeSlots.push_back(slot);
}

std::uint64_t SelectionTree::gpusBefore(const OrderKey& key) const
{
    // Branches, not conditional moves: a taken guess lets the next node's load start early, which
    // beats a dependent chain of loads (measured).
    std::uint64_t sum = 0;
    std::uint32_t node = m_root;
    while (node != kNone) {
        const Node& n = m_nodes[node];
        if (n.major < key.major || (n.major == key.major && n.job < key.rank)) {
            sum += n.leftSum + n.gpus;
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
        if (n.leftSum > capacity) {
            node = n.left;
        } else if (n.leftSum + n.gpus > capacity) {
            return n.job;
        } else {
            capacity -= n.leftSum + n.gpus;
            node = n.right;
        }
    }
    return kNone;
}

}  // namespace debrief::replay
