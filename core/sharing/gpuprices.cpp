#include "gpuprices.h"

namespace debrief::sharing {

GpuPrices GpuPrices::openbDefaults()
{
    // Rough on-demand cloud prices per GPU-hour in 2023 for the public models; G2 and G3 are
    // Alibaba's undisclosed codes, priced like a V100 and an A100 class card.
    GpuPrices prices;
    prices.fallback = 2.50;
    prices.perModel = {{"T4", 0.35}, {"P100", 1.46}, {"V100M16", 2.48}, {"V100M32", 2.48}, {"A10", 1.10},
                       {"G2", 2.48}, {"G3", 3.00},   {"A100", 3.00},    {"H100", 4.50}};
    return prices;
}

}  // namespace debrief::sharing
