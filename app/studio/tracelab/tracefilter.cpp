#include "tracefilter.h"

#include <algorithm>
#include <map>

namespace debrief::studio {

namespace {

std::vector<std::pair<std::uint32_t, std::uint64_t>> namesOf(const trace::Trace& trace,
                                                             std::uint32_t trace::Job::*field)
{
    std::map<std::uint32_t, std::uint64_t> counts;
    for (const trace::Job& job : trace.jobs) {
        if (job.*field != trace::kNoName)
            ++counts[job.*field];
    }
    std::vector<std::pair<std::uint32_t, std::uint64_t>> out(counts.begin(), counts.end());
    std::sort(out.begin(), out.end(),
              [&](const auto& a, const auto& b) { return trace.names.at(a.first) < trace.names.at(b.first); });
    return out;
}

}  // namespace

bool TraceFilter::keepsEverything() const
{
    return !submitFrom && !submitTo && !gpuJobsOnly && users.empty() && vcs.empty();
}

bool TraceFilter::keeps(const trace::Job& job) const
{
    return (!submitFrom || job.submit >= *submitFrom) && (!submitTo || job.submit <= *submitTo) &&
           (!gpuJobsOnly || job.gpus > 0) && (users.empty() || users.count(job.user) > 0) &&
           (vcs.empty() || vcs.count(job.vc) > 0);
}

std::uint64_t TraceFilter::count(const trace::Trace& trace) const
{
    return std::uint64_t(
        std::count_if(trace.jobs.begin(), trace.jobs.end(), [this](const trace::Job& job) { return keeps(job); }));
}

std::optional<trace::Trace> TraceFilter::apply(const trace::Trace& trace, const std::atomic<bool>* cancel) const
{
    trace::Trace filtered;
    filtered.sourceFile = trace.sourceFile;
    filtered.format = trace.format;
    filtered.names = trace.names;
    filtered.ids = trace.ids;
    filtered.epochOffset = trace.epochOffset;
    filtered.timesAreDates = trace.timesAreDates;
    filtered.skipped = trace.skipped;
    filtered.notes = trace.notes;
    filtered.jobs.reserve(trace.jobs.size());
    for (std::size_t i = 0; i < trace.jobs.size(); ++i) {
        if ((i & 0xffff) == 0 && cancel && cancel->load())
            return std::nullopt;
        if (!keeps(trace.jobs[i]))
            continue;
        filtered.add(trace.jobs[i], trace.extras(i));
        // The GPU shares, CPU, memory and models go with the job: the Sharing tab places them.
        const trace::JobResources& from = trace.resources;
        trace::JobResources& to = filtered.resources;
        if (from.cpuMilli.size() == trace.jobs.size())
            to.cpuMilli.push_back(from.cpuMilli[i]);
        if (from.memoryMib.size() == trace.jobs.size())
            to.memoryMib.push_back(from.memoryMib[i]);
        if (from.gpuMilli.size() == trace.jobs.size())
            to.gpuMilli.push_back(from.gpuMilli[i]);
        if (from.gpuModel.size() == trace.jobs.size())
            to.gpuModel.push_back(from.gpuModel[i]);
    }
    filtered.jobs.shrink_to_fit();
    return filtered;
}

std::vector<std::pair<std::uint32_t, std::uint64_t>> TraceFilter::usersOf(const trace::Trace& trace)
{
    return namesOf(trace, &trace::Job::user);
}

std::vector<std::pair<std::uint32_t, std::uint64_t>> TraceFilter::vcsOf(const trace::Trace& trace)
{
    return namesOf(trace, &trace::Job::vc);
}

}  // namespace debrief::studio
