#pragma once

#include <map>
#include <string>

namespace debrief::sharing {

// USD per GPU-hour by GPU model, with a price for models it does not name. The defaults are
// assumptions (see the README), meant to be edited: the openb models' list prices are not public.
struct GpuPrices {
    double fallback = 2.50;
    std::map<std::string, double> perModel;

    double of(const std::string& model) const
    {
        const auto found = perModel.find(model);
        return found == perModel.end() ? fallback : found->second;
    }
    static GpuPrices openbDefaults();
};

}  // namespace debrief::sharing
