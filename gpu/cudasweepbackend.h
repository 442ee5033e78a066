#pragma once

#include "devicediscovery.h"
#include "sweepbatchrunner.h"

#include "replay/sweep.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace debrief::gpu {

// A sweep on a CUDA device, behind core's SweepBackend: scenarios the flat step supports
// (non-preemptive policies on pooled clusters) replay on the GPU, one per thread, over a trace
// uploaded once per arrival scale, one device run per distinct schedule (scenarios that differ only
// in price share it); the rest, and every scenario whenever no device is usable or a
// CUDA call fails, run on the CPU pool in the same sweep. Each row's `backend` says which:
// "cuda:<device name>" or "cpu". Results are bit-identical either way. Plain C++: no CUDA types.
class CudaSweepBackend final : public replay::SweepBackend {
public:
    using RunnerFactory = std::function<std::unique_ptr<SweepBatchRunner>()>;
    // `discovery` replaces asking the runtime and `runners` the CUDA runner: tests use them to stand
    // in for a machine without a device, or to drive the batching on the host.
    explicit CudaSweepBackend(std::optional<DeviceDiscovery> discovery = std::nullopt, RunnerFactory runners = {});

    // "cuda:<device name>" when a device is usable, else "cpu".
    std::string name() const override;
    std::vector<replay::SweepRow> run(const trace::Trace& trace, const std::vector<replay::Scenario>& scenarios,
                                      const replay::SweepOptions& options) override;

    bool deviceUsable() const { return m_device >= 0; }
    const DeviceDiscovery& discovery() const { return m_discovery; }
    // Why the last run() replayed scenarios the GPU supports on the CPU (no device, or the CUDA
    // error); empty when none fell back.
    const std::string& fallbackReason() const { return m_fallbackReason; }
    // Replays the last run() made: scenarios that differ only in price share one, so these count
    // distinct schedules, on the device and on the CPU pool.
    std::size_t deviceSchedules() const { return m_deviceSchedules; }
    std::size_t cpuSchedules() const { return m_cpuSchedules; }

private:
    DeviceDiscovery m_discovery;
    RunnerFactory m_runners;
    int m_device = -1;  // ordinal of the device used, -1 when none is usable
    std::string m_deviceName;
    std::string m_fallbackReason;
    std::size_t m_deviceSchedules = 0;
    std::size_t m_cpuSchedules = 0;
};

}  // namespace debrief::gpu
