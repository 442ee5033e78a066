#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace debrief::replay {

enum class Placement { Pooled, Packed };
std::string_view placementName(Placement placement);  // "pooled", "packed"
std::optional<Placement> placementFromName(std::string_view name);

// The cluster a trace is replayed on. Pooled treats all GPUs as one pool; packed honours node
// boundaries (replay-semantics.md, Placement).
struct Cluster {
    std::uint32_t nodes = 1;
    std::uint32_t gpusPerNode = 0;
    Placement placement = Placement::Pooled;
    double pricePerGpuHour = 0.0;  // USD per GPU-hour

    std::uint64_t totalGpus() const { return std::uint64_t(nodes) * gpusPerNode; }
    static Cluster pooled(std::uint32_t gpus, double price = 0.0) { return {1, gpus, Placement::Pooled, price}; }
    static Cluster packed(std::uint32_t nodes, std::uint32_t gpusPerNode, double price = 0.0)
    {
        return {nodes, gpusPerNode, Placement::Packed, price};
    }
};

}  // namespace debrief::replay
