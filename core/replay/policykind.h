#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace debrief::replay {

enum class PolicyKind { Fifo, FirstFit, Sjf, EasyBackfill, Priority, Srtf, Las, Fair };

inline constexpr std::array<PolicyKind, 8> kAllPolicies{
    PolicyKind::Fifo,     PolicyKind::FirstFit, PolicyKind::Sjf, PolicyKind::EasyBackfill,
    PolicyKind::Priority, PolicyKind::Srtf,     PolicyKind::Las, PolicyKind::Fair};

// "fifo", "first-fit", "sjf", "easy-backfill", "priority", "srtf", "las", "fair"
std::string_view policyName(PolicyKind policy);
std::optional<PolicyKind> policyFromName(std::string_view name);
bool isPreemptive(PolicyKind policy);

enum class FairShareBy { User, VirtualCluster };

// Knobs of the policies that have them; defaults are replay-semantics.md's. All integers: the
// simulation never uses floating point, so results are bit-identical everywhere.
struct PolicyOptions {
    std::int64_t priorityAgingPerHour = 0;                // priority: points added per hour waited (0 = off)
    std::int64_t srtfRestartPenalty = 0;                  // srtf: seconds added to a preempted job's remaining time
    std::vector<std::int64_t> lasThresholds{3250, 7200};  // las: GPU-second thresholds
    std::int64_t lasStarveFactor = 0;  // las: back to Q0 after waiting > factor x run so far (0 = off)
    FairShareBy fairBy = FairShareBy::User;
};

}  // namespace debrief::replay
