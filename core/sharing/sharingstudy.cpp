#include "sharingstudy.h"

#include "clusterstate.h"
#include "placer.h"
#include "seededrandom.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace debrief::sharing {

int roundedPercent(std::uint64_t part, std::uint64_t whole)
{
    if (whole == 0)
        return 0;
    // GPU milli of any real cluster stays far below 2^64 / 200, so these products cannot overflow.
    const std::uint64_t scaled = part * 100;
    std::uint64_t quotient = scaled / whole;
    const std::uint64_t twice = (scaled % whole) * 2;
    if (twice > whole || (twice == whole && quotient % 2 == 1))
        ++quotient;
    return int(quotient);
}

SharingStudy::SharingStudy(const ShareWorkload& workload, const NodeList& nodes, StudyOptions options)
    : m_workload(workload), m_nodes(nodes), m_options(std::move(options)),
      m_typical(workload.pods(), m_options.typicalCoverage)
{
}

std::vector<PodRequest> SharingStudy::arrivals(std::uint64_t seed) const
{
    const std::vector<PodRequest>& trace = m_workload.pods();
    std::vector<PodRequest> pods = trace;
    SeededRandom random(seed, 0);
    for (std::size_t i = pods.size(); i > 1; --i)
        std::swap(pods[i - 1], pods[random.below(i)]);
    if (trace.empty() || m_options.inflation <= 0)
        return pods;
    const double target = m_options.inflation * double(m_nodes.totalGpus() * kGpuMilli);
    std::uint64_t demand = m_workload.totalGpuMilli();
    if (double(demand) > target) {
        // More than the target already: random jobs leave until it fits.
        while (!pods.empty() && double(demand) > target) {
            const std::size_t gone = random.below(pods.size());
            demand -= pods[gone].totalGpuMilli();
            pods.erase(pods.begin() + std::ptrdiff_t(gone));
        }
        return pods;
    }
    // Jobs drawn from the trace join until the next one would pass the target.
    for (;;) {
        const PodRequest& drawn = trace[random.below(trace.size())];
        if (double(demand + drawn.totalGpuMilli()) > target)
            break;
        demand += drawn.totalGpuMilli();
        pods.push_back(drawn);
    }
    return pods;
}

StudyRun SharingStudy::runOne(PlacementPolicy placement, std::uint64_t seed) const
{
    StudyRun run;
    run.placement = placement;
    run.seed = seed;
    const std::vector<PodRequest> pods = arrivals(seed);
    ClusterState state(m_nodes);
    Placer placer(placement, state, m_typical, std::uint32_t(m_workload.shapes().size()), seed);
    const std::uint64_t capacity = state.capacityMilli();

    // The whole cluster's fragmentation, kept up to date node by node.
    double fragmented = 0;
    for (std::uint32_t n = 0; n < state.nodeCount(); ++n)
        fragmented += placer.nodeFragmentation(n);

    const int lastPct = std::max(0, int(std::ceil(m_options.inflation * 100.0)));
    struct Bin {
        std::uint64_t samples = 0;
        double allocated = 0, fragmentation = 0, ratio = 0;
    };
    std::vector<Bin> bins(std::size_t(lastPct) + 1);
    std::uint64_t arrived = 0;
    for (const PodRequest& pod : pods) {
        arrived += pod.totalGpuMilli();
        ++run.pods;
        if (const auto where = placer.choose(pod)) {
            const double before = placer.nodeFragmentation(where->node);
            state.place(where->node, pod, where->gpus);
            fragmented += placer.nodeFragmentation(where->node) - before;
        } else {
            ++run.unplaced;
        }
        const int pct = roundedPercent(arrived, capacity);
        if (std::size_t(pct) >= bins.size())
            bins.resize(std::size_t(pct) + 1);
        Bin& bin = bins[std::size_t(pct)];
        const std::uint64_t idle = capacity - state.allocatedMilli();
        const double frag = std::max(fragmented, 0.0);
        ++bin.samples;
        bin.allocated += capacity ? 100.0 * double(state.allocatedMilli()) / double(capacity) : 0.0;
        bin.fragmentation += capacity ? 100.0 * frag / double(capacity) : 0.0;
        bin.ratio += idle ? 100.0 * frag / double(idle) : 0.0;
    }
    run.arrivedMilli = arrived;
    run.allocatedMilli = state.allocatedMilli();

    // One point per whole percent; a percent no job landed on takes the jobs of its neighbours.
    const auto add = [](Bin& sum, const Bin& bin) {
        sum.samples += bin.samples;
        sum.allocated += bin.allocated;
        sum.fragmentation += bin.fragmentation;
        sum.ratio += bin.ratio;
    };
    for (int pct = 0; pct <= lastPct && std::size_t(pct) < bins.size(); ++pct) {
        Bin sum;
        if (bins[std::size_t(pct)].samples > 0) {
            add(sum, bins[std::size_t(pct)]);
        } else {
            if (pct > 0)
                add(sum, bins[std::size_t(pct) - 1]);
            if (std::size_t(pct) + 1 < bins.size())
                add(sum, bins[std::size_t(pct) + 1]);
        }
        if (sum.samples == 0)
            continue;
        const double n = double(sum.samples);
        run.points.push_back({pct, sum.allocated / n, sum.fragmentation / n, sum.ratio / n});
    }
    return run;
}

std::vector<StudyRun> SharingStudy::run(const std::atomic<bool>* cancel) const
{
    struct Task {
        PlacementPolicy placement;
        std::uint64_t seed;
    };
    std::vector<Task> tasks;
    for (const PlacementPolicy placement : m_options.placements)
        for (const std::uint64_t seed : m_options.seeds)
            tasks.push_back({placement, seed});
    std::vector<StudyRun> runs(tasks.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < tasks.size(); i = next++) {
            if (cancel && cancel->load())
                return;
            runs[i] = runOne(tasks[i].placement, tasks[i].seed);
        }
    };
    unsigned threads = m_options.threads ? m_options.threads : std::max(1u, std::thread::hardware_concurrency());
    threads = unsigned(std::min<std::size_t>(threads, tasks.size()));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& thread : pool)
        thread.join();
    return runs;
}

}  // namespace debrief::sharing
