// Metrics worked out by hand on a small trace, nearest-rank percentiles, and the empty trace.
#include "replay/simulator.h"
#include "testtraces.h"

#include <QtTest>

#include <numeric>

using namespace debrief::replay;
using debrief::replay::test::traceOf;

class MetricsTest : public QObject {
    Q_OBJECT

private slots:
    void nearestRank_data();
    void nearestRank();
    void smallTraceExact();
    void emptyTraceHasNoMetrics();
    void zeroMakespanDividesByNothing();
    void packedFragmentation();
};

void MetricsTest::nearestRank_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<qint64>("p50");
    QTest::addColumn<qint64>("p95");
    QTest::addColumn<qint64>("p99");
    // Values 1..n, shuffled. Index ceil(p n / 100) - 1: n = 10 -> 4, 9, 9; n = 100 -> 49, 94, 98;
    // n = 1 -> 0; n = 21 -> ceil(10.5) - 1 = 10, ceil(19.95) - 1 = 19, ceil(20.79) - 1 = 20.
    QTest::newRow("1") << 1 << qint64(1) << qint64(1) << qint64(1);
    QTest::newRow("10") << 10 << qint64(5) << qint64(10) << qint64(10);
    QTest::newRow("21") << 21 << qint64(11) << qint64(20) << qint64(21);
    QTest::newRow("100") << 100 << qint64(50) << qint64(95) << qint64(99);
    QTest::newRow("1000") << 1000 << qint64(500) << qint64(950) << qint64(990);
}

void MetricsTest::nearestRank()
{
    QFETCH(int, n);
    QFETCH(qint64, p50);
    QFETCH(qint64, p95);
    QFETCH(qint64, p99);
    std::vector<std::int64_t> values(static_cast<std::size_t>(n));
    std::iota(values.begin(), values.end(), 1);
    std::mt19937 rng(7);
    std::shuffle(values.begin(), values.end(), rng);
    const auto d = distributionOf(values);
    QCOMPARE(d.p50, p50);
    QCOMPARE(d.p95, p95);
    QCOMPARE(d.p99, p99);
    QCOMPARE(d.max, qint64(n));
    QCOMPARE(d.sum, qint64(n) * (n + 1) / 2);
    QCOMPARE(d.mean, double(n + 1) / 2.0);
}

// fifo on 2 GPUs at $2/GPU-hour: J0 (100 s, 1) and J1 (50 s, 1) start at 0; J2 (2 GPUs, at 10)
// waits for J0 (100) and J3 (0 GPUs, at 20) waits behind it (strict fifo): both start at 100.
// Delays 0, 0, 90, 80; JCT 100, 50, 110, 85; slowdown 1, 1, 110/20, 85/10. Makespan 120,
// GPU-s 100 + 50 + 2 x 20 = 190.
void MetricsTest::smallTraceExact()
{
    ReplayOptions options;
    options.cluster = Cluster::pooled(2, 2.0);
    const ReplayResult result = replay(traceOf({{0, 100, 1}, {0, 50, 1}, {10, 20, 2}, {20, 5, 0}}), options);
    QVERIFY(result.metrics);
    const Metrics& m = *result.metrics;
    QCOMPARE(result.start, std::vector<std::int64_t>({0, 0, 100, 100}));
    QCOMPARE(m.queueingDelay.sum, 170);
    QCOMPARE(m.queueingDelay.mean, 42.5);
    QCOMPARE(m.queueingDelay.p50, 0);  // sorted 0 0 80 90: index ceil(2) - 1 = 1
    QCOMPARE(m.queueingDelay.p95, 90);
    QCOMPARE(m.queueingDelay.p99, 90);
    QCOMPARE(m.queueingDelay.max, 90);
    QCOMPARE(m.jct.sum, 345);
    QCOMPARE(m.jct.mean, 86.25);
    QCOMPARE(m.jct.p50, 85);  // sorted 50 85 100 110
    QCOMPARE(m.jct.p95, 110);
    QCOMPARE(m.jct.max, 110);
    QCOMPARE(m.slowdown.sum, 16.0);
    QCOMPARE(m.slowdown.mean, 4.0);
    QCOMPARE(m.slowdown.p50, 1.0);
    QCOMPARE(m.slowdown.p95, 8.5);
    QCOMPARE(m.makespan, 120);
    QCOMPARE(m.gpuSeconds, 190);
    QCOMPARE(m.utilization, 190.0 / 240.0);
    QCOMPARE(m.throughputJobsPerHour, 120.0);
    QCOMPARE(m.cost.cluster, 2.0 * 120.0 / 3600.0 * 2.0);
    QCOMPARE(m.cost.used, 190.0 / 3600.0 * 2.0);
    QCOMPARE(m.cost.idle, m.cost.cluster - m.cost.used);
    QVERIFY(qFuzzyCompare(m.cost.idle, 50.0 / 3600.0 * 2.0));
    QCOMPARE(m.cost.perJob, m.cost.cluster / 4.0);
    QVERIFY(!m.fragmentation);
    QCOMPARE(result.preemptions, 0u);
}

void MetricsTest::emptyTraceHasNoMetrics()
{
    for (PolicyKind policy : kAllPolicies) {
        ReplayOptions options;
        options.policy = policy;
        options.cluster = Cluster::packed(2, 4);
        int snapshots = 0;
        options.snapshotStep = 10;
        options.onSnapshot = [&](const Snapshot& s) {
            ++snapshots;
            QVERIFY(s.final);
            QCOMPARE(s.completedJobs, 0u);
        };
        const ReplayResult result = replay(traceOf({}), options);
        QCOMPARE(result.jobs, 0u);
        QVERIFY(!result.metrics);
        QVERIFY(result.start.empty());
        QCOMPARE(snapshots, 1);
    }
    // Only rejected jobs: also n = 0.
    ReplayOptions options;
    options.cluster = Cluster::pooled(1);
    const ReplayResult result = replay(traceOf({{0, 5, 2}}), options);
    QCOMPARE(result.jobs, 0u);
    QCOMPARE(result.rejected, 1u);
    QVERIFY(!result.metrics);
}

// Every job takes 0 seconds: makespan 0, so utilisation and throughput are 0, not NaN.
void MetricsTest::zeroMakespanDividesByNothing()
{
    ReplayOptions options;
    options.cluster = Cluster::pooled(4, 3.0);
    const ReplayResult result = replay(traceOf({{7, 0, 1}, {7, 0, 0}}), options);
    QVERIFY(result.metrics);
    QCOMPARE(result.metrics->makespan, 0);
    QCOMPARE(result.metrics->utilization, 0.0);
    QCOMPARE(result.metrics->throughputJobsPerHour, 0.0);
    QCOMPARE(result.metrics->cost.cluster, 0.0);
    QCOMPARE(result.metrics->slowdown.max, 0.0);
}

// Packed 2 x 4: two 3-GPU jobs leave 1 GPU on each node for 10 s while a 2-GPU job waits: 2 GPUs
// free by count, unusable by shape, for 10 of the 15 s makespan: 2 x 10 / (8 x 15).
void MetricsTest::packedFragmentation()
{
    ReplayOptions options;
    options.cluster = Cluster::packed(2, 4);
    options.policy = PolicyKind::FirstFit;
    const ReplayResult result = replay(traceOf({{0, 10, 3}, {0, 10, 3}, {0, 5, 2}}), options);
    QVERIFY(result.metrics && result.metrics->fragmentation);
    QCOMPARE(*result.metrics->fragmentation, 20.0 / 120.0);
    // A waiting job too big by count is not fragmentation: 3 + 3 busy, a 4-GPU job waits.
    const ReplayResult big = replay(traceOf({{0, 10, 3}, {0, 10, 3}, {0, 5, 4}}), options);
    QCOMPARE(*big.metrics->fragmentation, 0.0);
}

QTEST_GUILESS_MAIN(MetricsTest)
#include "metricstest.moc"
