// The analyses (waiting and preempted time, buckets, Jain's index, CDFs), offered load, the
// suggested cluster size and the Comparison value type, worked out by hand on small traces.
#include "replay/comparison.h"
#include "replay/offeredload.h"
#include "replay/simulator.h"
#include "testtraces.h"

#include <QtTest>

#include <numeric>

using namespace debrief::replay;
using debrief::replay::test::traceOf;

class AnalysesTest : public QObject {
    Q_OBJECT

private slots:
    void gpuBuckets_data();
    void gpuBuckets();
    void runtimeBuckets_data();
    void runtimeBuckets();
    void jain();
    void cdfDownsampling();
    void fifoBucketsAndFairness();
    void noUsersNoFairness();
    void srtfWaitingIncludesPreemption();
    void srtfRestartPenalty();
    void lasWaitingIncludesPreemption();
    void emptyAndSweepHaveNoAnalyses();
    void offeredLoadOnCluster();
    void suggestedSize();
    void suggestedSizeBoundary();
    void suggestedSizePacked();
    void comparison();
};

void AnalysesTest::gpuBuckets_data()
{
    QTest::addColumn<uint>("gpus");
    QTest::addColumn<QString>("bucket");
    const std::pair<uint, const char*> rows[] = {
        {0, "0"},    {1, "1"},     {2, "2"},      {3, "3-4"},    {4, "3-4"},  {5, "5-8"},     {8, "5-8"},
        {9, "9-16"}, {16, "9-16"}, {17, "17-64"}, {64, "17-64"}, {65, ">64"}, {100000, ">64"}};
    for (const auto& [gpus, bucket] : rows)
        QTest::newRow(std::to_string(gpus).c_str()) << gpus << QString(bucket);
}

void AnalysesTest::gpuBuckets()
{
    QFETCH(uint, gpus);
    QFETCH(QString, bucket);
    QCOMPARE(QString::fromUtf8(kGpuBucketNames[gpuBucketOf(gpus)].data()), bucket);
}

void AnalysesTest::runtimeBuckets_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("bucket");
    const std::pair<qint64, const char*> rows[] = {{0, "<10m"},     {599, "<10m"},       {600, "<1h"},   {3599, "<1h"},
                                                   {3600, "<6h"},   {21599, "<6h"},      {21600, "<1d"}, {86399, "<1d"},
                                                   {86400, ">=1d"}, {10'000'000, ">=1d"}};
    for (const auto& [seconds, bucket] : rows)
        QTest::newRow(std::to_string(seconds).c_str()) << seconds << QString(bucket);
}

void AnalysesTest::runtimeBuckets()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, bucket);
    QCOMPARE(QString::fromUtf8(kRuntimeBucketNames[runtimeBucketOf(seconds)].data()), bucket);
}

void AnalysesTest::jain()
{
    QVERIFY(!jainIndex({}));
    const std::vector<double> equal{3, 3, 3, 3};
    QCOMPARE(*jainIndex(equal), 1.0);
    const std::vector<double> one{5, 0, 0, 0};
    QCOMPARE(*jainIndex(one), 0.25);
    const std::vector<double> ramp{1, 2, 3};  // 36 / (3 x 14)
    QCOMPARE(*jainIndex(ramp), 36.0 / 42.0);
    const std::vector<double> zeros{0, 0};
    QCOMPARE(*jainIndex(zeros), 1.0);
}

void AnalysesTest::cdfDownsampling()
{
    // n <= 200: every rank, share (r + 1) / n.
    std::vector<std::int64_t> small{5, 1, 4, 2, 3};
    QCOMPARE(cdfOf(small), (std::vector<CdfPoint>{{1, 0.2}, {2, 0.4}, {3, 0.6}, {4, 0.8}, {5, 1.0}}));
    // 1000 values 0..999 (shuffled) in 4 points: ranks floor(k x 999 / 3) = 0, 333, 666, 999.
    std::vector<std::int64_t> many(1000);
    std::iota(many.begin(), many.end(), 0);
    std::mt19937 rng(3);
    std::shuffle(many.begin(), many.end(), rng);
    QCOMPARE(cdfOf(many, 4), (std::vector<CdfPoint>{{0, 0.001}, {333, 0.334}, {666, 0.667}, {999, 1.0}}));
    // The default keeps at most 200 points, exact at both ends.
    std::shuffle(many.begin(), many.end(), rng);
    const auto points = cdfOf(many);
    QCOMPARE(points.size(), std::size_t(200));
    QCOMPARE(points.front(), (CdfPoint{0, 0.001}));
    QCOMPARE(points.back(), (CdfPoint{999, 1.0}));
    QCOMPARE(points[1], (CdfPoint{5, 0.006}));  // floor(999 / 199) = 5
    for (std::size_t i = 1; i < points.size(); ++i)
        QVERIFY(points[i].value > points[i - 1].value && points[i].share > points[i - 1].share);
    std::vector<double> single{2.5};
    QCOMPARE(cdfOf(single), (std::vector<CdfPoint>{{2.5, 1.0}}));
    std::vector<double> none;
    QVERIFY(cdfOf(none).empty());
}

// metricstest's fifo trace on 2 GPUs, with users: J0 (100 s, 1 GPU, a) and J1 (50 s, 1, a) start at
// 0; J2 (2 GPUs at 10, b) and J3 (0 GPUs at 20, b) wait for J0: delays 0, 0, 90, 80; slowdown 1,
// 1, 110/20 = 5.5, 85/10 = 8.5. Users' mean slowdown a 1, b 7: Jain 8^2 / (2 x 50) = 0.64.
void AnalysesTest::fifoBucketsAndFairness()
{
    ReplayOptions options;
    options.cluster = Cluster::pooled(2);
    const ReplayResult result =
        replay(traceOf({{0, 100, 1, "a"}, {0, 50, 1, "a"}, {10, 20, 2, "b"}, {20, 5, 0, "b"}}), options);
    QVERIFY(result.analyses);
    const Analyses& a = *result.analyses;
    QCOMPARE(a.waiting.sum, 170);  // nothing is preempted: waiting = queueing
    QCOMPARE(a.waiting.max, 90);
    QCOMPARE(a.preempted.sum, 0);
    QCOMPARE(a.preempted.max, 0);
    QCOMPARE(a.jobsPreempted, 0u);
    QVERIFY(result.interruptions.empty());

    QCOMPARE(a.byGpus[0].bucket, std::string_view("0"));
    QCOMPARE(a.byGpus[0].jobs, 1u);
    QCOMPARE(a.byGpus[0].queueingDelay->max, 80);
    QCOMPARE(a.byGpus[0].slowdown->mean, 8.5);
    QCOMPARE(a.byGpus[1].jobs, 2u);
    QCOMPARE(a.byGpus[1].queueingDelay->sum, 0);
    QCOMPARE(a.byGpus[1].slowdown->sum, 2.0);
    QCOMPARE(a.byGpus[2].jobs, 1u);
    QCOMPARE(a.byGpus[2].queueingDelay->p50, 90);
    QCOMPARE(a.byGpus[2].slowdown->p99, 5.5);
    for (std::size_t b = 3; b < kGpuBucketCount; ++b) {
        QCOMPARE(a.byGpus[b].jobs, 0u);
        QVERIFY(!a.byGpus[b].queueingDelay && !a.byGpus[b].slowdown);
    }
    QCOMPARE(a.byRuntime[0].bucket, std::string_view("<10m"));
    QCOMPARE(a.byRuntime[0].jobs, 4u);
    QCOMPARE(a.byRuntime[0].queueingDelay->sum, 170);
    QCOMPARE(a.byRuntime[0].queueingDelay->p95, 90);
    QCOMPARE(a.byRuntime[0].slowdown->sum, 16.0);
    QCOMPARE(a.byRuntime[4].bucket, std::string_view(">=1d"));
    QCOMPARE(a.byRuntime[1].jobs + a.byRuntime[2].jobs + a.byRuntime[3].jobs + a.byRuntime[4].jobs, 0u);

    QCOMPARE(a.fairness.users, 2u);
    QCOMPARE(*a.fairness.jainUserSlowdown, 0.64);
    QCOMPARE(*a.fairness.jainVcSlowdown, 0.64);  // traceOf names the virtual cluster after the user

    // CDFs: four jobs, every point. JCT 100, 50, 110, 85; slowdown 1, 1, 5.5, 8.5.
    QCOMPARE(a.jctCdf, (std::vector<CdfPoint>{{50, 0.25}, {85, 0.5}, {100, 0.75}, {110, 1.0}}));
    QCOMPARE(a.slowdownCdf, (std::vector<CdfPoint>{{1, 0.25}, {1, 0.5}, {5.5, 0.75}, {8.5, 1.0}}));
}

void AnalysesTest::noUsersNoFairness()
{
    ReplayOptions options;
    options.cluster = Cluster::pooled(2);
    const ReplayResult result = replay(traceOf({{0, 100, 1}, {5, 50, 1}}), options);
    QVERIFY(result.analyses);
    QVERIFY(!result.analyses->fairness.jainUserSlowdown);
    QVERIFY(!result.analyses->fairness.jainVcSlowdown);
    QCOMPARE(result.analyses->fairness.users, 0u);
    // One user: every group alike, index 1.
    const ReplayResult one = replay(traceOf({{0, 100, 1, "a"}, {0, 50, 1, "a"}, {0, 20, 2, "a"}}), options);
    QCOMPARE(*one.analyses->fairness.jainUserSlowdown, 1.0);
}

// srtf on 1 GPU: J0 (100 s) starts at 0; J1 (20 s) arrives at 10 and preempts it (90 s left > 20);
// J1 runs 10-30, J0 resumes at 30 and ends at 120. Both queueing delays are 0 (the p95 a researcher
// would misread), but J0 waited 20 s: waiting = 120 - 0 - 100 = 0 queued + 20 preempted.
void AnalysesTest::srtfWaitingIncludesPreemption()
{
    ReplayOptions options;
    options.cluster = Cluster::pooled(1);
    options.policy = PolicyKind::Srtf;
    const ReplayResult result = replay(traceOf({{0, 100, 1}, {10, 20, 1}}), options);
    QCOMPARE(result.end, std::vector<std::int64_t>({120, 30}));
    QCOMPARE(result.metrics->queueingDelay.max, 0);
    const Analyses& a = *result.analyses;
    QCOMPARE(a.waiting.sum, 20);
    QCOMPARE(a.waiting.max, 20);
    QCOMPARE(a.waiting.p50, 0);
    QCOMPARE(a.preempted.sum, 20);
    QCOMPARE(a.preempted.max, 20);
    QCOMPARE(a.jobsPreempted, 1u);
    QCOMPARE(a.restartPenaltySeconds, 0);
    QCOMPARE(result.interruptions.size(), std::size_t(1));
    QCOMPARE(result.interruptions[0].job, 0u);
    QCOMPARE(result.interruptions[0].preemptions, 1u);
    QCOMPARE(result.interruptions[0].preemptedSeconds, 20);
    QCOMPARE(result.interruptions[0].penaltySeconds, 0);
}

// The same with a 30 s restart penalty on 2-GPU jobs: J0 needs 90 + 30 = 120 s more after the
// preemption, so it resumes at 30 and ends at 150: waiting 50 = 20 preempted + 30 penalty; the lost
// work is 30 s x 2 GPUs.
void AnalysesTest::srtfRestartPenalty()
{
    ReplayOptions options;
    options.cluster = Cluster::pooled(2);
    options.policy = PolicyKind::Srtf;
    options.policyOptions.srtfRestartPenalty = 30;
    const ReplayResult result = replay(traceOf({{0, 100, 2}, {10, 20, 2}}), options);
    QCOMPARE(result.end, std::vector<std::int64_t>({150, 30}));
    const Analyses& a = *result.analyses;
    QCOMPARE(a.waiting.sum, 50);
    QCOMPARE(a.preempted.sum, 20);
    QCOMPARE(a.restartPenaltySeconds, 30);
    QCOMPARE(a.lostGpuSeconds, 60);
    QCOMPARE(result.interruptions[0].penaltySeconds, 30);
}

// las on 1 GPU (thresholds 3,250 and 7,200 GPU-s): J0 (5,000 s) falls to Q1 at 3,250. J1 (100 s,
// at 4,000) enters Q0 and preempts it; J2 (10 s, at 4,050) waits in Q0 behind the running J1 and
// runs 4,100-4,110; J0 resumes at 4,110 with 1,000 s left and ends at 5,110.
// J0: queued 0, preempted 110; J1: nothing; J2: queued 50.
void AnalysesTest::lasWaitingIncludesPreemption()
{
    ReplayOptions options;
    options.cluster = Cluster::pooled(1);
    options.policy = PolicyKind::Las;
    const ReplayResult result = replay(traceOf({{0, 5000, 1}, {4000, 100, 1}, {4050, 10, 1}}), options);
    QCOMPARE(result.start, std::vector<std::int64_t>({0, 4000, 4100}));
    QCOMPARE(result.end, std::vector<std::int64_t>({5110, 4100, 4110}));
    QCOMPARE(result.metrics->queueingDelay.sum, 50);
    const Analyses& a = *result.analyses;
    QCOMPARE(a.waiting.sum, 160);
    QCOMPARE(a.waiting.max, 110);
    QCOMPARE(a.preempted.sum, 110);
    QCOMPARE(a.jobsPreempted, 1u);
    QCOMPARE(result.interruptions.size(), std::size_t(1));
    QCOMPARE(result.interruptions[0].preemptedSeconds, 110);
}

void AnalysesTest::emptyAndSweepHaveNoAnalyses()
{
    ReplayOptions options;
    options.cluster = Cluster::pooled(2);
    QVERIFY(!replay(traceOf({}), options).analyses);
    options.cdfPoints = 0;  // the figures without the CDFs
    const ReplayResult noCdf = replay(traceOf({{0, 10, 1}, {0, 10, 2}}), options);
    QCOMPARE(noCdf.analyses->waiting.sum, 10);
    QVERIFY(noCdf.analyses->jctCdf.empty() && noCdf.analyses->slowdownCdf.empty());
    options.analyses = false;
    const ReplayResult off = replay(traceOf({{0, 10, 1}}), options);
    QVERIFY(off.metrics);
    QVERIFY(!off.analyses);
}

// J0 4 GPUs x 100 s at 0, J1 2 x 300 at 100, J2 8 x 50 at 200. On 8 GPUs: 1,400 GPU-s over a 200 s
// submit span: 1400 / 1600. On 4 GPUs J2 is rejected: 1,000 GPU-s over 100 s on 4 GPUs.
void AnalysesTest::offeredLoadOnCluster()
{
    const auto trace = traceOf({{0, 100, 4}, {100, 300, 2}, {200, 50, 8}});
    QCOMPARE(*offeredLoad(trace, 8), 0.875);
    QCOMPARE(*offeredLoad(trace, 4), 2.5);
    QCOMPARE(*offeredLoad(trace, 16), 1400.0 / 3200.0);
    QVERIFY(!offeredLoad(trace, 1));                               // every job rejected
    QVERIFY(!offeredLoad(traceOf({{5, 100, 1}, {5, 10, 1}}), 4));  // span 0
    QVERIFY(!offeredLoad(traceOf({}), 4));
    // --gpu-jobs-only leaves a 0-GPU job out of the span too.
    const auto cpu = traceOf({{0, 100, 1}, {100, 100, 1}, {300, 50, 0}});
    QCOMPARE(*offeredLoad(cpu, 1), 200.0 / 300.0);
    QCOMPARE(*offeredLoad(cpu, 1, true), 200.0 / 100.0);
}

// Pooled: G >= 5 x 1400 / (4 x 200) = 8.75, so 9 GPUs at load 1400 / 1800.
void AnalysesTest::suggestedSize()
{
    const auto trace = traceOf({{0, 100, 4}, {100, 300, 2}, {200, 50, 8}});
    const auto s = suggestedCluster(trace, Cluster::pooled(4));
    QVERIFY(s);
    QCOMPARE(s->gpus, 9u);
    QCOMPARE(s->nodes, 1u);
    QCOMPARE(s->gpusPerNode, 9u);
    QCOMPARE(s->offeredLoad, 1400.0 / 1800.0);
    QVERIFY(s->offeredLoad <= kSuggestedLoad);
    QVERIFY(*offeredLoad(trace, s->gpus - 1) > kSuggestedLoad);
    // The largest job sets the floor: 650 GPU-s over 1,000 s needs 1 GPU, the 64-GPU job 64.
    const auto wide = suggestedCluster(traceOf({{0, 10, 64}, {1000, 10, 1}}), Cluster::pooled(8));
    QCOMPARE(wide->gpus, 64u);
    QCOMPARE(wide->offeredLoad, 650.0 / 64000.0);
    QVERIFY(!suggestedCluster(traceOf({{5, 100, 1}, {5, 10, 1}}), Cluster::pooled(8)));
    QVERIFY(!suggestedCluster(traceOf({}), Cluster::pooled(8)));
    // Only 0-GPU jobs: still a cluster of at least 1 GPU.
    QCOMPARE(suggestedCluster(traceOf({{0, 10, 0}, {10, 10, 0}}), Cluster::pooled(8))->gpus, 1u);
}

// Exactly 0.80 is enough: 800 GPU-s over 1,000 s on 1 GPU. One GPU-second more needs 2.
void AnalysesTest::suggestedSizeBoundary()
{
    const auto exact = suggestedCluster(traceOf({{0, 800, 1}, {1000, 0, 1}}), Cluster::pooled(4));
    QCOMPARE(exact->gpus, 1u);
    QCOMPARE(exact->offeredLoad, 0.8);
    QCOMPARE(suggestedCluster(traceOf({{0, 801, 1}, {1000, 0, 1}}), Cluster::pooled(4))->gpus, 2u);
}

// Packed with 4 GPUs per node: the 9 GPUs round up to 3 nodes, 12 GPUs, load 1400 / 2400.
void AnalysesTest::suggestedSizePacked()
{
    const auto trace = traceOf({{0, 100, 4}, {100, 300, 2}, {200, 50, 8}});
    const auto s = suggestedCluster(trace, Cluster::packed(1, 4));
    QCOMPARE(s->nodes, 3u);
    QCOMPARE(s->gpusPerNode, 4u);
    QCOMPARE(s->gpus, 12u);
    QCOMPARE(s->offeredLoad, 1400.0 / 2400.0);
    // A whole number of nodes already: 8 GPUs per node, one node of 8 < 9, so 2 nodes.
    QCOMPARE(suggestedCluster(trace, Cluster::packed(5, 8))->gpus, 16u);
    QCOMPARE(suggestedCluster(trace, Cluster::packed(5, 9))->gpus, 9u);
}

// fifo against sjf on 1 GPU at $3.6/GPU-hour: J0 (100 s) and J1 (10 s) both at 0. fifo runs J0
// first: delays 0, 100, JCT 100, 110. sjf runs J1 first: delays 0, 10, JCT 10, 110. Same makespan.
void AnalysesTest::comparison()
{
    const auto trace = traceOf({{0, 100, 1}, {0, 10, 1}});
    std::vector<ReplayResult> results;
    for (PolicyKind policy : {PolicyKind::Fifo, PolicyKind::Sjf}) {
        ReplayOptions options;
        options.cluster = Cluster::pooled(1, 3.6);
        options.policy = policy;
        results.push_back(replay(trace, options));
    }
    const auto load = offeredLoad(trace, 1);
    QVERIFY(!load);  // both submitted at 0
    const Comparison c = Comparison::of(results, 0, load, suggestedCluster(trace, Cluster::pooled(1)));
    QCOMPARE(c.baseline, PolicyKind::Fifo);
    QCOMPARE(c.jobs, 2u);
    QCOMPARE(c.cluster.totalGpus(), 1u);
    QVERIFY(!c.offeredLoad && !c.suggested);
    QCOMPARE(c.rows.size(), std::size_t(2));
    const Comparison::Row* base = c.baselineRow();
    QVERIFY(base && base->policy == PolicyKind::Fifo && base->isBaseline);
    QCOMPARE(*base->p95QueueingChange, 0.0);
    const Comparison::Row* sjf = c.row(PolicyKind::Sjf);
    QVERIFY(sjf && !sjf->isBaseline);
    QCOMPARE(sjf->metrics.queueingDelay.p95, 10);
    QCOMPARE(*sjf->p95QueueingChange, -0.9);                 // 100 -> 10
    QCOMPARE(*sjf->meanJctChange, (60.0 - 105.0) / 105.0);   // 105 -> 60
    QCOMPARE(*sjf->meanWaitingChange, -0.9);                 // 50 -> 5
    QCOMPARE(*sjf->p95SlowdownChange, (1.1 - 11.0) / 11.0);  // 110 / 10 -> 110 / 100
    QCOMPARE(*sjf->throughputChange, 0.0);
    QCOMPARE(sjf->utilisationPoints, 0.0);
    QCOMPARE(sjf->clusterCostPerMonth, 0.0);
    QVERIFY(!c.row(PolicyKind::Las));

    QVERIFY(!Comparison::relativeChange(0.0, 5.0));
    QCOMPARE(*Comparison::relativeChange(4.0, 5.0), 0.25);
    // $1 more over a 1-day baseline makespan is $30 a month; no makespan, no month.
    QCOMPARE(Comparison::monthlyDelta(2.0, 3.0, 24 * 3600), 30.0);
    QCOMPARE(Comparison::monthlyDelta(2.0, 3.0, 0), 0.0);

    // A baseline without metrics (nothing accepted): rows stay, no changes.
    std::vector<ReplayResult> empty(2);
    empty[1] = results[1];
    const Comparison none = Comparison::of(empty, 0);
    QVERIFY(!none.baseline);
    QCOMPARE(none.rows.size(), std::size_t(1));
    QVERIFY(!none.rows[0].p95QueueingChange);
}

QTEST_GUILESS_MAIN(AnalysesTest)
#include "analysestest.moc"
