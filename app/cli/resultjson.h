#pragma once

#include "jsonwriter.h"

#include "replay/cluster.h"
#include "replay/simulator.h"
#include "trace/trace.h"

namespace debrief::cli {

// The JSON shapes shared by `inspect`, `replay` and `sweep`, so every command names a thing the same.
void writeTraceJson(JsonWriter& json, const trace::Trace& trace);
void writeClusterJson(JsonWriter& json, const replay::Cluster& cluster);
// "name": {sum, mean, p50, p95, p99, max}, or "name": null when there is no distribution.
void writeDistribution(JsonWriter& json, std::string_view name, const replay::Distribution<std::int64_t>* d);
void writeDistribution(JsonWriter& json, std::string_view name, const replay::Distribution<double>* d);
// The fields of one result (policy, jobs, rejected, jct_s, ...), without the enclosing braces.
void writeResultFields(JsonWriter& json, const replay::ReplayResult& result);

}  // namespace debrief::cli
