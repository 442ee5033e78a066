#include "commands.h"

#include "humanformat.h"
#include "jsonwriter.h"
#include "resultjson.h"
#include "resulttable.h"
#include "texttable.h"
#include "traceloader.h"

#include "replay/metrics.h"
#include "replay/offeredload.h"
#include "trace/importissue.h"

#include <cstdio>
#include <map>

namespace debrief::cli {
namespace {

// Seconds since 1970 in UTC as "YYYY-MM-DD HH:MM:SS" (Howard Hinnant's civil-from-days algorithm).
std::string utcDateTime(std::int64_t seconds)
{
    std::int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    const std::int64_t secondOfDay = seconds - days * 86400;
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t dayOfEra = days - era * 146097;
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t mp = (5 * dayOfYear + 2) / 153;
    const std::int64_t day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yearOfEra + era * 400 + (month <= 2);
    char text[128];
    std::snprintf(text, sizeof text, "%04lld-%02lld-%02lld %02lld:%02lld:%02lld", (long long)year, (long long)month,
                  (long long)day, (long long)(secondOfDay / 3600), (long long)(secondOfDay % 3600 / 60),
                  (long long)(secondOfDay % 60));
    return text;
}

}  // namespace

int runInspect(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    std::vector<std::string_view> valueFlags = kTraceValueFlags;
    valueFlags.insert(valueFlags.end(), {"gpus", "gpus-per-node"});
    std::vector<std::string_view> switches = kTraceSwitches;
    switches.insert(switches.end(), {"json", "gpu-jobs-only"});
    const CommandLine line(args, valueFlags, switches);
    // --gpus: the offered load on that many pooled GPUs; --gpus-per-node: the suggested size in
    // whole nodes of that many GPUs.
    std::optional<replay::Cluster> cluster;
    if (line.has("gpus"))
        cluster = replay::Cluster::pooled(std::uint32_t(line.unsignedValue("gpus", 1, 0xffffffffu)));
    replay::Cluster shape = cluster.value_or(replay::Cluster{});
    if (line.has("gpus-per-node"))
        shape = replay::Cluster::packed(1, std::uint32_t(line.unsignedValue("gpus-per-node", 1, 0xffffffffu)));
    const trace::Trace trace = loadTrace(line, err);
    const bool gpuJobsOnly = line.has("gpu-jobs-only");
    TraceLoad load;
    if (cluster)
        load.offeredLoad = replay::offeredLoad(trace, cluster->totalGpus(), gpuJobsOnly);
    load.suggested = replay::suggestedCluster(trace, shape, gpuJobsOnly);

    // One pass over the jobs: GPU counts up to 1,024 in an array (a map lookup per job was a tenth
    // of a 5 M-job inspect), larger ones in the map; the trace's own queueing when it has starts.
    constexpr std::uint32_t kCounted = 1024;
    std::vector<std::uint64_t> counts(kCounted + 1, 0);
    std::map<std::uint32_t, std::uint64_t> histogram;
    std::vector<std::int64_t> ownQueueing;
    std::uint64_t negativeQueueing = 0;
    const bool hasStarts = trace.traceStarts.present();
    for (const trace::Job& job : trace.jobs) {
        if (job.gpus <= kCounted)
            ++counts[job.gpus];
        else
            ++histogram[job.gpus];
        if (!hasStarts)
            continue;
        if (const std::int64_t start = trace.traceStart(job); start != trace::kNoTime) {
            if (start >= job.submit)
                ownQueueing.push_back(start - job.submit);
            else
                ++negativeQueueing;
        }
    }
    for (std::uint32_t gpus = 0; gpus <= kCounted; ++gpus) {
        if (counts[gpus] > 0)
            histogram.emplace(gpus, counts[gpus]);
    }
    std::optional<replay::Distribution<std::int64_t>> queueing;
    if (!ownQueueing.empty())
        queueing = replay::distributionOf(ownQueueing);

    if (line.has("json")) {
        JsonWriter json(out);
        json.beginObject().key("trace");
        writeTraceJson(json, trace, load);
        if (trace.timesAreDates)
            json.field("start_utc", utcDateTime(trace.epochOffset));
        json.key("gpu_histogram").beginArray();
        for (const auto& [gpus, count] : histogram)
            json.beginObject().field("gpus", gpus).field("jobs", count).endObject();
        json.endArray();
        json.field("own_queueing_jobs", std::uint64_t(ownQueueing.size()));
        writeDistribution(json, "own_queueing_delay_s", queueing ? &*queueing : nullptr);
        json.field("start_before_submit", negativeQueueing).endObject();
        out << "\n";
        return 0;
    }

    const std::uint64_t jobs = trace.jobs.size();
    out << "trace    " << trace.sourceFile << "\n";
    out << "format   " << trace::formatName(trace.format) << "\n";
    out << "jobs     " << formatCount(jobs) << " (" << formatCount(trace.cpuOnlyJobs()) << " use no GPU)\n";
    const std::int64_t span = trace.span();
    out << "span     " << formatDuration(double(span)) << " (" << span << " s)";
    if (trace.timesAreDates)
        out << ", first submit " << utcDateTime(trace.epochOffset) << " UTC";
    out << "\nload     " << loadLine(load, cluster ? &*cluster : nullptr);
    if (!cluster)
        out << " (--gpus N for the offered load on N GPUs)";
    out << "\n\nGPUs per job\n";
    TextTable table;
    table.addColumn("gpus");
    table.addColumn("jobs");
    table.addColumn("share");
    for (const auto& [gpus, count] : histogram)
        table.addRow(
            {std::to_string(gpus), formatCount(count), formatPercent(jobs ? double(count) / double(jobs) : 0)});
    table.print(out);
    out << "\nthe trace's own queueing (start - submit)\n";
    if (queueing) {
        out << "  " << formatCount(ownQueueing.size()) << " jobs with a start time: mean "
            << formatDuration(queueing->mean) << ", p50 " << formatDuration(double(queueing->p50)) << ", p95 "
            << formatDuration(double(queueing->p95)) << ", max " << formatDuration(double(queueing->max)) << "\n";
    } else {
        out << "  unknown: the trace records no start times\n";
    }
    if (negativeQueueing > 0)
        out << "  " << formatCount(negativeQueueing) << " jobs start before they were submitted (left out)\n";
    out << "\nproblems\n";
    if (trace.skipped.empty() && trace.notes.empty())
        out << "  none\n";
    for (const auto& [reason, skipped] : trace.skipped)
        out << "  skipped " << formatCount(skipped.count) << " rows (" << trace::reasonName(reason)
            << "): " << skipped.example.message() << "\n";
    for (const auto& note : trace.notes)
        out << "  " << trace::noteText(note) << "\n";
    return 0;
}

}  // namespace debrief::cli
