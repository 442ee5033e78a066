#include "scoringrules.h"

#include <algorithm>

namespace debrief::interview {

namespace {

bool isComplete(const AnswerScore& score)
{
    return score.depth > 0 && score.vision > 0;
}

QString numberList(const QList<int>& indices)
{
    QStringList numbers;
    for (int index : indices)
        numbers << QString::number(index + 1);
    return numbers.join(QStringLiteral(", "));
}

std::uint8_t flagFor(CoachFindingKind kind)
{
    switch (kind) {
    case CoachFindingKind::Quantified: return std::uint8_t(VisionEvidence::QuantifiedGain);
    case CoachFindingKind::Kpi: return std::uint8_t(VisionEvidence::TiedToKpi);
    case CoachFindingKind::Team: return std::uint8_t(VisionEvidence::NamedTeams);
    case CoachFindingKind::Proposal: return std::uint8_t(VisionEvidence::ProposedPolicy);
    case CoachFindingKind::Mistake: return 0;
    }
    return 0;
}

// Words inside a catalogue mistake ("always 100 percent") are not evidence of anything.
bool insideMistake(const CoachFinding& finding, const QList<CoachFinding>& findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const CoachFinding& mistake) {
        return mistake.kind == CoachFindingKind::Mistake && finding.start < mistake.start + mistake.length &&
               mistake.start < finding.start + finding.length;
    });
}

}  // namespace

bool ScoringRules::hasSubmitted(const Session& session, const QString& scorer)
{
    for (const AskedQuestion& question : session.questions) {
        for (const AnswerScore& score : question.scores) {
            if (score.interviewer == scorer && score.submitted)
                return true;
        }
    }
    return false;
}

QStringList ScoringRules::scorers(const Session& session)
{
    QStringList names;
    for (const AskedQuestion& question : session.questions) {
        for (const AnswerScore& score : question.scores) {
            if (!names.contains(score.interviewer))
                names << score.interviewer;
        }
    }
    return names;
}

QString ScoringRules::runRefusal(const Session& session)
{
    if (isFinished(session))
        return tr("The session is finished: its answers, clock and notes no longer change.");
    return {};
}

QString ScoringRules::scoreRefusal(const Session& session, const QString& scorer)
{
    if (hasSubmitted(session, scorer)) {
        return scorer == kSelfScorer
                   ? tr("Your scores are submitted and locked. Reopen them to change a mark.")
                   : tr("%1's scores are submitted and locked. Reopen them to change a mark.").arg(scorer);
    }
    return {};
}

QString ScoringRules::submitRefusal(const Session& session, const QString& scorer, int visionCap)
{
    if (hasSubmitted(session, scorer))
        return tr("These scores are already submitted.");
    const SubmissionSummary s = summary(session, scorer);
    if (s.scored.isEmpty())
        return tr("There is nothing to submit: no answer has both a Depth and a Vision from this scorer.");
    if (scorer == kSelfScorer)
        return {};
    QList<int> unbacked;
    for (int i = 0; i < session.questions.size(); ++i) {
        for (const AnswerScore& score : session.questions[i].scores) {
            if (score.interviewer == scorer && score.vision > visionCap &&
                (score.evidence == 0 || score.justification.trimmed().isEmpty()))
                unbacked << i;
        }
    }
    if (!unbacked.isEmpty())
        return tr("A Vision above %1 needs an evidence item and a written justification before it is submitted: "
                  "question %2. Complete them or lower the Vision.")
            .arg(visionCap)
            .arg(numberList(unbacked));
    return {};
}

QString ScoringRules::reopenRefusal(const Session& session, const QString& scorer)
{
    if (!hasSubmitted(session, scorer))
        return tr("These scores are not submitted: there is nothing to reopen.");
    return {};
}

SubmissionSummary ScoringRules::summary(const Session& session, const QString& scorer)
{
    SubmissionSummary s;
    s.questions = int(session.questions.size());
    for (int i = 0; i < s.questions; ++i) {
        const AskedQuestion& question = session.questions[i];
        const auto mine = std::find_if(question.scores.cbegin(), question.scores.cend(),
                                       [&](const AnswerScore& score) { return score.interviewer == scorer; });
        if (mine != question.scores.cend() && isComplete(*mine))
            s.scored << i;
        else
            s.unscored << i;
        if (question.answer.trimmed().isEmpty())
            s.unanswered << i;
    }
    return s;
}

QList<int> ScoringRules::unansweredQuestions(const Session& session)
{
    QList<int> unanswered;
    for (int i = 0; i < session.questions.size(); ++i) {
        if (session.questions[i].answer.trimmed().isEmpty())
            unanswered << i;
    }
    return unanswered;
}

QString ScoringRules::unscoredLine(const SubmissionSummary& summary)
{
    if (summary.unscored.isEmpty())
        return {};
    return tr("%1 of %2 questions have no Depth or no Vision: %3")
        .arg(summary.unscored.size())
        .arg(summary.questions)
        .arg(numberList(summary.unscored));
}

QString ScoringRules::unansweredLine(const Session& session)
{
    const QList<int> unanswered = unansweredQuestions(session);
    if (unanswered.isEmpty())
        return {};
    return tr("%1 of %2 questions have no answer: %3")
        .arg(unanswered.size())
        .arg(session.questions.size())
        .arg(numberList(unanswered));
}

QList<AnswerScore> ScoringRules::withSubmission(const QList<AnswerScore>& scores, const QString& scorer, bool submitted)
{
    QList<AnswerScore> result = scores;
    for (AnswerScore& score : result) {
        if (score.interviewer == scorer)
            score.submitted = submitted;
    }
    return result;
}

std::uint8_t ScoringRules::evidenceFromCoach(const QList<CoachFinding>& findings)
{
    std::uint8_t flags = 0;
    for (const CoachFinding& finding : findings) {
        if (!insideMistake(finding, findings))
            flags |= flagFor(finding.kind);
    }
    return flags;
}

QStringList ScoringRules::evidenceWords(const QString& answer, const QList<CoachFinding>& findings, VisionEvidence item)
{
    QStringList words;
    for (const CoachFinding& finding : findings) {
        if (flagFor(finding.kind) != std::uint8_t(item) || insideMistake(finding, findings))
            continue;
        const QString text = answer.mid(finding.start, finding.length).simplified();
        if (!text.isEmpty() && !words.contains(text))
            words << text;
    }
    return words;
}

// The session is asked, not its status: a finished session is no bar to the debrief (see the header).
QString ScoringRules::recommendationRefusal(const Session& session, Recommendation recommendation)
{
    Q_UNUSED(session)
    if (recommendation == Recommendation::None)
        return tr("Choose one of the four recommendations: there is no neutral one.");
    return {};
}

QString ScoringRules::matrixLevelRefusal(const Session& session, int level)
{
    Q_UNUSED(session)
    if (level != 0 && (level < kMatrixMinLevel || level > kMatrixMaxLevel))
        return tr("Level %1 is not on the Maturity Matrix: levels run from %2 to %3.")
            .arg(level)
            .arg(kMatrixMinLevel)
            .arg(kMatrixMaxLevel);
    return {};
}

// As the debrief's edits, the session's status is not asked (see the header).
QString ScoringRules::designRoundRefusal(const Session& session, const std::optional<DesignRound>& round)
{
    Q_UNUSED(session)
    if (!round)
        return {};
    for (const int score : {round->designScore, round->metricTranslation, round->roadmapAlignment}) {
        if (score < -1 || score > kTagMax)
            return tr("A design round score runs from 0 to %1: %2 is not one.").arg(kTagMax).arg(score);
    }
    return {};
}

}  // namespace debrief::interview
