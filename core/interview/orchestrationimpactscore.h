#pragma once

#include "session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Orchestration Impact Score (domain.md) = cross-team collaborations x measured gain in percent.
// Collaborations are the distinct non-blank teams a project names (PortfolioProject::teams lists the
// OTHER teams involved), so a solo project scores 0 whatever its gain. The gain is measured from
// before/after relative to before, in the project's direction (lowerIsBetter); a regression or a
// before of 0 counts as no gain, so one bad project cannot subtract from the others.
namespace debrief::interview {

struct ProjectImpact {
    QString title;
    int collaborations = 0;
    double gainPercent = 0.0;  // as measured, may be negative
    double score = 0.0;        // collaborations x max(gain, 0)
};

struct PortfolioImpact {
    QList<ProjectImpact> projects;
    double total = 0.0;
    // Orchestration Ready: at least kReadyMonths months summed over projects with at least one other
    // team. Months of parallel projects add up: they document that much cross-team work each.
    int crossTeamMonths = 0;
    bool orchestrationReady = false;
    QString readyReason;
};

class OrchestrationImpactScore {
    Q_DECLARE_TR_FUNCTIONS(debrief::interview::OrchestrationImpactScore)

public:
    static constexpr int kReadyMonths = 6;

    // (before - after) / before x 100 when lower is better, (after - before) / before x 100 otherwise.
    static double gainPercent(const PortfolioProject& project);
    static int collaborations(const PortfolioProject& project);
    static ProjectImpact forProject(const PortfolioProject& project);
    static PortfolioImpact forPortfolio(const QList<PortfolioProject>& projects);
};

}  // namespace debrief::interview
