#include "gpuallocator.h"

#include <bit>

namespace debrief::replay {

GpuAllocator::GpuAllocator(const Cluster& cluster, std::uint32_t jobs)
    : m_packed(cluster.placement == Placement::Packed && cluster.gpusPerNode > 0 && cluster.nodes > 0),
      m_total(cluster.totalGpus()), m_free(cluster.totalGpus())
{
    if (!m_packed)
        return;
    m_nodes = cluster.nodes;
    m_perNode = cluster.gpusPerNode;
    m_nodeFree.assign(m_nodes, m_perNode);
    const std::size_t words = (m_nodes + 63) / 64;
    m_nodesAtLevel.assign(m_perNode + 1, std::vector<std::uint64_t>(words, 0));
    for (std::uint32_t node = 0; node < m_nodes; ++node)
        m_nodesAtLevel[m_perNode][node / 64] |= std::uint64_t(1) << (node % 64);
    m_levelCount.assign(m_perNode + 1, 0);
    m_levelCount[m_perNode] = m_nodes;
    m_nodeOf.assign(jobs, kNoNode);
}

bool GpuAllocator::fitsPacked(std::uint32_t gpus) const
{
    if (gpus == 0)
        return true;
    if (gpus <= m_perNode) {
        for (std::uint32_t level = m_perNode; level >= gpus; --level) {
            if (m_levelCount[level] > 0)
                return true;
        }
        return false;
    }
    const std::uint32_t wholeNodes = gpus / m_perNode;
    const std::uint32_t remainder = gpus % m_perNode;
    const std::uint32_t idle = m_levelCount[m_perNode];
    if (idle < wholeNodes)
        return false;
    if (remainder == 0 || idle > wholeNodes)
        return true;
    for (std::uint32_t level = m_perNode - 1; level >= remainder; --level) {
        if (m_levelCount[level] > 0)
            return true;
    }
    return false;
}

std::uint32_t GpuAllocator::firstNodeWithFree(std::uint32_t level) const
{
    const auto& bits = m_nodesAtLevel[level];
    for (std::size_t w = 0; w < bits.size(); ++w) {
        if (bits[w] != 0)
            return std::uint32_t(w * 64 + std::size_t(std::countr_zero(bits[w])));
    }
    return kNoNode;
}

void GpuAllocator::setNodeFree(std::uint32_t node, std::uint32_t free)
{
    const std::uint32_t old = m_nodeFree[node];
    const std::uint64_t bit = std::uint64_t(1) << (node % 64);
    m_nodesAtLevel[old][node / 64] &= ~bit;
    --m_levelCount[old];
    m_nodesAtLevel[free][node / 64] |= bit;
    ++m_levelCount[free];
    m_nodeFree[node] = free;
}

void GpuAllocator::allocatePacked(std::uint32_t job, std::uint32_t gpus)
{
    if (gpus <= m_perNode) {
        for (std::uint32_t level = gpus; level <= m_perNode; ++level) {
            if (m_levelCount[level] == 0)
                continue;
            const std::uint32_t node = firstNodeWithFree(level);
            setNodeFree(node, level - gpus);
            m_nodeOf[job] = node;
            return;
        }
        return;  // precondition broken; leave the books as they were
    }
    Placements taken;
    const std::uint32_t remainder = gpus % m_perNode;
    for (std::uint32_t i = 0; i < gpus / m_perNode; ++i) {
        const std::uint32_t node = firstNodeWithFree(m_perNode);
        setNodeFree(node, 0);
        taken.emplace_back(node, m_perNode);
    }
    if (remainder > 0) {
        std::uint32_t best = kNoNode;
        for (std::uint32_t level = remainder; level <= m_perNode; ++level) {
            if (m_levelCount[level] > 0)
                best = std::min(best, firstNodeWithFree(level));
        }
        setNodeFree(best, m_nodeFree[best] - remainder);
        taken.emplace_back(best, remainder);
    }
    m_nodeOf[job] = kSeveralNodes;
    m_multiNode[job] = std::move(taken);
}

void GpuAllocator::releasePacked(std::uint32_t job, std::uint32_t gpus)
{
    const std::uint32_t node = m_nodeOf[job];
    m_nodeOf[job] = kNoNode;
    if (node == kNoNode)
        return;
    if (node != kSeveralNodes) {
        setNodeFree(node, m_nodeFree[node] + gpus);
        return;
    }
    auto it = m_multiNode.find(job);
    for (auto [n, g] : it->second)
        setNodeFree(n, m_nodeFree[n] + g);
    m_multiNode.erase(it);
}

GpuAllocator::Placements GpuAllocator::placementsOf(std::uint32_t job, std::uint32_t gpus) const
{
    if (!m_packed || gpus == 0 || m_nodeOf[job] == kNoNode)
        return {};
    if (m_nodeOf[job] != kSeveralNodes)
        return {{m_nodeOf[job], gpus}};
    return m_multiNode.at(job);
}

bool GpuAllocator::allocateOn(std::uint32_t job, const Placements& placements)
{
    if (placements.empty())
        return false;
    for (auto [node, gpus] : placements) {
        if (m_nodeFree[node] < gpus)
            return false;
    }
    std::uint32_t total = 0;
    for (auto [node, gpus] : placements) {
        setNodeFree(node, m_nodeFree[node] - gpus);
        total += gpus;
    }
    m_free -= total;
    if (placements.size() == 1) {
        m_nodeOf[job] = placements.front().first;
    } else {
        m_nodeOf[job] = kSeveralNodes;
        m_multiNode[job] = placements;
    }
    return true;
}

}  // namespace debrief::replay
