#include "commands.h"

#include "humanformat.h"
#include "jsonwriter.h"
#include "progressbar.h"
#include "resultjson.h"
#include "resulttable.h"
#include "traceloader.h"

#include "replay/simulator.h"

#include <atomic>
#include <charconv>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <thread>

namespace debrief::cli {
namespace {

constexpr std::uint64_t kMaxGpus = std::numeric_limits<std::uint32_t>::max();

replay::Cluster clusterFrom(const CommandLine& line)
{
    replay::Cluster cluster;
    const bool byNodes = line.has("nodes") || line.has("gpus-per-node");
    if (line.has("gpus") == byNodes)
        throw UsageError("give the cluster as --gpus N, or as --nodes N --gpus-per-node M");
    std::optional<replay::Placement> placement;
    if (const auto name = line.value("placement")) {
        placement = replay::placementFromName(*name);
        if (!placement)
            throw UsageError("unknown placement `" + *name + "` (pooled, packed)");
    }
    if (byNodes) {
        cluster.nodes = std::uint32_t(line.unsignedValue("nodes", 1, kMaxGpus));
        cluster.gpusPerNode = std::uint32_t(line.unsignedValue("gpus-per-node", 1, kMaxGpus));
        if (cluster.totalGpus() > kMaxGpus)
            throw UsageError("the cluster has more GPUs than the engine counts (at most " + formatCount(kMaxGpus) +
                             ")");
    } else {
        cluster.gpusPerNode = std::uint32_t(line.unsignedValue("gpus", 1, kMaxGpus));
        if (placement == replay::Placement::Packed)
            throw UsageError("packed placement needs the node shape: --nodes N --gpus-per-node M");
    }
    cluster.placement = placement.value_or(replay::Placement::Pooled);
    cluster.pricePerGpuHour = line.has("price") ? line.doubleValue("price", 0.0) : 2.50;
    return cluster;
}

// CSV writing for --jobs-out / --snapshots-out: to_chars into a buffer, flushed in large writes.
class CsvOut {
public:
    explicit CsvOut(const std::string& path) : m_path(path), m_file(path, std::ios::binary | std::ios::trunc)
    {
        if (!m_file)
            throw std::runtime_error("cannot write " + path);
        m_buffer.reserve(kFlushAt + 256);
    }
    CsvOut& text(std::string_view value)
    {
        m_buffer.append(value);
        return *this;
    }
    template <typename T> CsvOut& number(T value)
    {
        char digits[64];
        const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
        m_buffer.append(digits, end);
        return *this;
    }
    CsvOut& comma() { return text(","); }
    void endRow()
    {
        m_buffer.push_back('\n');
        if (m_buffer.size() >= kFlushAt)
            flush();
    }
    void close()
    {
        flush();
        m_file.close();
        if (!m_file)
            throw std::runtime_error("writing " + m_path + " failed (disk full?)");
    }

private:
    void flush()
    {
        m_file.write(m_buffer.data(), std::streamsize(m_buffer.size()));
        m_buffer.clear();
    }
    static constexpr std::size_t kFlushAt = 1 << 20;
    std::string m_path;
    std::ofstream m_file;
    std::string m_buffer;
};

void writeJobs(const std::string& path, const trace::Trace& trace, const std::vector<replay::ReplayResult>& results)
{
    CsvOut csv(path);
    csv.text("policy,index,submit,duration,gpus,start,end");
    csv.endRow();
    for (const auto& result : results) {
        const std::string_view policy = replay::policyName(result.policy);
        for (std::size_t i = 0; i < result.jobIndex.size(); ++i) {
            const trace::Job& job = trace.jobs[result.jobIndex[i]];
            csv.text(policy).comma().number(result.jobIndex[i]).comma().number(job.submit - result.origin).comma();
            csv.number(job.duration)
                .comma()
                .number(job.gpus)
                .comma()
                .number(result.start[i])
                .comma()
                .number(result.end[i]);
            csv.endRow();
        }
    }
    csv.close();
}

void writeSnapshots(const std::string& path, const std::vector<replay::ReplayResult>& results,
                    const std::vector<std::vector<replay::Snapshot>>& snapshots)
{
    CsvOut csv(path);
    csv.text("policy,time_s,waiting_jobs,waiting_gpus,running_jobs,busy_gpus,completed_jobs,used_cost_usd,"
             "idle_cost_usd,throughput_jobs_per_hour,p95_queueing_delay_window_s,final");
    csv.endRow();
    for (std::size_t r = 0; r < results.size(); ++r) {
        for (const replay::Snapshot& s : snapshots[r]) {
            csv.text(replay::policyName(results[r].policy)).comma().number(s.time).comma().number(s.waitingJobs);
            csv.comma().number(s.waitingGpus).comma().number(s.runningJobs).comma().number(s.busyGpus).comma();
            csv.number(s.completedJobs).comma().number(s.usedCostUsd).comma().number(s.idleCostUsd).comma();
            csv.number(s.throughputJobsPerHour).comma();
            if (s.p95QueueingDelayWindow >= 0)
                csv.number(s.p95QueueingDelayWindow);
            csv.comma().text(s.final ? "1" : "0");
            csv.endRow();
        }
    }
    csv.close();
}

}  // namespace

int runReplay(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    std::vector<std::string_view> valueFlags = kTraceValueFlags;
    valueFlags.insert(valueFlags.end(), {"gpus", "nodes", "gpus-per-node", "placement", "policy", "price", "jobs-out",
                                         "snapshots-out", "step", "threads"});
    std::vector<std::string_view> switches = kTraceSwitches;
    switches.insert(switches.end(), {"gpu-jobs-only", "json"});
    const CommandLine line(args, valueFlags, switches);

    // Check every argument before the (possibly long) import.
    const replay::Cluster cluster = clusterFrom(line);
    const std::vector<replay::PolicyKind> policies = parsePolicies(line.listValue("policy"));
    const auto jobsOut = line.value("jobs-out");
    const auto snapshotsOut = line.value("snapshots-out");
    std::int64_t step = 0;
    if (snapshotsOut)
        step = std::int64_t(line.unsignedValue("step", 1, std::uint64_t(std::numeric_limits<std::int64_t>::max())));
    else if (line.has("step"))
        throw UsageError("--step goes with --snapshots-out");
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    if (line.has("threads"))
        threads = unsigned(line.unsignedValue("threads", 1, 1024));

    const trace::Trace trace = loadTrace(line, err);

    std::vector<replay::ReplayResult> results(policies.size());
    std::vector<std::vector<replay::Snapshot>> snapshots(policies.size());
    std::atomic<std::size_t> next{0}, done{0};
    ProgressBar bar("replaying");
    auto work = [&] {
        for (std::size_t i = next++; i < policies.size(); i = next++) {
            replay::ReplayOptions options;
            options.cluster = cluster;
            options.policy = policies[i];
            options.gpuJobsOnly = line.has("gpu-jobs-only");
            options.keepPerJob = jobsOut.has_value();
            if (!line.has("json"))
                options.cdfPoints = 0;  // the plain table shows no CDF
            options.snapshotStep = step;
            if (snapshotsOut)
                options.onSnapshot = [&list = snapshots[i]](const replay::Snapshot& s) { list.push_back(s); };
            results[i] = replay::replay(trace, options);
            bar.update(double(++done) / double(policies.size()));
        }
    };
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < std::min<std::size_t>(threads, policies.size()); ++t)
            pool.emplace_back(work);
        work();
    }
    bar.finish();

    if (jobsOut)
        writeJobs(*jobsOut, trace, results);
    if (snapshotsOut)
        writeSnapshots(*snapshotsOut, results, snapshots);

    if (line.has("json")) {
        JsonWriter json(out);
        json.beginObject().key("trace");
        writeTraceJson(json, trace, traceLoadOf(trace, &cluster, line.has("gpu-jobs-only")));
        json.key("cluster");
        writeClusterJson(json, cluster);
        json.key("results").beginArray();
        for (const auto& result : results) {
            json.beginObject();
            writeResultFields(json, result);
            writeAnalysisFields(json, result.analyses ? &*result.analyses : nullptr);
            json.endObject();
        }
        json.endArray().endObject();
        out << "\n";
        return 0;
    }

    out << "trace    " << trace.sourceFile << " (" << trace::formatName(trace.format) << ", "
        << formatCount(trace.jobs.size()) << " jobs over " << formatDuration(double(trace.span())) << ")\n";
    out << "cluster  " << formatCount(cluster.totalGpus()) << " GPUs";
    if (cluster.nodes > 1 || cluster.placement == replay::Placement::Packed)
        out << " (" << cluster.nodes << " nodes x " << cluster.gpusPerNode << ")";
    out << ", " << replay::placementName(cluster.placement) << ", " << formatMoney(cluster.pricePerGpuHour)
        << " per GPU-hour\n";
    out << "load     " << loadLine(traceLoadOf(trace, &cluster, line.has("gpu-jobs-only")), &cluster) << "\n";
    if (!results.empty() && results.front().rejected > 0) {
        const auto& lines = results.front().rejectedLines;
        out << "rejected " << formatCount(results.front().rejected) << " jobs ask for more GPUs than the cluster has"
            << " (line";
        for (std::size_t i = 0; i < std::min<std::size_t>(lines.size(), 10); ++i)
            out << (i ? ", " : " ") << lines[i];
        out << (lines.size() > 10 ? ", ...)\n" : ")\n");
    }
    if (!results.empty() && results.front().cpuOnlyExcluded > 0)
        out << "left out " << formatCount(results.front().cpuOnlyExcluded) << " CPU-only jobs (--gpu-jobs-only)\n";
    out << "\n";
    const bool packed = cluster.placement == replay::Placement::Packed;
    TextTable table;
    table.addColumn("policy", TextTable::Align::Left);
    addMetricColumns(table, packed);
    addAnalysisColumns(table);
    for (const auto& result : results) {
        std::vector<std::string> cells{std::string(replay::policyName(result.policy))};
        const auto metrics = metricCells(result, packed);
        cells.insert(cells.end(), metrics.begin(), metrics.end());
        const auto analyses = analysisCells(result);
        cells.insert(cells.end(), analyses.begin(), analyses.end());
        table.addRow(std::move(cells));
    }
    table.print(out);
    printBucketTables(out, results);
    return 0;
}

}  // namespace debrief::cli
