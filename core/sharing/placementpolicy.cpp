#include "placementpolicy.h"

#include <array>
#include <utility>

namespace debrief::sharing {

namespace {

constexpr std::array<std::pair<PlacementPolicy, std::string_view>, 6> kNames{{
    {PlacementPolicy::Random, "random"},
    {PlacementPolicy::DotProduct, "dot-product"},
    {PlacementPolicy::GpuClustering, "gpu-clustering"},
    {PlacementPolicy::GpuPacking, "gpu-packing"},
    {PlacementPolicy::BestFit, "best-fit"},
    {PlacementPolicy::Fgd, "fgd"},
}};

}  // namespace

std::string_view placementName(PlacementPolicy policy)
{
    for (const auto& [value, name] : kNames)
        if (value == policy)
            return name;
    return "?";
}

std::optional<PlacementPolicy> placementFromName(std::string_view name)
{
    for (const auto& [value, known] : kNames)
        if (known == name)
            return value;
    return std::nullopt;
}

const std::vector<PlacementPolicy>& allPlacements()
{
    static const std::vector<PlacementPolicy> all{PlacementPolicy::Random,        PlacementPolicy::DotProduct,
                                                  PlacementPolicy::GpuClustering, PlacementPolicy::GpuPacking,
                                                  PlacementPolicy::BestFit,       PlacementPolicy::Fgd};
    return all;
}

}  // namespace debrief::sharing
