#include "comparison.h"

#include "simulator.h"

namespace debrief::replay {

std::optional<double> Comparison::relativeChange(double before, double after)
{
    if (before == 0.0)
        return std::nullopt;
    return (after - before) / before;
}

double Comparison::monthlyDelta(double before, double after, std::int64_t baselineMakespan)
{
    if (baselineMakespan <= 0)
        return 0.0;
    return (after - before) * kMonthSeconds / double(baselineMakespan);
}

Comparison Comparison::of(const std::vector<ReplayResult>& results, std::size_t baseline,
                          std::optional<double> offeredLoad, std::optional<SuggestedCluster> suggested)
{
    Comparison c;
    c.offeredLoad = offeredLoad;
    c.suggested = suggested;
    if (!results.empty()) {
        const ReplayResult& first = baseline < results.size() ? results[baseline] : results.front();
        c.cluster = first.cluster;
        c.jobs = first.jobs;
        c.rejected = first.rejected;
    }
    const ReplayResult* base = baseline < results.size() && results[baseline].metrics ? &results[baseline] : nullptr;
    if (base)
        c.baseline = base->policy;
    for (std::size_t i = 0; i < results.size(); ++i) {
        const ReplayResult& result = results[i];
        if (!result.metrics)
            continue;
        Row row;
        row.policy = result.policy;
        row.jobs = result.jobs;
        row.preemptions = result.preemptions;
        row.metrics = *result.metrics;
        row.analyses = result.analyses;
        row.isBaseline = i == baseline;
        if (base) {
            const Metrics& b = *base->metrics;
            const Metrics& m = row.metrics;
            row.p95QueueingChange = relativeChange(double(b.queueingDelay.p95), double(m.queueingDelay.p95));
            row.meanJctChange = relativeChange(b.jct.mean, m.jct.mean);
            row.p95SlowdownChange = relativeChange(b.slowdown.p95, m.slowdown.p95);
            if (base->analyses && row.analyses)
                row.meanWaitingChange = relativeChange(base->analyses->waiting.mean, row.analyses->waiting.mean);
            row.throughputChange = relativeChange(b.throughputJobsPerHour, m.throughputJobsPerHour);
            row.utilisationPoints = (m.utilization - b.utilization) * 100.0;
            row.clusterCostPerMonth = monthlyDelta(b.cost.cluster, m.cost.cluster, b.makespan);
            row.idleCostPerMonth = monthlyDelta(b.cost.idle, m.cost.idle, b.makespan);
        }
        c.rows.push_back(std::move(row));
    }
    return c;
}

const Comparison::Row* Comparison::row(PolicyKind policy) const
{
    for (const Row& r : rows)
        if (r.policy == policy)
            return &r;
    return nullptr;
}

const Comparison::Row* Comparison::baselineRow() const
{
    for (const Row& r : rows)
        if (r.isBaseline)
            return &r;
    return nullptr;
}

}  // namespace debrief::replay
