#pragma once

#include "sweepbatchrunner.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace debrief::gpu {

// One flat trace on one CUDA device: uploaded once with cudaMalloc, then batches of scenarios
// replayed over it, one scenario per GPU thread running replayFlat (core/replay/devicestep.h).
// Plain C++ face; the CUDA calls live in cudasweeprunner.cu (a stand-in without CUDA fails every
// call with the reason). Every CUDA call is checked: a failure returns false with `error` set and
// never aborts, so the caller can run those scenarios on the CPU.
class CudaSweepRunner final : public SweepBatchRunner {
public:
    CudaSweepRunner() = default;
    CudaSweepRunner(const CudaSweepRunner&) = delete;
    CudaSweepRunner& operator=(const CudaSweepRunner&) = delete;
    ~CudaSweepRunner() override;

    bool upload(int ordinal, const replay::FlatJobs& jobs, std::string& error) override;
    // How many scenarios one launch can hold in the device's free memory (cudaMemGetInfo), each with
    // per-job scratch for the uploaded trace and `runningCapacity` running slots; 0 with `error`
    // when not even one fits.
    std::size_t batchCapacity(std::uint32_t runningCapacity, std::string& error) override;
    // Replays `count` scenarios (at most batchCapacity) and copies back each one's outcome and its
    // per-rank first starts and ends (scenario-major, jobs.count per scenario).
    bool run(const replay::FlatScenario* scenarios, std::size_t count, std::uint32_t runningCapacity,
             std::int64_t* firstStarts, std::int64_t* ends, replay::FlatOutcome* outcomes, std::string& error) override;

private:
    void release();

    int m_ordinal = -1;
    std::uint32_t m_count = 0;
    std::int64_t* m_submit = nullptr;
    std::int64_t* m_duration = nullptr;
    std::uint32_t* m_gpus = nullptr;
    std::int32_t* m_priority = nullptr;
};

}  // namespace debrief::gpu
