#include "nodelistreplay.h"

#include "humanformat.h"
#include "jsonwriter.h"
#include "resulttable.h"
#include "texttable.h"
#include "traceloader.h"

#include "sharing/sharereplay.h"
#include "sharing/sharereplayjson.h"

#include <thread>

namespace debrief::cli {

namespace {

// core's ShareReplayResult fields into the CLI's streaming writer.
class JsonSink : public sharing::ShareResultSink {
public:
    explicit JsonSink(JsonWriter& json) : m_json(json) {}
    void beginObject(std::string_view key) override { m_json.key(key).beginObject(); }
    void endObject() override { m_json.endObject(); }
    void text(std::string_view key, std::string_view value) override { m_json.field(key, value); }
    void flag(std::string_view key, bool value) override { m_json.field(key, value); }
    void count(std::string_view key, std::uint64_t value) override { m_json.field(key, value); }
    void integer(std::string_view key, std::int64_t value) override { m_json.field(key, value); }
    void number(std::string_view key, double value) override { m_json.field(key, value); }
    void lines(std::string_view key, const std::vector<std::uint32_t>& values) override
    {
        m_json.key(key).beginArray();
        for (const std::uint32_t line : values)
            m_json.value(std::uint64_t(line));
        m_json.endArray();
    }

private:
    JsonWriter& m_json;
};

}  // namespace

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
            json.beginObject();
            JsonSink sink(json);
            sharing::writeShareReplayResult(r, sink, sharing::ShareResultLayout::Report);
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
