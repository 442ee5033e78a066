#pragma once

#include "texttable.h"

#include "replay/simulator.h"

#include <string>
#include <vector>

namespace debrief::cli {

// The metric columns that `replay` and `sweep` print for people, one row per result.
void addMetricColumns(TextTable& table, bool withFragmentation);
std::vector<std::string> metricCells(const replay::ReplayResult& result, bool withFragmentation);

// "fifo,sjf" or "all" -> policies, in the order given; a UsageError names an unknown one.
std::vector<replay::PolicyKind> parsePolicies(const std::vector<std::string>& names);

}  // namespace debrief::cli
