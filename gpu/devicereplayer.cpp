#include "devicereplayer.h"

#include "devicereplaylauncher.h"

#include "trace/trace.h"

#include <algorithm>
#include <numeric>

namespace debrief::gpu {
namespace {

// Urgency 0 (most urgent) .. levels-1 by the position of each job's key among all keys: the
// smallest keys get the most urgent streams, equal keys the same stream level.
std::vector<std::uint32_t> urgencyByKey(const std::vector<std::int64_t>& keys, std::uint32_t levels)
{
    std::vector<std::int64_t> sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::uint32_t> urgency(keys.size(), 0);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto below = std::size_t(std::lower_bound(sorted.begin(), sorted.end(), keys[i]) - sorted.begin());
        urgency[i] = std::uint32_t(below * levels / std::max<std::size_t>(sorted.size(), 1));
    }
    return urgency;
}

}  // namespace

DeviceReplayer::DeviceReplayer(std::optional<DeviceDiscovery> discovery)
    : m_discovery(discovery ? std::move(*discovery) : discoverDevices())
{
    for (const CudaDevice& device : m_discovery.devices) {
        if (m_discovery.usable() && device.usable) {
            m_device = device.ordinal;
            m_deviceName = device.name;
            break;
        }
    }
}

DeviceReplayResult DeviceReplayer::run(const trace::Trace& trace, const DeviceReplayOptions& options) const
{
    DeviceReplayResult result;
    if (!deviceUsable()) {
        result.reason = m_discovery.reason.empty() ? "no usable CUDA device" : m_discovery.reason;
        return result;
    }
    if (!(options.traceSecondsPerSecond > 0.0)) {
        result.reason = "the time compression must be positive";
        return result;
    }
    result.device = m_deviceName;

    // Jobs in rank order (submit, trace index), rebased to the first submit.
    std::vector<std::uint32_t> order(trace.jobs.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return trace.jobs[a].submit < trace.jobs[b].submit; });
    if (options.maxJobs > 0 && order.size() > options.maxJobs)
        order.resize(options.maxJobs);
    if (order.empty()) {
        result.ran = true;
        return result;
    }
    const std::int64_t origin = trace.jobs[order.front()].submit;

    using replay::PolicyKind;
    const std::uint32_t levels = DeviceReplayLauncher::urgencyLevels(m_device);
    std::vector<std::int64_t> keys(order.size(), 0);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const trace::Job& job = trace.jobs[order[i]];
        switch (options.policy) {
        case PolicyKind::Sjf:
        case PolicyKind::Srtf: keys[i] = job.duration; break;
        case PolicyKind::Las: keys[i] = job.duration * std::int64_t(job.gpus); break;
        case PolicyKind::Priority: keys[i] = -std::int64_t(trace.priority(order[i])); break;
        default: break;  // fifo, first-fit, easy-backfill, fair: all equally urgent
        }
    }
    const std::vector<std::uint32_t> urgency = urgencyByKey(keys, levels);

    std::vector<DeviceLaunch> launches(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const trace::Job& job = trace.jobs[order[i]];
        launches[i].submitSeconds = double(job.submit - origin) / options.traceSecondsPerSecond;
        launches[i].runSeconds = double(std::max<std::int64_t>(job.duration, 0)) / options.traceSecondsPerSecond;
        launches[i].blocks = std::max<std::uint32_t>(1, job.gpus * std::max<std::uint32_t>(options.blocksPerGpu, 1));
        launches[i].urgency = urgency[i];
    }
    std::vector<double> starts, ends;
    const DeviceReplayLauncher launcher;
    if (!launcher.run(m_device, launches, options.policy == PolicyKind::Fifo, starts, ends, result.reason))
        return result;

    result.ran = true;
    const double scale = options.traceSecondsPerSecond;
    std::vector<double> queueing(order.size());
    double lastEnd = 0.0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        DeviceJobTiming timing;
        timing.jobIndex = trace.index(order[i]);
        timing.submit = double(trace.jobs[order[i]].submit - origin);
        timing.start = starts[i] * scale;
        timing.end = ends[i] * scale;
        queueing[i] = std::max(0.0, timing.start - timing.submit);
        lastEnd = std::max(lastEnd, timing.end);
        result.wallSeconds = std::max(result.wallSeconds, ends[i]);
        result.jobs.push_back(timing);
    }
    const std::size_t n = queueing.size();
    result.meanQueueingSeconds = std::accumulate(queueing.begin(), queueing.end(), 0.0) / double(n);
    std::sort(queueing.begin(), queueing.end());
    result.p95QueueingSeconds = queueing[(95 * n + 99) / 100 - 1];
    result.makespanSeconds = lastEnd;
    result.throughputJobsPerHour = lastEnd > 0.0 ? double(n) * 3600.0 / lastEnd : 0.0;
    return result;
}

}  // namespace debrief::gpu
