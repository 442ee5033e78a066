#include "resultjson.h"

#include "trace/importissue.h"

namespace debrief::cli {
namespace {

template <typename T>
void writeAnyDistribution(JsonWriter& json, std::string_view name, const replay::Distribution<T>* d)
{
    json.key(name);
    if (!d) {
        json.null();
        return;
    }
    json.beginObject()
        .field("sum", d->sum)
        .field("mean", d->mean)
        .field("p50", d->p50)
        .field("p95", d->p95)
        .field("p99", d->p99)
        .field("max", d->max)
        .endObject();
}

void writeBuckets(JsonWriter& json, std::string_view name, std::span<const replay::BucketStats> buckets)
{
    json.key(name).beginArray();
    for (const replay::BucketStats& b : buckets) {
        json.beginObject().field("bucket", b.bucket).field("jobs", b.jobs);
        writeAnyDistribution(json, "queueing_delay_s", b.queueingDelay ? &*b.queueingDelay : nullptr);
        writeAnyDistribution(json, "slowdown", b.slowdown ? &*b.slowdown : nullptr);
        json.endObject();
    }
    json.endArray();
}

void writeCdf(JsonWriter& json, std::string_view name, const std::vector<replay::CdfPoint>& points, bool integral)
{
    json.key(name).beginArray();
    for (const replay::CdfPoint& point : points) {
        json.beginArray();
        if (integral)
            json.value(std::int64_t(point.value));
        else
            json.value(point.value);
        json.value(point.share).endArray();
    }
    json.endArray();
}

void writeTraceFields(JsonWriter& json, const trace::Trace& trace)
{
    json.beginObject()
        .field("file", trace.sourceFile)
        .field("format", trace::formatName(trace.format))
        .field("jobs", std::uint64_t(trace.jobs.size()))
        .field("span_s", trace.span())
        .field("cpu_only_jobs", trace.cpuOnlyJobs())
        .field("epoch_offset_s", trace.epochOffset)
        .field("times_are_dates", trace.timesAreDates);
    json.key("skipped").beginObject();
    for (const auto& [reason, skipped] : trace.skipped) {
        json.key(trace::reasonName(reason)).beginObject().field("count", skipped.count);
        json.key("first_lines").beginArray();
        for (std::uint64_t line : skipped.firstLines)
            json.value(line);
        json.endArray().field("example", skipped.example.message()).endObject();
    }
    json.endObject();
    json.key("notes").beginArray();
    for (const auto& note : trace.notes)
        json.value(trace::noteText(note));
    json.endArray();
}

}  // namespace

void writeDistribution(JsonWriter& json, std::string_view name, const replay::Distribution<std::int64_t>* d)
{
    writeAnyDistribution(json, name, d);
}

void writeDistribution(JsonWriter& json, std::string_view name, const replay::Distribution<double>* d)
{
    writeAnyDistribution(json, name, d);
}

void writeAnalysisFields(JsonWriter& json, const replay::Analyses* a)
{
    writeDistribution(json, "waiting_s", a ? &a->waiting : nullptr);
    writeDistribution(json, "preempted_s", a ? &a->preempted : nullptr);
    if (!a) {
        for (const char* name :
             {"jobs_preempted", "restart_penalty_s", "lost_gpu_seconds", "by_gpus", "by_runtime", "fairness", "cdf"})
            json.key(name).null();
        return;
    }
    json.field("jobs_preempted", a->jobsPreempted)
        .field("restart_penalty_s", a->restartPenaltySeconds)
        .field("lost_gpu_seconds", a->lostGpuSeconds);
    writeBuckets(json, "by_gpus", a->byGpus);
    writeBuckets(json, "by_runtime", a->byRuntime);
    json.key("fairness")
        .beginObject()
        .field("jain_user_slowdown", a->fairness.jainUserSlowdown)
        .field("jain_vc_slowdown", a->fairness.jainVcSlowdown)
        .field("users", a->fairness.users)
        .field("virtual_clusters", a->fairness.virtualClusters)
        .endObject();
    json.key("cdf").beginObject();
    writeCdf(json, "jct_s", a->jctCdf, true);
    writeCdf(json, "slowdown", a->slowdownCdf, false);
    json.endObject();
}

void writeTraceJson(JsonWriter& json, const trace::Trace& trace)
{
    writeTraceFields(json, trace);
    json.endObject();
}

TraceLoad traceLoadOf(const trace::Trace& trace, const replay::Cluster* cluster, bool gpuJobsOnly)
{
    TraceLoad load;
    if (cluster)
        load.offeredLoad = replay::offeredLoad(trace, cluster->totalGpus(), gpuJobsOnly);
    load.suggested = replay::suggestedCluster(trace, cluster ? *cluster : replay::Cluster{}, gpuJobsOnly);
    return load;
}

void writeTraceJson(JsonWriter& json, const trace::Trace& trace, const TraceLoad& load)
{
    writeTraceFields(json, trace);
    json.field("offered_load", load.offeredLoad);
    json.key("suggested_gpus");
    if (load.suggested)
        json.value(load.suggested->gpus);
    else
        json.null();
    json.key("suggested_nodes");
    if (load.suggested)
        json.value(std::uint64_t(load.suggested->nodes));
    else
        json.null();
    json.endObject();
}

void writeClusterJson(JsonWriter& json, const replay::Cluster& cluster)
{
    json.beginObject()
        .field("placement", replay::placementName(cluster.placement))
        .field("nodes", cluster.nodes)
        .field("gpus_per_node", cluster.gpusPerNode)
        .field("gpus", cluster.totalGpus())
        .field("price_usd_per_gpu_hour", cluster.pricePerGpuHour)
        .endObject();
}

void writeResultFields(JsonWriter& json, const replay::ReplayResult& result)
{
    const auto* m = result.metrics ? &*result.metrics : nullptr;
    json.field("policy", replay::policyName(result.policy)).field("jobs", result.jobs);
    json.key("rejected").beginObject().field("count", result.rejected).key("lines").beginArray();
    for (std::uint32_t line : result.rejectedLines)
        json.value(std::uint64_t(line));
    json.endArray().endObject();
    json.field("cpu_only_excluded", result.cpuOnlyExcluded);
    writeDistribution(json, "jct_s", m ? &m->jct : nullptr);
    writeDistribution(json, "queueing_delay_s", m ? &m->queueingDelay : nullptr);
    writeDistribution(json, "slowdown", m ? &m->slowdown : nullptr);
    if (m) {
        json.field("makespan_s", m->makespan)
            .field("gpu_seconds", m->gpuSeconds)
            .field("utilization", m->utilization)
            .field("throughput_jobs_per_hour", m->throughputJobsPerHour);
        json.key("cost_usd")
            .beginObject()
            .field("cluster", m->cost.cluster)
            .field("used", m->cost.used)
            .field("idle", m->cost.idle)
            .field("per_job", m->cost.perJob)
            .endObject();
    } else {
        json.key("makespan_s").null().key("gpu_seconds").null().key("utilization").null();
        json.key("throughput_jobs_per_hour").null().key("cost_usd").null();
    }
    json.field("preemptions", result.preemptions);
    json.key("fragmentation");
    if (m && m->fragmentation)
        json.value(*m->fragmentation);
    else
        json.null();
    json.field("cancelled", result.cancelled);
}

}  // namespace debrief::cli
