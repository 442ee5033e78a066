#include "cluster.h"

namespace debrief::replay {

std::string_view placementName(Placement placement)
{
    return placement == Placement::Packed ? "packed" : "pooled";
}

std::optional<Placement> placementFromName(std::string_view name)
{
    if (name == "pooled")
        return Placement::Pooled;
    if (name == "packed")
        return Placement::Packed;
    return std::nullopt;
}

}  // namespace debrief::replay
