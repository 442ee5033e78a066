// The snapshot stream: time order, the final snapshot equals the result, cancellation.
#include "replay/simulator.h"
#include "testtraces.h"

#include <QtTest>

using namespace debrief::replay;
using debrief::replay::test::randomTrace;
using debrief::replay::test::traceOf;

class SnapshotTest : public QObject {
    Q_OBJECT

private slots:
    void smallTraceByHand();
    void finalEqualsResult();
    void cancelStopsEarly();
};

// The metrics trace (see metricstest.cpp) with a 30 s step: J1 ends at 50, J0 at 100, J3 at 105,
// J2 at 120. Snapshots at 30, 60, 90 and the final one at 120.
void SnapshotTest::smallTraceByHand()
{
    std::vector<Snapshot> snapshots;
    ReplayOptions options;
    options.cluster = Cluster::pooled(2, 2.0);
    options.snapshotStep = 30;
    options.onSnapshot = [&](const Snapshot& s) { snapshots.push_back(s); };
    const ReplayResult result = replay(traceOf({{0, 100, 1}, {0, 50, 1}, {10, 20, 2}, {20, 5, 0}}), options);
    QCOMPARE(snapshots.size(), 4u);
    QCOMPARE(snapshots[0].time, 30);
    QCOMPARE(snapshots[0].waitingJobs, 2u);
    QCOMPARE(snapshots[0].waitingGpus, 2u);
    QCOMPARE(snapshots[0].runningJobs, 2u);
    QCOMPARE(snapshots[0].busyGpus, 2u);
    QCOMPARE(snapshots[0].completedJobs, 0u);
    QCOMPARE(snapshots[0].p95QueueingDelayWindow, 0);  // J0 and J1 started at 0, no delay
    QCOMPARE(snapshots[0].usedCostUsd, 60.0 / 3600.0 * 2.0);
    QCOMPARE(snapshots[1].time, 60);
    QCOMPARE(snapshots[1].completedJobs, 1u);
    QCOMPARE(snapshots[1].busyGpus, 1u);
    QCOMPARE(snapshots[1].throughputJobsPerHour, 120.0);  // one completion in 30 s
    QCOMPARE(snapshots[1].p95QueueingDelayWindow, -1);
    QCOMPARE(snapshots[1].usedCostUsd, 110.0 / 3600.0 * 2.0);
    QCOMPARE(snapshots[2].time, 90);
    QCOMPARE(snapshots[2].throughputJobsPerHour, 0.0);
    const Snapshot& last = snapshots[3];
    QVERIFY(last.final);
    QCOMPARE(last.time, 120);
    QCOMPARE(last.completedJobs, 4u);
    QCOMPARE(last.waitingJobs, 0u);
    QCOMPARE(last.busyGpus, 0u);
    QCOMPARE(last.throughputJobsPerHour, 360.0);  // three completions in (90, 120]
    QCOMPARE(last.p95QueueingDelayWindow, 90);    // J2 (90) and J3 (80) started at 100
    QCOMPARE(last.usedCostUsd, result.metrics->cost.used);
    QCOMPARE(last.idleCostUsd, result.metrics->cost.idle);
}

void SnapshotTest::finalEqualsResult()
{
    const auto trace = randomTrace(11, 3000, 64, 30.0);
    for (PolicyKind policy : kAllPolicies) {
        std::vector<Snapshot> snapshots;
        ReplayOptions options;
        options.policy = policy;
        options.cluster = Cluster::pooled(64, 2.5);
        options.snapshotStep = 3600;
        options.onSnapshot = [&](const Snapshot& s) { snapshots.push_back(s); };
        const ReplayResult result = replay(trace, options);
        QVERIFY(snapshots.size() > 5);
        for (std::size_t i = 0; i + 1 < snapshots.size(); ++i) {
            QVERIFY(snapshots[i].time < snapshots[i + 1].time);
            QVERIFY(!snapshots[i].final);
            QVERIFY(snapshots[i].completedJobs <= snapshots[i + 1].completedJobs);
            QVERIFY(snapshots[i].usedCostUsd <= snapshots[i + 1].usedCostUsd);
            QVERIFY(snapshots[i].busyGpus <= 64);
        }
        const Snapshot& last = snapshots.back();
        QVERIFY(last.final);
        QCOMPARE(last.time, result.metrics->makespan);
        QCOMPARE(last.completedJobs, result.jobs);
        QCOMPARE(last.runningJobs, 0u);
        QCOMPARE(last.waitingJobs, 0u);
        QCOMPARE(last.usedCostUsd, result.metrics->cost.used);
        QCOMPARE(last.idleCostUsd, result.metrics->cost.idle);
    }
}

void SnapshotTest::cancelStopsEarly()
{
    const auto trace = randomTrace(12, 5000, 64, 30.0);
    for (PolicyKind policy : kAllPolicies) {
        std::atomic<bool> cancel{false};
        std::vector<Snapshot> snapshots;
        ReplayOptions options;
        options.policy = policy;
        options.cluster = Cluster::pooled(64);
        options.snapshotStep = 600;
        options.cancel = &cancel;
        options.onSnapshot = [&](const Snapshot& s) {
            snapshots.push_back(s);
            if (snapshots.size() == 3)
                cancel = true;
        };
        const ReplayResult result = replay(trace, options);
        QVERIFY(result.cancelled);
        QVERIFY(!result.metrics);
        QCOMPARE(snapshots.size(), 4u);  // three, then the final one at the moment of cancelling
        QVERIFY(snapshots.back().final);
        QVERIFY(snapshots.back().completedJobs < result.jobs);
    }
}

QTEST_GUILESS_MAIN(SnapshotTest)
#include "snapshottest.moc"
