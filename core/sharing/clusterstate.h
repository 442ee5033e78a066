#pragma once

#include "nodelist.h"
#include "podrequest.h"

#include <cstdint>
#include <vector>

namespace debrief::sharing {

// What is left on every node while jobs are placed: CPU, memory, the milli left on each GPU, and
// which kinds of GPU jobs a node already holds (for gpu-clustering). Every change bumps the node's
// version so cached placement scores know when to be recomputed.
class ClusterState {
public:
    explicit ClusterState(const NodeList& nodes);

    std::uint32_t nodeCount() const { return std::uint32_t(m_cpuLeft.size()); }
    std::uint32_t cpuLeft(std::uint32_t n) const { return m_cpuLeft[n]; }
    std::uint32_t cpuCapacity(std::uint32_t n) const { return m_cpuCapacity[n]; }
    std::uint64_t memoryLeft(std::uint32_t n) const { return m_memoryLeft[n]; }
    std::uint32_t gpuCount(std::uint32_t n) const { return m_gpuCount[n]; }
    std::uint32_t model(std::uint32_t n) const { return m_model[n]; }
    // Milli left on each GPU of node n (gpuCount(n) values, 0-1000).
    const std::uint16_t* gpuLeft(std::uint32_t n) const { return &m_gpuLeft[m_gpuOffset[n]]; }
    std::uint32_t gpuMilliLeft(std::uint32_t n) const { return m_nodeGpuLeft[n]; }
    std::uint32_t idleGpus(std::uint32_t n) const { return m_free[n].idleGpus; }
    std::uint32_t version(std::uint32_t n) const { return m_version[n]; }
    // Every node changed so far, in order (a node once per change): lets a placer revisit only
    // the nodes that changed since it last looked.
    const std::vector<std::uint32_t>& changes() const { return m_changes; }

    // Kinds of GPU job on node n: "share" and "k whole GPUs" (clustering affinity).
    std::uint32_t jobsOfKind(std::uint32_t n, std::uint32_t kind) const { return m_kinds[n * m_kindCount + kind]; }
    std::uint32_t kindsOnNode(std::uint32_t n) const { return m_kindsOnNode[n]; }
    std::uint32_t kindOf(const PodRequest& pod) const;

    // Whether the job fits node n at all: model, CPU, memory and enough GPUs with its share free.
    // Asked for every node for every job, so the common cases read one small record.
    bool fits(std::uint32_t n, const PodRequest& pod) const
    {
        const Free& free = m_free[n];
        if (free.cpuLeft < pod.cpuMilli || free.memoryLeft < pod.memoryMib)
            return false;
        if (!pod.usesGpu())
            return true;
        if (pod.gpuCount > free.gpuCount || (pod.models & (ModelSet{1} << free.model)) == 0)
            return false;
        if (pod.gpuCount == 1)
            return free.mostGpuLeft >= pod.gpuMilli;
        if (pod.gpuMilli >= kGpuMilli)
            return free.idleGpus >= pod.gpuCount;
        return gpusHolding(n, pod.gpuMilli) >= pod.gpuCount;
    }
    std::uint32_t gpusHolding(std::uint32_t n, std::uint32_t milli) const;
    // Whether the job fits node n on exactly these GPUs (a running job keeping its place).
    bool fitsOn(std::uint32_t n, const PodRequest& pod, GpuSet gpus) const;
    // The default GPU choice: for a share the GPU with the least milli left that holds it (lowest
    // index on ties); for whole GPUs the lowest-numbered idle ones. Empty set if it does not fit.
    GpuSet tightestGpus(std::uint32_t n, const PodRequest& pod) const;

    void place(std::uint32_t n, const PodRequest& pod, GpuSet gpus);
    void remove(std::uint32_t n, const PodRequest& pod, GpuSet gpus);

    std::uint64_t capacityMilli() const { return m_capacityMilli; }
    std::uint64_t allocatedMilli() const { return m_allocatedMilli; }

private:
    // What fits() reads, together in 16 bytes per node.
    struct Free {
        std::uint32_t cpuLeft = 0;
        std::uint32_t memoryLeft = 0;
        std::uint16_t mostGpuLeft = 0;  // milli left on the emptiest GPU
        std::uint8_t idleGpus = 0;
        std::uint8_t gpuCount = 0;
        std::uint8_t model = 0;
    };
    void refreshFree(std::uint32_t n);

    std::vector<Free> m_free;
    std::vector<std::uint32_t> m_cpuLeft, m_cpuCapacity;
    std::vector<std::uint64_t> m_memoryLeft;
    std::vector<std::uint32_t> m_gpuCount, m_model, m_gpuOffset, m_nodeGpuLeft, m_version;
    std::vector<std::uint16_t> m_gpuLeft;
    std::uint32_t m_kindCount = 1;
    std::vector<std::uint32_t> m_kinds, m_kindsOnNode;
    std::vector<std::uint32_t> m_changes;
    std::uint64_t m_capacityMilli = 0;
    std::uint64_t m_allocatedMilli = 0;
};

}  // namespace debrief::sharing
