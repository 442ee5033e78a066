#include "orchestrationimpactscore.h"

#include <QSet>

#include <algorithm>

namespace debrief::interview {

double OrchestrationImpactScore::gainPercent(const PortfolioProject& project)
{
    if (project.before == 0.0)
        return 0.0;  // no baseline, no measurable relative gain
    const double change = project.lowerIsBetter ? project.before - project.after : project.after - project.before;
    return change / std::abs(project.before) * 100.0;
}

int OrchestrationImpactScore::collaborations(const PortfolioProject& project)
{
    QSet<QString> teams;
    for (const QString& team : project.teams)
        if (!team.trimmed().isEmpty())
            teams.insert(team.trimmed().toCaseFolded());
    return int(teams.size());
}

ProjectImpact OrchestrationImpactScore::forProject(const PortfolioProject& project)
{
    ProjectImpact impact;
    impact.title = project.title;
    impact.collaborations = collaborations(project);
    impact.gainPercent = gainPercent(project);
    impact.score = impact.collaborations * std::max(impact.gainPercent, 0.0);
    return impact;
}

PortfolioImpact OrchestrationImpactScore::forPortfolio(const QList<PortfolioProject>& projects)
{
    PortfolioImpact portfolio;
    for (const PortfolioProject& project : projects) {
        const ProjectImpact impact = forProject(project);
        portfolio.total += impact.score;
        if (impact.collaborations > 0)
            portfolio.crossTeamMonths += std::max(project.months, 0);
        portfolio.projects.append(impact);
    }
    portfolio.orchestrationReady = portfolio.crossTeamMonths >= kReadyMonths;
    portfolio.readyReason =
        portfolio.orchestrationReady
            ? tr("Orchestration Ready: %n month(s) of cross-team orchestration work (at least %1 needed)", nullptr,
                 portfolio.crossTeamMonths)
                  .arg(kReadyMonths)
            : tr("Not Orchestration Ready: %n month(s) of cross-team orchestration work, %1 needed", nullptr,
                 portfolio.crossTeamMonths)
                  .arg(kReadyMonths);
    return portfolio;
}

}  // namespace debrief::interview
