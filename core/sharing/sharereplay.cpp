#include "sharereplay.h"

#include "clusterstate.h"
#include "placer.h"
#include "shareworkload.h"
#include "typicalpods.h"

#include <algorithm>
#include <limits>
#include <set>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

namespace debrief::sharing {

namespace {

constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();

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

// The event loop of replay-semantics.md on a node list (README, "Time replays on nodes"): each
// policy's round decides which waiting jobs start; the placer chooses their node and GPUs.
class NodeReplay {
public:
    NodeReplay(const trace::Trace& trace, const NodeList& nodes, const std::vector<PodRequest>& pods,
               const TypicalPods& typical, std::uint32_t shapeCount, const ShareReplayOptions& options)
        : m_trace(trace), m_pods(pods), m_options(options), m_policy(options.policy), m_state(nodes),
          m_placer(options.placement, m_state, typical, shapeCount, options.seed), m_start(pods.size(), -1),
          m_end(pods.size(), -1), m_endAt(pods.size(), -1), m_remaining(pods.size(), 0), m_nodeOf(pods.size(), 0),
          m_gpusOf(pods.size(), 0)
    {
        using replay::PolicyKind;
        if (m_policy == PolicyKind::Las) {
            m_thresholds = options.policyOptions.lasThresholds;
            m_queue.assign(pods.size(), 0);
            m_attained.assign(pods.size(), 0);
            m_runStart.assign(pods.size(), 0);
            m_wakeAt.assign(pods.size(), -1);
        }
        if (m_policy == PolicyKind::Fair) {
            std::unordered_map<std::uint32_t, std::uint32_t> dense;
            m_groupOf.resize(pods.size());
            for (std::uint32_t job = 0; job < pods.size(); ++job) {
                const trace::Job& record = trace.jobs[job];
                const std::uint32_t name =
                    options.policyOptions.fairBy == replay::FairShareBy::User ? record.user : record.vc;
                m_groupOf[job] = dense.try_emplace(name, std::uint32_t(dense.size())).first->second;
            }
            m_groupWaiting.resize(dense.size());
            m_milliInUse.assign(dense.size(), 0);
        }
    }

    void run(const std::vector<std::uint32_t>& accepted);

    std::uint64_t preemptions = 0;
    const std::vector<std::int64_t>& start() const { return m_start; }
    const std::vector<std::int64_t>& end() const { return m_end; }
    const std::vector<std::uint32_t>& nodeOf() const { return m_nodeOf; }

private:
    using Key = std::tuple<std::int64_t, std::int64_t, std::uint32_t>;  // (policy's key, submit, trace index)
    using Request = std::tuple<std::uint32_t, std::uint32_t, ModelSet>;  // (shape, memory, models)
    struct Candidate {
        std::uint32_t job;
        bool wasRunning;
    };

    std::int64_t submit(std::uint32_t job) const { return m_trace.jobs[job].submit; }
    Key keyOf(std::uint32_t job) const
    {
        using replay::PolicyKind;
        std::int64_t first = 0;
        if (m_policy == PolicyKind::Sjf)
            first = m_trace.jobs[job].duration;
        else if (m_policy == PolicyKind::Priority)
            first = -std::int64_t(m_trace.priority(job));
        else if (m_policy == PolicyKind::Las)
            first = m_queue[job];
        return Key(first, submit(job), job);
    }
    static Request requestOf(const PodRequest& pod) { return Request(pod.shape, pod.memoryMib, pod.models); }

    // Where the placement policy puts the job now, or nothing; remembers the requests that failed
    // in this round (nothing is freed within a round, so they cannot fit later in it either).
    std::optional<Assignment> place(std::uint32_t job);
    void enqueue(std::uint32_t job);
    void startJob(std::uint32_t job, std::int64_t t, const Assignment& where);
    // A running job stopped at t that waits again (its resources are already freed).
    void stopJob(std::uint32_t job, std::int64_t t);

    void orderedRound(std::int64_t t);
    void preemptiveRound(std::int64_t t, const std::vector<Candidate>& ordered);
    void srtfRound(std::int64_t t);
    void lasRound(std::int64_t t);
    void backfillRound(std::int64_t t);
    void fairRound(std::int64_t t);

    // las: attained service in GPU milli x seconds, as of m_runStart while running.
    void accrue(std::uint32_t job, std::int64_t t);
    std::uint8_t queueFor(std::int64_t attainedMilli) const;
    void setWake(std::uint32_t job, std::int64_t at);
    void planDemotion(std::uint32_t job);

    const trace::Trace& m_trace;
    const std::vector<PodRequest>& m_pods;
    const ShareReplayOptions& m_options;
    replay::PolicyKind m_policy;
    ClusterState m_state;
    Placer m_placer;
    std::vector<std::int64_t> m_start, m_end;
    std::vector<std::int64_t> m_endAt;      // running jobs: when they end if nothing stops them
    std::vector<std::int64_t> m_remaining;  // waiting jobs: run time left
    std::vector<std::uint32_t> m_nodeOf;
    std::vector<GpuSet> m_gpusOf;
    std::set<Key> m_waiting;                               // every policy but fair
    std::set<std::pair<std::int64_t, std::uint32_t>> m_running;  // (end, job)
    std::set<Request> m_failed;
    // las
    std::vector<std::int64_t> m_thresholds;
    std::vector<std::uint8_t> m_queue;
    std::vector<std::int64_t> m_attained, m_runStart, m_wakeAt;
    std::set<std::pair<std::int64_t, std::uint32_t>> m_wakes;  // demotions (running), promotions (waiting)
    // fair
    std::vector<std::uint32_t> m_groupOf;
    std::vector<std::set<std::pair<std::int64_t, std::uint32_t>>> m_groupWaiting;  // (submit, job)
    std::vector<std::uint64_t> m_milliInUse;
};

std::optional<Assignment> NodeReplay::place(std::uint32_t job)
{
    const Request request = requestOf(m_pods[job]);
    if (m_failed.count(request))
        return std::nullopt;
    std::optional<Assignment> where = m_placer.choose(m_pods[job]);
    if (!where)
        m_failed.insert(request);
    return where;
}

void NodeReplay::enqueue(std::uint32_t job)
{
    if (m_policy == replay::PolicyKind::Fair)
        m_groupWaiting[m_groupOf[job]].emplace(submit(job), job);
    else
        m_waiting.insert(keyOf(job));
}

void NodeReplay::startJob(std::uint32_t job, std::int64_t t, const Assignment& where)
{
    m_state.place(where.node, m_pods[job], where.gpus);
    m_nodeOf[job] = where.node;
    m_gpusOf[job] = where.gpus;
    if (m_start[job] < 0)
        m_start[job] = t;
    m_endAt[job] = t + m_remaining[job];
    m_running.emplace(m_endAt[job], job);
    if (m_policy == replay::PolicyKind::Las) {
        m_runStart[job] = t;
        planDemotion(job);
    }
    if (m_policy == replay::PolicyKind::Fair)
        m_milliInUse[m_groupOf[job]] += m_pods[job].totalGpuMilli();
}

void NodeReplay::stopJob(std::uint32_t job, std::int64_t t)
{
    m_remaining[job] = m_endAt[job] - t;
    m_endAt[job] = -1;
    if (m_policy == replay::PolicyKind::Las) {
        accrue(job, t);
        m_queue[job] = queueFor(m_attained[job]);
        setWake(job, -1);
        const std::int64_t factor = m_options.policyOptions.lasStarveFactor;
        if (factor > 0 && m_queue[job] > 0)
            setWake(job, t + factor * (m_trace.jobs[job].duration - m_remaining[job]) + 1);
    }
    enqueue(job);
}

void NodeReplay::accrue(std::uint32_t job, std::int64_t t)
{
    m_attained[job] += std::int64_t(m_pods[job].totalGpuMilli()) * (t - m_runStart[job]);
    m_runStart[job] = t;
}

std::uint8_t NodeReplay::queueFor(std::int64_t attainedMilli) const
{
    std::uint8_t queue = 0;
    while (queue < m_thresholds.size() && attainedMilli >= m_thresholds[queue] * std::int64_t(kGpuMilli))
        ++queue;
    return queue;
}

void NodeReplay::setWake(std::uint32_t job, std::int64_t at)
{
    if (m_wakeAt[job] >= 0)
        m_wakes.erase({m_wakeAt[job], job});
    m_wakeAt[job] = at;
    if (at >= 0)
        m_wakes.emplace(at, job);
}

void NodeReplay::planDemotion(std::uint32_t job)
{
    // The first whole second at which the attained service reaches the next threshold, if before
    // the job ends.
    const std::int64_t rate = std::int64_t(m_pods[job].totalGpuMilli());
    const std::uint8_t queue = m_queue[job];
    std::int64_t at = -1;
    if (queue < m_thresholds.size() && rate > 0) {
        const std::int64_t demote =
            m_runStart[job] + (m_thresholds[queue] * std::int64_t(kGpuMilli) - m_attained[job] + rate - 1) / rate;
        if (demote < m_endAt[job])
            at = demote;
    }
    setWake(job, at);
}

void NodeReplay::run(const std::vector<std::uint32_t>& accepted)
{
    using replay::PolicyKind;
    std::size_t next = 0;
    while (next < accepted.size() || !m_running.empty() || !m_wakes.empty()) {
        std::int64_t t = next < accepted.size() ? submit(accepted[next]) : kNever;
        if (!m_running.empty())
            t = std::min(t, m_running.begin()->first);
        if (!m_wakes.empty())
            t = std::min(t, m_wakes.begin()->first);
        // 1. Jobs ending at t free their CPU, memory and GPU milli.
        while (!m_running.empty() && m_running.begin()->first == t) {
            const std::uint32_t job = m_running.begin()->second;
            m_running.erase(m_running.begin());
            m_end[job] = t;
            m_endAt[job] = -1;
            m_state.remove(m_nodeOf[job], m_pods[job], m_gpusOf[job]);
            if (m_policy == PolicyKind::Las)
                setWake(job, -1);
            if (m_policy == PolicyKind::Fair)
                m_milliInUse[m_groupOf[job]] -= m_pods[job].totalGpuMilli();
        }
        // las: a running job reaching its next threshold moves down a queue; a starving waiting job
        // goes back to Q0 with its attained service counted from 0 again.
        while (!m_wakes.empty() && m_wakes.begin()->first == t) {
            const std::uint32_t job = m_wakes.begin()->second;
            setWake(job, -1);
            if (m_endAt[job] >= 0) {
                accrue(job, t);
                m_queue[job] = queueFor(m_attained[job]);
                planDemotion(job);
            } else {
                m_waiting.erase(keyOf(job));
                m_queue[job] = 0;
                m_attained[job] = 0;
                m_waiting.insert(keyOf(job));
            }
        }
        // 2. Arrivals join the queue.
        while (next < accepted.size() && submit(accepted[next]) == t) {
            const std::uint32_t job = accepted[next++];
            m_remaining[job] = m_trace.jobs[job].duration;
            enqueue(job);
        }
        // 3. The policy's round.
        m_failed.clear();
        switch (m_policy) {
        case PolicyKind::Srtf: srtfRound(t); break;
        case PolicyKind::Las: lasRound(t); break;
        case PolicyKind::EasyBackfill: backfillRound(t); break;
        case PolicyKind::Fair: fairRound(t); break;
        default: orderedRound(t); break;
        }
    }
}

void NodeReplay::orderedRound(std::int64_t t)
{
    // fifo (rank order, block), first-fit (rank order, skip), sjf and priority (their order, skip).
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        const std::uint32_t job = std::get<2>(*it);
        const std::optional<Assignment> where = place(job);
        if (!where) {
            if (m_policy == replay::PolicyKind::Fifo)
                break;  // head-of-line blocking
            ++it;
            continue;
        }
        it = m_waiting.erase(it);
        startJob(job, t, *where);
    }
}

void NodeReplay::preemptiveRound(std::int64_t t, const std::vector<Candidate>& ordered)
{
    // The running set is the greedy selection in the policy's order over running and waiting jobs.
    // Running jobs keep their place; a waiting job that fits nowhere evicts every running job after
    // it in the order (once a round) and tries again; each evicted job, at its turn, takes its own
    // GPUs back if they are still free, else is placed anew or waits (a preemption either way: it
    // stopped where it ran).
    std::vector<bool> evicted(ordered.size(), false);
    bool evictedAny = false;
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        const auto [job, wasRunning] = ordered[i];
        const PodRequest& pod = m_pods[job];
        if (wasRunning && !evicted[i])
            continue;
        if (wasRunning && m_state.fitsOn(m_nodeOf[job], pod, m_gpusOf[job])) {
            m_state.place(m_nodeOf[job], pod, m_gpusOf[job]);
            m_running.emplace(m_endAt[job], job);
            continue;
        }
        std::optional<Assignment> where = place(job);
        if (!where && !wasRunning && !evictedAny) {
            for (std::size_t later = i + 1; later < ordered.size(); ++later) {
                if (ordered[later].wasRunning) {
                    const std::uint32_t other = ordered[later].job;
                    m_state.remove(m_nodeOf[other], m_pods[other], m_gpusOf[other]);
                    m_running.erase({m_endAt[other], other});
                    evicted[later] = true;
                }
            }
            evictedAny = true;
            m_failed.clear();  // the evictions freed room
            where = place(job);
        }
        if (wasRunning) {
            ++preemptions;
            stopJob(job, t);
            // srtf's restart penalty, as in the pooled replay: the job's run grows by it at each
            // preemption, so its place in the order moves back too.
            if (m_policy == replay::PolicyKind::Srtf)
                m_remaining[job] += m_options.policyOptions.srtfRestartPenalty;
        }
        if (!where)
            continue;
        m_waiting.erase(keyOf(job));
        startJob(job, t, *where);
    }
}

void NodeReplay::srtfRound(std::int64_t t)
{
    // Order (run time left, submit, index) over running and waiting jobs.
    std::vector<std::tuple<std::int64_t, std::int64_t, std::uint32_t, bool>> order;
    order.reserve(m_running.size() + m_waiting.size());
    for (const auto& [ends, job] : m_running)
        order.emplace_back(ends - t, submit(job), job, true);
    for (const Key& key : m_waiting)
        order.emplace_back(m_remaining[std::get<2>(key)], std::get<1>(key), std::get<2>(key), false);
    std::sort(order.begin(), order.end());
    std::vector<Candidate> ordered;
    ordered.reserve(order.size());
    for (const auto& entry : order)
        ordered.push_back({std::get<2>(entry), std::get<3>(entry)});
    preemptiveRound(t, ordered);
}

void NodeReplay::lasRound(std::int64_t t)
{
    // Order (queue, running before waiting, submit, index).
    std::vector<std::tuple<std::uint8_t, bool, std::int64_t, std::uint32_t>> order;
    order.reserve(m_running.size() + m_waiting.size());
    for (const auto& entry : m_running)
        order.emplace_back(m_queue[entry.second], false, submit(entry.second), entry.second);
    for (const Key& key : m_waiting)
        order.emplace_back(m_queue[std::get<2>(key)], true, std::get<1>(key), std::get<2>(key));
    std::sort(order.begin(), order.end());
    std::vector<Candidate> ordered;
    ordered.reserve(order.size());
    for (const auto& entry : order)
        ordered.push_back({std::get<3>(entry), !std::get<1>(entry)});
    preemptiveRound(t, ordered);
}

void NodeReplay::backfillRound(std::int64_t t)
{
    while (!m_waiting.empty()) {
        const std::uint32_t head = std::get<2>(*m_waiting.begin());
        if (const std::optional<Assignment> where = place(head)) {
            m_waiting.erase(m_waiting.begin());
            startJob(head, t, *where);
            continue;
        }
        // The head's reservation: the cluster as it will be when the running jobs end, walked in
        // end order until some node fits the head (only the node a job leaves can start to fit);
        // that end is the shadow time, and every job ending then leaves too. An accepted job fits
        // the empty cluster, so the walk always finds one.
        const PodRequest& headPod = m_pods[head];
        ClusterState atShadow = m_state;
        std::int64_t shadow = kNever;
        for (const auto& [ends, job] : m_running) {
            if (ends > shadow)
                break;
            atShadow.remove(m_nodeOf[job], m_pods[job], m_gpusOf[job]);
            if (shadow == kNever && atShadow.fits(m_nodeOf[job], headPod))
                shadow = ends;
        }
        std::uint32_t headNodes = 0;  // nodes that fit the head at the shadow time
        for (std::uint32_t n = 0; n < atShadow.nodeCount(); ++n)
            headNodes += atShadow.fits(n, headPod) ? 1 : 0;
        // Backfill, rank order, skip: a later job starts now where the placement policy puts it if
        // it ends by the shadow time, or if with it still running there some node fits the head
        // at the shadow time.
        for (auto it = std::next(m_waiting.begin()); it != m_waiting.end();) {
            const std::uint32_t job = std::get<2>(*it);
            const std::optional<Assignment> where = place(job);
            if (!where) {
                ++it;
                continue;
            }
            if (t + m_remaining[job] > shadow) {
                const bool fitted = atShadow.fits(where->node, headPod);
                atShadow.place(where->node, m_pods[job], where->gpus);
                if (fitted && !atShadow.fits(where->node, headPod)) {
                    if (headNodes == 1) {
                        atShadow.remove(where->node, m_pods[job], where->gpus);  // it would delay the head
                        ++it;
                        continue;
                    }
                    --headNodes;
                }
            }
            it = m_waiting.erase(it);
            startJob(job, t, *where);
        }
        return;
    }
}

void NodeReplay::fairRound(std::int64_t t)
{
    // Repeatedly the group (user or virtual cluster) with the least GPU milli in use whose
    // rank-first waiting job the placement policy places; ties to the job of lower rank. A group
    // whose first job does not fit is passed over this round (its later jobs do not jump ahead).
    using Entry = std::tuple<std::uint64_t, std::int64_t, std::uint32_t, std::uint32_t>;  // (milli, submit, job, group)
    std::set<Entry> groups;
    const auto offer = [&](std::uint32_t g) {
        if (!m_groupWaiting[g].empty()) {
            const auto [firstSubmit, job] = *m_groupWaiting[g].begin();
            groups.emplace(m_milliInUse[g], firstSubmit, job, g);
        }
    };
    for (std::uint32_t g = 0; g < m_groupWaiting.size(); ++g)
        offer(g);
    while (!groups.empty()) {
        const auto [inUse, firstSubmit, job, g] = *groups.begin();
        groups.erase(groups.begin());
        const std::optional<Assignment> where = place(job);
        if (!where)
            continue;
        m_groupWaiting[g].erase(m_groupWaiting[g].begin());
        startJob(job, t, *where);
        offer(g);
    }
}

}  // namespace

ShareReplayResult replayShares(const trace::Trace& trace, const NodeList& nodes, const ShareReplayOptions& options)
{
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

    NodeReplay replay(trace, nodes, pods, typical, std::uint32_t(workload.shapes().size()), options);
    replay.run(accepted);
    result.preemptions = replay.preemptions;
    const std::vector<std::int64_t>& start = replay.start();
    const std::vector<std::int64_t>& end = replay.end();
    const std::vector<std::uint32_t>& nodeOf = replay.nodeOf();
    for (const std::uint32_t job : accepted)
        if (end[job] < 0)
            throw std::logic_error("a job that fits an empty node was never placed");

    // Metrics over accepted jobs, per job in trace order.
    const std::int64_t origin = trace.jobs[accepted.front()].submit;
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
