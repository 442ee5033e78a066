#pragma once

#include "jsonwriter.h"

#include "replay/analyses.h"
#include "replay/cluster.h"
#include "replay/offeredload.h"
#include "replay/simulator.h"
#include "trace/trace.h"

namespace debrief::cli {

// The JSON shapes shared by `inspect`, `replay` and `sweep`, so every command names a thing the same.
void writeTraceJson(JsonWriter& json, const trace::Trace& trace);

// What the trace asks of a cluster: the offered load at the cluster given (if any) and the
// suggested size for the cluster's shape (pooled when none is given).
struct TraceLoad {
    std::optional<double> offeredLoad;
    std::optional<replay::SuggestedCluster> suggested;
};
TraceLoad traceLoadOf(const trace::Trace& trace, const replay::Cluster* cluster, bool gpuJobsOnly);
// writeTraceJson plus "offered_load", "suggested_gpus" and "suggested_nodes" (null when absent).
void writeTraceJson(JsonWriter& json, const trace::Trace& trace, const TraceLoad& load);
void writeClusterJson(JsonWriter& json, const replay::Cluster& cluster);
// "name": {sum, mean, p50, p95, p99, max}, or "name": null when there is no distribution.
void writeDistribution(JsonWriter& json, std::string_view name, const replay::Distribution<std::int64_t>* d);
void writeDistribution(JsonWriter& json, std::string_view name, const replay::Distribution<double>* d);
// The fields of one result (policy, jobs, rejected, jct_s, ...), without the enclosing braces.
void writeResultFields(JsonWriter& json, const replay::ReplayResult& result);
// waiting_s, preempted_s, jobs_preempted, restart_penalty_s, lost_gpu_seconds, by_gpus, by_runtime,
// fairness and cdf of one result, without the enclosing braces; every one null when absent.
void writeAnalysisFields(JsonWriter& json, const replay::Analyses* analyses);

}  // namespace debrief::cli
