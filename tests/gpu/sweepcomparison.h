#pragma once

// What the two sweep backend tests share: a scenario mix where GPU and CPU rows alternate, and the
// exact comparison of two sweeps' rows.
#include "paritycases.h"

#include "replay/sweep.h"
#include "trace/trace.h"

#include <QString>

#include <string>
#include <vector>

namespace debrief::replay::test {

// Every policy, pooled and packed clusters, two arrival scales: GPU rows and CPU rows mixed (the
// parity table's scenarios).
inline std::vector<Scenario> mixedScenarios()
{
    return gpu::devicecheck::parityScenarios();
}

// Empty when both sweeps have the same rows bit for bit; otherwise the first difference.
inline QString compareRows(const std::vector<SweepRow>& expected, const std::vector<SweepRow>& actual)
{
    return QString::fromStdString(gpu::devicecheck::firstDifference(expected, actual));
}

inline std::vector<SweepRow> onCpu(const trace::Trace& trace, const std::vector<Scenario>& scenarios)
{
    return gpu::devicecheck::cpuRows(trace, scenarios, 2);
}

}  // namespace debrief::replay::test
