#pragma once

#include "clusterstate.h"
#include "placementpolicy.h"
#include "podrequest.h"
#include "seededrandom.h"
#include "typicalpods.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace debrief::sharing {

struct Assignment {
    std::uint32_t node = 0;
    GpuSet gpus = 0;  // the GPUs the job takes (empty for a job without GPUs)
};

// Chooses a node and GPUs for one job at a time under one placement policy. Every policy but
// `random` gives each node it fits an integer score (0-100, higher is better, as the study's
// scheduler plugins do) and takes the best; equal scores go to the node that comes first in a
// seeded random order of the nodes. Scores are cached per (job shape, node) and recomputed only
// for nodes that changed since.
class Placer {
public:
    struct Score {
        int value = 0;
        GpuSet gpus = 0;
    };

    Placer(PlacementPolicy policy, const ClusterState& state, const TypicalPods& typical, std::uint32_t shapeCount,
           std::uint64_t seed);

    // Where the job should go, or nothing when no node fits it.
    std::optional<Assignment> choose(const PodRequest& pod);
    // The score of one node for one job (the node must fit the job); exposed for tests.
    Score score(std::uint32_t node, const PodRequest& pod);
    // Fragmented GPU milli of node n now (cached per node version).
    double nodeFragmentation(std::uint32_t node);
    const std::vector<std::uint32_t>& nodeOrder() const { return m_order; }

private:
    Score fgdScore(std::uint32_t node, const PodRequest& pod);
    // fragmentedMilli, remembered per node state: many nodes are alike (idle G2 nodes, ...), and the
    // measure depends on the model, the CPU left and the multiset of GPU milli left only.
    double fragmentation(std::uint32_t cpuLeft, const std::uint16_t* gpuLeft, std::uint32_t gpuCount,
                         std::uint32_t model);
    std::optional<Assignment> chooseRandom(const PodRequest& pod);
    std::optional<Assignment> randomGpus(std::uint32_t node, const PodRequest& pod);
    std::optional<Assignment> chooseByScan(const PodRequest& pod);
    std::optional<Assignment> chooseByTree(const PodRequest& pod);
    // The tree's key of node n for this job: 0 if it does not fit, else score and tie-break rank.
    std::uint64_t leafKey(std::uint32_t n, const PodRequest& pod);

    struct Cached {
        std::uint32_t version = 0;  // node version + 1; 0 = nothing cached
        int value = 0;
    };

    PlacementPolicy m_policy;
    const ClusterState& m_state;
    const TypicalPods& m_typical;
    SeededRandom m_random;
    std::vector<std::uint32_t> m_order;  // nodes in tie-breaking order
    std::vector<std::uint32_t> m_rank;   // position of each node in m_order
    std::uint32_t m_shapeCount;
    std::vector<Cached> m_cache;      // shape x node
    std::vector<GpuSet> m_cacheGpus;  // shape x node, the GPUs of the cached score
    // Per shape, a tournament tree over the nodes' keys (max at the root), brought up to date from
    // the state's change log, so choosing is O(changed nodes x log nodes) instead of a full scan.
    struct Tree {
        std::vector<std::uint64_t> keys;     // 2 x leaves; leaf i at leaves + i; 0 = does not fit
        std::vector<std::uint32_t> memory;   // most memory left (MiB) among the fitting leaves below
        std::vector<std::uint32_t> fitting;  // random: how many leaves below fit (memory aside)
        std::size_t seen = 0;                // changes() already applied
    };
    std::vector<Tree> m_trees;
    std::vector<std::pair<std::uint64_t, std::size_t>> m_frontier;  // scratch for the best-first search
    std::uint32_t m_leaves = 1;
    std::vector<double> m_frag;
    std::vector<std::uint32_t> m_fragVersion;
    std::vector<std::uint32_t> m_fitting;  // scratch for random
    struct StateKey {
        std::uint32_t cpuLeft = 0;
        std::uint16_t model = 0;
        std::uint16_t gpuCount = 0;
        std::uint16_t left[8] = {};  // descending
        bool operator==(const StateKey&) const = default;
    };
    struct StateHash {
        std::size_t operator()(const StateKey& key) const noexcept;
    };
    std::unordered_map<StateKey, double, StateHash> m_fragMemo;
};

}  // namespace debrief::sharing
