#include "referencesimulator.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace debrief::replay::test {

namespace {

enum class Phase { Pending, Waiting, Running, Done };

// GPUs a job holds on each node: (node, GPUs). Empty on a pooled cluster and for 0-GPU jobs.
using Shares = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

struct RefJob {
    // From the trace.
    std::int64_t submit = 0;  // rebased: the earliest accepted submit is 0
    std::int64_t duration = 0;
    std::uint32_t gpus = 0;
    std::int32_t priority = 0;
    std::uint32_t user = 0;
    std::uint32_t vc = 0;
    std::uint32_t position = 0;  // position in Trace::jobs: the trace index that breaks submit ties
    std::uint32_t index = 0;
    std::uint32_t line = 0;

    // Replay state.
    Phase phase = Phase::Pending;
    std::int64_t remaining = 0;  // seconds of work left (srtf: restart penalties included)
    std::int64_t firstStart = -1;
    std::int64_t end = -1;
    std::int64_t ran = 0;           // seconds held GPUs so far
    std::int64_t service = 0;       // las: attained GPU-seconds that count for the queue thresholds
    std::size_t queue = 0;          // las: Q0, Q1, ...
    std::int64_t waitingSince = 0;  // las: when it last started waiting
    // Waiting time by parts, integrated over time between events (not from start/stop times).
    std::int64_t queued = 0;     // waiting before the first start
    std::int64_t preempted = 0;  // waiting after it
    std::int64_t penalty = 0;    // srtf restart penalty added to its work
    std::uint32_t preemptions = 0;
    Shares held;
};

class Reference {
public:
    Reference(const trace::Trace& trace, const ReplayOptions& options) : m_options(options)
    {
        const Cluster& cluster = options.cluster;
        m_total = std::uint64_t(cluster.nodes) * cluster.gpusPerNode;
        m_free = m_total;
        m_packed = cluster.placement == Placement::Packed && cluster.nodes > 0 && cluster.gpusPerNode > 0;
        if (m_packed)
            m_nodeFree.assign(cluster.nodes, cluster.gpusPerNode);

        // Accepted jobs; the rest are rejected (or left out by gpuJobsOnly).
        for (std::uint32_t pos = 0; pos < trace.jobs.size(); ++pos) {
            const trace::Job& record = trace.jobs[pos];
            if (record.gpus > m_total) {
                m_result.rejectedLines.push_back(record.line);
                continue;
            }
            if (options.gpuJobsOnly && record.gpus == 0) {
                ++m_result.cpuOnlyExcluded;
                continue;
            }
            RefJob job;
            job.submit = record.submit;
            job.duration = std::max<std::int64_t>(record.duration, 0);
            job.gpus = record.gpus;
            job.priority = trace.priority(pos);
            job.user = record.user;
            job.vc = record.vc;
            job.position = pos;
            job.index = trace.index(pos);
            job.line = record.line;
            job.remaining = job.duration;
            m_jobs.push_back(job);
        }
        m_result.rejected = m_result.rejectedLines.size();
        m_result.jobs = m_jobs.size();

        // Rebase so the earliest accepted job is submitted at 0.
        if (!m_jobs.empty()) {
            std::int64_t origin = m_jobs[0].submit;
            for (const RefJob& job : m_jobs)
                origin = std::min(origin, job.submit);
            for (RefJob& job : m_jobs)
                job.submit -= origin;
            m_result.origin = origin;
        }
        // Rank order = (submit, trace index). From here on a job is named by its rank.
        std::sort(m_jobs.begin(), m_jobs.end(), [](const RefJob& a, const RefJob& b) {
            return std::tie(a.submit, a.position) < std::tie(b.submit, b.position);
        });
    }

    ReplayResult run()
    {
        eventLoop();
        fillResult();
        return std::move(m_result);
    }

private:
    using Job = std::size_t;  // rank

    // ---- Placement --------------------------------------------------------------------------

    // Where a job of `gpus` would go now, or nullopt if it does not fit.
    std::optional<Shares> choose(std::uint32_t gpus) const
    {
        if (gpus == 0)
            return Shares{};
        if (!m_packed) {
            if (gpus <= m_free)
                return Shares{};
            return std::nullopt;
        }
        const std::uint32_t perNode = m_options.cluster.gpusPerNode;
        const std::uint32_t nodes = m_options.cluster.nodes;
        if (gpus <= perNode) {
            // Best fit: the node with the fewest free GPUs that fits; ties to the lowest node.
            std::optional<std::uint32_t> best;
            for (std::uint32_t node = 0; node < nodes; ++node) {
                if (m_nodeFree[node] >= gpus && (!best || m_nodeFree[node] < m_nodeFree[*best]))
                    best = node;
            }
            if (!best)
                return std::nullopt;
            return Shares{{*best, gpus}};
        }
        // floor(g / n) completely idle nodes plus one node with the remainder free, the
        // lowest-numbered ones. Engine's reading: the whole nodes are the lowest idle nodes, then
        // the remainder takes the lowest other node with enough free.
        const std::uint32_t whole = gpus / perNode;
        const std::uint32_t remainder = gpus % perNode;
        Shares shares;
        std::vector<bool> taken(nodes, false);
        for (std::uint32_t node = 0; node < nodes && shares.size() < whole; ++node) {
            if (m_nodeFree[node] == perNode) {
                shares.emplace_back(node, perNode);
                taken[node] = true;
            }
        }
        if (shares.size() < whole)
            return std::nullopt;
        if (remainder > 0) {
            bool placed = false;
            for (std::uint32_t node = 0; node < nodes && !placed; ++node) {
                if (!taken[node] && m_nodeFree[node] >= remainder) {
                    shares.emplace_back(node, remainder);
                    placed = true;
                }
            }
            if (!placed)
                return std::nullopt;
        }
        return shares;
    }
    bool fits(Job j) const { return choose(m_jobs[j].gpus).has_value(); }

    // ---- Job transitions --------------------------------------------------------------------

    void start(Job j, std::int64_t t)
    {
        RefJob& job = m_jobs[j];
        const std::optional<Shares> shares = choose(job.gpus);
        if (!shares)
            throw std::logic_error("reference: started a job that does not fit");
        m_free -= job.gpus;
        for (auto [node, gpus] : *shares)
            m_nodeFree[node] -= gpus;
        job.held = *shares;
        job.phase = Phase::Running;
        if (job.firstStart < 0)
            job.firstStart = t;
    }
    void release(RefJob& job)
    {
        m_free += job.gpus;
        for (auto [node, gpus] : job.held)
            m_nodeFree[node] += gpus;
        job.held.clear();
    }
    void preempt(Job j, std::int64_t t)
    {
        RefJob& job = m_jobs[j];
        release(job);
        job.phase = Phase::Waiting;
        job.waitingSince = t;
        ++m_result.preemptions;
        ++job.preemptions;
        // Engine's reading of the srtf restart penalty: the preempted job has that much more work.
        if (m_options.policy == PolicyKind::Srtf) {
            job.remaining += m_options.policyOptions.srtfRestartPenalty;
            job.penalty += m_options.policyOptions.srtfRestartPenalty;
        }
    }
    void complete(Job j, std::int64_t t)
    {
        RefJob& job = m_jobs[j];
        release(job);
        job.phase = Phase::Done;
        job.end = t;
    }

    std::vector<Job> inPhase(Phase phase) const
    {
        std::vector<Job> out;
        for (Job j = 0; j < m_jobs.size(); ++j) {
            if (m_jobs[j].phase == phase)
                out.push_back(j);
        }
        return out;  // rank order
    }

    // ---- The event loop ---------------------------------------------------------------------

    const std::vector<std::int64_t>& thresholds() const { return m_options.policyOptions.lasThresholds; }
    std::int64_t starve() const { return m_options.policyOptions.lasStarveFactor; }
    bool las() const { return m_options.policy == PolicyKind::Las; }

    // The smallest of: next arrival, earliest end of a running job, next LAS threshold crossing or
    // starvation promotion. nullopt when nothing is left to happen.
    std::optional<std::int64_t> nextEvent() const
    {
        std::optional<std::int64_t> next;
        const auto consider = [&](std::int64_t time) {
            if (!next || time < *next)
                next = time;
        };
        for (const RefJob& job : m_jobs) {
            if (job.phase == Phase::Pending)
                consider(job.submit);
            if (job.phase == Phase::Running)
                consider(m_now + job.remaining);
            if (las() && job.phase == Phase::Running && job.gpus > 0 && job.queue < thresholds().size()) {
                // The first whole second at which service reaches the next threshold.
                std::int64_t seconds = 1;
                while (job.service + std::int64_t(job.gpus) * seconds < thresholds()[job.queue])
                    ++seconds;
                consider(m_now + seconds);
            }
            if (las() && job.phase == Phase::Waiting && starve() > 0 && job.queue > 0)
                consider(job.waitingSince + starve() * job.ran + 1);  // first second waited "longer than"
        }
        return next;
    }

    void eventLoop()
    {
        bool stranded = false;
        while (const std::optional<std::int64_t> next = nextEvent()) {
            const std::int64_t t = *next;
            if (t < m_now)
                throw std::logic_error("reference: time went backwards");
            const std::int64_t dt = t - m_now;
            if (stranded)
                m_strandedGpuSeconds += std::int64_t(m_free) * dt;
            for (RefJob& job : m_jobs) {
                if (job.phase == Phase::Running) {
                    job.remaining -= dt;
                    job.ran += dt;
                    job.service += std::int64_t(job.gpus) * dt;
                    if (job.remaining < 0)
                        throw std::logic_error("reference: a job ran past its end");
                } else if (job.phase == Phase::Waiting) {
                    (job.firstStart < 0 ? job.queued : job.preempted) += dt;
                }
            }
            m_now = t;

            // 1. Running jobs whose end is t complete.
            for (Job j : inPhase(Phase::Running)) {
                if (m_jobs[j].remaining == 0)
                    complete(j, t);
            }
            // 2. Jobs submitted at t join the waiting queue, in rank order.
            for (Job j = 0; j < m_jobs.size(); ++j) {
                if (m_jobs[j].phase == Phase::Pending && m_jobs[j].submit == t) {
                    m_jobs[j].phase = Phase::Waiting;
                    m_jobs[j].waitingSince = t;
                }
            }
            // LAS wake-ups: demotions of running jobs, starvation promotions of waiting ones.
            if (las())
                moveLasQueues(t);
            // 3. The policy decides.
            decide(t);

            // Fragmentation (packed): from now to the next event, are free GPUs stranded, i.e. does
            // some waiting job ask for no more than the free total yet fit on no node?
            stranded = false;
            if (m_packed) {
                for (Job j : inPhase(Phase::Waiting)) {
                    if (m_jobs[j].gpus <= m_free && !fits(j))
                        stranded = true;
                }
            }
        }
        for (const RefJob& job : m_jobs) {
            if (job.phase != Phase::Done)
                throw std::logic_error("reference: a job never finished");
        }
    }

    void moveLasQueues(std::int64_t t)
    {
        for (RefJob& job : m_jobs) {
            if (job.phase == Phase::Running) {
                while (job.queue < thresholds().size() && job.service >= thresholds()[job.queue])
                    ++job.queue;
            }
            // Engine's reading of the starvation guard: waited (since it was last preempted) more
            // than factor x seconds run so far; back in Q0 its service counts from 0 again.
            if (job.phase == Phase::Waiting && starve() > 0 && job.queue > 0 &&
                t - job.waitingSince > starve() * job.ran) {
                job.queue = 0;
                job.service = 0;
            }
        }
    }

    // ---- Policies ---------------------------------------------------------------------------

    void decide(std::int64_t t)
    {
        switch (m_options.policy) {
        case PolicyKind::Fifo: return fifo(t);
        case PolicyKind::FirstFit: return skipScan(t, inPhase(Phase::Waiting));
        case PolicyKind::Sjf: return sjf(t);
        case PolicyKind::EasyBackfill: return easyBackfill(t);
        case PolicyKind::Priority: return priority(t);
        case PolicyKind::Srtf: return srtf(t);
        case PolicyKind::Las: return lasSelect(t);
        case PolicyKind::Fair: return fair(t);
        }
    }

    // Start the head while it fits; the first that does not fit blocks the rest.
    void fifo(std::int64_t t)
    {
        for (Job j : inPhase(Phase::Waiting)) {
            if (!fits(j))
                return;
            start(j, t);
        }
    }

    // One pass in `order`, starting every job that fits (skip). Starting a job only takes GPUs, so a
    // job skipped earlier in the pass cannot fit later in it: one pass is enough.
    void skipScan(std::int64_t t, const std::vector<Job>& order)
    {
        for (Job j : order) {
            if (fits(j))
                start(j, t);
        }
    }

    void sjf(std::int64_t t)
    {
        std::vector<Job> order = inPhase(Phase::Waiting);
        std::sort(order.begin(), order.end(), [&](Job a, Job b) {
            const RefJob &x = m_jobs[a], &y = m_jobs[b];
            return std::tie(x.duration, x.submit, x.position) < std::tie(y.duration, y.submit, y.position);
        });
        skipScan(t, order);
    }

    void priority(std::int64_t t)
    {
        // Aged priority = priority + aging x hours waited; times 3600 it is an exact integer.
        const std::int64_t aging = m_options.policyOptions.priorityAgingPerHour;
        const auto aged = [&](const RefJob& job) {
            return std::int64_t(job.priority) * 3600 + aging * (t - job.submit);
        };
        std::vector<Job> order = inPhase(Phase::Waiting);
        std::sort(order.begin(), order.end(), [&](Job a, Job b) {
            const RefJob &x = m_jobs[a], &y = m_jobs[b];
            if (aged(x) != aged(y))
                return aged(x) > aged(y);
            return std::tie(x.submit, x.position) < std::tie(y.submit, y.position);
        });
        skipScan(t, order);
    }

    void easyBackfill(std::int64_t t)
    {
        while (true) {
            const std::vector<Job> waiting = inPhase(Phase::Waiting);
            if (waiting.empty())
                return;
            const Job head = waiting[0];
            if (fits(head)) {
                start(head, t);
                continue;
            }
            // The reservation: the earliest known end of a running job by which enough GPUs are
            // free by count. "extra": what is free at that time beyond the head's need.
            const std::int64_t need = m_jobs[head].gpus;
            std::vector<std::int64_t> ends;
            for (Job r : inPhase(Phase::Running))
                ends.push_back(t + m_jobs[r].remaining);
            std::sort(ends.begin(), ends.end());
            std::optional<std::int64_t> shadow;
            std::int64_t extra = 0;
            for (std::int64_t candidate : ends) {
                std::int64_t freeThen = std::int64_t(m_free);
                for (Job r : inPhase(Phase::Running)) {
                    if (t + m_jobs[r].remaining <= candidate)
                        freeThen += m_jobs[r].gpus;
                }
                if (freeThen >= need) {
                    shadow = candidate;
                    extra = freeThen - need;
                    break;
                }
            }
            if (!shadow)
                throw std::logic_error("reference: no reservation for the head");
            // Backfill, rank order, skip: a later job that fits now and ends by the reservation, or
            // uses only extra GPUs (which it then consumes if it runs past the reservation).
            for (std::size_t i = 1; i < waiting.size(); ++i) {
                const Job j = waiting[i];
                if (!fits(j))
                    continue;
                const bool endsInTime = t + m_jobs[j].duration <= *shadow;
                if (endsInTime || std::int64_t(m_jobs[j].gpus) <= extra) {
                    start(j, t);
                    if (!endsInTime)
                        extra -= m_jobs[j].gpus;
                }
            }
            return;
        }
    }

    void fair(std::int64_t t)
    {
        const bool byVc = m_options.policyOptions.fairBy == FairShareBy::VirtualCluster;
        const auto groupOf = [&](Job j) { return byVc ? m_jobs[j].vc : m_jobs[j].user; };
        while (true) {
            std::optional<Job> best;
            std::uint64_t bestUse = 0;
            const std::vector<Job> waiting = inPhase(Phase::Waiting);
            for (Job j : waiting) {
                // Only a group's rank-first waiting job is a candidate.
                bool first = true;
                for (Job k : waiting) {
                    if (k < j && groupOf(k) == groupOf(j))
                        first = false;
                }
                if (!first || !fits(j))
                    continue;
                std::uint64_t use = 0;
                for (Job r : inPhase(Phase::Running)) {
                    if (groupOf(r) == groupOf(j))
                        use += m_jobs[r].gpus;
                }
                // Fewest GPUs in use; ties by rank (waiting is in rank order, so keep the first).
                if (!best || use < bestUse) {
                    best = j;
                    bestUse = use;
                }
            }
            if (!best)
                return;
            start(*best, t);
        }
    }

    // The running set becomes the first-fit selection, in `order`, over running and waiting jobs.
    void selectInOrder(std::int64_t t, const std::vector<Job>& order)
    {
        if (m_packed)
            throw std::logic_error("reference: preemptive policies are modelled on pooled clusters only");
        std::uint64_t left = m_total;
        std::vector<bool> selected(m_jobs.size(), false);
        for (Job j : order) {
            if (m_jobs[j].gpus <= left) {
                selected[j] = true;
                left -= m_jobs[j].gpus;
            }
        }
        for (Job j : order) {
            if (m_jobs[j].phase == Phase::Running && !selected[j])
                preempt(j, t);
        }
        for (Job j : order) {
            if (m_jobs[j].phase == Phase::Waiting && selected[j])
                start(j, t);
        }
    }

    void srtf(std::int64_t t)
    {
        std::vector<Job> order = inPhase(Phase::Running);
        for (Job j : inPhase(Phase::Waiting))
            order.push_back(j);
        std::sort(order.begin(), order.end(), [&](Job a, Job b) {
            const RefJob &x = m_jobs[a], &y = m_jobs[b];
            return std::tie(x.remaining, x.submit, x.position) < std::tie(y.remaining, y.submit, y.position);
        });
        selectInOrder(t, order);
    }

    void lasSelect(std::int64_t t)
    {
        // Queues from Q0 down; within a queue running jobs first (engine's reading: in rank order),
        // then waiting jobs in rank order.
        std::vector<Job> order = inPhase(Phase::Running);
        for (Job j : inPhase(Phase::Waiting))
            order.push_back(j);
        std::sort(order.begin(), order.end(), [&](Job a, Job b) {
            const RefJob &x = m_jobs[a], &y = m_jobs[b];
            const int xWaiting = x.phase == Phase::Waiting, yWaiting = y.phase == Phase::Waiting;
            return std::tie(x.queue, xWaiting, x.submit, x.position) <
                   std::tie(y.queue, yWaiting, y.submit, y.position);
        });
        selectInOrder(t, order);
    }

    // ---- Result -----------------------------------------------------------------------------

    // Nearest rank: the value at 0-based index ceil(p x n / 100) - 1 of the sorted values.
    template <typename T> static T percentile(const std::vector<T>& sorted, std::size_t p)
    {
        std::size_t rank = 0;  // ceil(p x n / 100), by counting
        while (rank * 100 < p * sorted.size())
            ++rank;
        return sorted[rank - 1];
    }
    template <typename T> static Distribution<T> distribution(std::vector<T> values)
    {
        Distribution<T> out;
        for (T v : values)
            out.sum += v;
        out.mean = double(out.sum) / double(values.size());
        std::sort(values.begin(), values.end());
        out.p50 = percentile(values, 50);
        out.p95 = percentile(values, 95);
        out.p99 = percentile(values, 99);
        out.max = values.back();
        return out;
    }

    void fillResult()
    {
        const std::size_t n = m_jobs.size();
        if (n > 0) {
            // Per-job values in rank order (the engine's order, so the slowdown sum rounds alike).
            std::vector<std::int64_t> delay, jct;
            std::vector<double> slowdown;
            std::int64_t lastEnd = 0, firstSubmit = m_jobs[0].submit, gpuSeconds = 0;
            for (const RefJob& job : m_jobs) {
                delay.push_back(job.firstStart - job.submit);
                jct.push_back(job.end - job.submit);
                slowdown.push_back(double(job.end - job.submit) / double(std::max<std::int64_t>(job.duration, 10)));
                lastEnd = std::max(lastEnd, job.end);
                firstSubmit = std::min(firstSubmit, job.submit);
                // Engine's reading of "GPUs x run time": the seconds the job really held its GPUs,
                // which exceeds the duration only when an srtf restart penalty was paid.
                gpuSeconds += std::int64_t(job.gpus) * job.ran;
            }
            Metrics m;
            m.queueingDelay = distribution(delay);
            m.jct = distribution(jct);
            m.slowdown = distribution(slowdown);
            m.makespan = lastEnd - firstSubmit;
            m.gpuSeconds = gpuSeconds;
            const double price = m_options.cluster.pricePerGpuHour;
            if (m.makespan > 0) {
                if (m_total > 0)
                    m.utilization = double(gpuSeconds) / (double(m_total) * double(m.makespan));
                m.throughputJobsPerHour = double(n) * 3600.0 / double(m.makespan);
            }
            m.cost.cluster = double(m_total) * double(m.makespan) / 3600.0 * price;
            m.cost.used = double(gpuSeconds) / 3600.0 * price;
            m.cost.idle = m.cost.cluster - m.cost.used;
            m.cost.perJob = m.cost.cluster / double(n);
            if (m_packed)
                m.fragmentation =
                    m.makespan > 0 ? double(m_strandedGpuSeconds) / (double(m_total) * double(m.makespan)) : 0.0;
            m_result.metrics = m;
        }
        // Per-job arrays in trace-index order.
        std::vector<Job> byPosition(n);
        for (Job j = 0; j < n; ++j)
            byPosition[j] = j;
        std::sort(byPosition.begin(), byPosition.end(),
                  [&](Job a, Job b) { return m_jobs[a].position < m_jobs[b].position; });
        for (Job j : byPosition) {
            const RefJob& job = m_jobs[j];
            m_result.jobIndex.push_back(job.index);
            m_result.start.push_back(job.firstStart);
            m_result.end.push_back(job.end);
            if (job.queued != job.firstStart - job.submit ||
                job.queued + job.preempted + job.penalty != job.end - job.submit - job.duration)
                throw std::logic_error("reference: waiting time does not add up");
            if (job.preemptions > 0)
                m_result.interruptions.push_back({job.index, job.preemptions, job.preempted, job.penalty});
        }
        m_result.policy = m_options.policy;
        m_result.cluster = m_options.cluster;
    }

    const ReplayOptions& m_options;
    ReplayResult m_result;
    std::vector<RefJob> m_jobs;  // rank order
    std::uint64_t m_total = 0;
    std::uint64_t m_free = 0;
    bool m_packed = false;
    std::vector<std::uint32_t> m_nodeFree;
    std::int64_t m_now = 0;
    std::int64_t m_strandedGpuSeconds = 0;
};

}  // namespace

ReplayResult referenceReplay(const trace::Trace& trace, const ReplayOptions& options)
{
    return Reference(trace, options).run();
}

}  // namespace debrief::replay::test
