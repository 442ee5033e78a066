#include "offeredload.h"

#include "trace/trace.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace debrief::replay {

namespace {

// What offered load needs from the jobs a cluster of `clusterGpus` accepts.
struct Demand {
    std::uint64_t jobs = 0;
    std::uint64_t gpuSeconds = 0;  // sum of GPUs x run time
    std::int64_t firstSubmit = std::numeric_limits<std::int64_t>::max();
    std::int64_t lastSubmit = std::numeric_limits<std::int64_t>::min();
    std::uint32_t largestJob = 0;  // GPUs
    std::int64_t span() const { return lastSubmit - firstSubmit; }
};

Demand demandOf(const trace::Trace& trace, std::uint64_t clusterGpus, bool gpuJobsOnly)
{
    Demand d;
    for (const trace::Job& job : trace.jobs) {
        if (job.gpus > clusterGpus || (gpuJobsOnly && job.gpus == 0))
            continue;
        ++d.jobs;
        d.gpuSeconds += std::uint64_t(job.gpus) * std::uint64_t(std::max<std::int64_t>(job.duration, 0));
        d.firstSubmit = std::min(d.firstSubmit, job.submit);
        d.lastSubmit = std::max(d.lastSubmit, job.submit);
        d.largestJob = std::max(d.largestJob, job.gpus);
    }
    return d;
}

double loadOf(const Demand& d, std::uint64_t gpus)
{
    return double(d.gpuSeconds) / (double(gpus) * double(d.span()));
}

}  // namespace

std::optional<double> offeredLoad(const trace::Trace& trace, std::uint64_t clusterGpus, bool gpuJobsOnly)
{
    const Demand d = demandOf(trace, clusterGpus, gpuJobsOnly);
    if (d.jobs == 0 || d.span() <= 0 || clusterGpus == 0)
        return std::nullopt;
    return loadOf(d, clusterGpus);
}

std::optional<SuggestedCluster> suggestedCluster(const trace::Trace& trace, const Cluster& shape, bool gpuJobsOnly)
{
    const Demand d = demandOf(trace, std::numeric_limits<std::uint64_t>::max(), gpuJobsOnly);
    if (d.jobs == 0 || d.span() <= 0)
        return std::nullopt;
    // Load <= 4/5  <=>  5 x demand <= 4 x G x span, so G = ceil(5 demand / (4 span)); exact in
    // integers unless the demand is beyond any real trace.
    const auto span = std::uint64_t(d.span());
    std::uint64_t needed = 0;
    if (d.gpuSeconds <= std::numeric_limits<std::uint64_t>::max() / 5 &&
        span <= std::numeric_limits<std::uint64_t>::max() / 8)
        needed = (5 * d.gpuSeconds + 4 * span - 1) / (4 * span);
    else
        needed = std::uint64_t(std::ceil(double(d.gpuSeconds) / (kSuggestedLoad * double(span))));
    std::uint64_t gpus = std::max<std::uint64_t>({needed, d.largestJob, 1});
    SuggestedCluster out;
    if (shape.placement == Placement::Packed && shape.gpusPerNode > 0) {
        const std::uint64_t perNode = shape.gpusPerNode;
        const std::uint64_t nodes = (gpus + perNode - 1) / perNode;
        out.nodes = std::uint32_t(std::min<std::uint64_t>(nodes, std::numeric_limits<std::uint32_t>::max()));
        out.gpusPerNode = shape.gpusPerNode;
        gpus = std::uint64_t(out.nodes) * perNode;
    } else {
        out.nodes = 1;
        out.gpusPerNode = std::uint32_t(std::min<std::uint64_t>(gpus, std::numeric_limits<std::uint32_t>::max()));
        gpus = out.gpusPerNode;
    }
    out.gpus = gpus;
    out.offeredLoad = loadOf(d, gpus);
    return out;
}

}  // namespace debrief::replay
