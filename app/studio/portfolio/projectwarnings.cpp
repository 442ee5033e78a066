#include "projectwarnings.h"

#include "studio/answercoach.h"

namespace debrief::studio {

QString ProjectWarnings::spokenText(const PortfolioProject& project)
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

QList<Mistake> ProjectWarnings::find(const ContentLibrary& content, const PortfolioProject& project)
{
    const AnswerCoach coach(content.coach(), content.mistakes());
    const CoachReport report = coach.analyse(spokenText(project), RoundKind::Screen);
    QList<Mistake> found;
    for (const CoachFinding& finding : report.findings) {
        if (finding.kind != CoachFindingKind::Mistake)
            continue;
        const QString id = finding.rule.mid(QStringLiteral("mistake:").size());
        for (const Mistake& mistake : content.mistakes()) {
            if (mistake.id == id)
                found.append(mistake);
        }
    }
    return found;
}

}  // namespace debrief::studio
