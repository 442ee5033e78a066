#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace debrief::trace {

// What each job asks of one node besides whole GPUs: CPU, memory, the share of each GPU and the GPU
// models it accepts. Side arrays beside Trace::jobs (same index), filled only when the trace has
// the columns (openb), so a trace without them pays for four empty vectors and nothing per job.
struct JobResources {
    static constexpr std::uint16_t kWholeGpu = 1000;  // gpuMilli of a job that takes whole GPUs

    std::vector<std::uint32_t> cpuMilli;   // CPU in thousandths of a core
    std::vector<std::uint32_t> memoryMib;  // memory in MiB
    std::vector<std::uint16_t> gpuMilli;   // share of each of the job's GPUs, 1-1000 (0 for no GPU)
    std::vector<std::uint32_t> gpuModel;   // acceptable models ("V100M16|V100M32") in Trace::names;
                                           // kNoName (0) = any model

    bool present() const { return !cpuMilli.empty() || !gpuMilli.empty(); }
    bool hasCpu() const { return !cpuMilli.empty(); }
    bool hasMemory() const { return !memoryMib.empty(); }
    bool hasGpuShare() const { return !gpuMilli.empty(); }
    bool hasGpuModel() const { return !gpuModel.empty(); }
};

}  // namespace debrief::trace
