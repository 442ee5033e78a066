#include "simulator.h"

#include "acceptedjobs.h"
#include "easybackfillpolicy.h"
#include "fairpolicy.h"
#include "fifopolicy.h"
#include "firstfitpolicy.h"
#include "laspolicy.h"
#include "prioritypolicy.h"
#include "rankorder.h"
#include "replaystate.h"
#include "sjfpolicy.h"
#include "srtfpolicy.h"

#include "trace/trace.h"

#include <algorithm>

namespace debrief::replay {

namespace {

// The event loop of replay-semantics.md. At each event time t: running jobs ending at t complete,
// jobs submitted at t join in rank order, the policy decides. A job started at t with nothing left
// ends at t, which the policy reports as its next event, so the loop runs another round at t.
// Returns false when cancelled.
template <typename Policy>
bool runEventLoop(Policy& policy, ReplayState& state, const AcceptedJobs& jobs, const std::atomic<bool>* cancel)
{
    const std::uint32_t n = jobs.size();
    const bool eventHook = state.hasEventHook();
    std::uint32_t next = 0;
    while (true) {
        const std::int64_t arrival = next < n ? jobs.submit(next) : kNever;
        const std::int64_t t = std::min(arrival, policy.nextEvent());
        if (t == kNever)
            return true;
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed))
            return false;
        state.advanceTo(t);
        policy.completeAt(t);
        for (; next < n && jobs.submit(next) == t; ++next) {
            state.arrive(next);
            policy.arrive(next);
        }
        policy.schedule(t);
        state.settle();
        if (eventHook)
            state.emitEvent(t);
    }
}

bool runPolicy(const ReplayOptions& options, ReplayState& state, AcceptedJobs& jobs)
{
    const PolicyOptions& knobs = options.policyOptions;
    switch (options.policy) {
    case PolicyKind::Fifo: {
        FifoPolicy policy(state);
        return runEventLoop(policy, state, jobs, options.cancel);
    }
    case PolicyKind::FirstFit: {
        FirstFitPolicy policy(state, jobs, FirstFitKey{});
        return runEventLoop(policy, state, jobs, options.cancel);
    }
    case PolicyKind::Sjf: {
        SjfPolicy policy(state, jobs, SjfKey{&jobs});
        return runEventLoop(policy, state, jobs, options.cancel);
    }
    case PolicyKind::EasyBackfill: {
        EasyBackfillPolicy policy(state, jobs);
        return runEventLoop(policy, state, jobs, options.cancel);
    }
    case PolicyKind::Priority: {
        PriorityPolicy policy(state, jobs, PriorityKey{&jobs, knobs.priorityAgingPerHour});
        return runEventLoop(policy, state, jobs, options.cancel);
    }
    case PolicyKind::Srtf: {
        SrtfPolicy policy(state, jobs, knobs.srtfRestartPenalty);
        return runEventLoop(policy, state, jobs, options.cancel);
    }
    case PolicyKind::Las: {
        LasPolicy policy(state, jobs, knobs);
        return runEventLoop(policy, state, jobs, options.cancel);
    }
    case PolicyKind::Fair: {
        FairPolicy policy(state, jobs, knobs.fairBy);
        return runEventLoop(policy, state, jobs, options.cancel);
    }
    }
    return true;
}

// The analyses over the finished replay; users and virtual clusters only when some job names one.
std::optional<Analyses> analysesOfReplay(const AcceptedJobs& jobs, const ReplayState& state, std::size_t cdfPoints)
{
    bool anyName = false;
    for (std::uint32_t r = 0; r < jobs.size() && !anyName; ++r)
        anyName = jobs.job(r).user != trace::kNoName || jobs.job(r).vc != trace::kNoName;
    AnalysisInput input;
    input.outcomes = {jobs.submits(), jobs.durations(), state.firstStarts(), state.ends()};
    input.gpus = jobs.gpuCounts();
    if (anyName) {
        input.names = [&](std::size_t r) {
            const trace::Job& job = jobs.job(std::uint32_t(r));
            return JobNames{job.user, job.vc};
        };
    }
    input.nameCount = std::uint32_t(jobs.trace().names.size());
    input.interruptions = state.interruptions();
    input.cdfPoints = cdfPoints;
    return analysesOf(input);
}

}  // namespace

Simulator::Simulator(const trace::Trace& trace, const ReplayOptions& options) : m_trace(trace), m_options(options)
{
}

Simulator::Simulator(const RankOrder& order, const ReplayOptions& options)
    : m_trace(order.trace()), m_order(&order), m_options(options)
{
}

ReplayResult Simulator::run()
{
    ReplayResult result;
    result.policy = m_options.policy;
    result.cluster = m_options.cluster;
    const std::uint64_t gpus = m_options.cluster.totalGpus();
    AcceptedJobs jobs =
        m_order != nullptr ? AcceptedJobs(*m_order, gpus) : AcceptedJobs(m_trace, gpus, m_options.gpuJobsOnly);
    result.jobs = jobs.size();
    result.rejectedLines = jobs.rejectedLines();
    result.rejected = result.rejectedLines.size();
    result.cpuOnlyExcluded = jobs.cpuOnlyExcluded();
    result.origin = jobs.origin();

    ReplayState state(jobs, m_options);
    if (!runPolicy(m_options, state, jobs)) {
        result.cancelled = true;
        result.preemptions = state.preemptions();
        state.emitFinal();
        return result;
    }
    result.preemptions = state.preemptions();

    const std::uint64_t clusterGpus = m_options.cluster.totalGpus();
    result.metrics = metricsOf({jobs.submits(), jobs.durations(), state.firstStarts(), state.ends()},
                               state.usedGpuSeconds(), clusterGpus, m_options.cluster.pricePerGpuHour);
    if (result.metrics && state.allocator().packed()) {
        const std::int64_t makespan = result.metrics->makespan;
        result.metrics->fragmentation =
            makespan > 0 ? double(state.strandedGpuSeconds()) / (double(clusterGpus) * double(makespan)) : 0.0;
    }
    if (result.metrics && m_options.analyses)
        result.analyses = analysesOfReplay(jobs, state, m_options.cdfPoints);
    state.emitFinal();

    if (m_options.keepPerJob) {
        for (Interruption interruption : state.interruptions()) {
            interruption.job = jobs.index(interruption.job);
            result.interruptions.push_back(interruption);
        }
        std::sort(result.interruptions.begin(), result.interruptions.end(),
                  [](const Interruption& a, const Interruption& b) { return a.job < b.job; });
        const std::uint32_t n = jobs.size();
        result.jobIndex.resize(n);
        if (jobs.inFileOrder()) {
            for (std::uint32_t r = 0; r < n; ++r)
                result.jobIndex[r] = jobs.index(r);
            result.start = std::move(state.firstStarts());
            result.end = std::move(state.ends());
        } else {
            // Rank order -> file order: ranks sorted by their position in the trace.
            std::vector<std::uint32_t> byPosition(n);
            for (std::uint32_t r = 0; r < n; ++r)
                byPosition[r] = r;
            std::sort(byPosition.begin(), byPosition.end(),
                      [&](std::uint32_t a, std::uint32_t b) { return jobs.position(a) < jobs.position(b); });
            result.start.resize(n);
            result.end.resize(n);
            for (std::uint32_t i = 0; i < n; ++i) {
                const std::uint32_t r = byPosition[i];
                result.jobIndex[i] = jobs.index(r);
                result.start[i] = state.firstStarts()[r];
                result.end[i] = state.ends()[r];
            }
        }
    }
    result.runIntervals = std::move(state.runIntervals());
    return result;
}

ReplayResult replay(const trace::Trace& trace, const ReplayOptions& options)
{
    return Simulator(trace, options).run();
}

ReplayResult replay(const RankOrder& order, const ReplayOptions& options)
{
    return Simulator(order, options).run();
}

}  // namespace debrief::replay
