// Hand-worked schedules: each case's start and end times were worked out by hand from
// replay-semantics.md; the comment on each case gives the reasoning.
#include "replay/simulator.h"
#include "testtraces.h"

#include <QtTest>

using namespace debrief::replay;
using debrief::replay::test::Row;
using debrief::replay::test::traceOf;

Q_DECLARE_METATYPE(std::vector<Row>)
Q_DECLARE_METATYPE(debrief::replay::Cluster)
Q_DECLARE_METATYPE(debrief::replay::PolicyKind)
Q_DECLARE_METATYPE(debrief::replay::PolicyOptions)
Q_DECLARE_METATYPE(std::vector<std::int64_t>)

class PolicyTest : public QObject {
    Q_OBJECT

private slots:
    void schedules_data();
    void schedules();
    void tiesUnsortedZeroAndRejected();
    void gpuJobsOnlyLeavesCpuJobsOut();
    void srtfPreemptsAndKeepsProgress();
    void policyNamesRoundTrip();
};

namespace {

void addCase(const char* name, PolicyKind policy, Cluster cluster, std::vector<Row> rows,
             std::vector<std::int64_t> start, std::vector<std::int64_t> end, PolicyOptions options = {},
             qint64 preemptions = 0)
{
    QTest::newRow(name) << policy << cluster << options << rows << start << end << preemptions;
}

// Four jobs on 4 pooled GPUs where fifo, first-fit and sjf all differ.
const std::vector<Row> kThreeWays = {{0, 10, 3}, {1, 5, 4}, {2, 8, 1}, {3, 2, 1}};

}  // namespace

void PolicyTest::schedules_data()
{
    QTest::addColumn<PolicyKind>("policy");
    QTest::addColumn<Cluster>("cluster");
    QTest::addColumn<PolicyOptions>("options");
    QTest::addColumn<std::vector<Row>>("rows");
    QTest::addColumn<std::vector<std::int64_t>>("start");
    QTest::addColumn<std::vector<std::int64_t>>("end");
    QTest::addColumn<qint64>("preemptions");

    // fifo: J0 takes 3 of 4; J1 (4) blocks J2 and J3 until J0 ends at 10; J1 runs 10-15, then both.
    addCase("fifo blocks", PolicyKind::Fifo, Cluster::pooled(4), kThreeWays, {0, 10, 15, 15}, {10, 15, 23, 17});
    // first-fit: J2 skips past J1 at 2 and ends at 10 with J0; at 10 J1 (rank first) takes all 4.
    addCase("first-fit skips", PolicyKind::FirstFit, Cluster::pooled(4), kThreeWays, {0, 10, 2, 15}, {10, 15, 10, 17});
    // sjf: as first-fit until 10; then J3 (2 s) goes before J1 (5 s), and J1 waits for all 4 GPUs.
    addCase("sjf shortest first", PolicyKind::Sjf, Cluster::pooled(4), kThreeWays, {0, 12, 2, 10}, {10, 17, 10, 12});
    // easy: J1 reserved at 10 (J0 frees 3 + 1 free); J2 ends at 10 <= 10 so it backfills; J3 finds
    // nothing free at 3 and goes after J1.
    addCase("easy-backfill like first-fit", PolicyKind::EasyBackfill, Cluster::pooled(4), kThreeWays, {0, 10, 2, 15},
            {10, 15, 10, 17});
    // easy, condition 1: head J1 (4 GPUs) reserved at 10. J2 (20 s) would end at 22 > 10 and the
    // reservation needs every GPU (extra 0): it waits. J3 ends 3+7 = 10 and J4 ends 4+3 = 7: both
    // backfill. J1 starts exactly at its reservation, J2 after it.
    addCase("easy-backfill ends by reservation", PolicyKind::EasyBackfill, Cluster::pooled(4),
            {{0, 10, 2}, {1, 5, 4}, {2, 20, 1}, {3, 7, 1}, {4, 3, 1}}, {0, 10, 15, 3, 4}, {10, 15, 35, 10, 7});
    // easy, condition 2: head J1 (5 of 6) reserved at 10 with 6 - 5 = 1 extra GPU. J2 (30 s) runs
    // past 10 but uses the extra GPU; J3 then finds no extra left and waits until J1 ends.
    addCase("easy-backfill extra GPUs", PolicyKind::EasyBackfill, Cluster::pooled(6),
            {{0, 10, 4}, {1, 5, 5}, {2, 30, 1}, {3, 30, 1}}, {0, 10, 2, 15}, {10, 15, 32, 45});
    // easy, jobs ending together: J0 (1) and J1 (2) run, 1 GPU free; head J2 (2) is reserved at 10,
    // when J0 and J1 both end and all 4 GPUs are free: 2 extra, not the 0 left after J0 alone. So
    // J3 (1 GPU, 20 s) backfills at 0 on an extra GPU; J2 still starts at 10. (Found by
    // test_replay_differential.)
    addCase("easy-backfill extra GPUs of jobs ending together", PolicyKind::EasyBackfill, Cluster::pooled(4),
            {{0, 10, 1}, {0, 10, 2}, {0, 5, 2}, {0, 20, 1}}, {0, 0, 10, 0}, {10, 10, 15, 20});

    // priority: at 10 the order is J2 (5, submitted 2), J3 (5, 3), J4 (3), J1 (1). J2 takes both
    // GPUs; at 15 J3 and J4 take one each; J1 last at 20.
    const std::vector<Row> prio = {
        {0, 10, 2, "", 0}, {1, 5, 2, "", 1}, {2, 5, 2, "", 5}, {3, 5, 1, "", 5}, {3, 5, 1, "", 3}};
    addCase("priority", PolicyKind::Priority, Cluster::pooled(2), prio, {0, 20, 10, 15, 15}, {10, 25, 15, 20, 20});
    // aging 36000 points/hour = 10 per second waited: at 10 J1 has 1*3600 + 36000*9/3600*3600... in
    // points: J1 1 + 90 = 91, J2 5 + 80 = 85, J3 5 + 70 = 75, J4 3 + 70 = 73: waiting order wins.
    PolicyOptions aging;
    aging.priorityAgingPerHour = 36000;
    addCase("priority aging", PolicyKind::Priority, Cluster::pooled(2), prio, {0, 10, 15, 20, 20}, {10, 15, 20, 25, 25},
            aging);

    // fair: 2 GPUs; alice submits A0 A1 A2, then bob B0 B1 B2, all at 0, 10 s, 1 GPU. After A0,
    // alice has 1 GPU and bob 0, so B0; at 10 both have 0, rank breaks the tie: A1 then B1.
    const std::vector<Row> users = {{0, 10, 1, "alice"}, {0, 10, 1, "alice"}, {0, 10, 1, "alice"},
                                    {0, 10, 1, "bob"},   {0, 10, 1, "bob"},   {0, 10, 1, "bob"}};
    addCase("fair alternates users", PolicyKind::Fair, Cluster::pooled(2), users, {0, 10, 20, 0, 10, 20},
            {10, 20, 30, 10, 20, 30});
    PolicyOptions byVc;
    byVc.fairBy = FairShareBy::VirtualCluster;
    addCase("fair by virtual cluster", PolicyKind::Fair, Cluster::pooled(2), users, {0, 10, 20, 0, 10, 20},
            {10, 20, 30, 10, 20, 30}, byVc);
    addCase("fifo on the same users", PolicyKind::Fifo, Cluster::pooled(2), users, {0, 0, 10, 10, 20, 20},
            {10, 10, 20, 20, 30, 30});
    // fair, uneven: bob's B0 runs 25 s, so alice (0 in use) wins at 10 and 20; bob's B1 starts at 25.
    addCase("fair fewest GPUs in use", PolicyKind::Fair, Cluster::pooled(2),
            {{0, 10, 1, "alice"}, {0, 10, 1, "alice"}, {0, 10, 1, "alice"}, {0, 25, 1, "bob"}, {0, 5, 1, "bob"}},
            {0, 10, 20, 0, 25}, {10, 20, 30, 25, 30});

    // srtf: J0 (2 GPUs, 10 s). At 2 J1 (3 s) goes first and J0 (8 left) no longer fits: preempted.
    // J0 resumes 5-6, is preempted by J2 (1 s, 2 GPUs) and ends at 7 + 7 = 14.
    const std::vector<Row> srtf = {{0, 10, 2}, {2, 3, 1}, {6, 1, 2}};
    addCase("srtf", PolicyKind::Srtf, Cluster::pooled(2), srtf, {0, 2, 6}, {14, 5, 7}, {}, 2);
    // with a 5 s restart penalty: J0 has 8 + 5 = 13 left at 2, runs 5-6 (12 left, +5 = 17), ends 7 + 17.
    PolicyOptions penalty;
    penalty.srtfRestartPenalty = 5;
    addCase("srtf restart penalty", PolicyKind::Srtf, Cluster::pooled(2), srtf, {0, 2, 6}, {24, 5, 7}, penalty, 2);
    // srtf does not preempt for a longer job: J1 (20 s) waits for J0 (5 left at 5).
    addCase("srtf no preemption", PolicyKind::Srtf, Cluster::pooled(1), {{0, 10, 1}, {5, 20, 1}}, {0, 10}, {10, 30});

    // las, threshold 10 GPU-s on 1 GPU: J0 reaches 10 at t = 10 exactly and drops to Q1; J1 (Q0,
    // waiting since 1) starts that second and J0 is preempted; J0 resumes at 15 with 90 s left.
    PolicyOptions las10;
    las10.lasThresholds = {10};
    addCase("las demotion at threshold", PolicyKind::Las, Cluster::pooled(1), {{0, 100, 1}, {1, 5, 1}}, {0, 10},
            {105, 15}, las10, 1);
    PolicyOptions las11;
    las11.lasThresholds = {11};
    addCase("las demotion one second later", PolicyKind::Las, Cluster::pooled(1), {{0, 100, 1}, {1, 5, 1}}, {0, 11},
            {105, 16}, las11, 1);
    // 2 GPUs: 9 GPU-s is reached at ceil(9 / 2) = 5 s (10 GPU-s); J1 takes 1 GPU, J0 needs 2: out.
    PolicyOptions las9;
    las9.lasThresholds = {9};
    addCase("las demotion wide job", PolicyKind::Las, Cluster::pooled(2), {{0, 100, 2}, {1, 5, 1}}, {0, 5}, {105, 10},
            las9, 1);
    // defaults 3250 / 7200: J0 (1 GPU) reaches 3250 at 3250; J1 arrived at 100 and runs 3250-3260.
    addCase("las default thresholds", PolicyKind::Las, Cluster::pooled(1), {{0, 5000, 1}, {100, 10, 1}}, {0, 3250},
            {5010, 3260}, {}, 1);
    // Q0 walk starts every job that fits (skip): J2 (1 GPU) starts at 2 while J1 (2) waits for J0
    // to end at 100 (100 GPU-s: never demoted).
    addCase("las skips", PolicyKind::Las, Cluster::pooled(2), {{0, 100, 1}, {1, 10, 2}, {2, 10, 1}}, {0, 100, 2},
            {100, 110, 12});

    // packed 2 x 4: J0 and J1 (3 GPUs) each take a node; J2 (2) has 2 free GPUs by count but on two
    // nodes: it waits until 10. Pooled it starts at once.
    const std::vector<Row> shape = {{0, 10, 3}, {0, 10, 3}, {0, 5, 2}};
    addCase("packed honours nodes", PolicyKind::FirstFit, Cluster::packed(2, 4), shape, {0, 0, 10}, {10, 10, 15});
    addCase("pooled ignores nodes", PolicyKind::FirstFit, Cluster::pooled(8), shape, {0, 0, 0}, {10, 10, 5});
    // packed 3 x 4: J0 (1) best-fits node 0 (3 left). J1 (6) takes idle node 1 plus the remainder 2
    // on node 0 (lowest with 2 free), leaving node 2 idle for J2 (4). J3 (2) finds no node with 2.
    addCase("packed multi-node remainder", PolicyKind::Fifo, Cluster::packed(3, 4),
            {{0, 10, 1}, {0, 10, 6}, {0, 10, 4}, {0, 10, 2}}, {0, 0, 0, 10}, {10, 10, 10, 20});
    // best fit: J0 (3) on node 0 leaves 1; J1 (2) goes to node 1 (2 left); J2 (1) best-fits node 0
    // (1 free) not node 1, so J3 (2) still fits on node 1.
    addCase("packed best fit", PolicyKind::FirstFit, Cluster::packed(2, 4),
            {{0, 10, 3}, {0, 10, 2}, {0, 10, 1}, {0, 10, 2}}, {0, 0, 0, 0}, {10, 10, 10, 10});
    addCase("packed srtf", PolicyKind::Srtf, Cluster::packed(1, 2), srtf, {0, 2, 6}, {14, 5, 7}, {}, 2);
    addCase("packed las", PolicyKind::Las, Cluster::packed(1, 1), {{0, 100, 1}, {1, 5, 1}}, {0, 10}, {105, 15}, las10,
            1);
    addCase("packed easy-backfill", PolicyKind::EasyBackfill, Cluster::packed(1, 6),
            {{0, 10, 4}, {1, 5, 5}, {2, 30, 1}, {3, 30, 1}}, {0, 10, 2, 15}, {10, 15, 32, 45});
}

void PolicyTest::schedules()
{
    QFETCH(PolicyKind, policy);
    QFETCH(Cluster, cluster);
    QFETCH(PolicyOptions, options);
    QFETCH(std::vector<Row>, rows);
    QFETCH(std::vector<std::int64_t>, start);
    QFETCH(std::vector<std::int64_t>, end);
    QFETCH(qint64, preemptions);

    ReplayOptions replayOptions;
    replayOptions.cluster = cluster;
    replayOptions.policy = policy;
    replayOptions.policyOptions = options;
    const ReplayResult result = replay(traceOf(rows), replayOptions);
    QCOMPARE(result.jobs, rows.size());
    QCOMPARE(result.start, start);
    QCOMPARE(result.end, end);
    QCOMPARE(qint64(result.preemptions), preemptions);
}

// Unsorted rows, submit ties, 0-second and 0-GPU jobs and a rejected job, on 2 pooled GPUs.
// Ranks: (100, #1), (100, #3), (105, #0), (105, #2), (105, #5); #4 asks for 3 GPUs: rejected.
// fifo: at 0 #1 takes both GPUs, #3 (0 GPU, 0 s) starts and ends at 0. At 5 #0 starts, #2 (2 GPUs)
// blocks, and #5 (0 GPUs) behind it too. At 8 #2 starts and ends at once, #5 runs 8-10.
// first-fit: #5 needs no GPU, so it skips #2 and runs 5-7.
void PolicyTest::tiesUnsortedZeroAndRejected()
{
    const auto trace = traceOf({{105, 3, 1}, {100, 4, 2}, {105, 0, 2}, {100, 0, 0}, {102, 10, 3}, {105, 2, 0}});
    ReplayOptions options;
    options.cluster = Cluster::pooled(2);
    ReplayResult fifo = replay(trace, options);
    QCOMPARE(fifo.jobs, 5u);
    QCOMPARE(fifo.rejected, 1u);
    QCOMPARE(fifo.rejectedLines, std::vector<std::uint32_t>({6}));
    QCOMPARE(fifo.origin, 100);
    QCOMPARE(fifo.jobIndex, std::vector<std::uint32_t>({0, 1, 2, 3, 5}));
    QCOMPARE(fifo.start, std::vector<std::int64_t>({5, 0, 8, 0, 8}));
    QCOMPARE(fifo.end, std::vector<std::int64_t>({8, 4, 8, 0, 10}));
    QVERIFY(fifo.metrics);
    QCOMPARE(fifo.metrics->makespan, 10);

    options.policy = PolicyKind::FirstFit;
    ReplayResult firstFit = replay(trace, options);
    QCOMPARE(firstFit.start, std::vector<std::int64_t>({5, 0, 8, 0, 5}));
    QCOMPARE(firstFit.end, std::vector<std::int64_t>({8, 4, 8, 0, 7}));
}

void PolicyTest::gpuJobsOnlyLeavesCpuJobsOut()
{
    const auto trace = traceOf({{105, 3, 1}, {100, 4, 2}, {105, 0, 2}, {100, 0, 0}, {102, 10, 3}, {105, 2, 0}});
    ReplayOptions options;
    options.cluster = Cluster::pooled(2);
    options.gpuJobsOnly = true;
    const ReplayResult result = replay(trace, options);
    QCOMPARE(result.jobs, 3u);
    QCOMPARE(result.cpuOnlyExcluded, 2u);
    QCOMPARE(result.rejected, 1u);
    QCOMPARE(result.jobIndex, std::vector<std::uint32_t>({0, 1, 2}));
    QCOMPARE(result.start, std::vector<std::int64_t>({5, 0, 8}));
}

// The run intervals of the srtf case: J0 ran 0-2, 5-6 and 7-14.
void PolicyTest::srtfPreemptsAndKeepsProgress()
{
    ReplayOptions options;
    options.cluster = Cluster::pooled(2);
    options.policy = PolicyKind::Srtf;
    options.keepRunIntervals = true;
    const ReplayResult result = replay(traceOf({{0, 10, 2}, {2, 3, 1}, {6, 1, 2}}), options);
    std::vector<std::pair<std::int64_t, std::int64_t>> j0;
    std::int64_t ran = 0;
    for (const RunInterval& interval : result.runIntervals) {
        if (interval.jobIndex == 0) {
            j0.emplace_back(interval.start, interval.end);
            ran += interval.end - interval.start;
        }
    }
    QCOMPARE(j0, (std::vector<std::pair<std::int64_t, std::int64_t>>{{0, 2}, {5, 6}, {7, 14}}));
    QCOMPARE(ran, 10);
    QCOMPARE(result.preemptions, 2u);
}

void PolicyTest::policyNamesRoundTrip()
{
    const char* names[] = {"fifo", "first-fit", "sjf", "easy-backfill", "priority", "srtf", "las", "fair"};
    for (std::size_t i = 0; i < kAllPolicies.size(); ++i) {
        QCOMPARE(policyName(kAllPolicies[i]), std::string_view(names[i]));
        QCOMPARE(policyFromName(names[i]), std::optional<PolicyKind>(kAllPolicies[i]));
        QCOMPARE(isPreemptive(kAllPolicies[i]),
                 kAllPolicies[i] == PolicyKind::Srtf || kAllPolicies[i] == PolicyKind::Las);
    }
    QVERIFY(!policyFromName("FIFO"));
    QCOMPARE(placementFromName("packed"), std::optional<Placement>(Placement::Packed));
    QCOMPARE(placementName(Placement::Pooled), std::string_view("pooled"));
    QVERIFY(!placementFromName("spread"));
}

QTEST_GUILESS_MAIN(PolicyTest)
#include "policytest.moc"
