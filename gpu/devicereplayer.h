#pragma once

#include "devicediscovery.h"

#include "replay/policykind.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace debrief::trace {
struct Trace;
}

namespace debrief::gpu {

struct DeviceReplayOptions {
    replay::PolicyKind policy = replay::PolicyKind::Fifo;
    double traceSecondsPerSecond = 3600.0;  // time compression: one trace hour per wall second
    std::uint32_t blocksPerGpu = 1;         // kernel blocks standing in for one of a job's GPUs
    std::uint32_t maxJobs = 0;              // replay only the first jobs in rank order; 0 = all
};

// One job as the device ran it, in trace seconds since the first submit (wall times x compression).
struct DeviceJobTiming {
    std::uint32_t jobIndex = 0;
    double submit = 0.0;
    double start = 0.0;
    double end = 0.0;
};

struct DeviceReplayResult {
    bool ran = false;
    std::string reason;  // why it did not run (no device, or the CUDA error), when !ran
    std::string device;
    std::vector<DeviceJobTiming> jobs;
    double meanQueueingSeconds = 0.0;  // measured, in trace seconds
    double p95QueueingSeconds = 0.0;   // nearest rank
    double makespanSeconds = 0.0;
    double throughputJobsPerHour = 0.0;
    double wallSeconds = 0.0;
};

// A trace replayed on the GPU itself, time-compressed: each job becomes a kernel that keeps
// GPUs x blocksPerGpu blocks busy for its duration / compression, launched at its compressed submit
// time on a CUDA stream whose priority follows the policy (sjf and srtf: shorter jobs on
// higher-priority streams; priority: the job's priority; las: least GPU-seconds first; fifo: one
// stream, strictly in order; the rest: equal priorities). Starts and ends are CUDA events. The
// device is the cluster here: how many blocks run at once is the hardware's answer, not a count
// of GPUs. Plain C++ face; CUDA lives in devicereplaylauncher.cu.
class DeviceReplayer {
public:
    explicit DeviceReplayer(std::optional<DeviceDiscovery> discovery = std::nullopt);

    bool deviceUsable() const { return m_device >= 0; }
    const DeviceDiscovery& discovery() const { return m_discovery; }
    DeviceReplayResult run(const trace::Trace& trace, const DeviceReplayOptions& options) const;

private:
    DeviceDiscovery m_discovery;
    int m_device = -1;
    std::string m_deviceName;
};

}  // namespace debrief::gpu
