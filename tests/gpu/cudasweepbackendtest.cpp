// The CUDA sweep backend on any machine: without a usable device every row comes from the CPU pool,
// says so and equals CpuSweepBackend's; with one, each row says which backend produced it. The GPU
// parity tests are in cudasweepparitytest.cpp.
#include "../core/replay/testtraces.h"
#include "sweepcomparison.h"

#include "cudasweepbackend.h"
#include "sweepbatchrunner.h"

#include "replay/flatsweepreplayer.h"
#include "trace/traceimporter.h"

#include <QtTest>

#include <memory>
#include <string>
#include <vector>

using namespace debrief::replay;
using debrief::gpu::CudaSweepBackend;
using debrief::gpu::DeviceDiscovery;
using debrief::gpu::DeviceStatus;
using debrief::replay::test::compareRows;
using debrief::replay::test::mixedScenarios;
using debrief::replay::test::onCpu;

namespace {

// The GPU's batches replayed on the host through the same step, so the backend's batching, grouping
// by arrival scale, result assembly and failure handling run here without a device.
class HostBatchRunner final : public debrief::gpu::SweepBatchRunner {
public:
    HostBatchRunner(std::size_t capacity, int failingRun, std::size_t* scenariosRun = nullptr)
        : m_capacity(capacity), m_failingRun(failingRun), m_scenariosRun(scenariosRun)
    {
    }

    bool upload(int, const FlatJobs& jobs, std::string&) override
    {
        m_submit.assign(jobs.submit, jobs.submit + jobs.count);
        m_duration.assign(jobs.duration, jobs.duration + jobs.count);
        m_gpus.assign(jobs.gpus, jobs.gpus + jobs.count);
        m_priority.assign(jobs.priority, jobs.priority + jobs.count);
        return true;
    }
    std::size_t batchCapacity(std::uint32_t, std::string& error) override
    {
        if (m_capacity == 0)
            error = "test: no memory";
        return m_capacity;
    }
    bool run(const FlatScenario* scenarios, std::size_t count, std::uint32_t runningCapacity, std::int64_t* firstStarts,
             std::int64_t* ends, FlatOutcome* outcomes, std::string& error) override
    {
        if (count > m_capacity || m_runs++ == m_failingRun) {
            error = "test: the kernel failed";
            return false;
        }
        const FlatJobs jobs{m_submit.data(), m_duration.data(), m_gpus.data(), m_priority.data(),
                            std::uint32_t(m_submit.size())};
        std::vector<std::uint32_t> waiting(jobs.count), runningJob(runningCapacity);
        std::vector<std::int64_t> runningEnd(runningCapacity);
        for (std::size_t k = 0; k < count; ++k) {
            const FlatScratch scratch{firstStarts + k * jobs.count,
                                      ends + k * jobs.count,
                                      waiting.data(),
                                      runningEnd.data(),
                                      runningJob.data(),
                                      runningCapacity};
            outcomes[k] = replayFlat(jobs, scenarios[k], scratch);
        }
        if (m_scenariosRun != nullptr)
            *m_scenariosRun += count;
        return true;
    }

private:
    std::size_t m_capacity;
    int m_failingRun;
    int m_runs = 0;
    std::size_t* m_scenariosRun;
    std::vector<std::int64_t> m_submit, m_duration;
    std::vector<std::uint32_t> m_gpus;
    std::vector<std::int32_t> m_priority;
};

DeviceDiscovery oneTestDevice()
{
    DeviceDiscovery found;
    found.status = DeviceStatus::Available;
    debrief::gpu::CudaDevice device;
    device.name = "Test GPU";
    device.usable = true;
    found.devices.push_back(device);
    return found;
}

CudaSweepBackend hostBackend(std::size_t capacity, int failingRun = -1)
{
    return CudaSweepBackend(oneTestDevice(), [=] { return std::make_unique<HostBatchRunner>(capacity, failingRun); });
}

}  // namespace

class CudaSweepBackendTest : public QObject {
    Q_OBJECT

private slots:
    void withoutADeviceEveryRowRunsOnTheCpu()
    {
        DeviceDiscovery none;
        none.status = DeviceStatus::NoDevice;
        none.reason = "the driver reports no CUDA device";
        CudaSweepBackend backend(none);
        QVERIFY(!backend.deviceUsable());
        QCOMPARE(backend.name(), std::string("cpu"));

        const auto trace = debrief::replay::test::randomTrace(5, 600, 32, 20.0);
        const auto scenarios = mixedScenarios();
        SweepOptions options;
        options.threads = 2;
        std::size_t lastProgress = 0;
        options.progress = [&](std::size_t done, std::size_t) { lastProgress = done; };
        const auto rows = backend.run(trace, scenarios, options);
        QCOMPARE(backend.fallbackReason(), none.reason);
        QCOMPARE(lastProgress, scenarios.size());
        for (const SweepRow& row : rows)
            QCOMPARE(row.backend, std::string("cpu"));
        const QString difference = compareRows(onCpu(trace, scenarios), rows);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void onlyCpuScenariosNeedNoDevice()
    {
        DeviceDiscovery none;
        none.status = DeviceStatus::NoDriver;
        none.reason = "no usable NVIDIA driver is loaded";
        CudaSweepBackend backend(none);
        const auto trace = debrief::replay::test::randomTrace(6, 200, 16, 20.0);
        const auto rows = backend.run(trace, {{PolicyKind::Las, Cluster::pooled(16), {}, {}}}, {});
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows[0].backend, std::string("cpu"));
        QVERIFY(backend.fallbackReason().empty());  // nothing the GPU could have run fell back
    }

    void batchesOnTheDeviceSideMatchTheCpu()
    {
        CudaSweepBackend backend = hostBackend(3);
        QCOMPARE(backend.name(), std::string("cuda:Test GPU"));
        const auto trace = debrief::replay::test::randomTrace(8, 700, 32, 20.0);
        const auto scenarios = mixedScenarios();
        SweepOptions options;
        std::size_t lastProgress = 0;
        options.progress = [&](std::size_t done, std::size_t) { lastProgress = done; };
        const auto rows = backend.run(trace, scenarios, options);
        QVERIFY2(backend.fallbackReason().empty(), backend.fallbackReason().c_str());
        QCOMPARE(lastProgress, scenarios.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(rows[i].backend, std::string(FlatSweepReplayer::supports(scenarios[i]) ? "cuda:Test GPU" : "cpu"));
        const QString difference = compareRows(onCpu(trace, scenarios), rows);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void aFailedBatchFallsBackToTheCpu()
    {
        CudaSweepBackend backend = hostBackend(2, 1);  // the second launch fails
        const auto trace = debrief::replay::test::randomTrace(9, 300, 32, 20.0);
        const auto scenarios = mixedScenarios();
        const auto rows = backend.run(trace, scenarios, {});
        QCOMPARE(backend.fallbackReason(), std::string("test: the kernel failed"));
        std::size_t onDevice = 0;
        for (const SweepRow& row : rows)
            onDevice += row.backend == "cuda:Test GPU";
        QCOMPARE(onDevice, std::size_t(2));  // the first batch's rows stand
        const QString difference = compareRows(onCpu(trace, scenarios), rows);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        CudaSweepBackend full = hostBackend(0);
        const auto cpuRows = full.run(trace, scenarios, {});
        QCOMPARE(full.fallbackReason(), std::string("test: no memory"));
        for (const SweepRow& row : cpuRows)
            QCOMPARE(row.backend, std::string("cpu"));
    }

    void pricesShareOneDeviceRun()
    {
        // Four prices: the device replays each distinct schedule once and the CPU pool likewise.
        std::size_t scenariosRun = 0;
        CudaSweepBackend backend(oneTestDevice(),
                                 [&] { return std::make_unique<HostBatchRunner>(4, -1, &scenariosRun); });
        const auto trace = debrief::replay::test::randomTrace(11, 500, 32, 20.0);
        const std::vector<PolicyKind> policies(kAllPolicies.begin(), kAllPolicies.end());
        const std::vector<Cluster> clusters{Cluster::pooled(16), Cluster::pooled(48), Cluster::packed(4, 8)};
        const std::vector<ArrivalScale> scales{{1, 1}, {3, 2}};
        const auto scenarios = scenarioGrid(policies, clusters, {0.5, 1.25, 2.5, 40.0}, scales);
        const auto rows = backend.run(trace, scenarios, {});
        QVERIFY2(backend.fallbackReason().empty(), backend.fallbackReason().c_str());
        // Non-preemptive policies x pooled clusters x scales on the device; the rest on the CPU.
        QCOMPARE(scenariosRun, std::size_t(5 * 2 * 2));
        QCOMPARE(backend.deviceSchedules(), std::size_t(5 * 2 * 2));
        QCOMPARE(backend.cpuSchedules(), std::size_t(policies.size() * clusters.size() * scales.size() - 5 * 2 * 2));
        // Each row exactly as a sweep of its price alone gives it.
        for (double price : {0.5, 1.25, 2.5, 40.0}) {
            std::vector<Scenario> alone;
            std::vector<std::size_t> where;
            for (std::size_t i = 0; i < scenarios.size(); ++i) {
                if (scenarios[i].cluster.pricePerGpuHour == price) {
                    alone.push_back(scenarios[i]);
                    where.push_back(i);
                }
            }
            std::size_t aloneRun = 0;
            CudaSweepBackend single(oneTestDevice(),
                                    [&] { return std::make_unique<HostBatchRunner>(4, -1, &aloneRun); });
            const auto expected = single.run(trace, alone, {});
            QCOMPARE(aloneRun, scenariosRun);
            std::vector<SweepRow> actual;
            for (std::size_t i : where)
                actual.push_back(rows[i]);
            for (std::size_t k = 0; k < actual.size(); ++k)
                QCOMPARE(actual[k].backend, expected[k].backend);
            const QString difference = compareRows(expected, actual);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }

    void saysWhichBackendProducedEachRow()
    {
        CudaSweepBackend backend;
        const auto trace = debrief::replay::test::randomTrace(7, 300, 16, 20.0);
        const auto scenarios = mixedScenarios();
        const auto rows = backend.run(trace, scenarios, {});
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const bool gpuRow =
                backend.deviceUsable() && backend.fallbackReason().empty() && FlatSweepReplayer::supports(scenarios[i]);
            QCOMPARE(rows[i].backend, gpuRow ? backend.name() : std::string("cpu"));
        }
        if (!backend.deviceUsable()) {
            QCOMPARE(backend.fallbackReason(), backend.discovery().reason);
#ifndef DEBRIEF_HAVE_CUDA
            QVERIFY(backend.fallbackReason().find("no CUDA") != std::string::npos);
#endif
        }
        const QString difference = compareRows(onCpu(trace, scenarios), rows);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(CudaSweepBackendTest)
#include "cudasweepbackendtest.moc"
