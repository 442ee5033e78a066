#pragma once

#include "nodelist.h"
#include "placementpolicy.h"
#include "shareworkload.h"
#include "typicalpods.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace debrief::sharing {

struct StudyOptions {
    std::vector<PlacementPolicy> placements = allPlacements();
    std::vector<std::uint64_t> seeds{42, 43, 44, 45, 46, 47, 48, 49, 50, 51};
    double inflation = 1.3;  // arrived GPU demand grows to this ratio of the cluster's GPU capacity
    double typicalCoverage = TypicalPods::kDefaultCoverage;
    unsigned threads = 0;  // 0 = one per hardware thread
};

// The cluster after the jobs that arrived up to about this percentage of its GPU capacity (the
// mean over the jobs whose arrival rounds to it).
struct StudyPoint {
    int arrivedPct = 0;
    double allocatedPct = 0;      // allocated GPU milli / GPU capacity x 100
    double fragmentationPct = 0;  // fragmented GPU milli / GPU capacity x 100
    double fragRatioPct = 0;      // fragmented GPU milli / idle GPU milli x 100
};

struct StudyRun {
    PlacementPolicy placement = PlacementPolicy::Random;
    std::uint64_t seed = 0;
    std::uint64_t pods = 0;      // jobs that arrived
    std::uint64_t unplaced = 0;  // jobs no node could take when they arrived
    std::uint64_t arrivedMilli = 0;
    std::uint64_t allocatedMilli = 0;
    std::vector<StudyPoint> points;
};

// The openb study's experiment: the trace's jobs in a seeded random order, inflated with jobs
// sampled (with replacement, seeded) from the trace until the arrived GPU demand reaches
// `inflation` x the cluster's GPU capacity, placed one by one with nothing ever leaving; the
// allocation and fragmentation after each job are averaged per whole percent of arrived demand.
// One run per placement x seed; runs are independent and spread over threads, and each gives the
// same numbers on any thread count.
class SharingStudy {
public:
    SharingStudy(const ShareWorkload& workload, const NodeList& nodes, StudyOptions options);

    std::vector<StudyRun> run(const std::atomic<bool>* cancel = nullptr) const;
    StudyRun runOne(PlacementPolicy placement, std::uint64_t seed) const;
    // The jobs of one seed in arrival order (the same for every placement).
    std::vector<PodRequest> arrivals(std::uint64_t seed) const;

    const TypicalPods& typical() const { return m_typical; }
    const StudyOptions& options() const { return m_options; }

private:
    const ShareWorkload& m_workload;
    const NodeList& m_nodes;
    StudyOptions m_options;
    TypicalPods m_typical;
};

// Nearest whole percent of part / whole, halves to even (as the study's analysis rounds).
int roundedPercent(std::uint64_t part, std::uint64_t whole);

}  // namespace debrief::sharing
