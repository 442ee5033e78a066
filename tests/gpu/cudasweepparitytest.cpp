// GPU against CPU: every case of the parity table (devicecheck/paritycases.h, also run by the
// device-check driver) sweeps every policy, and every row the GPU supports runs there and is
// bit-identical to CpuSweepBackend's. Skipped (QSKIP, and ctest reports the test as not run) where
// no usable device exists: never passed without running.
#include "paritycases.h"

#include "cudasweepbackend.h"

#include "replay/policykind.h"

#include <QtTest>

#include <string>

using debrief::gpu::CudaSweepBackend;
namespace devicecheck = debrief::gpu::devicecheck;

class CudaSweepParityTest : public QObject {
    Q_OBJECT

private slots:
    void gpuMatchesTheCpu_data()
    {
        QTest::addColumn<int>("index");
        const auto& cases = devicecheck::parityCases();
        for (std::size_t i = 0; i < cases.size(); ++i)
            QTest::newRow(cases[i].name.c_str()) << int(i);
    }
    void gpuMatchesTheCpu()
    {
        QFETCH(int, index);
        CudaSweepBackend backend;
        if (!backend.deviceUsable())
            QSKIP(qPrintable("no usable CUDA device: " + QString::fromStdString(backend.discovery().reason)));
        const auto& parityCase = devicecheck::parityCases().at(std::size_t(index));
        const auto trace = devicecheck::parityTrace(parityCase, DEBRIEF_DEMO_TRACES);
        const auto outcome = devicecheck::checkParity(backend, trace, devicecheck::parityScenarios(), 2);
        QVERIFY2(outcome.failure.empty(), outcome.failure.c_str());
        QVERIFY(outcome.gpuRows > 0);
    }
};

QTEST_GUILESS_MAIN(CudaSweepParityTest)
#include "cudasweepparitytest.moc"
