#include "cudasweeprunner.h"

#include <cuda_runtime.h>

#include <string>

namespace debrief::gpu {
namespace {

// "cudaMalloc(jobs): cudaErrorMemoryAllocation (2): out of memory"
bool failed(cudaError_t status, const char* what, std::string& error)
{
    if (status == cudaSuccess)
        return false;
    error = std::string(what) + ": " + cudaGetErrorName(status) + " (" + std::to_string(int(status)) +
            "): " + cudaGetErrorString(status);
    return true;
}

template <typename T> bool allocate(T*& pointer, std::size_t count, const char* what, std::string& error)
{
    void* raw = nullptr;
    if (failed(cudaMalloc(&raw, count == 0 ? 1 : count * sizeof(T)), what, error))
        return false;
    pointer = static_cast<T*>(raw);
    return true;
}

template <typename T> void freeDevice(T*& pointer)
{
    if (pointer != nullptr)
        cudaFree(pointer);  // best effort while releasing: nothing useful to do on failure
    pointer = nullptr;
}

// Bytes of device scratch one scenario needs: first start, end and a waiting slot per job, and an
// end and a job per running slot.
std::size_t scratchBytes(std::uint32_t jobs, std::uint32_t runningCapacity)
{
    return std::size_t(jobs) * (2 * sizeof(std::int64_t) + sizeof(std::uint32_t)) +
           std::size_t(runningCapacity) * (sizeof(std::int64_t) + sizeof(std::uint32_t)) +
           sizeof(replay::FlatScenario) + sizeof(replay::FlatOutcome);
}

// One scenario per thread; each thread's scratch is its own slice of the batch buffers.
__global__ void replayScenarios(replay::FlatJobs jobs, const replay::FlatScenario* scenarios, std::size_t count,
                                std::int64_t* firstStarts, std::int64_t* ends, std::uint32_t* waiting,
                                std::int64_t* runningEnds, std::uint32_t* runningJobs, std::uint32_t runningCapacity,
                                replay::FlatOutcome* outcomes)
{
    const std::size_t i = std::size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= count)
        return;
    const std::size_t n = jobs.count;
    replay::FlatScratch scratch;
    scratch.firstStart = firstStarts + i * n;
    scratch.end = ends + i * n;
    scratch.waiting = waiting + i * n;
    scratch.runningEnd = runningEnds + i * std::size_t(runningCapacity);
    scratch.runningJob = runningJobs + i * std::size_t(runningCapacity);
    scratch.runningCapacity = runningCapacity;
    outcomes[i] = replay::replayFlat(jobs, scenarios[i], scratch);
}

// The batch's device buffers, freed on every path out of run().
struct BatchBuffers {
    replay::FlatScenario* scenarios = nullptr;
    replay::FlatOutcome* outcomes = nullptr;
    std::int64_t* firstStarts = nullptr;
    std::int64_t* ends = nullptr;
    std::uint32_t* waiting = nullptr;
    std::int64_t* runningEnds = nullptr;
    std::uint32_t* runningJobs = nullptr;
    ~BatchBuffers()
    {
        freeDevice(scenarios);
        freeDevice(outcomes);
        freeDevice(firstStarts);
        freeDevice(ends);
        freeDevice(waiting);
        freeDevice(runningEnds);
        freeDevice(runningJobs);
    }
};

}  // namespace

CudaSweepRunner::~CudaSweepRunner()
{
    release();
}

void CudaSweepRunner::release()
{
    freeDevice(m_submit);
    freeDevice(m_duration);
    freeDevice(m_gpus);
    freeDevice(m_priority);
}

bool CudaSweepRunner::upload(int ordinal, const replay::FlatJobs& jobs, std::string& error)
{
    release();
    m_ordinal = ordinal;
    m_count = jobs.count;
    if (failed(cudaSetDevice(ordinal), "cudaSetDevice", error))
        return false;
    const std::size_t n = jobs.count;
    if (!allocate(m_submit, n, "cudaMalloc(submit)", error) ||
        !allocate(m_duration, n, "cudaMalloc(duration)", error) || !allocate(m_gpus, n, "cudaMalloc(gpus)", error) ||
        !allocate(m_priority, n, "cudaMalloc(priority)", error))
        return false;
    if (n == 0)
        return true;
    return !failed(cudaMemcpy(m_submit, jobs.submit, n * sizeof(std::int64_t), cudaMemcpyHostToDevice),
                   "cudaMemcpy(submit)", error) &&
           !failed(cudaMemcpy(m_duration, jobs.duration, n * sizeof(std::int64_t), cudaMemcpyHostToDevice),
                   "cudaMemcpy(duration)", error) &&
           !failed(cudaMemcpy(m_gpus, jobs.gpus, n * sizeof(std::uint32_t), cudaMemcpyHostToDevice), "cudaMemcpy(gpus)",
                   error) &&
           !failed(cudaMemcpy(m_priority, jobs.priority, n * sizeof(std::int32_t), cudaMemcpyHostToDevice),
                   "cudaMemcpy(priority)", error);
}

std::size_t CudaSweepRunner::batchCapacity(std::uint32_t runningCapacity, std::string& error)
{
    if (failed(cudaSetDevice(m_ordinal), "cudaSetDevice", error))
        return 0;
    std::size_t freeBytes = 0, totalBytes = 0;
    if (failed(cudaMemGetInfo(&freeBytes, &totalBytes), "cudaMemGetInfo", error))
        return 0;
    // Leave a tenth of the free memory (and 64 MiB) for the runtime and allocation granularity.
    const std::size_t reserve = freeBytes / 10 + (std::size_t(64) << 20);
    const std::size_t usable = freeBytes > reserve ? freeBytes - reserve : 0;
    const std::size_t capacity = usable / scratchBytes(m_count, runningCapacity);
    if (capacity == 0)
        error = "one scenario needs " + std::to_string(scratchBytes(m_count, runningCapacity)) +
                " bytes of device memory but only " + std::to_string(freeBytes) + " are free";
    return capacity;
}

bool CudaSweepRunner::run(const replay::FlatScenario* scenarios, std::size_t count, std::uint32_t runningCapacity,
                          std::int64_t* firstStarts, std::int64_t* ends, replay::FlatOutcome* outcomes,
                          std::string& error)
{
    if (count == 0)
        return true;
    if (failed(cudaSetDevice(m_ordinal), "cudaSetDevice", error))
        return false;
    const std::size_t perJob = count * std::size_t(m_count);
    const std::size_t perRunning = count * std::size_t(runningCapacity);
    BatchBuffers buffers;
    if (!allocate(buffers.scenarios, count, "cudaMalloc(scenarios)", error) ||
        !allocate(buffers.outcomes, count, "cudaMalloc(outcomes)", error) ||
        !allocate(buffers.firstStarts, perJob, "cudaMalloc(first starts)", error) ||
        !allocate(buffers.ends, perJob, "cudaMalloc(ends)", error) ||
        !allocate(buffers.waiting, perJob, "cudaMalloc(waiting)", error) ||
        !allocate(buffers.runningEnds, perRunning, "cudaMalloc(running ends)", error) ||
        !allocate(buffers.runningJobs, perRunning, "cudaMalloc(running jobs)", error))
        return false;
    if (failed(cudaMemcpy(buffers.scenarios, scenarios, count * sizeof(replay::FlatScenario), cudaMemcpyHostToDevice),
               "cudaMemcpy(scenarios)", error))
        return false;

    const replay::FlatJobs jobs{m_submit, m_duration, m_gpus, m_priority, m_count};
    constexpr unsigned kThreadsPerBlock = 64;
    const auto blocks = unsigned((count + kThreadsPerBlock - 1) / kThreadsPerBlock);
    replayScenarios<<<blocks, kThreadsPerBlock>>>(jobs, buffers.scenarios, count, buffers.firstStarts, buffers.ends,
                                                  buffers.waiting, buffers.runningEnds, buffers.runningJobs,
                                                  runningCapacity, buffers.outcomes);
    if (failed(cudaGetLastError(), "launching the sweep kernel", error) ||
        failed(cudaDeviceSynchronize(), "running the sweep kernel", error))
        return false;
    return !failed(cudaMemcpy(outcomes, buffers.outcomes, count * sizeof(replay::FlatOutcome), cudaMemcpyDeviceToHost),
                   "cudaMemcpy(outcomes)", error) &&
           (perJob == 0 ||
            (!failed(
                 cudaMemcpy(firstStarts, buffers.firstStarts, perJob * sizeof(std::int64_t), cudaMemcpyDeviceToHost),
                 "cudaMemcpy(first starts)", error) &&
             !failed(cudaMemcpy(ends, buffers.ends, perJob * sizeof(std::int64_t), cudaMemcpyDeviceToHost),
                     "cudaMemcpy(ends)", error)));
}

}  // namespace debrief::gpu
