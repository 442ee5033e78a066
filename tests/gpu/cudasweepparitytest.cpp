// GPU against CPU: every scenario the GPU ran (every non-preemptive policy, random traces and the
// shared samples) is bit-identical to CpuSweepBackend's row. Skipped (QSKIP, and ctest reports the
// test as not run) where no usable device exists: never passed without running.
#include "../core/replay/testtraces.h"
#include "sweepcomparison.h"

#include "cudasweepbackend.h"

#include "replay/flatsweepreplayer.h"
#include "trace/traceimporter.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace debrief::replay;
using debrief::gpu::CudaSweepBackend;
using debrief::replay::test::compareRows;
using debrief::replay::test::mixedScenarios;
using debrief::replay::test::onCpu;

class CudaSweepParityTest : public QObject {
    Q_OBJECT

private slots:
    void gpuMatchesTheCpuOnRandomTraces()
    {
        CudaSweepBackend backend;
        if (!backend.deviceUsable())
            QSKIP(qPrintable("no usable CUDA device: " + QString::fromStdString(backend.discovery().reason)));
        for (std::uint32_t seed = 1; seed <= 5; ++seed) {
            const auto trace = debrief::replay::test::randomTrace(seed, 2000, 64, 30.0);
            const auto scenarios = mixedScenarios();
            const auto rows = backend.run(trace, scenarios, {});
            QVERIFY2(backend.fallbackReason().empty(), backend.fallbackReason().c_str());
            for (std::size_t i = 0; i < rows.size(); ++i) {
                if (FlatSweepReplayer::supports(scenarios[i]))
                    QCOMPARE(rows[i].backend, backend.name());
            }
            const QString difference = compareRows(onCpu(trace, scenarios), rows);
            QVERIFY2(difference.isEmpty(), qPrintable(QString("seed %1: %2").arg(seed).arg(difference)));
        }
    }

    void gpuMatchesTheCpuOnTheSharedSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("tiresias 60_job") << "tiresias/60_job.csv";
        QTest::newRow("openb pod list") << "openb_pod_list_default.csv";
    }
    void gpuMatchesTheCpuOnTheSharedSamples()
    {
        QFETCH(QString, file);
        CudaSweepBackend backend;
        if (!backend.deviceUsable())
            QSKIP(qPrintable("no usable CUDA device: " + QString::fromStdString(backend.discovery().reason)));
        const auto trace = debrief::trace::importTrace(std::string(DEBRIEF_SHARED_TRACES) + "/" + file.toStdString());
        const auto scenarios = mixedScenarios();
        const auto rows = backend.run(trace, scenarios, {});
        QVERIFY2(backend.fallbackReason().empty(), backend.fallbackReason().c_str());
        const QString difference = compareRows(onCpu(trace, scenarios), rows);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(CudaSweepParityTest)
#include "cudasweepparitytest.moc"
