// The parity table on any machine: the device check is only as good as its cases, so they are held
// here where no device is needed. Every case's trace loads (the demo files travel with the driver),
// the scenarios give the GPU every policy its flat step supports and keep CPU-only rows beside them,
// a sweep that fell back to the CPU is a failure, and the benchmark's workload is the documented one.
#include "paritycases.h"

#include "cudasweepbackend.h"

#include "replay/flatsweepreplayer.h"
#include "replay/policykind.h"

#include <QtTest>

#include <set>

using namespace debrief;
namespace devicecheck = debrief::gpu::devicecheck;

class ParityTableTest : public QObject {
    Q_OBJECT

private slots:
    void everyCaseHasATrace()
    {
        QVERIFY(devicecheck::parityCases().size() >= 3);
        std::set<std::string> names;
        for (const auto& parityCase : devicecheck::parityCases()) {
            QVERIFY2(names.insert(parityCase.name).second, parityCase.name.c_str());
            const trace::Trace trace = devicecheck::parityTrace(parityCase, DEBRIEF_DEMO_TRACES);
            QVERIFY2(trace.jobs.size() >= 50, parityCase.name.c_str());
        }
    }

    void theScenariosMixEverySupportedPolicyWithCpuRows()
    {
        const auto scenarios = devicecheck::parityScenarios();
        std::set<replay::PolicyKind> onGpu;
        std::set<replay::PolicyKind> all;
        bool cpuOnly = false;
        for (const auto& scenario : scenarios) {
            all.insert(scenario.policy);
            if (replay::FlatSweepReplayer::supports(scenario))
                onGpu.insert(scenario.policy);
            else
                cpuOnly = true;
        }
        QCOMPARE(all.size(), replay::kAllPolicies.size());
        QVERIFY(cpuOnly);
        for (replay::PolicyKind policy : {replay::PolicyKind::Fifo, replay::PolicyKind::FirstFit, replay::PolicyKind::Sjf,
                                          replay::PolicyKind::EasyBackfill, replay::PolicyKind::Priority})
            QVERIFY2(onGpu.contains(policy), replay::policyName(policy).data());
    }

    void aSweepThatFellBackToTheCpuFails()
    {
        gpu::DeviceDiscovery none;
        none.status = gpu::DeviceStatus::NoDevice;
        none.reason = "the driver reports no CUDA device";
        gpu::CudaSweepBackend backend(none);
        const auto& parityCase = devicecheck::parityCases().front();
        const auto outcome = devicecheck::checkParity(
            backend, devicecheck::parityTrace(parityCase, DEBRIEF_DEMO_TRACES), devicecheck::parityScenarios(), 2);
        QCOMPARE(QString::fromStdString(outcome.failure),
                 QStringLiteral("rows fell back to the CPU: the driver reports no CUDA device"));
        QCOMPARE(outcome.gpuRows, std::size_t(0));
    }

    void firstDifferenceNamesTheRow()
    {
        const auto& parityCase = devicecheck::parityCases().front();
        const trace::Trace trace = devicecheck::parityTrace(parityCase, DEBRIEF_DEMO_TRACES);
        const auto scenarios = devicecheck::parityScenarios();
        const auto expected = devicecheck::cpuRows(trace, scenarios, 2);
        QCOMPARE(devicecheck::firstDifference(expected, devicecheck::cpuRows(trace, scenarios, 1)), std::string());
        auto changed = expected;
        changed[3].result.metrics->makespan += 1;
        const QString difference = QString::fromStdString(devicecheck::firstDifference(expected, changed));
        QVERIFY2(difference.startsWith(QStringLiteral("row 3 (")) && difference.contains(QStringLiteral("makespan")),
                 qPrintable(difference));
        changed.pop_back();
        QVERIFY(!devicecheck::firstDifference(expected, changed).empty());
    }

    void theBenchmarkSweepsTheDocumentedWorkload()
    {
        const auto scenarios = devicecheck::benchmarkScenarios(4096, 2048);
        QCOMPARE(scenarios.size(), std::size_t(4096));
        std::set<std::uint64_t> sizes;
        std::set<std::pair<std::int64_t, std::int64_t>> scales;
        for (const auto& scenario : scenarios) {
            QVERIFY(replay::FlatSweepReplayer::supports(scenario));  // every row is a GPU row
            sizes.insert(scenario.cluster.totalGpus());
            scales.insert({scenario.arrivalScale.numerator, scenario.arrivalScale.denominator});
        }
        QCOMPARE(sizes.size(), std::size_t(32));
        QCOMPARE(*sizes.begin(), std::uint64_t(1536));
        QCOMPARE(*sizes.rbegin(), std::uint64_t(1536 + 31 * 64));
        QCOMPARE(scales.size(), std::size_t(4));
        QCOMPARE(devicecheck::benchmarkTrace(1000, 2048).jobs.size(), std::size_t(1000));
    }
};

QTEST_GUILESS_MAIN(ParityTableTest)
#include "paritytabletest.moc"
