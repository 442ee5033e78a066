#include "nodelistreplay.h"

#include "humanformat.h"
#include "jsonwriter.h"
#include "resulttable.h"
#include "texttable.h"
#include "traceloader.h"

#include "sharing/sharereplay.h"

#include <thread>

namespace debrief::cli {

int runNodeListReplay(const CommandLine& line, std::ostream& out, std::ostream& err)
{
    for (const char* flag : {"gpus", "nodes", "gpus-per-node", "placement", "jobs-out", "snapshots-out", "step"})
        if (line.has(flag))
            throw UsageError(std::string("--") + flag + " does not go with --node-list (the nodes come from the list)");
    const std::vector<replay::PolicyKind> policies = parsePolicies(line.listValue("policy"));
    sharing::ShareReplayOptions base;
    if (const auto name = line.value("placement-policy")) {
        const auto placement = sharing::placementFromName(*name);
        if (!placement)
            throw UsageError("unknown placement policy `" + *name +
                             "` (random, dot-product, gpu-clustering, gpu-packing, best-fit, fgd)");
        base.placement = *placement;
    }
    base.shareGpus = line.has("share-gpus");
    base.gpuJobsOnly = line.has("gpu-jobs-only");
    if (line.has("price")) {
        base.prices.perModel.clear();
        base.prices.fallback = line.doubleValue("price", 0.0);
    }
    const sharing::NodeList nodes = [&] {
        try {
            return sharing::NodeList::read(*line.value("node-list"));
        } catch (const sharing::NodeListError& error) {
            throw UsageError(std::string("--node-list: ") + error.what());
        }
    }();
    const trace::Trace trace = loadTrace(line, err);

    std::vector<sharing::ShareReplayResult> results(policies.size());
    {
        std::vector<std::jthread> pool;
        for (std::size_t i = 0; i < policies.size(); ++i) {
            pool.emplace_back([&, i] {
                sharing::ShareReplayOptions options = base;
                options.policy = policies[i];
                results[i] = sharing::replayShares(trace, nodes, options);
            });
            if (pool.size() >= std::max(1u, std::thread::hardware_concurrency()))
                pool.clear();  // joins
        }
    }

    if (line.has("json")) {
        JsonWriter json(out);
        json.beginObject();
        json.key("trace").beginObject().field("file", trace.sourceFile).field("jobs", std::uint64_t(trace.jobs.size()));
        json.endObject();
        json.key("cluster").beginObject().field("file", nodes.source());
        json.field("nodes", std::uint64_t(nodes.nodes().size())).field("gpus", nodes.totalGpus());
        json.field("placement_policy", sharing::placementName(base.placement)).field("share_gpus", base.shareGpus);
        json.key("price_per_gpu_hour").beginObject();
        for (std::uint32_t m = 1; m < nodes.models().size(); ++m)
            json.field(nodes.models()[m], base.prices.of(nodes.models()[m]));
        json.endObject().endObject();
        json.key("results").beginArray();
        for (const auto& r : results) {
            json.beginObject().field("policy", replay::policyName(r.policy)).field("jobs", r.jobs);
            json.key("rejected").beginObject().field("count", r.rejected).key("lines").beginArray();
            for (const auto l : r.rejectedLines)
                json.value(std::uint64_t(l));
            json.endArray().endObject();
            json.field("cpu_only_excluded", r.cpuOnlyExcluded).field("preemptions", r.preemptions);
            if (const auto& m = r.metrics) {
                json.key("queueing_delay_s").beginObject().field("mean", m->queueingMean).field("p50", m->queueingP50);
                json.field("p95", m->queueingP95).field("max", m->queueingMax).endObject();
                json.key("jct_s").beginObject().field("mean", m->jctMean).field("p95", m->jctP95).endObject();
                json.field("makespan_s", m->makespan);
                json.key("gpu_hours").beginObject().field("used", m->usedGpuHours).field("paid", m->paidGpuHours);
                json.endObject();
                json.field("utilization", m->utilization);
                json.key("cost_usd").beginObject().field("used", m->usedCost).field("paid", m->paidCost);
                json.field("idle", m->paidCost - m->usedCost).endObject();
            }
            json.endObject();
        }
        json.endArray().endObject();
        out << "\n";
        return 0;
    }

    out << "trace    " << trace.sourceFile << " (" << formatCount(trace.jobs.size()) << " jobs)\n";
    out << "cluster  " << nodes.source() << ": " << formatCount(nodes.nodes().size()) << " nodes, "
        << formatCount(nodes.totalGpus()) << " GPUs; placement " << sharing::placementName(base.placement) << ", "
        << (base.shareGpus ? "fractional GPUs shared" : "fractional GPUs rounded up to whole GPUs") << "\n";
    if (!results.empty() && results.front().rejected > 0)
        out << "rejected " << formatCount(results.front().rejected) << " jobs fit no node even when it is empty\n";
    out << "\n";
    TextTable table;
    table.addColumn("policy", TextTable::Align::Left);
    for (const char* title : {"jobs", "wait mean", "wait p95", "JCT mean", "makespan", "GPU-h used", "GPU-h paid",
                              "utilisation", "cost used", "cost paid", "preempted"})
        table.addColumn(title);
    for (const auto& r : results) {
        std::vector<std::string> row{std::string(replay::policyName(r.policy)), formatCount(r.jobs)};
        if (const auto& m = r.metrics) {
            row.insert(row.end(),
                       {formatDuration(m->queueingMean), formatDuration(double(m->queueingP95)),
                        formatDuration(m->jctMean), formatDuration(double(m->makespan)),
                        formatFixed(m->usedGpuHours, 0), formatFixed(m->paidGpuHours, 0), formatPercent(m->utilization),
                        formatMoney(m->usedCost), formatMoney(m->paidCost), formatCount(r.preemptions)});
        } else {
            row.insert(row.end(), 10, "-");
        }
        table.addRow(std::move(row));
    }
    table.print(out);
    return 0;
}

}  // namespace debrief::cli
