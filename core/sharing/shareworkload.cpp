#include "shareworkload.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace debrief::sharing {

namespace {

// "V100M16|V100M32" -> the set of those models the node list has; empty text = any model.
ModelSet modelsAccepted(std::string_view spec, const NodeList& nodes)
{
    ModelSet set = 0;
    bool named = false;
    while (!spec.empty()) {
        const std::size_t bar = spec.find('|');
        std::string_view name = spec.substr(0, bar);
        spec = bar == std::string_view::npos ? std::string_view{} : spec.substr(bar + 1);
        while (!name.empty() && name.front() == ' ')
            name.remove_prefix(1);
        while (!name.empty() && name.back() == ' ')
            name.remove_suffix(1);
        if (name.empty())
            continue;
        named = true;
        const int index = nodes.modelIndex(std::string(name));
        if (index > 0)
            set |= ModelSet{1} << unsigned(index);
    }
    return named ? set : kAnyModel;
}

}  // namespace

ShareWorkload::ShareWorkload(const trace::Trace& trace, const NodeList& nodes)
{
    const trace::JobResources& res = trace.resources;
    // A column is used only when it has one value per job (a trace rebuilt from some of its jobs
    // without its side arrays has none).
    const std::size_t jobs = trace.jobs.size();
    const bool cpu = res.cpuMilli.size() == jobs, memory = res.memoryMib.size() == jobs;
    const bool share = res.gpuMilli.size() == jobs, model = res.gpuModel.size() == jobs;
    m_pods.reserve(jobs);
    std::map<std::uint32_t, ModelSet> modelCache;
    for (std::size_t i = 0; i < trace.jobs.size(); ++i) {
        const trace::Job& job = trace.jobs[i];
        PodRequest pod;
        pod.cpuMilli = cpu ? res.cpuMilli[i] : 0;
        pod.memoryMib = memory ? res.memoryMib[i] : 0;
        pod.gpuCount = job.gpus;
        pod.gpuMilli = job.gpus == 0 ? 0 : (share ? res.gpuMilli[i] : kGpuMilli);
        if (pod.gpuMilli == 0)
            pod.gpuCount = 0;
        if (model && res.gpuModel[i] != trace::kNoName && pod.usesGpu()) {
            auto [it, added] = modelCache.try_emplace(res.gpuModel[i], 0);
            if (added)
                it->second = modelsAccepted(trace.names.at(res.gpuModel[i]), nodes);
            pod.models = it->second;
        }
        m_pods.push_back(pod);
    }
    indexShapes();
}

ShareWorkload::ShareWorkload(std::vector<PodRequest> pods, const NodeList&) : m_pods(std::move(pods))
{
    indexShapes();
}

void ShareWorkload::indexShapes()
{
    // How a node scores for a job depends on these four numbers only, and whether it fits on them
    // and the job's memory; placers cache per shape (memory is checked apart, it rarely binds).
    std::map<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t, ModelSet>, std::uint32_t> index;
    for (PodRequest& pod : m_pods) {
        const auto key = std::tuple(pod.cpuMilli, pod.gpuMilli, pod.gpuCount, pod.models);
        auto [it, added] = index.try_emplace(key, std::uint32_t(m_shapes.size()));
        if (added) {
            PodRequest shape = pod;
            shape.memoryMib = 0;
            shape.shape = it->second;
            m_shapes.push_back(shape);
        }
        pod.shape = it->second;
    }
}

std::uint64_t ShareWorkload::totalGpuMilli() const
{
    std::uint64_t total = 0;
    for (const PodRequest& pod : m_pods)
        total += pod.totalGpuMilli();
    return total;
}

std::uint64_t ShareWorkload::fractionalPods() const
{
    return std::uint64_t(
        std::count_if(m_pods.begin(), m_pods.end(), [](const PodRequest& p) { return p.fractional(); }));
}

std::uint64_t ShareWorkload::wholeGpuPods() const
{
    return std::uint64_t(std::count_if(m_pods.begin(), m_pods.end(),
                                       [](const PodRequest& p) { return p.usesGpu() && !p.fractional(); }));
}

std::uint64_t ShareWorkload::cpuOnlyPods() const
{
    return std::uint64_t(std::count_if(m_pods.begin(), m_pods.end(), [](const PodRequest& p) { return !p.usesGpu(); }));
}

std::uint64_t ShareWorkload::modelConstrainedPods() const
{
    return std::uint64_t(
        std::count_if(m_pods.begin(), m_pods.end(), [](const PodRequest& p) { return p.models != kAnyModel; }));
}

std::uint64_t ShareWorkload::noMatchingModelPods() const
{
    return std::uint64_t(
        std::count_if(m_pods.begin(), m_pods.end(), [](const PodRequest& p) { return p.models == 0; }));
}

}  // namespace debrief::sharing
