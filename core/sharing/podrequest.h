#pragma once

#include <cstdint>

namespace debrief::sharing {

using GpuSet = std::uint64_t;    // bit i = GPU i of a node
using ModelSet = std::uint64_t;  // bit m = model m of the node list

inline constexpr ModelSet kAnyModel = ~ModelSet{0};
inline constexpr std::uint32_t kGpuMilli = 1000;  // one whole GPU

// What one job asks of the node it runs on. A fractional job asks for one GPU with gpuMilli < 1000
// of it; a whole-GPU job for gpuCount GPUs with nothing else on them (gpuMilli = 1000).
struct PodRequest {
    std::uint32_t cpuMilli = 0;
    std::uint32_t memoryMib = 0;
    std::uint32_t gpuMilli = 0;   // share of each GPU, 0 when the job uses no GPU
    std::uint32_t gpuCount = 0;   // GPUs
    ModelSet models = kAnyModel;  // node models the job accepts
    std::uint32_t shape = 0;      // index of its (cpu, gpu share, GPU count) shape in the workload

    std::uint64_t totalGpuMilli() const { return std::uint64_t(gpuMilli) * gpuCount; }
    bool fractional() const { return gpuCount == 1 && gpuMilli < kGpuMilli; }
    bool usesGpu() const { return gpuCount > 0 && gpuMilli > 0; }
};

}  // namespace debrief::sharing
