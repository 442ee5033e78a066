#pragma once

#include "resultjson.h"
#include "texttable.h"

#include "replay/simulator.h"

#include <ostream>
#include <string>
#include <vector>

namespace debrief::cli {

// The metric columns that `replay` and `sweep` print for people, one row per result.
void addMetricColumns(TextTable& table, bool withFragmentation);
std::vector<std::string> metricCells(const replay::ReplayResult& result, bool withFragmentation);

// `replay`'s extra columns: the p95 waiting time (queued + preempted + restart penalty) and Jain's
// index over users' mean slowdown ("-" without users).
void addAnalysisColumns(TextTable& table);
std::vector<std::string> analysisCells(const replay::ReplayResult& result);
// Under the main table: the p95 queueing delay per policy by GPUs per job and by run time, one
// column per bucket that holds jobs.
void printBucketTables(std::ostream& out, const std::vector<replay::ReplayResult>& results);

// "offered 87.5 % of 8 GPUs; 9 GPUs carry it at 77.8 % (the smallest at <= 80 %)".
std::string loadLine(const TraceLoad& load, const replay::Cluster* cluster);

// "fifo,sjf" or "all" -> policies, in the order given; a UsageError names an unknown one.
std::vector<replay::PolicyKind> parsePolicies(const std::vector<std::string>& names);

}  // namespace debrief::cli
