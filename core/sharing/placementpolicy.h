#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace debrief::sharing {

// How a job's node and GPUs are chosen among the nodes it fits (the openb study's six).
enum class PlacementPolicy { Random, DotProduct, GpuClustering, GpuPacking, BestFit, Fgd };

std::string_view placementName(PlacementPolicy policy);  // "random", "dot-product", ..., "fgd"
std::optional<PlacementPolicy> placementFromName(std::string_view name);
const std::vector<PlacementPolicy>& allPlacements();

}  // namespace debrief::sharing
