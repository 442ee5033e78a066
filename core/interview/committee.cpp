#include "committee.h"

#include "verdictgrid.h"
#include "visioncap.h"

#include <QCoreApplication>

namespace debrief::interview {
namespace {

// The translation context of the committee's sentences.
class Committee {
    Q_DECLARE_TR_FUNCTIONS(debrief::interview::Committee)
};

// One scorer's value of one mark, in import order.
struct Scored {
    QString interviewer;
    int value = 0;
};

// The lowest and the highest value (the earlier import wins a tie); nothing when they are closer
// than kCommitteeSplitPoints.
// `name` is the mark's name in the sentence ("Depth"), `where` the answer it is about (or empty).
std::optional<CommitteeFlag> split(const QList<Scored>& scored, const QString& mark, const QString& subject,
                                   const QString& name, const QString& where, int answerIndex)
{
    if (scored.size() < 2)
        return std::nullopt;
    qsizetype low = 0, high = 0;
    for (qsizetype i = 1; i < scored.size(); ++i) {
        if (scored[i].value < scored[low].value)
            low = i;
        if (scored[i].value > scored[high].value)
            high = i;
    }
    const int apart = scored[high].value - scored[low].value;
    if (apart < kCommitteeSplitPoints)
        return std::nullopt;
    CommitteeFlag flag;
    flag.kind = CommitteeFlagKind::Split;
    flag.mark = mark;
    flag.subject = subject;
    flag.answerIndex = answerIndex;
    flag.interviewers = {scored[low].interviewer, scored[high].interviewer};
    flag.low = scored[low].value;
    flag.high = scored[high].value;
    // Always two points or more apart: no singular form needed.
    const QString sentence = Committee::tr("%1 gave %2 %3, %4 gave %5 (%6 points apart).")
                                 .arg(scored[low].interviewer, name)
                                 .arg(scored[low].value)
                                 .arg(scored[high].interviewer)
                                 .arg(scored[high].value)
                                 .arg(apart);
    flag.explanation = where.isEmpty() ? sentence : Committee::tr("%1: %2").arg(where, sentence);
    return flag;
}

QString dimensionTitle(MatrixDimension dimension, const ContentLibrary& content)
{
    for (const MatrixDimensionText& text : content.matrix().dimensions) {
        if (text.dimension == dimension && !text.name.isEmpty())
            return text.name;
    }
    return key(dimension);
}

// A scorer's answers without their drafts; an answer left with no score is dropped.
QList<AskedQuestion> submittedOnly(const QList<AskedQuestion>& answers)
{
    QList<AskedQuestion> submitted;
    for (AskedQuestion asked : answers) {
        const qsizetype scores = asked.scores.size();
        asked.scores.removeIf([](const AnswerScore& score) { return !score.submitted; });
        if (scores == 0 || !asked.scores.isEmpty())
            submitted << asked;
    }
    return submitted;
}

// The session as one scorer saw it: only that scorer's submitted answers and design scores, for the
// verdict.
Session scorerSession(const Session& session, const CommitteeScorecard& card)
{
    Session own;
    own.id = session.id;
    own.mode = session.mode;
    own.candidate = session.candidate;
    own.interviewers = {card.interviewer};
    own.rounds = session.rounds;
    own.questions = submittedOnly(card.answers);
    own.matrix = card.matrix;
    own.design = card.design;
    own.strategicFit = card.strategicFit;
    return own;
}

}  // namespace

CommitteeReview buildCommitteeReview(const Session& session, const QList<CommitteeScorecard>& scorecards,
                                     const ContentLibrary& content)
{
    CommitteeReview review;
    review.sessionId = session.id;
    review.candidate = session.candidate;
    review.startedAt = session.startedAt;
    review.mode = session.mode;
    review.rounds = session.rounds;
    review.scorecards = scorecards;

    const VerdictGrid grid = content.verdictGrid();
    const VisionCap cap(content.scales().visionCapWithoutEvidence);

    // The answers: the session's order first, then what only the scorecards have.
    const auto indexOf = [&review](RoundKind round, const QString& questionId) {
        for (qsizetype i = 0; i < review.answers.size(); ++i) {
            if (review.answers[i].round == round && review.answers[i].questionId == questionId)
                return int(i);
        }
        return -1;
    };
    const auto addAnswer = [&](RoundKind round, const QString& questionId) {
        CommitteeAnswer answer;
        answer.round = round;
        answer.questionId = questionId;
        const Question* question = content.question(questionId);
        answer.questionText = question ? question->prompt : questionId;
        review.answers << answer;
        return int(review.answers.size() - 1);
    };
    for (const AskedQuestion& question : session.questions) {
        if (indexOf(question.round, question.questionId) < 0)
            addAnswer(question.round, question.questionId);
    }
    for (qsizetype c = 0; c < scorecards.size(); ++c) {
        const CommitteeScorecard& card = scorecards[c];
        int drafts = 0;
        for (const AskedQuestion& asked : card.answers) {
            for (const AnswerScore& score : asked.scores)
                drafts += score.submitted ? 0 : 1;
        }
        review.scorecards[c].draftsLeftOut = drafts;
        for (const AskedQuestion& asked : submittedOnly(card.answers)) {
            int index = indexOf(asked.round, asked.questionId);
            if (index < 0)
                index = addAnswer(asked.round, asked.questionId);
            for (const AnswerScore& score : asked.scores) {
                if (score.depth < kTagMin || score.vision < kTagMin)
                    continue;
                const CappedVision vision = cap.apply(score);
                CommitteeMark mark;
                mark.depth = score.depth;
                mark.vision = score.vision;
                mark.effectiveVision = vision.effective;
                mark.evidence = score.evidence;
                mark.justification = score.justification;
                review.answers[index].marks.insert(card.interviewer, mark);
            }
        }
        review.verdicts.insert(card.interviewer, grid.forSession(scorerSession(session, card), card.interviewer));
    }

    // The session-level marks, each scorer's value where scored.
    const auto sessionMark = [&](const QString& markKey, const QString& title, int min, int max, const auto& valueOf) {
        CommitteeSessionMark mark;
        mark.mark = markKey;
        mark.title = title;
        mark.min = min;
        mark.max = max;
        for (const CommitteeScorecard& card : scorecards) {
            const int value = valueOf(card);
            if (value >= min && value <= max)
                mark.values.insert(card.interviewer, value);
        }
        review.sessionMarks << mark;
    };
    for (const MatrixDimension dimension : kAllDimensions)
        sessionMark(QStringLiteral("matrix:") + key(dimension), dimensionTitle(dimension, content), kMatrixMinLevel,
                    kMatrixMaxLevel, [dimension](const CommitteeScorecard& card) {
                        return card.matrix.interviewer.value(dimension, 0);
                    });
    sessionMark(QStringLiteral("design"), Committee::tr("Design"), 0, 4,
                [](const CommitteeScorecard& card) { return card.design ? card.design->designScore : -1; });
    sessionMark(QStringLiteral("metric-translation"), Committee::tr("Metric Translation"), 0, 4,
                [](const CommitteeScorecard& card) { return card.design ? card.design->metricTranslation : -1; });
    sessionMark(QStringLiteral("roadmap-alignment"), Committee::tr("Roadmap Alignment"), 0, 4,
                [](const CommitteeScorecard& card) { return card.design ? card.design->roadmapAlignment : -1; });
    sessionMark(QStringLiteral("strategic-fit"), Committee::tr("Strategic Fit"), kTagMin, kTagMax,
                [](const CommitteeScorecard& card) { return card.strategicFit; });

    // Vetoes first: one is enough to reject, whatever else the committee sees.
    for (const CommitteeScorecard& card : scorecards) {
        if (!card.design || card.design->metricTranslation != 0)
            continue;
        CommitteeFlag flag;
        flag.kind = CommitteeFlagKind::Veto;
        flag.mark = QStringLiteral("metric-translation");
        flag.subject = Committee::tr("Metric Translation");
        flag.interviewers = {card.interviewer};
        flag.explanation = Committee::tr("%1 gave Metric Translation 0: a veto, Strong No whatever else scored.")
                               .arg(card.interviewer);
        review.flags << flag;
    }
    // Then the splits, per answer in order.
    const QStringList order = review.interviewers();
    for (qsizetype i = 0; i < review.answers.size(); ++i) {
        const CommitteeAnswer& answer = review.answers[i];
        QList<Scored> depth, vision;
        for (const QString& name : order) {
            const auto mark = answer.marks.constFind(name);
            if (mark == answer.marks.cend())
                continue;
            depth << Scored{name, mark->depth};
            vision << Scored{name, mark->effectiveVision};
        }
        const QString where = Committee::tr("Question %1 (%2)").arg(i + 1).arg(title(answer.round));
        if (auto flag = split(depth, QStringLiteral("depth"), Committee::tr("Depth, question %1").arg(i + 1),
                              Committee::tr("Depth"), where, int(i)))
            review.flags << *flag;
        if (auto flag = split(vision, QStringLiteral("vision"), Committee::tr("Vision, question %1").arg(i + 1),
                              Committee::tr("Vision"), where, int(i)))
            review.flags << *flag;
    }
    for (const CommitteeSessionMark& mark : std::as_const(review.sessionMarks)) {
        QList<Scored> scored;
        for (const QString& name : order) {
            if (mark.values.contains(name))
                scored << Scored{name, mark.values.value(name)};
        }
        if (auto flag = split(scored, mark.mark, mark.title, mark.title, QString(), -1))
            review.flags << *flag;
    }
    return review;
}

}  // namespace debrief::interview
