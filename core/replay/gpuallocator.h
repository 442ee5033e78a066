#pragma once

#include "cluster.h"

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace debrief::replay {

// Which GPUs are free and who holds the rest, under the cluster's placement rule.
//
// Packed placement (replay-semantics.md): a job of g <= GPUs per node takes the node with the fewest
// free GPUs that fits (ties to the lowest node). A larger job takes the floor(g / n) lowest-numbered
// idle nodes, then the remainder goes to the lowest-numbered node, other than those just taken, with
// at least the remainder free (an idle node only if it is the lowest such node). Whether a job fits
// is monotone in g: if g fits, every smaller demand fits too, so scans by ascending demand may stop
// at the first demand that does not fit.
class GpuAllocator {
public:
    using Placements = std::vector<std::pair<std::uint32_t, std::uint32_t>>;  // (node, GPUs)

    GpuAllocator(const Cluster& cluster, std::uint32_t jobs);

    bool packed() const { return m_packed; }
    std::uint64_t totalGpus() const { return m_total; }
    std::uint64_t freeGpus() const { return m_free; }
    bool fits(std::uint32_t gpus) const { return m_packed ? fitsPacked(gpus) : gpus <= m_free; }
    // Precondition: fits(gpus).
    void allocate(std::uint32_t job, std::uint32_t gpus)
    {
        m_free -= gpus;
        if (m_packed && gpus > 0)
            allocatePacked(job, gpus);
    }
    void release(std::uint32_t job, std::uint32_t gpus)
    {
        m_free += gpus;
        if (m_packed && gpus > 0)
            releasePacked(job, gpus);
    }
    // Packed only: the nodes a running job holds, and taking exactly those again if they are free.
    Placements placementsOf(std::uint32_t job, std::uint32_t gpus) const;
    bool allocateOn(std::uint32_t job, const Placements& placements);

private:
    bool fitsPacked(std::uint32_t gpus) const;
    void allocatePacked(std::uint32_t job, std::uint32_t gpus);
    void releasePacked(std::uint32_t job, std::uint32_t gpus);
    void setNodeFree(std::uint32_t node, std::uint32_t free);
    std::uint32_t firstNodeWithFree(std::uint32_t level) const;  // lowest node at exactly `level`

    static constexpr std::uint32_t kSeveralNodes = 0xFFFFFFFFu;
    static constexpr std::uint32_t kNoNode = 0xFFFFFFFEu;

    bool m_packed;
    std::uint64_t m_total;
    std::uint64_t m_free;
    std::uint32_t m_nodes = 0;
    std::uint32_t m_perNode = 0;
    std::vector<std::uint32_t> m_nodeFree;
    std::vector<std::vector<std::uint64_t>> m_nodesAtLevel;  // bitset of nodes per free-GPU count
    std::vector<std::uint32_t> m_levelCount;                 // nodes per free-GPU count
    std::vector<std::uint32_t> m_nodeOf;                     // per job: its node, or kSeveralNodes
    std::unordered_map<std::uint32_t, Placements> m_multiNode;
};

}  // namespace debrief::replay
