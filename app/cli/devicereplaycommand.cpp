#include "commands.h"

#include "humanformat.h"
#include "jsonwriter.h"
#include "traceloader.h"

#include "devicereplayer.h"
#include "replay/simulator.h"

#include <limits>

namespace debrief::cli {

// device-replay TRACE --scale S --policy P [--gpus N] [--max-jobs N] [--json]: the trace replayed
// on the GPU itself, S trace seconds per wall second, next to the simulated numbers on N pooled
// GPUs. Exit 2, with the reason on stderr, when no device is usable: there is nothing to measure,
// and a CPU number in its place would pass for a measurement.
int runDeviceReplay(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    std::vector<std::string_view> valueFlags = kTraceValueFlags;
    valueFlags.insert(valueFlags.end(), {"scale", "policy", "gpus", "max-jobs"});
    std::vector<std::string_view> switches = kTraceSwitches;
    switches.insert(switches.end(), {"json"});
    const CommandLine line(args, valueFlags, switches);
    if (!line.has("policy"))
        throw UsageError("device-replay needs --policy");
    const auto policy = replay::policyFromName(*line.value("policy"));
    if (!policy)
        throw UsageError("unknown policy '" + *line.value("policy") + "'");
    gpu::DeviceReplayOptions options;
    options.policy = *policy;
    options.traceSecondsPerSecond = line.has("scale") ? line.doubleValue("scale", 1e-9) : 3600.0;
    if (line.has("max-jobs"))
        options.maxJobs = std::uint32_t(line.unsignedValue("max-jobs", 1, std::numeric_limits<std::uint32_t>::max()));
    const auto gpus =
        std::uint32_t(line.has("gpus") ? line.unsignedValue("gpus", 1, std::numeric_limits<std::uint32_t>::max()) : 8);

    const trace::Trace trace = loadTrace(line, err);
    const gpu::DeviceReplayer replayer;
    if (!replayer.deviceUsable()) {
        err << "debrief-cli device-replay: no usable CUDA device: " << replayer.discovery().reason
            << "\n(device replay measures a real GPU; `debrief-cli replay` simulates the same trace on the CPU)\n";
        return 2;
    }
    const gpu::DeviceReplayResult measured = replayer.run(trace, options);
    if (!measured.ran) {
        err << "debrief-cli device-replay: " << measured.reason << "\n";
        return 1;
    }
    replay::ReplayOptions simulatedOptions;
    simulatedOptions.cluster = replay::Cluster::pooled(gpus);
    simulatedOptions.policy = *policy;
    simulatedOptions.keepPerJob = false;
    const replay::ReplayResult simulated = replay::replay(trace, simulatedOptions);
    const double simulatedMean = simulated.metrics ? simulated.metrics->queueingDelay.mean : 0.0;
    const double simulatedP95 = simulated.metrics ? double(simulated.metrics->queueingDelay.p95) : 0.0;
    const double simulatedThroughput = simulated.metrics ? simulated.metrics->throughputJobsPerHour : 0.0;

    if (line.has("json")) {
        JsonWriter json(out);
        json.beginObject()
            .field("device", measured.device)
            .field("policy", replay::policyName(*policy))
            .field("scale", options.traceSecondsPerSecond)
            .field("jobs", std::uint64_t(measured.jobs.size()))
            .field("wall_s", measured.wallSeconds);
        json.key("measured")
            .beginObject()
            .field("mean_queueing_s", measured.meanQueueingSeconds)
            .field("p95_queueing_s", measured.p95QueueingSeconds)
            .field("throughput_jobs_per_hour", measured.throughputJobsPerHour)
            .endObject();
        json.key("simulated")
            .beginObject()
            .field("gpus", std::uint64_t(gpus))
            .field("mean_queueing_s", simulatedMean)
            .field("p95_queueing_s", simulatedP95)
            .field("throughput_jobs_per_hour", simulatedThroughput)
            .endObject();
        json.endObject();
        out << "\n";
        return 0;
    }
    out << "device  " << measured.device << ", " << replay::policyName(*policy) << ", "
        << formatCount(measured.jobs.size()) << " jobs at " << options.traceSecondsPerSecond << " trace s per s ("
        << measured.wallSeconds << " s of wall time)\n"
        << "measured   mean wait " << measured.meanQueueingSeconds << " s, p95 wait " << measured.p95QueueingSeconds
        << " s, " << measured.throughputJobsPerHour << " jobs/h\n"
        << "simulated  mean wait " << simulatedMean << " s, p95 wait " << simulatedP95 << " s, " << simulatedThroughput
        << " jobs/h (" << gpus << " pooled GPUs)\n";
    return 0;
}

}  // namespace debrief::cli
