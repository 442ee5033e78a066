#include "policykind.h"

namespace debrief::replay {

std::string_view policyName(PolicyKind policy)
{
    switch (policy) {
    case PolicyKind::Fifo: return "fifo";
    case PolicyKind::FirstFit: return "first-fit";
    case PolicyKind::Sjf: return "sjf";
    case PolicyKind::EasyBackfill: return "easy-backfill";
    case PolicyKind::Priority: return "priority";
    case PolicyKind::Srtf: return "srtf";
    case PolicyKind::Las: return "las";
    case PolicyKind::Fair: return "fair";
    }
    return "fifo";
}

std::optional<PolicyKind> policyFromName(std::string_view name)
{
    for (PolicyKind policy : kAllPolicies) {
        if (policyName(policy) == name)
            return policy;
    }
    return std::nullopt;
}

bool isPreemptive(PolicyKind policy)
{
    return policy == PolicyKind::Srtf || policy == PolicyKind::Las;
}

}  // namespace debrief::replay
