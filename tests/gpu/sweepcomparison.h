#pragma once

// What the two sweep backend tests share: a scenario mix where GPU and CPU rows alternate, and the
// exact comparison of two sweeps' rows.
#include "../core/replay/replayresultcompare.h"

#include "replay/sweep.h"
#include "trace/trace.h"

#include <QString>

#include <string>
#include <vector>

namespace debrief::replay::test {

// Every policy, pooled and packed clusters, two arrival scales: GPU rows and CPU rows mixed.
inline std::vector<Scenario> mixedScenarios()
{
    std::vector<PolicyKind> policies(kAllPolicies.begin(), kAllPolicies.end());
    auto scenarios = scenarioGrid(policies, {Cluster::pooled(16), Cluster::pooled(48), Cluster::packed(4, 8)}, {2.5},
                                  {{1, 1}, {3, 2}});
    scenarios.push_back({PolicyKind::Priority, Cluster::pooled(32, 1.0), {}, {1, 2}});
    scenarios.back().policyOptions.priorityAgingPerHour = 5;
    return scenarios;
}

// Empty when both sweeps have the same rows bit for bit; otherwise the first difference.
inline QString compareRows(const std::vector<SweepRow>& expected, const std::vector<SweepRow>& actual)
{
    if (expected.size() != actual.size())
        return QStringLiteral("row counts differ");
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const std::string difference = differenceBetween(expected[i].result, actual[i].result);
        if (!difference.empty() || !(expected[i].scenario.arrivalScale == actual[i].scenario.arrivalScale))
            return QStringLiteral("row %1 (%2): %3")
                .arg(i)
                .arg(QString::fromStdString(std::string(policyName(expected[i].scenario.policy))),
                     QString::fromStdString(difference));
    }
    return {};
}

inline std::vector<SweepRow> onCpu(const trace::Trace& trace, const std::vector<Scenario>& scenarios)
{
    CpuSweepBackend cpu;
    SweepOptions options;
    options.threads = 2;
    return cpu.run(trace, scenarios, options);
}

}  // namespace debrief::replay::test
