#include "resulttable.h"

#include "commandline.h"
#include "humanformat.h"

#include <algorithm>
#include <array>

namespace debrief::cli {

void addMetricColumns(TextTable& table, bool withFragmentation)
{
    for (const char* title : {"jobs", "rejected", "mean queue", "p95 queue", "mean JCT", "p95 JCT", "p95 slowdown",
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

void addAnalysisColumns(TextTable& table)
{
    table.addColumn("p95 waiting");
    table.addColumn("Jain users");
}

std::vector<std::string> analysisCells(const replay::ReplayResult& result)
{
    const auto& a = result.analyses;
    if (!a)
        return {"-", "-"};
    return {formatDuration(double(a->waiting.p95)),
            a->fairness.jainUserSlowdown ? formatFixed(*a->fairness.jainUserSlowdown, 2) : "-"};
}

namespace {

template <std::size_t Count>
void printBucketTable(std::ostream& out, const std::string& title, const std::vector<replay::ReplayResult>& results,
                      std::array<replay::BucketStats, Count> replay::Analyses::*buckets)
{
    const replay::Analyses* first = nullptr;
    for (const auto& result : results)
        if (result.analyses && !first)
            first = &*result.analyses;
    if (!first)
        return;
    // The accepted jobs are the same for every policy, so are the buckets that hold some.
    std::vector<std::size_t> shown;
    TextTable table;
    table.addColumn("policy", TextTable::Align::Left);
    for (std::size_t b = 0; b < Count; ++b) {
        const replay::BucketStats& stats = ((*first).*buckets)[b];
        if (stats.jobs == 0)
            continue;
        shown.push_back(b);
        table.addColumn(std::string(stats.bucket) + " (" + formatCount(stats.jobs) + ")");
    }
    for (const auto& result : results) {
        std::vector<std::string> cells{std::string(replay::policyName(result.policy))};
        for (std::size_t b : shown) {
            const auto& stats = result.analyses ? ((*result.analyses).*buckets)[b] : replay::BucketStats{};
            cells.push_back(stats.queueingDelay ? formatDuration(double(stats.queueingDelay->p95)) : "-");
        }
        table.addRow(std::move(cells));
    }
    out << "\n" << title << "\n";
    table.print(out);
}

}  // namespace

void printBucketTables(std::ostream& out, const std::vector<replay::ReplayResult>& results)
{
    printBucketTable(out, "p95 queueing delay by GPUs per job (jobs)", results, &replay::Analyses::byGpus);
    printBucketTable(out, "p95 queueing delay by run time (jobs)", results, &replay::Analyses::byRuntime);
}

std::string loadLine(const TraceLoad& load, const replay::Cluster* cluster)
{
    std::string line;
    if (cluster) {
        line = load.offeredLoad ? "offered " + formatPercent(*load.offeredLoad) + " of " +
                                      formatCount(cluster->totalGpus()) + " GPUs"
                                : "offered load unknown (every accepted job is submitted at the same second)";
    }
    if (load.suggested) {
        const auto& s = *load.suggested;
        if (!line.empty())
            line += "; ";
        line += formatCount(s.gpus) + " GPUs";
        if (s.nodes > 1 || (cluster && cluster->placement == replay::Placement::Packed))
            line += " (" + formatCount(s.nodes) + " nodes x " + formatCount(s.gpusPerNode) + ")";
        line += " carry it at " + formatPercent(s.offeredLoad) + " (the smallest at <= 80 %)";
    } else if (!cluster) {
        line = "no suggested size (every job is submitted at the same second)";
    }
    return line;
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
