#include "resulttable.h"

#include "commandline.h"
#include "humanformat.h"

#include <algorithm>

namespace debrief::cli {

void addMetricColumns(TextTable& table, bool withFragmentation)
{
    for (const char* title : {"jobs", "rejected", "mean wait", "p95 wait", "mean JCT", "p95 JCT", "p95 slowdown",
                              "makespan", "util", "jobs/h", "cluster cost", "idle cost", "preempt"})
        table.addColumn(title);
    if (withFragmentation)
        table.addColumn("fragment");
}

std::vector<std::string> metricCells(const replay::ReplayResult& result, bool withFragmentation)
{
    std::vector<std::string> cells{formatCount(result.jobs), formatCount(result.rejected)};
    if (const auto& m = result.metrics) {
        cells.insert(cells.end(), {formatDuration(m->queueingDelay.mean), formatDuration(double(m->queueingDelay.p95)),
                                   formatDuration(m->jct.mean), formatDuration(double(m->jct.p95)),
                                   formatFixed(m->slowdown.p95, 1), formatDuration(double(m->makespan)),
                                   formatPercent(m->utilization), formatFixed(m->throughputJobsPerHour, 1),
                                   formatMoney(m->cost.cluster), formatMoney(m->cost.idle)});
    } else {
        cells.insert(cells.end(), 10, "-");
    }
    cells.push_back(formatCount(result.preemptions));
    if (withFragmentation)
        cells.push_back(result.metrics && result.metrics->fragmentation ? formatPercent(*result.metrics->fragmentation)
                                                                        : "-");
    return cells;
}

std::vector<replay::PolicyKind> parsePolicies(const std::vector<std::string>& names)
{
    std::vector<replay::PolicyKind> policies;
    for (const std::string& name : names) {
        if (name == "all") {
            policies.insert(policies.end(), replay::kAllPolicies.begin(), replay::kAllPolicies.end());
            continue;
        }
        const auto policy = replay::policyFromName(name);
        if (!policy)
            throw UsageError("unknown policy `" + name +
                             "` (fifo, first-fit, sjf, easy-backfill, priority, srtf, las, fair, all)");
        policies.push_back(*policy);
    }
    for (std::size_t i = 0; i < policies.size(); ++i)
        if (std::find(policies.begin(), policies.begin() + std::ptrdiff_t(i), policies[i]) !=
            policies.begin() + std::ptrdiff_t(i))
            throw UsageError("policy `" + std::string(replay::policyName(policies[i])) + "` is listed twice");
    return policies;
}

}  // namespace debrief::cli
