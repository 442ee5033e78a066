#include "commands.h"

#include "humanformat.h"
#include "jsonwriter.h"
#include "progressbar.h"
#include "resultjson.h"
#include "resulttable.h"
#include "traceloader.h"

#include "cudasweepbackend.h"
#include "replay/sweep.h"

#include <limits>
#include <memory>

namespace debrief::cli {
namespace {

void writeCsvRow(std::ostream& out, const replay::SweepRow& row)
{
    const auto& r = row.result;
    out << replay::policyName(r.policy) << ',' << r.cluster.totalGpus() << ',' << r.cluster.pricePerGpuHour << ','
        << row.backend << ',' << r.jobs << ',' << r.rejected;
    if (const auto& m = r.metrics) {
        auto dist = [&out](const auto& d) {
            out << ',' << d.mean << ',' << d.p50 << ',' << d.p95 << ',' << d.p99 << ',' << d.max;
        };
        dist(m->queueingDelay);
        dist(m->jct);
        dist(m->slowdown);
        out << ',' << m->makespan << ',' << m->gpuSeconds << ',' << m->utilization << ',' << m->throughputJobsPerHour
            << ',' << m->cost.cluster << ',' << m->cost.used << ',' << m->cost.idle << ',' << m->cost.perJob;
    } else {
        out << std::string(23, ',');
    }
    out << ',' << r.preemptions << ',';
    if (r.metrics && r.metrics->fragmentation)
        out << *r.metrics->fragmentation;
    out << ',' << row.scenario.arrivalScale.text() << '\n';
}

// --backend cpu|cuda|auto (default cpu). auto takes CUDA when a usable device exists and the CPU
// pool quietly otherwise. cuda with no usable device is not an error: the reason goes to stderr and
// the sweep runs on the CPU (exit 0), so a script asking for the GPU still gets its numbers; each
// row's backend says where it ran.
std::unique_ptr<replay::SweepBackend> sweepBackendFor(const std::string& choice, std::ostream& err)
{
    if (choice == "cpu")
        return std::make_unique<replay::CpuSweepBackend>();
    if (choice != "cuda" && choice != "auto")
        throw UsageError("--backend must be cpu, cuda or auto, not '" + choice + "'");
    auto cuda = std::make_unique<gpu::CudaSweepBackend>();
    if (!cuda->deviceUsable()) {
        if (choice == "cuda")
            err << "debrief-cli: no usable CUDA device (" << cuda->discovery().reason << "); sweeping on the CPU\n";
        return std::make_unique<replay::CpuSweepBackend>();
    }
    return cuda;
}

}  // namespace

int runSweep(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    std::vector<std::string_view> valueFlags = kTraceValueFlags;
    valueFlags.insert(valueFlags.end(),
                      {"policies", "gpus", "gpus-per-node", "price", "threads", "backend", "arrival-scale"});
    std::vector<std::string_view> switches = kTraceSwitches;
    switches.insert(switches.end(), {"gpu-jobs-only", "json", "csv"});
    const CommandLine line(args, valueFlags, switches);
    if (line.has("json") && line.has("csv"))
        throw UsageError("choose one of --json and --csv");

    const std::vector<replay::PolicyKind> policies = parsePolicies(line.listValue("policies"));
    std::uint32_t perNode = 0;
    if (line.has("gpus-per-node"))
        perNode = std::uint32_t(line.unsignedValue("gpus-per-node", 1, std::numeric_limits<std::uint32_t>::max()));
    std::vector<replay::Cluster> clusters;
    for (const std::string& text : line.listValue("gpus")) {
        const auto gpus =
            std::uint32_t(CommandLine::parseUnsigned("gpus", text, 1, std::numeric_limits<std::uint32_t>::max()));
        if (perNode == 0) {
            clusters.push_back(replay::Cluster::pooled(gpus));
        } else {
            if (gpus % perNode != 0)
                throw UsageError("--gpus " + text + " is not a whole number of " + std::to_string(perNode) +
                                 "-GPU nodes");
            clusters.push_back(replay::Cluster::packed(gpus / perNode, perNode));
        }
    }
    std::vector<double> prices{2.50};
    if (line.has("price")) {
        prices.clear();
        for (const std::string& text : line.listValue("price"))
            prices.push_back(CommandLine::parseDouble("price", text, 0.0));
    }
    std::vector<replay::ArrivalScale> scales;
    const std::vector<std::string> scaleTexts =
        line.has("arrival-scale") ? line.listValue("arrival-scale") : std::vector<std::string>{};
    for (const std::string& text : scaleTexts) {
        const auto scale = replay::arrivalScaleFromText(text);
        if (!scale)
            throw UsageError("--arrival-scale " + text +
                             " is not a positive rate such as 2, 0.5 or 3/7 (at most 6 decimals)");
        scales.push_back(*scale);
    }
    const std::string backendChoice = line.value("backend").value_or("cpu");
    std::unique_ptr<replay::SweepBackend> backend = sweepBackendFor(backendChoice, err);
    replay::SweepOptions options;
    if (line.has("threads"))
        options.threads = unsigned(line.unsignedValue("threads", 1, 1024));
    options.gpuJobsOnly = line.has("gpu-jobs-only");

    const trace::Trace trace = loadTrace(line, err);
    const std::vector<replay::Scenario> scenarios = replay::scenarioGrid(policies, clusters, prices, scales);
    ProgressBar bar("sweeping");
    options.progress = [&bar](std::size_t done, std::size_t total) { bar.update(double(done) / double(total)); };
    const std::vector<replay::SweepRow> rows = backend->run(trace, scenarios, options);
    bar.finish();
    if (const auto* cuda = dynamic_cast<const gpu::CudaSweepBackend*>(backend.get());
        cuda != nullptr && !cuda->fallbackReason().empty())
        err << "debrief-cli: some scenarios ran on the CPU instead: " << cuda->fallbackReason() << "\n";

    if (line.has("json")) {
        JsonWriter json(out);
        json.beginObject().key("trace");
        writeTraceJson(json, trace);
        json.key("results").beginArray();
        for (const auto& row : rows) {
            json.beginObject()
                .field("policy", replay::policyName(row.result.policy))
                .field("gpus", row.result.cluster.totalGpus())
                .field("price", row.result.cluster.pricePerGpuHour)
                .field("backend", row.backend)
                .field("arrival_scale", row.scenario.arrivalScale.text());
            json.key("cluster");
            writeClusterJson(json, row.result.cluster);
            writeResultFields(json, row.result);
            json.endObject();
        }
        json.endArray().endObject();
        out << "\n";
        return 0;
    }
    if (line.has("csv")) {
        out << "policy,gpus,price,backend,jobs,rejected";
        for (const char* metric : {"queueing_delay", "jct", "slowdown"})
            for (const char* stat : {"mean", "p50", "p95", "p99", "max"})
                out << ',' << metric << '_' << stat;
        out << ",makespan_s,gpu_seconds,utilization,throughput_jobs_per_hour,cost_cluster,cost_used,cost_idle,"
               "cost_per_job,preemptions,fragmentation,arrival_scale\n";
        for (const auto& row : rows)
            writeCsvRow(out, row);
        return 0;
    }
    out << "trace  " << trace.sourceFile << " (" << formatCount(trace.jobs.size()) << " jobs), "
        << formatCount(rows.size()) << " scenarios\n\n";
    TextTable table;
    table.addColumn("policy", TextTable::Align::Left);
    table.addColumn("gpus");
    table.addColumn("$/GPU-h");
    table.addColumn("backend", TextTable::Align::Left);
    if (!scales.empty())
        table.addColumn("rate");
    addMetricColumns(table, perNode > 0);
    for (const auto& row : rows) {
        std::vector<std::string> cells{std::string(replay::policyName(row.result.policy)),
                                       formatCount(row.result.cluster.totalGpus()),
                                       formatFixed(row.result.cluster.pricePerGpuHour, 2), row.backend};
        if (!scales.empty())
            cells.push_back(row.scenario.arrivalScale.text() + "x");
        const auto metrics = metricCells(row.result, perNode > 0);
        cells.insert(cells.end(), metrics.begin(), metrics.end());
        table.addRow(std::move(cells));
    }
    table.print(out);
    return 0;
}

}  // namespace debrief::cli
