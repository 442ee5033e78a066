#include "analyses.h"

#include <algorithm>
#include <map>

namespace debrief::replay {

namespace {

constexpr std::int64_t kSlowdownBound = 10;  // replay-semantics.md: JCT / max(run time, 10 s)

double boundedSlowdown(std::int64_t jct, std::int64_t run)
{
    return double(jct) / double(std::max(run, kSlowdownBound));
}

// Puts the values at the sorted positions `ranks` (ascending, distinct, within [lo, hi)) in place:
// nth_element on the middle rank, then each half on its side. O(n log ranks) instead of a sort.
template <typename T>
void selectRanks(std::vector<T>& values, std::size_t lo, std::size_t hi, std::span<const std::size_t> ranks)
{
    if (ranks.empty())
        return;
    const std::size_t mid = ranks.size() / 2;
    const std::size_t r = ranks[mid];
    const auto at = [&](std::size_t i) { return values.begin() + std::ptrdiff_t(i); };
    std::nth_element(at(lo), at(r), at(hi));
    selectRanks(values, lo, r, ranks.first(mid));
    selectRanks(values, r + 1, hi, ranks.subspan(mid + 1));
}

template <typename T> std::vector<CdfPoint> anyCdfOf(std::vector<T>& values, std::size_t maxPoints)
{
    const std::size_t n = values.size();
    if (n == 0)
        return {};
    const std::size_t k = std::min(n, std::max<std::size_t>(maxPoints, 2));
    std::vector<std::size_t> ranks(k);
    if (k == 1) {
        ranks[0] = 0;
    } else {
        for (std::size_t i = 0; i < k; ++i)
            ranks[i] = i * (n - 1) / (k - 1);
    }
    selectRanks(values, 0, n, ranks);
    std::vector<CdfPoint> points(k);
    for (std::size_t i = 0; i < k; ++i)
        points[i] = {double(values[ranks[i]]), double(ranks[i] + 1) / double(n)};
    return points;
}

// Jain's index over the groups' mean slowdown; groups are name indexes, kNoName (0) left out.
std::optional<double> jainOverGroups(std::span<const std::uint32_t> group, std::span<const double> slowdown,
                                     std::uint64_t& groups)
{
    // Ordered by name index so the sums add up in the same order on every run.
    std::map<std::uint32_t, std::pair<double, std::uint64_t>> perGroup;
    for (std::size_t i = 0; i < group.size(); ++i) {
        if (group[i] == 0)
            continue;
        auto& [sum, count] = perGroup[group[i]];
        sum += slowdown[i];
        ++count;
    }
    groups = perGroup.size();
    std::vector<double> means;
    means.reserve(perGroup.size());
    for (const auto& [name, totals] : perGroup)
        means.push_back(totals.first / double(totals.second));
    return jainIndex(means);
}

}  // namespace

std::size_t gpuBucketOf(std::uint32_t gpus)
{
    if (gpus <= 2)
        return gpus;
    if (gpus <= 4)
        return 3;
    if (gpus <= 8)
        return 4;
    if (gpus <= 16)
        return 5;
    if (gpus <= 64)
        return 6;
    return 7;
}

std::size_t runtimeBucketOf(std::int64_t runSeconds)
{
    constexpr std::int64_t bounds[] = {10 * 60, 3600, 6 * 3600, 24 * 3600};
    std::size_t bucket = 0;
    while (bucket < std::size(bounds) && runSeconds >= bounds[bucket])
        ++bucket;
    return bucket;
}

std::optional<double> jainIndex(std::span<const double> x)
{
    if (x.empty())
        return std::nullopt;
    double sum = 0.0, squares = 0.0;
    for (double v : x) {
        sum += v;
        squares += v * v;
    }
    if (squares == 0.0)
        return 1.0;
    return sum * sum / (double(x.size()) * squares);
}

std::vector<CdfPoint> cdfOf(std::vector<std::int64_t>& values, std::size_t maxPoints)
{
    return anyCdfOf(values, maxPoints);
}

std::vector<CdfPoint> cdfOf(std::vector<double>& values, std::size_t maxPoints)
{
    return anyCdfOf(values, maxPoints);
}

std::optional<Analyses> analysesOf(const AnalysisInput& input)
{
    const JobOutcomes& jobs = input.outcomes;
    const std::size_t n = jobs.submit.size();
    if (n == 0)
        return std::nullopt;
    Analyses a;

    std::vector<std::int64_t> values(n);
    for (std::size_t i = 0; i < n; ++i)
        values[i] = (jobs.end[i] - jobs.submit[i]) - jobs.duration[i];
    a.waiting = distributionOf(values);

    std::fill(values.begin(), values.end(), 0);
    for (const Interruption& interruption : input.interruptions) {
        values[interruption.job] = interruption.preemptedSeconds;
        a.jobsPreempted += interruption.preemptions > 0;
        a.restartPenaltySeconds += interruption.penaltySeconds;
        a.lostGpuSeconds += interruption.penaltySeconds * std::int64_t(input.gpus[interruption.job]);
    }
    a.preempted = distributionOf(values);

    std::vector<double> slowdown(n);
    for (std::size_t i = 0; i < n; ++i)
        slowdown[i] = boundedSlowdown(jobs.end[i] - jobs.submit[i], jobs.duration[i]);

    // Per bucket: queueing delays and slowdowns, then their distributions.
    const auto fillBuckets = [&](auto& buckets, const auto& names, auto bucketOf) {
        constexpr std::size_t count = std::tuple_size_v<std::decay_t<decltype(buckets)>>;
        std::array<std::vector<std::int64_t>, count> delays;
        std::array<std::vector<double>, count> slowdowns;
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t b = bucketOf(i);
            delays[b].push_back(jobs.firstStart[i] - jobs.submit[i]);
            slowdowns[b].push_back(slowdown[i]);
        }
        for (std::size_t b = 0; b < count; ++b) {
            BucketStats& stats = buckets[b];
            stats.bucket = names[b];
            stats.jobs = delays[b].size();
            if (stats.jobs > 0) {
                stats.queueingDelay = distributionOf(delays[b]);
                stats.slowdown = distributionOf(slowdowns[b]);
            }
        }
    };
    fillBuckets(a.byGpus, kGpuBucketNames, [&](std::size_t i) { return gpuBucketOf(input.gpus[i]); });
    fillBuckets(a.byRuntime, kRuntimeBucketNames, [&](std::size_t i) { return runtimeBucketOf(jobs.duration[i]); });

    if (input.user.size() == n)
        a.fairness.jainUserSlowdown = jainOverGroups(input.user, slowdown, a.fairness.users);
    if (input.vc.size() == n)
        a.fairness.jainVcSlowdown = jainOverGroups(input.vc, slowdown, a.fairness.virtualClusters);

    for (std::size_t i = 0; i < n; ++i)
        values[i] = jobs.end[i] - jobs.submit[i];
    a.jctCdf = cdfOf(values);
    a.slowdownCdf = cdfOf(slowdown);
    return a;
}

}  // namespace debrief::replay
