#include "loopplanner.h"

namespace debrief::interview {

namespace {

constexpr std::array<int, 6> kStandardGaps{0, 10, 10, 10, 8, 7};
constexpr std::array<int, 6> kReadyGaps{0, 7, 7, 7, 7, 7};

}  // namespace

QString LoopPlanner::focus(RoundKind round)
{
    switch (round) {
    case RoundKind::Screen: return tr("Motivation and one cross-team GPU project told with its impact");
    case RoundKind::Technical:
        return tr("End-to-end job flow from scheduler to fabric, capacity planning and latency trade-offs");
    case RoundKind::Pm:
        return tr("Turning metrics into priorities: KPIs, stakeholders and the Orchestration Impact Score");
    case RoundKind::ProductDesign:
        return tr("Metrics-to-roadmap translation: map feature requests to KPIs and allocate the budget");
    case RoundKind::Leadership: return tr("Real role and scope, aligning teams, handling disagreement");
    }
    return {};
}

LoopPlan LoopPlanner::plan(const QDate& start, bool orchestrationReady)
{
    const auto& gaps = orchestrationReady ? kReadyGaps : kStandardGaps;
    LoopPlan plan;
    plan.orchestrationReady = orchestrationReady;
    int offset = 0;
    for (std::size_t i = 0; i < kAllRounds.size(); ++i) {
        offset += gaps[i];
        plan.rounds.append({kAllRounds[i], start.addDays(offset), offset, focus(kAllRounds[i])});
    }
    offset += gaps[kAllRounds.size()];
    plan.decision = start.addDays(offset);
    plan.totalDays = offset;
    return plan;
}

}  // namespace debrief::interview
