#include "sharereplay.h"

#include "clusterstate.h"
#include "placer.h"
#include "shareworkload.h"
#include "typicalpods.h"

#include <algorithm>
#include <functional>
#include <set>
#include <stdexcept>
#include <tuple>

namespace debrief::sharing {

namespace {

std::int64_t nearestRank(std::vector<std::int64_t>& values, int percent)
{
    if (values.empty())
        return 0;
    const std::size_t n = values.size();
    std::size_t rank = (std::size_t(percent) * n + 99) / 100;
    rank = std::max<std::size_t>(rank, 1) - 1;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(rank), values.end());
    return values[rank];
}

}  // namespace

bool supportsNodeList(replay::PolicyKind policy)
{
    using replay::PolicyKind;
    return policy == PolicyKind::Fifo || policy == PolicyKind::FirstFit || policy == PolicyKind::Sjf ||
           policy == PolicyKind::Priority || policy == PolicyKind::Srtf;
}

ShareReplayResult replayShares(const trace::Trace& trace, const NodeList& nodes, const ShareReplayOptions& options)
{
    using replay::PolicyKind;
    if (!supportsNodeList(options.policy))
        throw std::invalid_argument("policy `" + std::string(replay::policyName(options.policy)) +
                                    "` is not offered on a node list (fifo, first-fit, sjf, priority, srtf)");
    ShareReplayResult result;
    result.policy = options.policy;
    result.placement = options.placement;
    result.shareGpus = options.shareGpus;

    // Jobs as requests; without sharing a fraction takes its whole GPU.
    const ShareWorkload asTraced(trace, nodes);
    std::vector<PodRequest> requests = asTraced.pods();
    if (!options.shareGpus)
        for (PodRequest& pod : requests)
            if (pod.fractional())
                pod.gpuMilli = kGpuMilli;
    const ShareWorkload workload(std::move(requests), nodes);
    const std::vector<PodRequest>& pods = workload.pods();
    const TypicalPods typical(asTraced.pods());

    // Accepted jobs: those some node could hold when empty.
    ClusterState empty(nodes);
    std::vector<std::uint32_t> accepted;
    for (std::uint32_t i = 0; i < pods.size(); ++i) {
        if (options.gpuJobsOnly && !pods[i].usesGpu()) {
            ++result.cpuOnlyExcluded;
            continue;
        }
        bool fitsSomewhere = false;
        for (std::uint32_t n = 0; n < empty.nodeCount() && !fitsSomewhere; ++n)
            fitsSomewhere = empty.fits(n, pods[i]);
        if (!fitsSomewhere) {
            ++result.rejected;
            result.rejectedLines.push_back(trace.jobs[i].line);
            continue;
        }
        accepted.push_back(i);
    }
    std::stable_sort(accepted.begin(), accepted.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return trace.jobs[a].submit < trace.jobs[b].submit; });
    result.jobs = accepted.size();
    if (accepted.empty())
        return result;

    // Waiting jobs ordered by the policy: (key, submit, trace index).
    using Key = std::tuple<std::int64_t, std::int64_t, std::uint32_t>;
    const auto keyOf = [&](std::uint32_t job) {
        const trace::Job& j = trace.jobs[job];
        std::int64_t first = 0;
        if (options.policy == PolicyKind::Sjf)
            first = j.duration;
        else if (options.policy == PolicyKind::Priority)
            first = -std::int64_t(trace.priority(job));
        return Key(first, j.submit, job);
    };
    std::set<Key> waiting;
    using Ending = std::pair<std::int64_t, std::uint32_t>;  // (end, job)
    std::set<Ending> running;
    std::vector<std::int64_t> remaining(trace.jobs.size(), 0);  // srtf: run time left of a waiting job

    ClusterState state(nodes);
    Placer placer(options.placement, state, typical, std::uint32_t(workload.shapes().size()), options.seed);
    std::vector<std::int64_t> start(trace.jobs.size(), -1), end(trace.jobs.size(), -1);
    std::vector<std::uint32_t> nodeOf(trace.jobs.size(), 0);
    std::vector<GpuSet> gpusOf(trace.jobs.size(), 0);

    const std::int64_t origin = trace.jobs[accepted.front()].submit;
    std::size_t nextArrival = 0;
    // Jobs that failed to place in this round: nothing is freed within a round, so the same request
    // cannot fit later in it either.
    std::set<std::tuple<std::uint32_t, std::uint32_t, ModelSet>> failed;
    while (nextArrival < accepted.size() || !running.empty()) {
        std::int64_t t =
            nextArrival < accepted.size() ? trace.jobs[accepted[nextArrival]].submit : running.begin()->first;
        if (!running.empty())
            t = std::min(t, running.begin()->first);
        while (!running.empty() && running.begin()->first == t) {
            const std::uint32_t job = running.begin()->second;
            running.erase(running.begin());
            end[job] = t;
            state.remove(nodeOf[job], pods[job], gpusOf[job]);
        }
        while (nextArrival < accepted.size() && trace.jobs[accepted[nextArrival]].submit == t) {
            const std::uint32_t job = accepted[nextArrival++];
            remaining[job] = trace.jobs[job].duration;
            waiting.insert(keyOf(job));
        }
        failed.clear();
        if (options.policy == PolicyKind::Srtf) {
            // The running set is the greedy selection in (run time left, submit, index) order over
            // running and waiting jobs. Running jobs stay where they are; a waiting job that fits
            // nowhere evicts every running job after it in that order and tries again; each evicted
            // job, at its turn, takes its own GPUs back if they are still free, else is placed anew
            // or waits (a preemption either way: it stopped where it ran).
            struct Candidate {
                std::int64_t left, submit;
                std::uint32_t job;
                bool wasRunning;
            };
            std::vector<Candidate> candidates;
            candidates.reserve(running.size() + waiting.size());
            for (const auto& [ends, job] : running)
                candidates.push_back({ends - t, trace.jobs[job].submit, job, true});
            for (const Key& key : waiting) {
                const std::uint32_t job = std::get<2>(key);
                candidates.push_back({remaining[job], trace.jobs[job].submit, job, false});
            }
            std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
                return std::tie(a.left, a.submit, a.job) < std::tie(b.left, b.submit, b.job);
            });
            std::vector<bool> evicted(candidates.size(), false);
            bool evictedAny = false;
            running.clear();
            waiting.clear();
            for (std::size_t i = 0; i < candidates.size(); ++i) {
                const Candidate& c = candidates[i];
                const PodRequest& pod = pods[c.job];
                if (c.wasRunning && !evicted[i]) {
                    running.emplace(t + c.left, c.job);
                    continue;
                }
                if (c.wasRunning && state.fitsOn(nodeOf[c.job], pod, gpusOf[c.job])) {
                    state.place(nodeOf[c.job], pod, gpusOf[c.job]);
                    running.emplace(t + c.left, c.job);
                    continue;
                }
                const auto request = std::tuple(pod.shape, pod.memoryMib, pod.models);
                std::optional<Assignment> where;
                if (!failed.count(request))
                    where = placer.choose(pod);
                if (!where && !c.wasRunning && !evictedAny) {
                    for (std::size_t later = i + 1; later < candidates.size(); ++later) {
                        if (candidates[later].wasRunning) {
                            const std::uint32_t job = candidates[later].job;
                            state.remove(nodeOf[job], pods[job], gpusOf[job]);
                            evicted[later] = true;
                        }
                    }
                    evictedAny = true;
                    failed.clear();  // the evictions freed room
                    where = placer.choose(pod);
                }
                if (c.wasRunning)
                    ++result.preemptions;
                if (!where) {
                    failed.insert(request);
                    remaining[c.job] = c.left;
                    waiting.insert(keyOf(c.job));
                    continue;
                }
                state.place(where->node, pod, where->gpus);
                nodeOf[c.job] = where->node;
                gpusOf[c.job] = where->gpus;
                if (start[c.job] < 0)
                    start[c.job] = t;
                running.emplace(t + c.left, c.job);
            }
            continue;
        }
        for (auto it = waiting.begin(); it != waiting.end();) {
            const std::uint32_t job = std::get<2>(*it);
            const PodRequest& pod = pods[job];
            const auto request = std::tuple(pod.shape, pod.memoryMib, pod.models);
            std::optional<Assignment> where;
            if (!failed.count(request))
                where = placer.choose(pod);
            if (!where) {
                failed.insert(request);
                if (options.policy == PolicyKind::Fifo)
                    break;  // head-of-line blocking
                ++it;
                continue;
            }
            state.place(where->node, pod, where->gpus);
            nodeOf[job] = where->node;
            gpusOf[job] = where->gpus;
            start[job] = t;
            running.emplace(t + trace.jobs[job].duration, job);
            it = waiting.erase(it);
        }
    }

    if (!waiting.empty())
        throw std::logic_error("a job that fits an empty node was never placed");

    // Metrics over accepted jobs, per job in trace order.
    std::sort(accepted.begin(), accepted.end());
    ShareReplayMetrics m;
    std::vector<std::int64_t> queueing, jct;
    queueing.reserve(accepted.size());
    jct.reserve(accepted.size());
    std::int64_t lastEnd = origin;
    const auto& list = nodes.nodes();
    for (const std::uint32_t job : accepted) {
        const trace::Job& j = trace.jobs[job];
        queueing.push_back(start[job] - j.submit);
        jct.push_back(end[job] - j.submit);
        lastEnd = std::max(lastEnd, end[job]);
        const double gpuHours = double(pods[job].totalGpuMilli()) / kGpuMilli * double(j.duration) / 3600.0;
        m.usedGpuHours += gpuHours;
        m.usedCost += gpuHours * options.prices.of(nodes.models()[list[nodeOf[job]].model]);
        result.jobIndex.push_back(job);
        result.node.push_back(nodeOf[job]);
        result.start.push_back(start[job] - origin);
        result.end.push_back(end[job] - origin);
    }
    const double n = double(accepted.size());
    for (const std::int64_t q : queueing)
        m.queueingMean += double(q) / n;
    for (const std::int64_t c : jct)
        m.jctMean += double(c) / n;
    m.queueingP50 = nearestRank(queueing, 50);
    m.queueingP95 = nearestRank(queueing, 95);
    m.queueingMax = *std::max_element(queueing.begin(), queueing.end());
    m.jctP95 = nearestRank(jct, 95);
    m.makespan = lastEnd - origin;
    const double hours = double(m.makespan) / 3600.0;
    for (const Node& node : list) {
        m.paidGpuHours += double(node.gpus) * hours;
        m.paidCost += double(node.gpus) * hours * options.prices.of(nodes.models()[node.model]);
    }
    m.utilization = m.paidGpuHours > 0 ? m.usedGpuHours / m.paidGpuHours : 0.0;
    result.metrics = m;
    return result;
}

}  // namespace debrief::sharing
