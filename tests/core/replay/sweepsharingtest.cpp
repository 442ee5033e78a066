// Sweeps share work between scenarios: one replay per distinct schedule (prices are derived from
// it) and one rank order per arrival scale. The rows must stay exactly what separate replays give.
#include "replay/arrivalscale.h"
#include "replay/flattrace.h"
#include "replay/rankorder.h"
#include "replay/sweep.h"
#include "replayresultcompare.h"
#include "testtraces.h"

#include <QtTest>

#include <algorithm>

using namespace debrief::replay;
using debrief::replay::test::differenceBetween;
using debrief::replay::test::randomTrace;

class SweepSharingTest : public QObject {
    Q_OBJECT

private slots:
    void fourPricesEqualFourSweeps();
    void rowsEqualSeparateReplays();
    void countsOneReplayPerSchedule();
    void schedulesKeepOptionsApart();
    void rankOrderIsSharedAndExact();
};

namespace {

const std::vector<PolicyKind> kPolicies(kAllPolicies.begin(), kAllPolicies.end());
const std::vector<Cluster> kClusters{Cluster::pooled(32), Cluster::packed(4, 8), Cluster::pooled(20)};
const std::vector<ArrivalScale> kScales{{1, 1}, {3, 2}, {2, 3}};

std::string describe(const Scenario& s)
{
    return std::string(policyName(s.policy)) + " on " + std::to_string(s.cluster.totalGpus()) + " GPUs at $" +
           std::to_string(s.cluster.pricePerGpuHour) + ", scale " + s.arrivalScale.text();
}

void requireSameRow(const SweepRow& a, const SweepRow& b)
{
    const std::string what = describe(a.scenario);
    QVERIFY2(a.scenario.policy == b.scenario.policy, what.c_str());
    QVERIFY2(a.scenario.arrivalScale == b.scenario.arrivalScale, what.c_str());
    QVERIFY2(a.backend == b.backend, what.c_str());
    const std::string difference = differenceBetween(a.result, b.result);
    QVERIFY2(difference.empty(), (what + ": " + difference).c_str());
}

}  // namespace

void SweepSharingTest::fourPricesEqualFourSweeps()
{
    const auto trace = randomTrace(21, 1500, 32, 30.0);  // shuffled: rank order is not file order
    const std::vector<double> prices{0.35, 2.5, 1.0 / 3.0, 17.125};
    CpuSweepBackend backend;
    SweepOptions options;
    options.threads = 2;
    const auto together = backend.run(trace, scenarioGrid(kPolicies, kClusters, prices, kScales), options);
    // Grid nesting: policies x clusters x prices x scales.
    std::size_t i = 0;
    for (std::size_t p = 0; p < kPolicies.size(); ++p) {
        for (std::size_t c = 0; c < kClusters.size(); ++c) {
            for (std::size_t k = 0; k < prices.size(); ++k) {
                const auto alone =
                    backend.run(trace, scenarioGrid({kPolicies[p]}, {kClusters[c]}, {prices[k]}, kScales), options);
                QCOMPARE(alone.size(), kScales.size());
                for (const SweepRow& row : alone) {
                    QCOMPARE(together[i].scenario.cluster.pricePerGpuHour, prices[k]);
                    requireSameRow(together[i], row);
                    ++i;
                }
            }
        }
    }
    QCOMPARE(i, together.size());
}

void SweepSharingTest::rowsEqualSeparateReplays()
{
    // Each row against a replay of its own scaled copy of the trace, as before sweeps shared.
    const auto trace = randomTrace(5, 1200, 32, 25.0);
    const auto scenarios = scenarioGrid(kPolicies, kClusters, {0.9, 4.75}, kScales);
    CpuSweepBackend backend;
    SweepOptions options;
    options.gpuJobsOnly = true;
    const auto rows = backend.run(trace, scenarios, options);
    QCOMPARE(rows.size(), scenarios.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ReplayOptions alone;
        alone.policy = scenarios[i].policy;
        alone.cluster = scenarios[i].cluster;
        alone.policyOptions = scenarios[i].policyOptions;
        alone.gpuJobsOnly = true;
        alone.keepPerJob = false;
        const ReplayResult expected = replay(scaledTrace(trace, scenarios[i].arrivalScale), alone);
        QVERIFY(expected.cpuOnlyExcluded > 0);
        const std::string difference = differenceBetween(rows[i].result, expected);
        QVERIFY2(difference.empty(), (describe(scenarios[i]) + ": " + difference).c_str());
    }
}

void SweepSharingTest::countsOneReplayPerSchedule()
{
    const auto trace = randomTrace(8, 600, 32, 30.0);
    const std::vector<PolicyKind> policies{PolicyKind::Fifo, PolicyKind::Las, PolicyKind::Fair};
    const std::vector<double> prices{1.0, 2.0, 3.0, 4.0};
    const auto scenarios = scenarioGrid(policies, kClusters, prices, kScales);
    QCOMPARE(scenarios.size(), 3u * 3u * 4u * 3u);
    CpuSweepBackend backend;
    SweepOptions options;
    std::size_t progressCalls = 0;
    std::size_t lastDone = 0;
    options.progress = [&](std::size_t done, std::size_t total) {
        QCOMPARE(total, scenarios.size());
        QCOMPARE(done, lastDone + 1);
        lastDone = done;
        ++progressCalls;
    };
    const auto rows = backend.run(trace, scenarios, options);
    QCOMPARE(backend.schedulesReplayed(), policies.size() * kClusters.size() * kScales.size());
    QCOMPARE(progressCalls, scenarios.size());
    QVERIFY(std::none_of(rows.begin(), rows.end(), [](const SweepRow& row) { return row.result.cancelled; }));

    // One price: one replay per scenario.
    backend.run(trace, scenarioGrid(policies, kClusters, {2.0}, kScales), {});
    QCOMPARE(backend.schedulesReplayed(), policies.size() * kClusters.size() * kScales.size());
}

void SweepSharingTest::schedulesKeepOptionsApart()
{
    Scenario base{PolicyKind::Las, Cluster::pooled(16, 1.0), {}, {}};
    std::vector<Scenario> scenarios(6, base);
    scenarios[1].cluster.pricePerGpuHour = 9.0;         // same schedule as 0
    scenarios[2].policyOptions.lasThresholds = {100};   // another schedule
    scenarios[3].cluster = Cluster::packed(2, 8, 1.0);  // same GPUs, other placement
    scenarios[4].arrivalScale = {2, 1};
    scenarios[5].cluster.pricePerGpuHour = 0.5;  // same schedule as 0 again
    const auto groups = scheduleGroups(scenarios);
    QCOMPARE(groups.size(), 4u);
    QCOMPARE(groups[0], (std::vector<std::size_t>{0, 1, 5}));
    QCOMPARE(groups[1], (std::vector<std::size_t>{2}));
    QCOMPARE(groups[2], (std::vector<std::size_t>{3}));
    QCOMPARE(groups[3], (std::vector<std::size_t>{4}));

    // withPrice touches the price and the cost figures and nothing else.
    const auto trace = randomTrace(3, 300, 16, 20.0);
    ReplayOptions at1;
    at1.policy = PolicyKind::Las;
    at1.cluster = Cluster::pooled(16, 1.0);
    ReplayOptions at9 = at1;
    at9.cluster.pricePerGpuHour = 9.0;
    const ReplayResult derived = withPrice(replay(trace, at1), 9.0);
    const std::string difference = differenceBetween(derived, replay(trace, at9));
    QVERIFY2(difference.empty(), difference.c_str());
    QVERIFY(derived.metrics->cost.cluster > 0.0);
}

void SweepSharingTest::rankOrderIsSharedAndExact()
{
    const auto trace = randomTrace(13, 900, 32, 15.0);
    for (const ArrivalScale& scale : kScales) {
        const RankOrder order(trace, false, scale);
        QVERIFY(!order.inFileOrder());
        QCOMPARE(order.size(), std::uint32_t(trace.jobs.size()));
        // (scaled submit, trace index) ascending.
        for (std::uint32_t r = 1; r < order.size(); ++r) {
            const bool ordered =
                order.submits()[r - 1] < order.submits()[r] ||
                (order.submits()[r - 1] == order.submits()[r] && order.positions()[r - 1] < order.positions()[r]);
            QVERIFY(ordered);
            QCOMPARE(order.submits()[r], scale.scaleSubmit(trace.jobs[order.positions()[r]].submit));
        }
        // The flat trace over the shared order is the flat trace built on its own.
        const FlatTrace shared(order);
        const FlatTrace own(trace, false, scale);
        QVERIFY(std::equal(shared.submits().begin(), shared.submits().end(), own.submits().begin()));
        QVERIFY(std::equal(shared.positions().begin(), shared.positions().end(), own.positions().begin()));
        QCOMPARE(shared.gpus(), own.gpus());
        QCOMPARE(shared.durations(), own.durations());
    }
    RankOrders orders(trace, true);
    const RankOrder& first = orders.prepare({3, 2});
    QCOMPARE(&orders.prepare({3, 2}), &first);  // built once per scale
    orders.prepare({1, 1});
    QCOMPARE(orders.size(), 2u);
    QVERIFY(first.cpuOnlyExcluded() > 0);
    QCOMPARE(std::uint64_t(first.size()) + first.cpuOnlyExcluded(), std::uint64_t(trace.jobs.size()));
}

QTEST_GUILESS_MAIN(SweepSharingTest)
#include "sweepsharingtest.moc"
