// Time replays on a node list, worked out by hand on one node of two GPUs: j0 (600 milli, 100 s) and
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
        // fifo: b waits for a's GPUs until 100.
        options.policy = PolicyKind::Fifo;
        const ShareReplayResult fifo = replayShares(trace, nodes, options);
        QCOMPARE(fifo.preemptions, std::uint64_t(0));
        QCOMPARE(fifo.start, (std::vector<std::int64_t>{0, 100}));
        QCOMPARE(fifo.end, (std::vector<std::int64_t>{100, 110}));
    }

    void preemptiveAndBackfillPoliciesAreRefused()
    {
        QVERIFY(supportsNodeList(PolicyKind::Srtf));
        QVERIFY(!supportsNodeList(PolicyKind::EasyBackfill));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run(PolicyKind::Las, true));
    }
};

QTEST_APPLESS_MAIN(ShareReplayTest)
#include "sharereplaytest.moc"
