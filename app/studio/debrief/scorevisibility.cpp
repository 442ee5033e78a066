#include "scorevisibility.h"

#include <algorithm>

namespace debrief::studio {

bool ScoreVisibility::isVisible(const AskedQuestion& question, const AnswerScore& score, const QString& viewer)
{
    if (viewer.isEmpty())
        return score.submitted;
    if (score.interviewer == viewer)
        return true;
    const bool viewerSubmitted =
        std::any_of(question.scores.cbegin(), question.scores.cend(),
                    [&](const AnswerScore& s) { return s.interviewer == viewer && s.submitted; });
    return viewerSubmitted && score.submitted;
}

Session ScoreVisibility::visibleTo(const Session& session, const QString& viewer)
{
    Session visible = session;
    for (AskedQuestion& question : visible.questions) {
        QList<AnswerScore> kept;
        for (const AnswerScore& score : question.scores) {
            if (isVisible(question, score, viewer))
                kept << score;
        }
        question.scores = kept;
    }
    return visible;
}

QStringList ScoreVisibility::hiddenFrom(const Session& session, const QString& viewer)
{
    QStringList hidden;
    for (const AskedQuestion& question : session.questions) {
        for (const AnswerScore& score : question.scores) {
            if (!isVisible(question, score, viewer) && !hidden.contains(score.interviewer))
                hidden << score.interviewer;
        }
    }
    return hidden;
}

}  // namespace debrief::studio
