#pragma once

#include <trace/trace.h>

#include <atomic>
#include <cstdint>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace debrief::studio {

// Which jobs of a trace a replay uses: a submit-time window, GPU jobs only, and some users or
// virtual clusters. Applying it makes a filtered copy of the trace (the same string tables, so name
// indices stay valid); the original is kept, so the filter can be changed or cleared.
struct TraceFilter {
    std::optional<std::int64_t> submitFrom;  // seconds on the trace's clock (Job::submit), inclusive
    std::optional<std::int64_t> submitTo;    // inclusive
    bool gpuJobsOnly = false;
    std::set<std::uint32_t> users;  // indices into Trace::names; empty: every user
    std::set<std::uint32_t> vcs;    // indices into Trace::names; empty: every virtual cluster

    bool keepsEverything() const;
    bool keeps(const trace::Job& job) const;
    std::uint64_t count(const trace::Trace& trace) const;  // jobs kept
    // The filtered copy; nothing when `cancel` was set meanwhile.
    std::optional<trace::Trace> apply(const trace::Trace& trace, const std::atomic<bool>* cancel = nullptr) const;

    // Each user (or virtual cluster) of the trace's jobs with its job count, by name; the empty
    // name (a trace without users) is left out.
    static std::vector<std::pair<std::uint32_t, std::uint64_t>> usersOf(const trace::Trace& trace);
    static std::vector<std::pair<std::uint32_t, std::uint64_t>> vcsOf(const trace::Trace& trace);

    bool operator==(const TraceFilter& other) const = default;
};

}  // namespace debrief::studio
