#include "projectwarnings.h"

#include "interview/answercoach.h"

namespace debrief::studio {

QString ProjectWarnings::spokenText(const interview::PortfolioProject& project)
{
    // "led the rewrite" becomes "I led the rewrite", which is how the catalogue's patterns read a claim.
    QString role = project.role.trimmed();
    if (!role.isEmpty() && !role.startsWith(QLatin1String("I "), Qt::CaseInsensitive))
        role.prepend(QLatin1String("I "));
    QStringList parts;
    for (const QString& part : {role, project.title.trimmed(), project.metric.trimmed(), project.roadmapItem.trimmed()})
        if (!part.isEmpty())
            parts.append(part);
    return parts.join(QLatin1String(". "));
}

QList<interview::Mistake> ProjectWarnings::find(const interview::ContentLibrary& content,
                                                const interview::PortfolioProject& project)
{
    const interview::AnswerCoach coach(content.coach(), content.mistakes());
    const interview::CoachReport report = coach.analyse(spokenText(project), interview::RoundKind::Screen);
    QList<interview::Mistake> found;
    for (const interview::CoachFinding& finding : report.findings) {
        if (finding.kind != interview::CoachFindingKind::Mistake)
            continue;
        const QString id = finding.rule.mid(QStringLiteral("mistake:").size());
        for (const interview::Mistake& mistake : content.mistakes()) {
            if (mistake.id == id)
                found.append(mistake);
        }
    }
    return found;
}

}  // namespace debrief::studio
