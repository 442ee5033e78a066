#include "commands.h"

#include "humanformat.h"
#include "jsonwriter.h"
#include "texttable.h"
#include "traceloader.h"

#include "sharing/sharingstudy.h"

#include <chrono>
#include <cmath>
#include <limits>
#include <map>

namespace debrief::cli {
namespace {

using sharing::PlacementPolicy;

std::vector<PlacementPolicy> placementsFrom(const CommandLine& line)
{
    if (!line.has("placement-policy"))
        return sharing::allPlacements();
    std::vector<PlacementPolicy> placements;
    for (const std::string& name : line.listValue("placement-policy")) {
        if (name == "all")
            return sharing::allPlacements();
        const auto placement = sharing::placementFromName(name);
        if (!placement)
            throw UsageError("unknown placement policy `" + name +
                             "` (random, dot-product, gpu-clustering, gpu-packing, best-fit, fgd, all)");
        placements.push_back(*placement);
    }
    return placements;
}

// "42-51", "42,45,50" or "7".
std::vector<std::uint64_t> seedsFrom(const CommandLine& line)
{
    std::vector<std::uint64_t> seeds;
    const std::uint64_t max = std::numeric_limits<std::uint32_t>::max();
    for (const std::string& item : line.listValue("seeds")) {
        const std::size_t dash = item.find('-', 1);
        if (dash == std::string::npos) {
            seeds.push_back(CommandLine::parseUnsigned("seeds", item, 0, max));
            continue;
        }
        const std::uint64_t first = CommandLine::parseUnsigned("seeds", item.substr(0, dash), 0, max);
        const std::uint64_t last = CommandLine::parseUnsigned("seeds", item.substr(dash + 1), 0, max);
        if (last < first || last - first >= 10000)
            throw UsageError("--seeds range `" + item + "` must go up, at most 10,000 seeds");
        for (std::uint64_t seed = first; seed <= last; ++seed)
            seeds.push_back(seed);
    }
    return seeds;
}

const sharing::StudyPoint* pointAt(const sharing::StudyRun& run, int pct)
{
    for (const auto& point : run.points)
        if (point.arrivedPct == pct)
            return &point;
    return nullptr;
}

void writeJson(std::ostream& out, const trace::Trace& trace, const sharing::ShareWorkload& workload,
               const sharing::NodeList& nodes, const sharing::SharingStudy& study,
               const std::vector<sharing::StudyRun>& runs)
{
    JsonWriter json(out);
    json.beginObject();
    json.key("trace").beginObject();
    json.field("file", trace.sourceFile);
    json.field("pods", std::uint64_t(workload.pods().size()));
    json.field("fractional_gpu_pods", workload.fractionalPods());
    json.field("whole_gpu_pods", workload.wholeGpuPods());
    json.field("cpu_only_pods", workload.cpuOnlyPods());
    json.field("model_constrained_pods", workload.modelConstrainedPods());
    json.field("gpu_milli", workload.totalGpuMilli());
    json.field("typical_shapes", std::uint64_t(study.typical().shapes().size()));
    json.endObject();
    json.key("cluster").beginObject();
    json.field("file", nodes.source());
    json.field("nodes", std::uint64_t(nodes.nodes().size()));
    json.field("gpus", nodes.totalGpus());
    json.field("gpu_milli", nodes.totalGpus() * sharing::kGpuMilli);
    json.key("models").beginObject();
    for (std::uint32_t m = 1; m < nodes.models().size(); ++m)
        json.field(nodes.models()[m], nodes.gpusOfModel(m));
    json.endObject();
    json.endObject();
    json.field("inflation", study.options().inflation);
    json.key("results").beginArray();
    for (const auto& run : runs) {
        json.beginObject();
        json.field("placement", sharing::placementName(run.placement));
        json.field("seed", run.seed);
        json.field("pods", run.pods);
        json.field("unplaced", run.unplaced);
        json.field("arrived_gpu_milli", run.arrivedMilli);
        json.field("allocated_gpu_milli", run.allocatedMilli);
        json.key("points").beginArray();
        for (const auto& point : run.points) {
            json.beginObject();
            json.field("arrived_pct", point.arrivedPct);
            json.field("allocated_pct", point.allocatedPct);
            json.field("fragmentation_pct", point.fragmentationPct);
            json.field("frag_ratio_pct", point.fragRatioPct);
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    out << '\n';
}

void writeCsv(std::ostream& out, const std::vector<sharing::StudyRun>& runs)
{
    out << "placement,seed,arrived_pct,allocated_pct,fragmentation_pct,frag_ratio_pct\n";
    for (const auto& run : runs)
        for (const auto& point : run.points)
            out << sharing::placementName(run.placement) << ',' << run.seed << ',' << point.arrivedPct << ','
                << formatFixed(point.allocatedPct, 4) << ',' << formatFixed(point.fragmentationPct, 4) << ','
                << formatFixed(point.fragRatioPct, 4) << '\n';
}

// People get the mean over seeds at a few arrival levels per placement.
void writeTable(std::ostream& out, const sharing::ShareWorkload& workload, const sharing::NodeList& nodes,
                const sharing::SharingStudy& study, const std::vector<sharing::StudyRun>& runs, double seconds)
{
    out << "Workload: " << formatCount(workload.pods().size()) << " pods (" << formatCount(workload.fractionalPods())
        << " fractional GPU, " << formatCount(workload.wholeGpuPods()) << " whole GPUs, "
        << formatCount(workload.cpuOnlyPods()) << " CPU only), inflated to "
        << formatFixed(study.options().inflation * 100, 0) << " % of the GPU capacity\n";
    out << "Cluster: " << formatCount(nodes.nodes().size()) << " nodes, " << formatCount(nodes.totalGpus())
        << " GPUs (";
    for (std::uint32_t m = 1; m < nodes.models().size(); ++m)
        out << (m > 1 ? ", " : "") << nodes.models()[m] << ' ' << formatCount(nodes.gpusOfModel(m));
    out << ")\n\n";

    const int last = int(std::ceil(study.options().inflation * 100));
    const std::vector<int> levels{50, 75, 90, 100, last};
    TextTable table;
    table.addColumn("placement", TextTable::Align::Left);
    table.addColumn("seeds");
    for (int level : levels)
        if (level <= last && (level == last || level < last))
            table.addColumn("alloc @" + std::to_string(level) + " %");
    table.addColumn("frag @" + std::to_string(last) + " %");
    table.addColumn("frag/idle @" + std::to_string(last) + " %");
    table.addColumn("unplaced");
    std::map<PlacementPolicy, std::vector<const sharing::StudyRun*>> byPlacement;
    for (const auto& run : runs)
        byPlacement[run.placement].push_back(&run);
    for (const PlacementPolicy placement : study.options().placements) {
        const auto& list = byPlacement[placement];
        if (list.empty())
            continue;
        const auto mean = [&](int pct, double sharing::StudyPoint::*field) {
            double sum = 0;
            int n = 0;
            for (const auto* run : list)
                if (const auto* point = pointAt(*run, pct)) {
                    sum += point->*field;
                    ++n;
                }
            return n ? formatFixed(sum / n, 2) : std::string("-");
        };
        std::vector<std::string> row{std::string(sharing::placementName(placement)), std::to_string(list.size())};
        for (int level : levels)
            if (level <= last)
                row.push_back(mean(level, &sharing::StudyPoint::allocatedPct));
        row.push_back(mean(last, &sharing::StudyPoint::fragmentationPct));
        row.push_back(mean(last, &sharing::StudyPoint::fragRatioPct));
        std::uint64_t unplaced = 0;
        for (const auto* run : list)
            unplaced += run->unplaced;
        row.push_back(formatFixed(double(unplaced) / double(list.size()), 1));
        table.addRow(std::move(row));
    }
    table.print(out);
    out << "\nalloc = allocated GPU milli / capacity; frag = fragmented GPU milli / capacity; frag/idle = "
           "fragmented / idle GPU milli; means over seeds, at % of arrived GPU demand. "
        << formatFixed(seconds, 2) << " s.\n";
}

}  // namespace

int runShare(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    std::vector<std::string_view> valueFlags{"node-list", "nodes", "gpus-per-node", "placement-policy",
                                             "inflation", "seeds", "threads"};
    valueFlags.insert(valueFlags.end(), kTraceValueFlags.begin(), kTraceValueFlags.end());
    std::vector<std::string_view> switches{"json", "csv"};
    switches.insert(switches.end(), kTraceSwitches.begin(), kTraceSwitches.end());
    const CommandLine line(args, valueFlags, switches);
    if (line.has("json") && line.has("csv"))
        throw UsageError("--json or --csv, not both");
    const auto nodeFile = line.value("node-list");
    const bool uniform = line.has("nodes") || line.has("gpus-per-node");
    if (nodeFile.has_value() == uniform)
        throw UsageError("share needs the cluster's nodes: --node-list NODES.csv, or --nodes N --gpus-per-node M");

    sharing::StudyOptions options;
    options.placements = placementsFrom(line);
    if (line.has("seeds"))
        options.seeds = seedsFrom(line);
    if (line.has("inflation"))
        options.inflation = line.doubleValue("inflation", 0.0);
    if (options.inflation > 100)
        throw UsageError("--inflation is a ratio of the GPU capacity (1.3 = 130 %), at most 100");
    if (line.has("threads"))
        options.threads = unsigned(line.unsignedValue("threads", 1, 256));

    const sharing::NodeList nodes = [&] {
        if (uniform)  // CPU and memory unbounded, no model
            return sharing::NodeList::uniform(std::uint32_t(line.unsignedValue("nodes", 1, 1000000)),
                                              std::uint32_t(line.unsignedValue("gpus-per-node", 1, 64)));
        try {
            return sharing::NodeList::read(*nodeFile);
        } catch (const sharing::NodeListError& error) {
            throw UsageError(std::string("--node-list: ") + error.what());
        }
    }();
    const trace::Trace trace = loadTrace(line, err);
    if (!trace.resources.present())
        err << "debrief-cli: note: the trace has no CPU, memory or GPU-share columns; every job asks for whole "
               "GPUs only\n";
    const sharing::ShareWorkload workload(trace, nodes);
    if (const auto none = workload.noMatchingModelPods())
        err << "debrief-cli: note: " << formatCount(none)
            << " pods ask for GPU models no node has; they are never placed\n";
    const sharing::SharingStudy study(workload, nodes, options);
    const auto started = std::chrono::steady_clock::now();
    const std::vector<sharing::StudyRun> runs = study.run();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    if (line.has("json"))
        writeJson(out, trace, workload, nodes, study, runs);
    else if (line.has("csv"))
        writeCsv(out, runs);
    else
        writeTable(out, workload, nodes, study, runs, seconds);
    return 0;
}

}  // namespace debrief::cli
