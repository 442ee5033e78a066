// Invariants on large random traces, for every policy on pooled and packed clusters.
#include "replay/sweep.h"
#include "testtraces.h"

#include <QtTest>

#include <algorithm>
#include <map>

using namespace debrief::replay;
using debrief::replay::test::randomTrace;

Q_DECLARE_METATYPE(debrief::replay::PolicyKind)
Q_DECLARE_METATYPE(debrief::replay::Cluster)

class PropertyTest : public QObject {
    Q_OBJECT

private slots:
    void invariants_data();
    void invariants();
    void waitingAccounting_data();
    void waitingAccounting();
    void pooledEqualsOneNodePacked_data();
    void pooledEqualsOneNodePacked();
    void sweepIsBitIdentical();
    void scenarioGridNesting();
};

namespace {

void addRows()
{
    QTest::addColumn<PolicyKind>("policy");
    QTest::addColumn<Cluster>("cluster");
    QTest::addColumn<uint>("seed");
    for (PolicyKind policy : kAllPolicies) {
        for (uint seed : {1u, 2u, 3u}) {
            const std::string name = std::string(policyName(policy)) + " seed " + std::to_string(seed);
            QTest::newRow((name + " pooled").c_str()) << policy << Cluster::pooled(64) << seed;
            QTest::newRow((name + " packed").c_str()) << policy << Cluster::packed(8, 8) << seed;
        }
    }
}

}  // namespace

void PropertyTest::invariants_data()
{
    addRows();
}

void PropertyTest::invariants()
{
    QFETCH(PolicyKind, policy);
    QFETCH(Cluster, cluster);
    QFETCH(uint, seed);
    const auto trace = randomTrace(seed, 3000, 64, 25.0);
    ReplayOptions options;
    options.policy = policy;
    options.cluster = cluster;
    options.keepRunIntervals = true;
    options.policyOptions.lasStarveFactor = seed == 3 ? 2 : 0;
    options.policyOptions.srtfRestartPenalty = seed == 2 ? 30 : 0;
    options.policyOptions.priorityAgingPerHour = seed == 2 ? 5 : 0;
    const ReplayResult result = replay(trace, options);
    QVERIFY(result.jobs > 2500);
    QVERIFY(result.rejected > 0);  // the generator asks for 65 GPUs now and then
    QCOMPARE(result.jobs + result.rejected, trace.jobs.size());
    QCOMPARE(result.jobIndex.size(), result.jobs);
    QVERIFY(std::is_sorted(result.jobIndex.begin(), result.jobIndex.end()));

    // Per job: submit rebased by origin, start >= submit, run covers the duration.
    std::map<std::uint32_t, std::int64_t> ran;
    std::map<std::uint32_t, int> stretches;
    std::vector<std::pair<std::int64_t, std::int64_t>> deltas;  // (time, +/- GPUs)
    for (const RunInterval& run : result.runIntervals) {
        QVERIFY(run.end >= run.start);
        ran[run.jobIndex] += run.end - run.start;
        ++stretches[run.jobIndex];
        const std::int64_t gpus = trace.jobs[run.jobIndex].gpus;
        if (run.end > run.start) {
            deltas.emplace_back(run.start, gpus);
            deltas.emplace_back(run.end, -gpus);
        }
    }
    std::int64_t gpuSeconds = 0;
    const bool preemptive = isPreemptive(policy);
    for (std::size_t i = 0; i < result.jobs; ++i) {
        const auto& job = trace.jobs[result.jobIndex[i]];
        const std::uint32_t index = trace.index(job);
        const std::int64_t submit = job.submit - result.origin;
        QVERIFY(result.start[i] >= submit);
        QVERIFY(result.end[i] - result.start[i] >= job.duration);
        if (!preemptive) {
            QCOMPARE(result.end[i] - result.start[i], job.duration);
            QCOMPARE(stretches[index], 1);
        }
        QVERIFY(ran[index] >= job.duration);  // == unless a restart penalty was paid
        if (options.policyOptions.srtfRestartPenalty == 0 || policy != PolicyKind::Srtf)
            QCOMPARE(ran[index], job.duration);
        gpuSeconds += ran[index] * job.gpus;
    }
    QCOMPARE(ran.size(), std::size_t(result.jobs));  // every accepted job ran (and ended exactly once)
    if (!preemptive)
        QCOMPARE(result.preemptions, 0u);
    std::size_t intervals = 0;
    for (const auto& [job, count] : stretches)
        intervals += std::size_t(count);
    QCOMPARE(intervals, result.jobs + result.preemptions);

    // Never over-booked: sweep start/end events, ends before starts at the same second.
    std::sort(deltas.begin(), deltas.end());
    std::int64_t busy = 0, peak = 0;
    for (const auto& [time, delta] : deltas) {
        busy += delta;
        peak = std::max(peak, busy);
    }
    QVERIFY(peak <= std::int64_t(cluster.totalGpus()));
    QVERIFY(peak > 0);

    // Sums equal per-job totals.
    const Metrics& m = *result.metrics;
    QCOMPARE(m.gpuSeconds, gpuSeconds);
    std::int64_t delay = 0, jct = 0, lastEnd = 0;
    for (std::size_t i = 0; i < result.jobs; ++i) {
        const std::int64_t submit = trace.jobs[result.jobIndex[i]].submit - result.origin;
        delay += result.start[i] - submit;
        jct += result.end[i] - submit;
        lastEnd = std::max(lastEnd, result.end[i]);
    }
    QCOMPARE(m.queueingDelay.sum, delay);
    QCOMPARE(m.jct.sum, jct);
    QCOMPARE(m.makespan, lastEnd);
    QVERIFY(m.utilization > 0.0 && m.utilization <= 1.0);
    QCOMPARE(m.fragmentation.has_value(), cluster.placement == Placement::Packed);

    // fifo starts in rank order (submit, trace index).
    if (policy == PolicyKind::Fifo) {
        std::vector<std::size_t> byRank(result.jobs);
        for (std::size_t i = 0; i < byRank.size(); ++i)
            byRank[i] = i;
        std::stable_sort(byRank.begin(), byRank.end(), [&](std::size_t a, std::size_t b) {
            return trace.jobs[result.jobIndex[a]].submit < trace.jobs[result.jobIndex[b]].submit;
        });
        for (std::size_t k = 1; k < byRank.size(); ++k)
            QVERIFY(result.start[byRank[k - 1]] <= result.start[byRank[k]]);
    }

    // The same inputs give the same outputs.
    const ReplayResult again = replay(trace, options);
    QCOMPARE(again.start, result.start);
    QCOMPARE(again.end, result.end);
    QCOMPARE(again.preemptions, result.preemptions);
    QCOMPARE(again.metrics->slowdown.sum, m.slowdown.sum);
}

void PropertyTest::waitingAccounting_data()
{
    addRows();
}

// Per job, the engine's queued (first start - submit), preempted and restart-penalty seconds, each
// counted as it happened, add up to (end - submit) - run time; each is also checked against the run
// intervals, which the engine logs apart from them.
void PropertyTest::waitingAccounting()
{
    QFETCH(PolicyKind, policy);
    QFETCH(Cluster, cluster);
    QFETCH(uint, seed);
    const auto trace = randomTrace(seed + 20, 4000, 64, 20.0);
    ReplayOptions options;
    options.policy = policy;
    options.cluster = cluster;
    options.keepRunIntervals = true;
    options.policyOptions.lasStarveFactor = seed == 3 ? 2 : 0;
    options.policyOptions.srtfRestartPenalty = seed == 2 ? 45 : 0;
    const ReplayResult result = replay(trace, options);
    QVERIFY(result.analyses);
    const Analyses& a = *result.analyses;

    std::map<std::uint32_t, std::int64_t> firstRun, ran;
    std::map<std::uint32_t, std::uint32_t> stretches;
    for (const RunInterval& run : result.runIntervals) {
        auto [it, added] = firstRun.try_emplace(run.jobIndex, run.start);
        if (!added)
            it->second = std::min(it->second, run.start);
        ran[run.jobIndex] += run.end - run.start;
        ++stretches[run.jobIndex];
    }
    std::map<std::uint32_t, Interruption> interrupted;
    for (const Interruption& interruption : result.interruptions)
        QVERIFY(interrupted.emplace(interruption.job, interruption).second);

    std::int64_t waitingSum = 0, preemptedSum = 0, penaltySum = 0, lostSum = 0;
    std::uint64_t preemptedJobs = 0;
    for (std::size_t i = 0; i < result.jobs; ++i) {
        const std::uint32_t index = result.jobIndex[i];
        const auto& job = trace.jobs[index];
        const std::int64_t submit = job.submit - result.origin;
        const std::int64_t queued = result.start[i] - submit;
        QCOMPARE(result.start[i], firstRun.at(index));
        const auto it = interrupted.find(index);
        const Interruption none{index, 0, 0, 0};
        const Interruption& record = it == interrupted.end() ? none : it->second;
        // Off the GPUs after the first start, and run beyond the job's own run time, by intervals.
        QCOMPARE(record.preemptedSeconds, (result.end[i] - firstRun.at(index)) - ran.at(index));
        QCOMPARE(record.penaltySeconds, ran.at(index) - job.duration);
        QCOMPARE(record.preemptions + 1, stretches.at(index));
        QCOMPARE(queued + record.preemptedSeconds + record.penaltySeconds, (result.end[i] - submit) - job.duration);
        waitingSum += (result.end[i] - submit) - job.duration;
        preemptedSum += record.preemptedSeconds;
        penaltySum += record.penaltySeconds;
        lostSum += record.penaltySeconds * std::int64_t(job.gpus);
        preemptedJobs += record.preemptions > 0;
    }
    QCOMPARE(a.waiting.sum, waitingSum);
    QCOMPARE(a.preempted.sum, preemptedSum);
    QCOMPARE(a.restartPenaltySeconds, penaltySum);
    QCOMPARE(a.lostGpuSeconds, lostSum);
    QCOMPARE(a.jobsPreempted, preemptedJobs);
    QCOMPARE(std::uint64_t(result.interruptions.size()), preemptedJobs);
    if (isPreemptive(policy)) {
        QVERIFY(preemptedJobs > 0);
        QVERIFY(a.preempted.max > 0);
    } else {
        QCOMPARE(a.waiting.sum, result.metrics->queueingDelay.sum);
    }
    if (policy == PolicyKind::Srtf && seed == 2)
        QVERIFY(penaltySum > 0);

    // Buckets partition the jobs; the CDF runs from the shortest to the longest JCT in <= 200 points.
    std::uint64_t bySize = 0, byTime = 0;
    std::int64_t delayBySize = 0;
    for (const BucketStats& b : a.byGpus) {
        bySize += b.jobs;
        delayBySize += b.queueingDelay ? b.queueingDelay->sum : 0;
    }
    for (const BucketStats& b : a.byRuntime)
        byTime += b.jobs;
    QCOMPARE(bySize, result.jobs);
    QCOMPARE(byTime, result.jobs);
    QCOMPARE(delayBySize, result.metrics->queueingDelay.sum);
    QCOMPARE(a.jctCdf.size(), kMaxCdfPoints);
    QCOMPARE(a.jctCdf.back().value, double(result.metrics->jct.max));
    QCOMPARE(a.jctCdf.back().share, 1.0);
    QCOMPARE(a.slowdownCdf.back().value, result.metrics->slowdown.max);
    for (std::size_t k = 1; k < a.jctCdf.size(); ++k)
        QVERIFY(a.jctCdf[k].value >= a.jctCdf[k - 1].value && a.jctCdf[k].share > a.jctCdf[k - 1].share);
    QVERIFY(a.fairness.jainUserSlowdown && *a.fairness.jainUserSlowdown > 0.0 && *a.fairness.jainUserSlowdown <= 1.0);
}

// A packed cluster of one node behaves like a pooled one, but its preemptive policies take the
// plain walk over every active job: the incremental selection must agree with it exactly.
void PropertyTest::pooledEqualsOneNodePacked_data()
{
    QTest::addColumn<PolicyKind>("policy");
    QTest::addColumn<Cluster>("cluster");
    QTest::addColumn<uint>("seed");
    for (PolicyKind policy : kAllPolicies) {
        for (uint seed : {4u, 5u}) {
            const std::string name = std::string(policyName(policy)) + " seed " + std::to_string(seed);
            QTest::newRow(name.c_str()) << policy << Cluster::pooled(48) << seed;
        }
    }
}

void PropertyTest::pooledEqualsOneNodePacked()
{
    QFETCH(PolicyKind, policy);
    QFETCH(uint, seed);
    const auto trace = randomTrace(seed, 2500, 48, 20.0);
    ReplayOptions options;
    options.policy = policy;
    options.cluster = Cluster::pooled(48);
    options.policyOptions.lasThresholds = {500, 5000, 50000};
    options.policyOptions.srtfRestartPenalty = seed == 5 ? 10 : 0;
    const ReplayResult pooled = replay(trace, options);
    options.cluster = Cluster::packed(1, 48);
    const ReplayResult packed = replay(trace, options);
    QCOMPARE(pooled.start, packed.start);
    QCOMPARE(pooled.end, packed.end);
    QCOMPARE(pooled.preemptions, packed.preemptions);
    if (isPreemptive(policy))
        QVERIFY(pooled.preemptions > 0);
}

void PropertyTest::sweepIsBitIdentical()
{
    const auto trace = randomTrace(9, 2000, 32, 40.0);
    std::vector<PolicyKind> policies(kAllPolicies.begin(), kAllPolicies.end());
    const auto scenarios = scenarioGrid(policies, {Cluster::pooled(32), Cluster::packed(4, 8)}, {1.5});
    CpuSweepBackend backend;
    SweepOptions one;
    one.threads = 1;
    std::size_t lastDone = 0;
    int calls = 0;
    SweepOptions four;
    four.threads = 4;
    four.progress = [&](std::size_t done, std::size_t total) {
        QCOMPARE(total, scenarios.size());
        QVERIFY(done > lastDone);
        lastDone = done;
        ++calls;
    };
    const auto a = backend.run(trace, scenarios, one);
    const auto b = backend.run(trace, scenarios, four);
    QCOMPARE(calls, int(scenarios.size()));
    QCOMPARE(a.size(), scenarios.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].scenario.policy, scenarios[i].policy);
        QCOMPARE(b[i].scenario.policy, scenarios[i].policy);
        QCOMPARE(a[i].backend, std::string("cpu"));
        QVERIFY(a[i].result.start.empty());  // sweeps keep no per-job arrays
        const Metrics& x = *a[i].result.metrics;
        const Metrics& y = *b[i].result.metrics;
        QCOMPARE(std::memcmp(&x.slowdown, &y.slowdown, sizeof x.slowdown), 0);
        QCOMPARE(x.jct.sum, y.jct.sum);
        QCOMPARE(x.queueingDelay.p99, y.queueingDelay.p99);
        QCOMPARE(std::memcmp(&x.cost, &y.cost, sizeof x.cost), 0);
        QCOMPARE(x.fragmentation, y.fragmentation);
        QCOMPARE(a[i].result.preemptions, b[i].result.preemptions);
        // And equal to a plain replay of the same scenario.
        ReplayOptions options;
        options.policy = scenarios[i].policy;
        options.cluster = scenarios[i].cluster;
        QCOMPARE(replay(trace, options).metrics->jct.sum, x.jct.sum);
    }
    // A cancelled sweep says so on the rows it did not run.
    std::atomic<bool> cancel{true};
    SweepOptions cancelled;
    cancelled.cancel = &cancel;
    const auto c = backend.run(trace, scenarios, cancelled);
    QCOMPARE(c.size(), scenarios.size());
    QVERIFY(std::all_of(c.begin(), c.end(), [](const SweepRow& row) { return row.result.cancelled; }));
}

void PropertyTest::scenarioGridNesting()
{
    const auto grid =
        scenarioGrid({PolicyKind::Fifo, PolicyKind::Las}, {Cluster::pooled(8), Cluster::packed(2, 8)}, {1.0, 2.0, 3.0});
    QCOMPARE(grid.size(), 12u);
    QCOMPARE(grid[0].policy, PolicyKind::Fifo);
    QCOMPARE(grid[2].cluster.pricePerGpuHour, 3.0);
    QCOMPARE(grid[3].cluster.placement, Placement::Packed);
    QCOMPARE(grid[6].policy, PolicyKind::Las);
    QCOMPARE(scenarioGrid({PolicyKind::Sjf}, {Cluster::pooled(8, 4.0)}, {}).front().cluster.pricePerGpuHour, 4.0);
}

QTEST_GUILESS_MAIN(PropertyTest)
#include "propertytest.moc"
