#pragma once

#include "nonpreemptivepolicy.h"
#include "policykind.h"

#include <cstdint>
#include <set>
#include <tuple>
#include <vector>

namespace debrief::replay {

// fair: repeatedly pick the user (or virtual cluster) with the fewest GPUs in use whose rank-first
// waiting job fits, and start that job; ties go to the job of lower rank. A user whose first job
// does not fit is passed over this time (its later jobs do not jump ahead of it).
//
// Users with waiting jobs are kept in ordered sets keyed by (GPUs in use, rank of the first waiting
// job), one set per GPU demand of that first job. A pick takes the smallest first entry among the
// demands that fit (fitting is monotone in demand, so the scan stops at the first that does not):
// O(demands x log users) however many users are waiting, not a scan of every one of them.
class FairPolicy : public NonPreemptivePolicy {
public:
    FairPolicy(ReplayState& state, AcceptedJobs& jobs, FairShareBy by);

    void completeAt(std::int64_t t);
    void arrive(std::uint32_t job);
    void schedule(std::int64_t t);

private:
    struct Group {
        std::vector<std::uint32_t> members;  // rank order
        std::uint32_t head = 0;
        std::uint32_t arrived = 0;
        std::uint64_t gpusInUse = 0;
    };
    using Entry = std::tuple<std::uint64_t, std::uint32_t, std::uint32_t>;  // (GPUs in use, head job, group)
    bool waiting(const Group& group) const { return group.head < group.arrived; }
    Entry entryOf(std::uint32_t g) const;
    void enter(std::uint32_t g);  // precondition: the group has a waiting job and is in no set
    void leave(std::uint32_t g);

    std::vector<std::uint32_t> m_groupOf;  // per job
    std::vector<Group> m_groups;
    std::vector<std::set<Entry>> m_active;  // groups with waiting jobs, per demand bucket of their head
};

}  // namespace debrief::replay
