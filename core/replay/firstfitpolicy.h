#pragma once

#include "orderedfirstfitpolicy.h"

namespace debrief::replay {

// first-fit: rank order, skip.
struct FirstFitKey {
    std::int64_t operator()(std::uint32_t) const { return 0; }
};
using FirstFitPolicy = OrderedFirstFitPolicy<FirstFitKey>;

}  // namespace debrief::replay
