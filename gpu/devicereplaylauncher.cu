#include "devicereplaylauncher.h"

#include <cuda_runtime.h>

#include <chrono>
#include <string>
#include <thread>

namespace debrief::gpu {
namespace {

bool failed(cudaError_t status, const char* what, std::string& error)
{
    if (status == cudaSuccess)
        return false;
    error = std::string(what) + ": " + cudaGetErrorName(status) + " (" + std::to_string(int(status)) +
            "): " + cudaGetErrorString(status);
    return true;
}

// Real work standing in for a job: every block spins on the global nanosecond timer for its share.
__global__ void spinFor(unsigned long long nanoseconds)
{
    unsigned long long start = 0;
    asm volatile("mov.u64 %0, %%globaltimer;" : "=l"(start));
    unsigned long long now = start;
    while (now - start < nanoseconds)
        asm volatile("mov.u64 %0, %%globaltimer;" : "=l"(now));
}

// Streams per urgency level: kernels on one stream run one after another, so several streams per
// level let jobs of the same urgency share the device, as jobs share a cluster.
constexpr unsigned kStreamsPerLevel = 8;

// Everything run() creates, destroyed on every way out (best effort: nothing to do on failure).
struct Resources {
    std::vector<cudaStream_t> streams;
    std::vector<cudaEvent_t> events;
    ~Resources()
    {
        for (cudaEvent_t event : events)
            cudaEventDestroy(event);
        for (cudaStream_t stream : streams)
            cudaStreamDestroy(stream);
    }
};

}  // namespace

std::uint32_t DeviceReplayLauncher::urgencyLevels(int ordinal)
{
    int least = 0, greatest = 0;
    if (cudaSetDevice(ordinal) != cudaSuccess || cudaDeviceGetStreamPriorityRange(&least, &greatest) != cudaSuccess)
        return 1;
    return std::uint32_t(least - greatest + 1);  // greatest priority is the most negative number
}

bool DeviceReplayLauncher::run(int ordinal, const std::vector<DeviceLaunch>& launches, bool oneStream,
                               std::vector<double>& starts, std::vector<double>& ends, std::string& error) const
{
    if (failed(cudaSetDevice(ordinal), "cudaSetDevice", error))
        return false;
    int least = 0, greatest = 0;
    if (failed(cudaDeviceGetStreamPriorityRange(&least, &greatest), "cudaDeviceGetStreamPriorityRange", error))
        return false;
    const unsigned levels = unsigned(least - greatest + 1);
    Resources resources;
    const unsigned streamsPerLevel = oneStream ? 1 : kStreamsPerLevel;
    for (unsigned level = 0; level < (oneStream ? 1u : levels); ++level) {
        for (unsigned k = 0; k < streamsPerLevel; ++k) {
            cudaStream_t stream = nullptr;
            if (failed(cudaStreamCreateWithPriority(&stream, cudaStreamNonBlocking, greatest + int(level)),
                       "cudaStreamCreateWithPriority", error))
                return false;
            resources.streams.push_back(stream);
        }
    }
    resources.events.resize(1 + 2 * launches.size(), nullptr);
    for (cudaEvent_t& event : resources.events) {
        if (failed(cudaEventCreate(&event), "cudaEventCreate", error))
            return false;
    }
    const cudaEvent_t origin = resources.events[0];
    if (failed(cudaEventRecord(origin, resources.streams[0]), "cudaEventRecord(origin)", error) ||
        failed(cudaEventSynchronize(origin), "cudaEventSynchronize(origin)", error))
        return false;
    const auto began = std::chrono::steady_clock::now();
    std::vector<unsigned> nextOfLevel(levels, 0);
    for (std::size_t i = 0; i < launches.size(); ++i) {
        const DeviceLaunch& launch = launches[i];
        std::this_thread::sleep_until(began + std::chrono::duration<double>(launch.submitSeconds));
        const unsigned level = oneStream ? 0 : (launch.urgency < levels ? launch.urgency : levels - 1);
        const unsigned slot = oneStream ? 0 : level * streamsPerLevel + nextOfLevel[level]++ % streamsPerLevel;
        const cudaStream_t stream = resources.streams[slot];
        if (failed(cudaEventRecord(resources.events[1 + 2 * i], stream), "cudaEventRecord(start)", error))
            return false;
        spinFor<<<launch.blocks, 32, 0, stream>>>((unsigned long long)(launch.runSeconds * 1e9));
        if (failed(cudaGetLastError(), "launching a job kernel", error) ||
            failed(cudaEventRecord(resources.events[2 + 2 * i], stream), "cudaEventRecord(end)", error))
            return false;
    }
    if (failed(cudaDeviceSynchronize(), "running the job kernels", error))
        return false;
    starts.resize(launches.size());
    ends.resize(launches.size());
    for (std::size_t i = 0; i < launches.size(); ++i) {
        float startMs = 0, endMs = 0;
        if (failed(cudaEventElapsedTime(&startMs, origin, resources.events[1 + 2 * i]), "cudaEventElapsedTime",
                   error) ||
            failed(cudaEventElapsedTime(&endMs, origin, resources.events[2 + 2 * i]), "cudaEventElapsedTime", error))
            return false;
        starts[i] = double(startMs) / 1e3;
        ends[i] = double(endMs) / 1e3;
    }
    return true;
}

}  // namespace debrief::gpu
