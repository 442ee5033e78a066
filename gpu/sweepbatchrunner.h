#pragma once

#include "replay/devicestep.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace debrief::gpu {

// Where CudaSweepBackend runs its batches of flat scenarios: CudaSweepRunner on a device; tests put
// a host stand-in here so the backend's batching, grouping and result assembly are exercised on
// machines without a GPU. Failures return false (0 for batchCapacity) with `error` set.
class SweepBatchRunner {
public:
    virtual ~SweepBatchRunner() = default;
    virtual bool upload(int ordinal, const replay::FlatJobs& jobs, std::string& error) = 0;
    virtual std::size_t batchCapacity(std::uint32_t runningCapacity, std::string& error) = 0;
    virtual bool run(const replay::FlatScenario* scenarios, std::size_t count, std::uint32_t runningCapacity,
                     std::int64_t* firstStarts, std::int64_t* ends, replay::FlatOutcome* outcomes,
                     std::string& error) = 0;
};

}  // namespace debrief::gpu
