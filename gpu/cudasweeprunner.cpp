#include "cudasweeprunner.h"

// Built when CUDA is absent or switched off: nothing can run on a device, and every call says why.
namespace debrief::gpu {
namespace {
const char* const kWithoutCuda = "this build has no CUDA support (built without CUDA)";
}

CudaSweepRunner::~CudaSweepRunner() = default;

bool CudaSweepRunner::upload(int, const replay::FlatJobs&, std::string& error)
{
    error = kWithoutCuda;
    return false;
}

std::size_t CudaSweepRunner::batchCapacity(std::uint32_t, std::string& error)
{
    error = kWithoutCuda;
    return 0;
}

bool CudaSweepRunner::run(const replay::FlatScenario*, std::size_t, std::uint32_t, std::int64_t*, std::int64_t*,
                          replay::FlatOutcome*, std::string& error)
{
    error = kWithoutCuda;
    return false;
}

void CudaSweepRunner::release()
{
}

}  // namespace debrief::gpu
