#include "clusterstate.h"

#include <algorithm>
#include <stdexcept>

namespace debrief::sharing {

ClusterState::ClusterState(const NodeList& nodes)
{
    const auto& list = nodes.nodes();
    const std::size_t n = list.size();
    m_cpuLeft.resize(n);
    m_cpuCapacity.resize(n);
    m_memoryLeft.resize(n);
    m_gpuCount.resize(n);
    m_model.resize(n);
    m_gpuOffset.resize(n);
    m_nodeGpuLeft.resize(n);
    m_version.assign(n, 0);
    std::uint32_t offset = 0;
    for (std::size_t i = 0; i < n; ++i) {
        m_cpuLeft[i] = m_cpuCapacity[i] = list[i].cpuMilli;
        m_memoryLeft[i] = list[i].memoryMib;
        m_gpuCount[i] = list[i].gpus;
        m_model[i] = list[i].model;
        m_gpuOffset[i] = offset;
        m_nodeGpuLeft[i] = list[i].gpus * kGpuMilli;
        offset += list[i].gpus;
        m_capacityMilli += std::uint64_t(list[i].gpus) * kGpuMilli;
    }
    m_gpuLeft.assign(offset, std::uint16_t(kGpuMilli));
    // Kind 0 = a share of one GPU; kind k = k whole GPUs.
    m_kindCount = nodes.maxGpusPerNode() + 1;
    m_kinds.assign(n * m_kindCount, 0);
    m_kindsOnNode.assign(n, 0);
    m_free.resize(n);
    for (std::uint32_t i = 0; i < n; ++i)
        refreshFree(i);
}

void ClusterState::refreshFree(std::uint32_t n)
{
    Free& free = m_free[n];
    free.cpuLeft = m_cpuLeft[n];
    free.memoryLeft = std::uint32_t(std::min<std::uint64_t>(m_memoryLeft[n], 0xFFFFFFFFu));
    free.gpuCount = std::uint8_t(m_gpuCount[n]);
    free.model = std::uint8_t(m_model[n]);
    const std::uint16_t* left = gpuLeft(n);
    free.mostGpuLeft = m_gpuCount[n] ? *std::max_element(left, left + m_gpuCount[n]) : 0;
    free.idleGpus = std::uint8_t(std::count(left, left + m_gpuCount[n], std::uint16_t(kGpuMilli)));
}

std::uint32_t ClusterState::gpusHolding(std::uint32_t n, std::uint32_t milli) const
{
    const std::uint16_t* left = gpuLeft(n);
    std::uint32_t holding = 0;
    for (std::uint32_t g = 0; g < m_gpuCount[n]; ++g)
        holding += left[g] >= milli ? 1 : 0;
    return holding;
}

std::uint32_t ClusterState::kindOf(const PodRequest& pod) const
{
    if (pod.gpuMilli < kGpuMilli)
        return 0;
    return std::min(pod.gpuCount, m_kindCount - 1);
}

bool ClusterState::fitsOn(std::uint32_t n, const PodRequest& pod, GpuSet gpus) const
{
    if (!fits(n, pod))
        return false;
    const std::uint16_t* left = gpuLeft(n);
    for (std::uint32_t g = 0; g < m_gpuCount[n]; ++g)
        if ((gpus & (GpuSet{1} << g)) && left[g] < pod.gpuMilli)
            return false;
    return true;
}

GpuSet ClusterState::tightestGpus(std::uint32_t n, const PodRequest& pod) const
{
    if (!pod.usesGpu())
        return 0;
    const std::uint16_t* left = gpuLeft(n);
    const std::uint32_t count = m_gpuCount[n];
    if (pod.gpuCount == 1) {
        int best = -1;
        for (std::uint32_t g = 0; g < count; ++g)
            if (left[g] >= pod.gpuMilli && (best < 0 || left[g] < left[best]))
                best = int(g);
        return best < 0 ? 0 : GpuSet{1} << unsigned(best);
    }
    // Several GPUs: the ones with the least left that hold the share, in index order on ties.
    std::uint32_t order[NodeList::kMaxGpusPerNode];
    for (std::uint32_t g = 0; g < count; ++g)
        order[g] = g;
    std::stable_sort(order, order + count, [&](std::uint32_t a, std::uint32_t b) { return left[a] < left[b]; });
    GpuSet set = 0;
    std::uint32_t taken = 0;
    for (std::uint32_t i = 0; i < count && taken < pod.gpuCount; ++i) {
        if (left[order[i]] >= pod.gpuMilli) {
            set |= GpuSet{1} << order[i];
            ++taken;
        }
    }
    return taken == pod.gpuCount ? set : 0;
}

void ClusterState::place(std::uint32_t n, const PodRequest& pod, GpuSet gpus)
{
    m_cpuLeft[n] -= pod.cpuMilli;
    m_memoryLeft[n] -= pod.memoryMib;
    if (pod.usesGpu()) {
        std::uint16_t* left = &m_gpuLeft[m_gpuOffset[n]];
        for (std::uint32_t g = 0; g < m_gpuCount[n]; ++g) {
            if (gpus & (GpuSet{1} << g)) {
                if (left[g] < pod.gpuMilli)
                    throw std::logic_error("placing a share on a GPU that does not hold it");
                left[g] = std::uint16_t(left[g] - pod.gpuMilli);
            }
        }
        m_nodeGpuLeft[n] -= std::uint32_t(pod.totalGpuMilli());
        m_allocatedMilli += pod.totalGpuMilli();
        const std::uint32_t kind = kindOf(pod);
        if (m_kinds[n * m_kindCount + kind]++ == 0)
            ++m_kindsOnNode[n];
    }
    refreshFree(n);
    ++m_version[n];
    m_changes.push_back(n);
}

void ClusterState::remove(std::uint32_t n, const PodRequest& pod, GpuSet gpus)
{
    m_cpuLeft[n] += pod.cpuMilli;
    m_memoryLeft[n] += pod.memoryMib;
    if (pod.usesGpu()) {
        std::uint16_t* left = &m_gpuLeft[m_gpuOffset[n]];
        for (std::uint32_t g = 0; g < m_gpuCount[n]; ++g)
            if (gpus & (GpuSet{1} << g))
                left[g] = std::uint16_t(left[g] + pod.gpuMilli);
        m_nodeGpuLeft[n] += std::uint32_t(pod.totalGpuMilli());
        m_allocatedMilli -= pod.totalGpuMilli();
        const std::uint32_t kind = kindOf(pod);
        if (--m_kinds[n * m_kindCount + kind] == 0)
            --m_kindsOnNode[n];
    }
    refreshFree(n);
    ++m_version[n];
    m_changes.push_back(n);
}

}  // namespace debrief::sharing
