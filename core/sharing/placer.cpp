#include "placer.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace debrief::sharing {

namespace {

// The largest node the study's scores are normalised by: 128 cores and 8 GPUs.
constexpr double kMaxCpuMilli = 128000.0;
constexpr double kMaxGpuMilli = 8000.0;
constexpr int kMaxScore = 100;

int dotProductScore(const ClusterState& s, std::uint32_t n, const PodRequest& pod)
{
    // Node left and job vectors, each scaled by the largest node; a large product means the job
    // would leave much unused, so the score falls with it.
    const double dot = (double(s.cpuLeft(n)) / kMaxCpuMilli) * (double(pod.cpuMilli) / kMaxCpuMilli) +
                       (double(s.gpuMilliLeft(n)) / kMaxGpuMilli) * (double(pod.totalGpuMilli()) / kMaxGpuMilli);
    return int(double(kMaxScore) * (1.0 - dot / 2.0));
}

int gpuClusteringScore(const ClusterState& s, std::uint32_t n, const PodRequest& pod)
{
    if (!pod.usesGpu())
        return 0;
    // Four bands of 25: nodes holding only this kind of GPU job, this kind among others, no GPU
    // job yet, other kinds only; within a band, the fuller node first.
    const int used = (kMaxScore / 4) * (int(kMaxGpuMilli) - int(s.gpuMilliLeft(n))) / int(kMaxGpuMilli);
    const std::uint32_t kind = s.kindOf(pod);
    if (s.jobsOfKind(n, kind) > 0)
        return used + (s.kindsOnNode(n) == 1 ? 3 : 2) * kMaxScore / 4;
    return used + (s.kindsOnNode(n) == 0 ? kMaxScore / 4 : 0);
}

int gpuPackingScore(const ClusterState& s, std::uint32_t n, const PodRequest& pod, GpuSet gpus)
{
    if (!pod.usesGpu())
        return 0;
    const int idle = int(s.idleGpus(n));
    if (idle == int(s.gpuCount(n)))  // an idle node: last, the fewer GPUs the better
        return std::max(kMaxScore / 3 - idle, idle);
    const std::uint16_t* left = s.gpuLeft(n);
    int idleTaken = 0;
    int leftPercentOnTaken = 0;
    for (std::uint32_t g = 0; g < s.gpuCount(n); ++g) {
        if (gpus & (GpuSet{1} << g)) {
            idleTaken += left[g] == kGpuMilli ? 1 : 0;
            leftPercentOnTaken += int(left[g]) * 100 / int(kGpuMilli);
        }
    }
    if (idleTaken > 0)  // a used node, but the job needs idle GPUs on it
        return std::max(kMaxScore / 2 - idleTaken, kMaxScore / 3);
    // Shares on GPUs already in use: the fuller those GPUs, the better.
    return std::max(kMaxScore - leftPercentOnTaken / 10, kMaxScore / 2);
}

int bestFitScore(const ClusterState& s, std::uint32_t n, const PodRequest& pod)
{
    // What would be left of CPU and GPU, each scaled by the largest node, weighted equally; less
    // left is better.
    double left = 0;
    left += (double(s.cpuLeft(n)) - double(pod.cpuMilli)) / kMaxCpuMilli * 0.5;
    left += (double(s.gpuMilliLeft(n)) - double(pod.totalGpuMilli())) / kMaxGpuMilli * 0.5;
    return int((1.0 - left) * double(kMaxScore));
}

int fragmentationScore(double before, double after)
{
    // The study's FGD plugin: a sigmoid of the growth of fragmentation (in GPUs), as 0-100.
    return int(double(kMaxScore) / (1.0 + std::exp(-(before - after) / 1000.0)));
}

}  // namespace

Placer::Placer(PlacementPolicy policy, const ClusterState& state, const TypicalPods& typical, std::uint32_t shapeCount,
               std::uint64_t seed)
    : m_policy(policy), m_state(state), m_typical(typical), m_random(seed, 2), m_shapeCount(shapeCount)
{
    const std::uint32_t nodes = state.nodeCount();
    m_order.resize(nodes);
    for (std::uint32_t n = 0; n < nodes; ++n)
        m_order[n] = n;
    SeededRandom shuffle(seed, 1);
    for (std::uint32_t i = nodes; i > 1; --i)
        std::swap(m_order[i - 1], m_order[shuffle.below(i)]);
    m_rank.resize(nodes);
    for (std::uint32_t i = 0; i < nodes; ++i)
        m_rank[m_order[i]] = i;
    if (policy != PlacementPolicy::Random) {
        m_cache.assign(std::size_t(shapeCount) * nodes, Cached{});
        m_cacheGpus.assign(std::size_t(shapeCount) * nodes, 0);
        m_trees.resize(shapeCount);
        while (m_leaves < nodes)
            m_leaves *= 2;
    }
    m_frag.assign(nodes, 0);
    m_fragVersion.assign(nodes, 0);
}

std::size_t Placer::StateHash::operator()(const StateKey& key) const noexcept
{
    std::uint64_t hash = 1469598103934665603ull;
    const auto mix = [&](std::uint64_t value) { hash = (hash ^ value) * 1099511628211ull; };
    mix(key.cpuLeft);
    mix(std::uint64_t(key.model) << 16 | key.gpuCount);
    for (const std::uint16_t left : key.left)
        mix(left);
    return std::size_t(hash ^ (hash >> 29));
}

double Placer::fragmentation(std::uint32_t cpuLeft, const std::uint16_t* gpuLeft, std::uint32_t gpuCount,
                             std::uint32_t model)
{
    if (gpuCount > 8)
        return fragmentedMilli(cpuLeft, gpuLeft, gpuCount, model, m_typical);
    StateKey key;
    key.cpuLeft = cpuLeft;
    key.model = std::uint16_t(model);
    key.gpuCount = std::uint16_t(gpuCount);
    std::copy(gpuLeft, gpuLeft + gpuCount, key.left);
    std::sort(key.left, key.left + gpuCount, std::greater<>());
    const auto [it, added] = m_fragMemo.try_emplace(key, 0.0);
    if (added)
        it->second = fragmentedMilli(cpuLeft, gpuLeft, gpuCount, model, m_typical);
    return it->second;
}

double Placer::nodeFragmentation(std::uint32_t node)
{
    const std::uint32_t version = m_state.version(node) + 1;
    if (m_fragVersion[node] != version) {
        m_frag[node] =
            fragmentation(m_state.cpuLeft(node), m_state.gpuLeft(node), m_state.gpuCount(node), m_state.model(node));
        m_fragVersion[node] = version;
    }
    return m_frag[node];
}

Placer::Score Placer::fgdScore(std::uint32_t node, const PodRequest& pod)
{
    const double before = nodeFragmentation(node);
    const std::uint32_t count = m_state.gpuCount(node);
    std::uint16_t after[NodeList::kMaxGpusPerNode];
    std::copy(m_state.gpuLeft(node), m_state.gpuLeft(node) + count, after);
    const std::uint32_t cpuAfter = m_state.cpuLeft(node) - pod.cpuMilli;
    const std::uint32_t model = m_state.model(node);
    if (pod.fractional()) {
        // Every GPU that holds the share is tried; the one that fragments least wins.
        Score best{-1, 0};
        for (std::uint32_t g = 0; g < count; ++g) {
            if (after[g] < pod.gpuMilli)
                continue;
            after[g] = std::uint16_t(after[g] - pod.gpuMilli);
            const int value = fragmentationScore(before, fragmentation(cpuAfter, after, count, model));
            after[g] = std::uint16_t(after[g] + pod.gpuMilli);
            if (value > best.value)
                best = {value, GpuSet{1} << g};
        }
        return best;
    }
    const GpuSet gpus = m_state.tightestGpus(node, pod);
    for (std::uint32_t g = 0; g < count; ++g)
        if (gpus & (GpuSet{1} << g))
            after[g] = std::uint16_t(after[g] - pod.gpuMilli);
    return {fragmentationScore(before, fragmentation(cpuAfter, after, count, model)), gpus};
}

Placer::Score Placer::score(std::uint32_t node, const PodRequest& pod)
{
    switch (m_policy) {
    case PlacementPolicy::Fgd: return fgdScore(node, pod);
    case PlacementPolicy::DotProduct: return {dotProductScore(m_state, node, pod), m_state.tightestGpus(node, pod)};
    case PlacementPolicy::GpuClustering:
        return {gpuClusteringScore(m_state, node, pod), m_state.tightestGpus(node, pod)};
    case PlacementPolicy::GpuPacking: {
        const GpuSet gpus = m_state.tightestGpus(node, pod);
        return {gpuPackingScore(m_state, node, pod, gpus), gpus};
    }
    case PlacementPolicy::BestFit: return {bestFitScore(m_state, node, pod), m_state.tightestGpus(node, pod)};
    case PlacementPolicy::Random: break;
    }
    return {0, m_state.tightestGpus(node, pod)};
}

std::optional<Assignment> Placer::chooseRandom(const PodRequest& job)
{
    const std::uint32_t nodes = m_state.nodeCount();
    if (job.shape < m_shapeCount) {
        // A node drawn uniformly among those the job's shape fits (memory aside), from a per-shape
        // tree of counts; when that node lacks the memory, a fresh draw among the nodes that fit
        // with memory. Each node that fits is then drawn with probability 1/K + (K-M)/K x 1/M = 1/M
        // (K fitting without memory, M with), as uniform as a single draw among the M.
        PodRequest pod = job;
        pod.memoryMib = 0;
        if (m_trees.empty()) {
            m_trees.resize(m_shapeCount);
            while (m_leaves < nodes)
                m_leaves *= 2;
        }
        Tree& tree = m_trees[pod.shape];
        const auto& changes = m_state.changes();
        if (tree.fitting.empty() || changes.size() - tree.seen > nodes / 8) {
            tree.fitting.assign(2 * std::size_t(m_leaves), 0);
            for (std::uint32_t n = 0; n < nodes; ++n)
                tree.fitting[m_leaves + n] = m_state.fits(n, pod) ? 1 : 0;
            for (std::size_t i = m_leaves - 1; i >= 1; --i)
                tree.fitting[i] = tree.fitting[2 * i] + tree.fitting[2 * i + 1];
        } else {
            for (std::size_t c = tree.seen; c < changes.size(); ++c) {
                const std::uint32_t n = changes[c];
                const std::uint32_t fits = m_state.fits(n, pod) ? 1 : 0;
                if (tree.fitting[m_leaves + n] != fits) {
                    tree.fitting[m_leaves + n] = fits;
                    for (std::size_t i = (m_leaves + n) / 2; i >= 1; i /= 2)
                        tree.fitting[i] = tree.fitting[2 * i] + tree.fitting[2 * i + 1];
                }
            }
        }
        tree.seen = changes.size();
        if (tree.fitting[1] == 0)
            return std::nullopt;
        std::uint64_t pick = m_random.below(tree.fitting[1]);
        std::size_t i = 1;
        while (i < m_leaves) {
            i *= 2;
            if (pick >= tree.fitting[i]) {
                pick -= tree.fitting[i];
                ++i;
            }
        }
        const auto node = std::uint32_t(i - m_leaves);
        if (m_state.memoryLeft(node) >= job.memoryMib)
            return randomGpus(node, job);
    }
    m_fitting.clear();
    for (std::uint32_t n = 0; n < nodes; ++n)
        if (m_state.fits(n, job))
            m_fitting.push_back(n);
    if (m_fitting.empty())
        return std::nullopt;
    return randomGpus(m_fitting[m_random.below(m_fitting.size())], job);
}

std::optional<Assignment> Placer::randomGpus(std::uint32_t node, const PodRequest& pod)
{
    if (!pod.fractional())
        return Assignment{node, m_state.tightestGpus(node, pod)};
    // A share goes to any GPU that holds it, each as likely.
    const std::uint16_t* left = m_state.gpuLeft(node);
    std::uint32_t holding = 0;
    for (std::uint32_t g = 0; g < m_state.gpuCount(node); ++g)
        holding += left[g] >= pod.gpuMilli ? 1 : 0;
    std::uint64_t pick = m_random.below(holding);
    for (std::uint32_t g = 0; g < m_state.gpuCount(node); ++g) {
        if (left[g] >= pod.gpuMilli && pick-- == 0)
            return Assignment{node, GpuSet{1} << g};
    }
    return std::nullopt;
}

std::optional<Assignment> Placer::choose(const PodRequest& pod)
{
    if (m_policy == PlacementPolicy::Random)
        return chooseRandom(pod);
    return pod.shape < m_shapeCount ? chooseByTree(pod) : chooseByScan(pod);
}

std::uint64_t Placer::leafKey(std::uint32_t n, const PodRequest& pod)
{
    if (!m_state.fits(n, pod))
        return 0;
    Cached& cached = m_cache[std::size_t(pod.shape) * m_state.nodeCount() + n];
    const std::uint32_t version = m_state.version(n) + 1;
    if (cached.version != version) {
        const Score s = score(n, pod);
        cached = {version, s.value};
        m_cacheGpus[std::size_t(pod.shape) * m_state.nodeCount() + n] = s.gpus;
    }
    // Higher score first, then the earlier node in the tie-breaking order; scores are far above
    // -2^30, so the key of a node that fits is never 0.
    const auto value = std::uint64_t(std::int64_t(cached.value) + (std::int64_t{1} << 30));
    return (value << 32) | (0xFFFFFFFFu - m_rank[n]);
}

std::optional<Assignment> Placer::chooseByTree(const PodRequest& job)
{
    // The tree ranks the nodes for the job's shape, memory aside, and keeps the most memory left
    // below each subtree; a best-first search then finds the best node with the job's memory.
    PodRequest pod = job;
    pod.memoryMib = 0;
    const std::uint32_t nodes = m_state.nodeCount();
    Tree& tree = m_trees[pod.shape];
    const auto& changes = m_state.changes();
    const auto memoryOf = [&](std::uint32_t n, std::uint64_t key) {
        return key == 0 ? 0u : std::uint32_t(std::min<std::uint64_t>(m_state.memoryLeft(n), 0xFFFFFFFFu));
    };
    const auto pull = [&](std::size_t i) {
        tree.keys[i] = std::max(tree.keys[2 * i], tree.keys[2 * i + 1]);
        tree.memory[i] = std::max(tree.memory[2 * i], tree.memory[2 * i + 1]);
    };
    if (tree.keys.empty() || changes.size() - tree.seen > nodes / 8) {
        // First look, or so much changed that a rebuild is cheaper than updates.
        if (tree.keys.empty()) {
            tree.keys.assign(2 * std::size_t(m_leaves), 0);
            tree.memory.assign(2 * std::size_t(m_leaves), 0);
        }
        for (std::uint32_t n = 0; n < nodes; ++n) {
            tree.keys[m_leaves + n] = leafKey(n, pod);
            tree.memory[m_leaves + n] = memoryOf(n, tree.keys[m_leaves + n]);
        }
        for (std::size_t i = m_leaves - 1; i >= 1; --i)
            pull(i);
    } else {
        for (std::size_t c = tree.seen; c < changes.size(); ++c) {
            const std::uint32_t n = changes[c];
            const std::uint64_t key = leafKey(n, pod);
            const std::uint32_t memory = memoryOf(n, key);
            if (tree.keys[m_leaves + n] != key || tree.memory[m_leaves + n] != memory) {
                tree.keys[m_leaves + n] = key;
                tree.memory[m_leaves + n] = memory;
                for (std::size_t i = (m_leaves + n) / 2; i >= 1; i /= 2)
                    pull(i);
            }
        }
    }
    tree.seen = changes.size();
    // Best first: a subtree's key bounds every leaf below it, so the first leaf reached with enough
    // memory is the best node that fits the job.
    std::uint64_t best = 0;
    if (tree.keys[1] != 0 && tree.memory[1] >= job.memoryMib) {
        m_frontier.clear();
        m_frontier.emplace_back(tree.keys[1], 1);
        while (!m_frontier.empty()) {
            std::pop_heap(m_frontier.begin(), m_frontier.end());
            const auto [key, i] = m_frontier.back();
            m_frontier.pop_back();
            if (key == 0 || tree.memory[i] < job.memoryMib)
                continue;
            if (i >= m_leaves) {
                best = key;
                break;
            }
            for (const std::size_t child : {2 * i, 2 * i + 1}) {
                m_frontier.emplace_back(tree.keys[child], child);
                std::push_heap(m_frontier.begin(), m_frontier.end());
            }
        }
    }
    if (best == 0)
        return std::nullopt;
    const std::uint32_t node = m_order[0xFFFFFFFFu - std::uint32_t(best & 0xFFFFFFFFu)];
    return Assignment{node, m_cacheGpus[std::size_t(pod.shape) * nodes + node]};
}

std::optional<Assignment> Placer::chooseByScan(const PodRequest& pod)
{
    const std::uint32_t nodes = m_state.nodeCount();
    const bool cached = pod.shape < m_shapeCount;
    Cached* row = cached ? &m_cache[std::size_t(pod.shape) * nodes] : nullptr;
    GpuSet* rowGpus = cached ? &m_cacheGpus[std::size_t(pod.shape) * nodes] : nullptr;
    // Nodes in index order (memory order); equal scores go to the earlier node in m_order.
    bool found = false;
    int bestValue = 0;
    std::uint32_t bestNode = 0;
    GpuSet bestGpus = 0;
    for (std::uint32_t n = 0; n < nodes; ++n) {
        if (!m_state.fits(n, pod))
            continue;
        int value;
        const std::uint32_t version = m_state.version(n) + 1;
        if (cached && row[n].version == version) {
            value = row[n].value;
        } else {
            const Score s = score(n, pod);
            value = s.value;
            if (cached) {
                row[n] = {version, value};
                rowGpus[n] = s.gpus;
            } else if (!found || value > bestValue || (value == bestValue && m_rank[n] < m_rank[bestNode])) {
                bestGpus = s.gpus;
            }
        }
        if (!found || value > bestValue || (value == bestValue && m_rank[n] < m_rank[bestNode])) {
            found = true;
            bestValue = value;
            bestNode = n;
        }
    }
    if (found && cached)
        bestGpus = rowGpus[bestNode];
    if (!found)
        return std::nullopt;
    return Assignment{bestNode, bestGpus};
}

}  // namespace debrief::sharing
