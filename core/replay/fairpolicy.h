#pragma once

#include "nonpreemptivepolicy.h"
#include "policykind.h"

#include <cstdint>
#include <vector>

namespace debrief::replay {

// fair: repeatedly pick the user (or virtual cluster) with the fewest GPUs in use whose rank-first
// waiting job fits, and start that job; ties go to the job of lower rank. A user whose first job
// does not fit is passed over this time (its later jobs do not jump ahead of it).
class FairPolicy : public NonPreemptivePolicy {
public:
    FairPolicy(ReplayState& state, FairShareBy by);

    void completeAt(std::int64_t t);
    void arrive(std::uint32_t job);
    void schedule(std::int64_t t);

private:
    struct Group {
        std::vector<std::uint32_t> members;  // rank order
        std::uint32_t head = 0;
        std::uint32_t arrived = 0;
        std::uint64_t gpusInUse = 0;
        std::uint32_t activeSlot = kNoJob;  // position in m_active while it has waiting jobs
    };
    void deactivate(std::uint32_t group);

    std::vector<std::uint32_t> m_groupOf;  // per job
    std::vector<Group> m_groups;
    std::vector<std::uint32_t> m_active;  // groups with waiting jobs, in no particular order
};

}  // namespace debrief::replay
