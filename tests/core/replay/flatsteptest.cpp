// The flat event-loop step (devicestep.h), which the CUDA backend runs on the GPU, held to the
// Simulator on the CPU: every supported policy, random traces (ties, 0-second and 0-GPU jobs, jobs
// too large for the cluster, unsorted rows), several arrival scales and the shared samples. Equal
// means bit-identical: every job's start and end and every metric, doubles by their bytes.
#include "replayresultcompare.h"
#include "testtraces.h"

#include "replay/flatsweepreplayer.h"
#include "replay/sweep.h"
#include "trace/traceimporter.h"

#include <QtTest>

#include <random>
#include <string>
#include <vector>

using namespace debrief::replay;
using debrief::replay::test::differenceBetween;
using debrief::replay::test::Row;
using debrief::replay::test::traceOf;

namespace {

constexpr PolicyKind kFlatPolicies[] = {PolicyKind::Fifo, PolicyKind::FirstFit, PolicyKind::Sjf,
                                        PolicyKind::EasyBackfill, PolicyKind::Priority};

// The Simulator on the scenario's (scaled) trace, per-job arrays kept.
ReplayResult simulated(const debrief::trace::Trace& trace, const Scenario& scenario, bool gpuJobsOnly)
{
    ReplayOptions options;
    options.cluster = scenario.cluster;
    options.policy = scenario.policy;
    options.policyOptions = scenario.policyOptions;
    options.gpuJobsOnly = gpuJobsOnly;
    if (scenario.arrivalScale.identity())
        return replay(trace, options);
    return replay(scaledTrace(trace, scenario.arrivalScale), options);
}

// A small trace that leans on the corners: many submit ties, equal ends, 0-second and 0-GPU jobs,
// jobs larger than the cluster, priorities, rows out of submit order.
debrief::trace::Trace cornerTrace(std::uint32_t seed, std::uint32_t clusterGpus)
{
    std::mt19937 rng(seed);
    const std::size_t jobs = 1 + rng() % 40;
    std::vector<Row> rows;
    for (std::size_t i = 0; i < jobs; ++i) {
        Row row;
        row.submit = std::int64_t(rng() % 30);
        row.duration = std::int64_t(rng() % 4 == 0 ? 0 : rng() % 20);
        row.gpus = std::uint32_t(rng() % (clusterGpus + 3));
        row.priority = std::int32_t(rng() % 4);
        row.user = "u" + std::to_string(rng() % 3);
        rows.push_back(row);
    }
    return traceOf(rows);
}

// Corner traces per run; DEBRIEF_FLAT_STEP_TRACES asks for a deeper run.
std::uint32_t cornerTraceCount()
{
    bool ok = false;
    const uint wanted = qEnvironmentVariable("DEBRIEF_FLAT_STEP_TRACES").toUInt(&ok);
    return ok && wanted > 0 ? wanted : 400;
}

QString compareAll(const debrief::trace::Trace& trace, const std::vector<Cluster>& clusters,
                   const std::vector<ArrivalScale>& scales, bool gpuJobsOnly, std::int64_t aging)
{
    for (const ArrivalScale& scale : scales) {
        const FlatTrace flat(trace, gpuJobsOnly, scale);
        for (const Cluster& cluster : clusters) {
            for (PolicyKind policy : kFlatPolicies) {
                Scenario scenario{policy, cluster, {}, scale};
                scenario.policyOptions.priorityAgingPerHour = aging;
                const ReplayResult expected = simulated(trace, scenario, gpuJobsOnly);
                const ReplayResult actual = FlatSweepReplayer::run(flat, scenario, true);
                const std::string difference = differenceBetween(expected, actual);
                if (!difference.empty())
                    return QString("%1 on %2 GPUs, rate %3: %4")
                        .arg(QString::fromStdString(std::string(policyName(policy))))
                        .arg(cluster.totalGpus())
                        .arg(QString::fromStdString(scale.text()), QString::fromStdString(difference));
            }
        }
    }
    return {};
}

}  // namespace

class FlatStepTest : public QObject {
    Q_OBJECT

private slots:
    void supportsNonPreemptivePooledOnly()
    {
        for (PolicyKind policy : kFlatPolicies)
            QVERIFY(FlatSweepReplayer::supports({policy, Cluster::pooled(8), {}, {}}));
        for (PolicyKind policy : {PolicyKind::Srtf, PolicyKind::Las, PolicyKind::Fair})
            QVERIFY(!FlatSweepReplayer::supports({policy, Cluster::pooled(8), {}, {}}));
        QVERIFY(!FlatSweepReplayer::supports({PolicyKind::Fifo, Cluster::packed(2, 4), {}, {}}));
    }

    void matchesTheSimulatorOnCornerTraces()
    {
        const std::vector<ArrivalScale> scales{{1, 1}, {3, 1}, {2, 3}};
        for (std::uint32_t seed = 1; seed <= cornerTraceCount(); ++seed) {
            const std::uint32_t gpus = 1 + seed % 8;
            const auto trace = cornerTrace(seed, gpus);
            const QString difference = compareAll(trace, {Cluster::pooled(gpus, 1.5), Cluster::pooled(gpus + 3)},
                                                  scales, seed % 5 == 0, seed % 3 == 0 ? 7 : 0);
            QVERIFY2(difference.isEmpty(), qPrintable(QString("seed %1: %2").arg(seed).arg(difference)));
        }
    }

    void matchesTheSimulatorOnRandomTraces()
    {
        const std::vector<ArrivalScale> scales{{1, 1}, {5, 2}, {1, 2}};
        for (std::uint32_t seed = 1; seed <= 6; ++seed) {
            const auto trace = debrief::replay::test::randomTrace(seed, 1500, 64, 40.0);
            const QString difference = compareAll(trace, {Cluster::pooled(16, 2.5), Cluster::pooled(64, 3.1)}, scales,
                                                  seed == 3, seed % 2 == 0 ? 2 : 0);
            QVERIFY2(difference.isEmpty(), qPrintable(QString("seed %1: %2").arg(seed).arg(difference)));
        }
    }

    void matchesTheSimulatorOnTheSharedSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<quint32>("gpus");
        QTest::newRow("tiresias 60_job") << "tiresias/60_job.csv" << 32u;
        QTest::newRow("openb pod list") << "openb_pod_list_default.csv" << 256u;
    }
    void matchesTheSimulatorOnTheSharedSamples()
    {
        QFETCH(QString, file);
        QFETCH(quint32, gpus);
        const auto trace = debrief::trace::importTrace(std::string(DEBRIEF_SHARED_TRACES) + "/" + file.toStdString());
        QVERIFY(!trace.jobs.empty());
        const QString difference = compareAll(trace, {Cluster::pooled(gpus / 4), Cluster::pooled(gpus, 2.5)},
                                              {{1, 1}, {2, 1}, {1, 4}}, false, 3);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void anEmptyTraceHasNoMetrics()
    {
        const debrief::trace::Trace trace;
        const QString difference = compareAll(trace, {Cluster::pooled(4)}, {{1, 1}}, false, 0);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void arrivalScalesParseExactly()
    {
        QCOMPARE(arrivalScaleFromText("2"), (std::optional<ArrivalScale>{{2, 1}}));
        QCOMPARE(arrivalScaleFromText("1.5"), (std::optional<ArrivalScale>{{3, 2}}));
        QCOMPARE(arrivalScaleFromText("0.25"), (std::optional<ArrivalScale>{{1, 4}}));
        QCOMPARE(arrivalScaleFromText("3/7"), (std::optional<ArrivalScale>{{3, 7}}));
        QCOMPARE(arrivalScaleFromText("1.0"), (std::optional<ArrivalScale>{{1, 1}}));
        for (const char* bad : {"", "0", "-1", "abc", "1.2.3", "1/0", ".", "1.1234567", "2x"})
            QVERIFY2(!arrivalScaleFromText(bad), bad);
        QCOMPARE(ArrivalScale({3, 2}).text(), std::string("1.5"));
        QCOMPARE(ArrivalScale({1, 4}).text(), std::string("0.25"));
        QCOMPARE(ArrivalScale({3, 7}).text(), std::string("3/7"));
        QCOMPARE(ArrivalScale({2, 1}).text(), std::string("2"));
        // Rate 2 halves submit times, rounding down; rate 1/3 triples them.
        QCOMPARE(ArrivalScale({2, 1}).scaleSubmit(7), std::int64_t(3));
        QCOMPARE(ArrivalScale({1, 3}).scaleSubmit(7), std::int64_t(21));
        QCOMPARE(ArrivalScale({2, 1}).scaleSubmit(-7), std::int64_t(-4));
    }

    void theGridPutsScalesInnermost()
    {
        const auto grid =
            scenarioGrid({PolicyKind::Fifo, PolicyKind::Sjf}, {Cluster::pooled(4)}, {1.0, 2.0}, {{1, 1}, {2, 1}});
        QCOMPARE(grid.size(), std::size_t(8));
        QCOMPARE(grid[1].arrivalScale, (ArrivalScale{2, 1}));
        QCOMPARE(grid[2].cluster.pricePerGpuHour, 2.0);
        QCOMPARE(grid[4].policy, PolicyKind::Sjf);
        QCOMPARE(scenarioGrid({PolicyKind::Fifo}, {Cluster::pooled(4)}, {1.0}, {}).size(), std::size_t(1));
    }

    void theCpuPoolHonoursTheArrivalScale()
    {
        const auto trace = debrief::replay::test::randomTrace(9, 400, 16, 30.0);
        const auto scenarios =
            scenarioGrid({PolicyKind::Fifo, PolicyKind::Las}, {Cluster::pooled(16)}, {2.0}, {{1, 1}, {3, 1}});
        CpuSweepBackend backend;
        SweepOptions options;
        options.threads = 2;
        const auto rows = backend.run(trace, scenarios, options);
        QCOMPARE(rows.size(), scenarios.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].scenario.arrivalScale, scenarios[i].arrivalScale);
            ReplayResult expected = simulated(trace, scenarios[i], false);
            expected.jobIndex.clear();
            expected.start.clear();
            expected.end.clear();
            const std::string difference = differenceBetween(expected, rows[i].result);
            QVERIFY2(difference.empty(), difference.c_str());
        }
        QVERIFY(rows[0].result.metrics->makespan > rows[1].result.metrics->makespan);
    }
};

QTEST_GUILESS_MAIN(FlatStepTest)
#include "flatsteptest.moc"
