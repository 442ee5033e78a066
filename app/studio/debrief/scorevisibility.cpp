#include "scorevisibility.h"

#include <algorithm>

namespace debrief::studio {

bool ScoreVisibility::isVisible(const interview::AskedQuestion& question, const interview::AnswerScore& score,
                                const QString& viewer)
{
    if (viewer.isEmpty())
        return score.submitted;
    if (score.interviewer == viewer)
        return true;
    const bool viewerSubmitted =
        std::any_of(question.scores.cbegin(), question.scores.cend(),
                    [&](const interview::AnswerScore& s) { return s.interviewer == viewer && s.submitted; });
    return viewerSubmitted && score.submitted;
}

interview::Session ScoreVisibility::visibleTo(const interview::Session& session, const QString& viewer)
{
    interview::Session visible = session;
    for (interview::AskedQuestion& question : visible.questions) {
        QList<interview::AnswerScore> kept;
        for (const interview::AnswerScore& score : question.scores) {
            if (isVisible(question, score, viewer))
                kept << score;
        }
        question.scores = kept;
    }
    return visible;
}

QStringList ScoreVisibility::hiddenFrom(const interview::Session& session, const QString& viewer)
{
    QStringList hidden;
    for (const interview::AskedQuestion& question : session.questions) {
        for (const interview::AnswerScore& score : question.scores) {
            if (!isVisible(question, score, viewer) && !hidden.contains(score.interviewer))
                hidden << score.interviewer;
        }
    }
    return hidden;
}

}  // namespace debrief::studio
