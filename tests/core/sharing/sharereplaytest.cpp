// Time replays on a node list, worked out by hand (every policy below has its own small case). On
// one node of two GPUs: j0 (600 milli, 100 s) and
// j1 (600 milli, 50 s) at 0, j2 (a whole GPU, 30 s) at 10, j3 (300 milli, 10 s) at 20; j4 asks for
// 4 GPUs and is rejected.
#include "sharing/sharereplay.h"
#include "trace/traceimporter.h"

#include <QtTest>

using namespace debrief::sharing;
using debrief::replay::PolicyKind;

namespace {

const std::string kData = DEBRIEF_TEST_DATA "/sharing/";

ShareReplayResult run(PolicyKind policy, bool share)
{
    const auto trace = debrief::trace::importTrace(kData + "timed_pods.csv");
    const NodeList nodes = NodeList::read(kData + "one_node.csv");
    ShareReplayOptions options;
    options.policy = policy;
    options.shareGpus = share;
    options.placement = PlacementPolicy::BestFit;
    return replayShares(trace, nodes, options);
}

ShareReplayResult runFile(const std::string& pods, const std::string& nodeFile, ShareReplayOptions options)
{
    const auto trace = debrief::trace::importTrace(kData + pods);
    return replayShares(trace, NodeList::read(kData + nodeFile), options);
}

ShareReplayOptions optionsFor(PolicyKind policy)
{
    ShareReplayOptions options;
    options.policy = policy;
    options.shareGpus = true;
    options.placement = PlacementPolicy::BestFit;
    return options;
}

// fair's users: the pods named a... belong to alice, b... to bob (openb names no user).
ShareReplayResult runFair(const std::string& pods, const std::string& nodeFile, PolicyKind policy)
{
    auto trace = debrief::trace::importTrace(kData + pods);
    const std::uint32_t alice = trace.names.add("alice"), bob = trace.names.add("bob");
    for (debrief::trace::Job& job : trace.jobs)
        job.user = trace.jobId(job).front() == 'a' ? alice : bob;
    return replayShares(trace, NodeList::read(kData + nodeFile), optionsFor(policy));
}

std::vector<std::int64_t> waits(const ShareReplayResult& r)
{
    const std::vector<std::int64_t> submit{0, 0, 10, 20};
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < r.start.size(); ++i)
        out.push_back(r.start[i] - submit[r.jobIndex[i]]);
    return out;
}

}  // namespace

class ShareReplayTest : public QObject {
    Q_OBJECT

private slots:
    void wholeGpusWithoutSharing()
    {
        // Each share takes a whole GPU: j0, j1 on the two GPUs at 0; j2 waits for j1 (50); j3
        // waits behind it (fifo) and for a whole GPU until j2 ends at 80.
        const ShareReplayResult r = run(PolicyKind::Fifo, false);
        QCOMPARE(r.jobs, std::uint64_t(4));
        QCOMPARE(r.rejected, std::uint64_t(1));
        QCOMPARE(r.rejectedLines, std::vector<std::uint32_t>{6});
        QCOMPARE(waits(r), (std::vector<std::int64_t>{0, 0, 40, 60}));
        const ShareReplayMetrics& m = *r.metrics;
        QCOMPARE(m.makespan, std::int64_t(100));
        QCOMPARE(m.usedGpuHours, 190.0 / 3600.0);     // 100 + 50 + 30 + 10 GPU-seconds
        QCOMPARE(m.paidGpuHours, 200.0 / 3600.0);     // 2 GPUs x 100 s
        QCOMPARE(m.paidCost, 200.0 / 3600.0 * 0.35);  // T4's default price
        QCOMPARE(m.queueingMean, 25.0);
        QCOMPARE(m.queueingP95, std::int64_t(60));
    }

    void sharesPackAndStillWaitForAnIdleGpu()
    {
        // Shared: j0 on GPU 0 (400 left), j1 on GPU 1 (400 left); j2 needs an idle GPU, so it waits
        // until j1 ends at 50 although 800 milli are free; fifo keeps j3 behind it, then j3 fits the
        // 400 left on GPU 0 at 50.
        const ShareReplayResult fifo = run(PolicyKind::Fifo, true);
        QCOMPARE(waits(fifo), (std::vector<std::int64_t>{0, 0, 40, 30}));
        QCOMPARE(fifo.node, (std::vector<std::uint32_t>{0, 0, 0, 0}));
        // first-fit lets j3 start at 20 on GPU 0's 400 milli.
        const ShareReplayResult firstFit = run(PolicyKind::FirstFit, true);
        QCOMPARE(waits(firstFit), (std::vector<std::int64_t>{0, 0, 40, 0}));
        QCOMPARE(firstFit.end[3], std::int64_t(30));
        // GPU-seconds used: 0.6 x 100 + 0.6 x 50 + 1 x 30 + 0.3 x 10 = 123; paid 2 x 100.
        QCOMPARE(firstFit.metrics->usedGpuHours, 123.0 / 3600.0);
        QCOMPARE(firstFit.metrics->utilization, 123.0 / 200.0);
        QCOMPARE(firstFit.metrics->usedCost, 123.0 / 3600.0 * 0.35);
        // sjf and priority (all 0) order the same here as first-fit.
        QCOMPARE(waits(run(PolicyKind::Sjf, true)), waits(firstFit));
        QCOMPARE(waits(run(PolicyKind::Priority, true)), waits(firstFit));
    }

    void srtfPreemptionFreesTheShare()
    {
        // a: both GPUs for 100 s from 0; b: 500 milli for 10 s at 10. srtf at 10: b (10 s left) goes
        // before a (90 s left) and takes GPU 0, so a loses its place and waits; at 20 b ends and a
        // resumes with its 90 s, ending at 110.
        const auto trace = debrief::trace::importTrace(kData + "srtf_pods.csv");
        const NodeList nodes = NodeList::read(kData + "one_node.csv");
        ShareReplayOptions options;
        options.policy = PolicyKind::Srtf;
        options.shareGpus = true;
        const ShareReplayResult srtf = replayShares(trace, nodes, options);
        QCOMPARE(srtf.preemptions, std::uint64_t(1));
        QCOMPARE(srtf.start, (std::vector<std::int64_t>{0, 10}));
        QCOMPARE(srtf.end, (std::vector<std::int64_t>{110, 20}));
        QCOMPARE(srtf.metrics->makespan, std::int64_t(110));
        // GPU-seconds used are the run times, however often a job stopped: 2 x 100 + 0.5 x 10.
        QCOMPARE(srtf.metrics->usedGpuHours, 205.0 / 3600.0);
        // With a restart penalty of 30 s, as in the pooled replay: a's preemption at 10 adds 30 s to
        // its 90 s left, so it resumes at 20 with 120 s and ends at 140; b is not preempted.
        options.policyOptions.srtfRestartPenalty = 30;
        const ShareReplayResult penalised = replayShares(trace, nodes, options);
        QCOMPARE(penalised.preemptions, std::uint64_t(1));
        QCOMPARE(penalised.start, (std::vector<std::int64_t>{0, 10}));
        QCOMPARE(penalised.end, (std::vector<std::int64_t>{140, 20}));
        QCOMPARE(penalised.metrics->makespan, std::int64_t(140));
        // JCT mean: a 140 s, b 10 s.
        QCOMPARE(penalised.metrics->jctMean, 75.0);
        options.policyOptions.srtfRestartPenalty = 0;
        // fifo: b waits for a's GPUs until 100.
        options.policy = PolicyKind::Fifo;
        const ShareReplayResult fifo = replayShares(trace, nodes, options);
        QCOMPARE(fifo.preemptions, std::uint64_t(0));
        QCOMPARE(fifo.start, (std::vector<std::int64_t>{0, 100}));
        QCOMPARE(fifo.end, (std::vector<std::int64_t>{100, 110}));
    }

    void easyBackfillReservesANodeForTheHead()
    {
        // One node, 2 GPUs. a: 1 whole GPU 0-100. b (2 whole GPUs, 50 s) at 10 cannot start: its
        // reservation is at 100, when a ends and both GPUs are idle. c (500 milli, 30 s) at 20
        // ends at 50, before it: backfilled on GPU 1. d (500 milli, 200 s) at 30 would still hold
        // GPU 1 at 100, so the node could not take b then: it waits (again at 50, when c has
        // left). e (no GPU, 500 s) at 40 runs past 100 but leaves b its GPUs and CPU: backfilled.
        // At 100 b starts; d at 150 when b ends.
        const ShareReplayResult r = runFile("backfill_pods.csv", "one_node.csv", optionsFor(PolicyKind::EasyBackfill));
        QCOMPARE(r.start, (std::vector<std::int64_t>{0, 100, 20, 150, 40}));
        QCOMPARE(r.end, (std::vector<std::int64_t>{100, 150, 50, 350, 540}));
        // first-fit starts d at 30 too, and b waits until both a (100) and d (230) are gone.
        const ShareReplayResult firstFit = runFile("backfill_pods.csv", "one_node.csv", optionsFor(PolicyKind::FirstFit));
        QCOMPARE(firstFit.start, (std::vector<std::int64_t>{0, 230, 20, 30, 40}));
        // fifo keeps c, d and e behind b: none starts before 100.
        const ShareReplayResult fifo = runFile("backfill_pods.csv", "one_node.csv", optionsFor(PolicyKind::Fifo));
        QCOMPARE(fifo.start[1], std::int64_t(100));
        for (const std::size_t later : {2, 3, 4})
            QVERIFY(fifo.start[later] >= 100);
    }

    void lasPreemptionFreesAShareAnotherJobTakes()
    {
        // Thresholds 100 GPU-seconds (2 queues). s (700 milli, 300 s) starts at 0 on GPU 0 and
        // reaches 100 GPU-seconds at ceil(100 / 0.7) = 143 s: it moves down to Q1. w (2 whole
        // GPUs, 20 s) arrives at 150 in Q0 and fits nowhere: s is preempted, its share freed, and w
        // takes GPUs 0 and 1 until 170. s resumes at 170 with 150 s left and ends at 320.
        ShareReplayOptions options = optionsFor(PolicyKind::Las);
        options.policyOptions.lasThresholds = {100};
        const ShareReplayResult las = runFile("las_pods.csv", "one_node.csv", options);
        QCOMPARE(las.preemptions, std::uint64_t(1));
        QCOMPARE(las.start, (std::vector<std::int64_t>{0, 150}));
        QCOMPARE(las.end, (std::vector<std::int64_t>{320, 170}));
        QCOMPARE(las.metrics->usedGpuHours, (0.7 * 300 + 2 * 20) / 3600.0);
        // With the default thresholds (3,250 and 7,200 GPU-seconds) s never leaves Q0: running
        // before waiting, so w waits for it as under fifo.
        const ShareReplayResult defaults = runFile("las_pods.csv", "one_node.csv", optionsFor(PolicyKind::Las));
        QCOMPARE(defaults.preemptions, std::uint64_t(0));
        QCOMPARE(defaults.start, (std::vector<std::int64_t>{0, 300}));
    }

    void lasStarvationGuardBringsAJobBack()
    {
        // las_pods plus w2 (2 whole GPUs, 400 s) at 160; thresholds 100, starve factor 2. s is
        // preempted at 150 (Q1, 150 s run); w2 waits behind w and starts at 170 (Q0 before s),
        // reaching Q1 at 220. At 150 + 2 x 150 + 1 = 451 s has waited longer than twice its run:
        // back to Q0 with its service counted from 0, so it preempts w2 (119 s left) and runs its
        // last 150 s from 451 to 601 (in Q1 again from 451 + 143 = 594, running before waiting).
        // w2 resumes at 601 and ends at 720.
        auto trace = debrief::trace::importTrace(kData + "las_pods.csv");
        debrief::trace::Job late = trace.jobs[1];
        late.line = 4;
        late.submit = 160;
        late.duration = 400;
        trace.add(late, {});
        auto& resources = trace.resources;
        for (auto* column : {&resources.cpuMilli, &resources.memoryMib, &resources.gpuModel})
            if (!column->empty())
                column->push_back(column->back());
        resources.gpuMilli.push_back(resources.gpuMilli.back());
        const NodeList nodes = NodeList::read(kData + "one_node.csv");
        ShareReplayOptions options = optionsFor(PolicyKind::Las);
        options.policyOptions.lasThresholds = {100};
        options.policyOptions.lasStarveFactor = 2;
        const ShareReplayResult guarded = replayShares(trace, nodes, options);
        QCOMPARE(guarded.start, (std::vector<std::int64_t>{0, 150, 170}));
        QCOMPARE(guarded.end, (std::vector<std::int64_t>{601, 170, 720}));
        QCOMPARE(guarded.preemptions, std::uint64_t(2));
        // Without the guard s waits in Q1 until w2 ends at 570.
        options.policyOptions.lasStarveFactor = 0;
        const ShareReplayResult plain = replayShares(trace, nodes, options);
        QCOMPARE(plain.end, (std::vector<std::int64_t>{720, 170, 570}));
        QCOMPARE(plain.preemptions, std::uint64_t(1));
    }

    void fairAlternatesUsers()
    {
        // One node, 2 GPUs, 10 s each, all at 0: alice's a1-a3 (600 milli) come first in rank,
        // bob's b1-b3 (whole GPUs) after. fair: a1 on GPU 0 (alice 600 milli in use), then bob
        // has less: b1 on GPU 1; no GPU holds a2 now. At 10: a2 and b2; at 20: a3 and b3.
        const ShareReplayResult fair = runFair("fair_pods.csv", "one_node.csv", PolicyKind::Fair);
        QCOMPARE(fair.start, (std::vector<std::int64_t>{0, 10, 20, 0, 10, 20}));
        // fifo runs alice's jobs first: a1, a2 at 0, a3 and b1 at 10, b2 and b3 at 20.
        const ShareReplayResult fifo = runFair("fair_pods.csv", "one_node.csv", PolicyKind::Fifo);
        QCOMPARE(fifo.start, (std::vector<std::int64_t>{0, 0, 10, 10, 20, 20}));
    }

    void fairCountsGpuMilliInUse()
    {
        // One node, 3 GPUs, 100 s each, all at 0: bob's b1-b3 (whole GPUs) first in rank,
        // alice's a1-a4 (400 milli) after. b1 (bob 1000); a1 (alice 400 < 1000), a2 (800), a3
        // (1200) and, once bob's b2 finds no idle GPU, a4: the shares fill GPUs 1 and 2 while
        // alice holds less than bob's one GPU. b2 and b3 wait until 100. Counted in whole GPUs
        // (a share rounded up) alice would have had 1 after a1 and b2 would have gone next.
        const ShareReplayResult fair = runFair("fair_share_pods.csv", "three_gpu_node.csv", PolicyKind::Fair);
        QCOMPARE(fair.start, (std::vector<std::int64_t>{0, 100, 100, 0, 0, 0, 0}));
        // fifo: bob's three jobs take the three GPUs; alice waits.
        const ShareReplayResult fifo = runFair("fair_share_pods.csv", "three_gpu_node.csv", PolicyKind::Fifo);
        QCOMPARE(fifo.start, (std::vector<std::int64_t>{0, 0, 0, 100, 100, 100, 100}));
    }

    void everyPolicyRunsOnANodeList()
    {
        for (const PolicyKind policy : debrief::replay::kAllPolicies) {
            const ShareReplayResult r = run(policy, true);
            QCOMPARE(r.jobs, std::uint64_t(4));
            QVERIFY(r.metrics);
            QCOMPARE(r.metrics->usedGpuHours, 123.0 / 3600.0);
        }
    }
};

QTEST_APPLESS_MAIN(ShareReplayTest)
#include "sharereplaytest.moc"
