#pragma once

#include "jsonwriter.h"

#include "replay/cluster.h"
#include "replay/simulator.h"
#include "trace/trace.h"

namespace debrief::cli {

// The JSON shapes shared by `inspect`, `replay` and `sweep`, so every command names a thing the same.
void writeTraceJson(JsonWriter& json, const trace::Trace& trace);
void writeClusterJson(JsonWriter& json, const replay::Cluster& cluster);
// The fields of one result (policy, jobs, rejected, jct_s, ...), without the enclosing braces.
void writeResultFields(JsonWriter& json, const replay::ReplayResult& result);

} // namespace debrief::cli
