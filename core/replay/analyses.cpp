#include "analyses.h"

#include <algorithm>

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

// Jain's index over the groups' mean slowdown, for users and for virtual clusters in one pass over
// the jobs; name 0 (none) is left out. Sums run in job order per group, then in name order: the
// same on every run. Absent when no job names a group of that kind.
void jainOverGroups(const AnalysisInput& input, std::span<const double> slowdown, Fairness& out)
{
    const std::uint32_t names = input.nameCount;
    std::vector<double> userSum(names, 0.0), vcSum(names, 0.0);
    std::vector<std::uint64_t> userCount(names, 0), vcCount(names, 0);
    for (std::size_t i = 0; i < slowdown.size(); ++i) {
        const JobNames job = input.names(i);
        if (job.user != 0 && job.user < names) {
            userSum[job.user] += slowdown[i];
            ++userCount[job.user];
        }
        if (job.vc != 0 && job.vc < names) {
            vcSum[job.vc] += slowdown[i];
            ++vcCount[job.vc];
        }
    }
    const auto index = [&](const std::vector<double>& sum, const std::vector<std::uint64_t>& count,
                           std::uint64_t& groups) {
        std::vector<double> means;
        for (std::uint32_t g = 0; g < names; ++g)
            if (count[g] > 0)
                means.push_back(sum[g] / double(count[g]));
        groups = means.size();
        return jainIndex(means);
    };
    out.jainUserSlowdown = index(userSum, userCount, out.users);
    out.jainVcSlowdown = index(vcSum, vcCount, out.virtualClusters);
}

// Per bucket, the distributions of `value(i)` over the jobs i with bucketOf(i) == b: one counting
// pass, one scatter into `scratch` (n values), then each bucket's stretch in place.
template <typename T, std::size_t Count, typename BucketOf, typename Value>
std::array<std::optional<Distribution<T>>, Count> perBucket(std::vector<T>& scratch, BucketOf bucketOf, Value value,
                                                            const std::array<std::uint64_t, Count>& jobs)
{
    const std::size_t n = scratch.size();
    std::array<std::size_t, Count + 1> offset{};
    for (std::size_t b = 0; b < Count; ++b)
        offset[b + 1] = offset[b] + jobs[b];
    std::array<std::size_t, Count> next{};
    std::copy(offset.begin(), offset.end() - 1, next.begin());
    for (std::size_t i = 0; i < n; ++i)
        scratch[next[bucketOf(i)]++] = value(i);
    std::array<std::optional<Distribution<T>>, Count> out;
    for (std::size_t b = 0; b < Count; ++b)
        if (jobs[b] > 0)
            out[b] = distributionOf(std::span<T>(scratch.data() + offset[b], jobs[b]));
    return out;
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
    const auto delay = [&](std::size_t i) { return jobs.firstStart[i] - jobs.submit[i]; };
    const auto slowdownOf = [&](std::size_t i) {
        return boundedSlowdown(jobs.end[i] - jobs.submit[i], jobs.duration[i]);
    };

    // Each job's two buckets in one byte (size in the low nibble), counted once.
    std::vector<std::uint8_t> buckets(n);
    std::array<std::uint64_t, kGpuBucketCount> sizeJobs{};
    std::array<std::uint64_t, kRuntimeBucketCount> timeJobs{};
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t size = gpuBucketOf(input.gpus[i]), time = runtimeBucketOf(jobs.duration[i]);
        buckets[i] = std::uint8_t(size | time << 4);
        ++sizeJobs[size];
        ++timeJobs[time];
    }
    const auto bySize = [&](std::size_t i) { return std::size_t(buckets[i] & 0xf); };
    const auto byTime = [&](std::size_t i) { return std::size_t(buckets[i] >> 4); };

    // One scratch array of n values at a time (8 bytes a job): first every integer figure, then
    // every real one. Each figure fills the scratch afresh, so the order does not change a result.
    std::vector<std::int64_t> values(n);
    for (std::size_t i = 0; i < n; ++i)
        values[i] = (jobs.end[i] - jobs.submit[i]) - jobs.duration[i];
    a.waiting = distributionOf(values);

    if (!input.interruptions.empty()) {
        std::fill(values.begin(), values.end(), 0);
        for (const Interruption& interruption : input.interruptions) {
            values[interruption.job] = interruption.preemptedSeconds;
            a.jobsPreempted += interruption.preemptions > 0;
            a.restartPenaltySeconds += interruption.penaltySeconds;
            a.lostGpuSeconds += interruption.penaltySeconds * std::int64_t(input.gpus[interruption.job]);
        }
        a.preempted = distributionOf(values);
    }  // else every job's is 0, the Distribution's default

    const auto sizeDelays = perBucket<std::int64_t, kGpuBucketCount>(values, bySize, delay, sizeJobs);
    const auto timeDelays = perBucket<std::int64_t, kRuntimeBucketCount>(values, byTime, delay, timeJobs);
    if (input.cdfPoints > 0) {
        for (std::size_t i = 0; i < n; ++i)
            values[i] = jobs.end[i] - jobs.submit[i];
        a.jctCdf = cdfOf(values, input.cdfPoints);
    }
    values = std::vector<std::int64_t>();  // frees it (`= {}` would keep the memory)

    std::vector<double> reals(n);
    const auto sizeSlowdowns = perBucket<double, kGpuBucketCount>(reals, bySize, slowdownOf, sizeJobs);
    const auto timeSlowdowns = perBucket<double, kRuntimeBucketCount>(reals, byTime, slowdownOf, timeJobs);
    for (std::size_t b = 0; b < kGpuBucketCount; ++b)
        a.byGpus[b] = {kGpuBucketNames[b], sizeJobs[b], sizeDelays[b], sizeSlowdowns[b]};
    for (std::size_t b = 0; b < kRuntimeBucketCount; ++b)
        a.byRuntime[b] = {kRuntimeBucketNames[b], timeJobs[b], timeDelays[b], timeSlowdowns[b]};
    buckets = std::vector<std::uint8_t>();

    for (std::size_t i = 0; i < n; ++i)
        reals[i] = slowdownOf(i);
    if (input.names)
        jainOverGroups(input, reals, a.fairness);
    if (input.cdfPoints > 0)
        a.slowdownCdf = cdfOf(reals, input.cdfPoints);
    return a;
}

}  // namespace debrief::replay
