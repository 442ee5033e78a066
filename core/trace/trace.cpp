#include "trace.h"

#include <algorithm>

namespace debrief::trace {

std::uint64_t Trace::cpuOnlyJobs() const
{
    return static_cast<std::uint64_t>(
        std::count_if(jobs.begin(), jobs.end(), [](const Job& j) { return j.gpus == 0; }));
}

std::uint64_t Trace::skippedRows() const
{
    std::uint64_t total = 0;
    for (const auto& [reason, rows] : skipped)
        total += rows.count;
    return total;
}

std::string_view Trace::jobId(std::size_t position) const
{
    const std::uint32_t id = idRefs[position];
    return id == kNoName ? std::string_view{} : ids.at(id);
}

std::int64_t Trace::span() const
{
    if (jobs.empty())
        return 0;
    const auto [lo, hi] =
        std::minmax_element(jobs.begin(), jobs.end(), [](const Job& a, const Job& b) { return a.submit < b.submit; });
    return hi->submit - lo->submit;
}

}  // namespace debrief::trace
