// The committee debrief's rules: every scorer's marks side by side (Vision after the cap), each
// scorer's verdict, and the flags (splits of two points or more, Metric Translation vetoes), with the
// expected flags worked out by hand from the marks below.
#include "interview/committee.h"

#include <QTest>

using namespace debrief::interview;

namespace {

constexpr std::uint8_t kPolicy = std::uint8_t(VisionEvidence::ProposedPolicy);
constexpr std::uint8_t kGain = std::uint8_t(VisionEvidence::QuantifiedGain);

const QString kAlex = QStringLiteral("Alex Moreno");
const QString kSam = QStringLiteral("Sam Okafor");
const QString kJo = QStringLiteral("Jo Lindqvist");
const QString kQ1 = QStringLiteral("technical-fifo-head-of-line");
const QString kQ2 = QStringLiteral("product-design-three-requests");

AskedQuestion answer(RoundKind round, const QString& id, const QString& who, int depth, int vision,
                     std::uint8_t evidence, const QString& justification)
{
    AskedQuestion asked;
    asked.round = round;
    asked.questionId = id;
    asked.scores << AnswerScore{who, depth, vision, evidence, justification, true};
    return asked;
}

CommitteeScorecard card(const QString& who, QList<AskedQuestion> answers, QMap<MatrixDimension, int> matrix, int design,
                        int metricTranslation, int roadmap, int fit)
{
    CommitteeScorecard scorecard;
    scorecard.interviewer = who;
    scorecard.answers = std::move(answers);
    scorecard.matrix.interviewer = std::move(matrix);
    scorecard.design = DesignRound{QStringLiteral("accelerator-roadmap-q3"), {}, design, metricTranslation, roadmap};
    scorecard.strategicFit = fit;
    return scorecard;
}

// Alex: Q1 Depth 3 Vision 3, Q2 Depth 3 Vision 4; matrix 3/3/4/3; design 3, MT 3, RA 3; fit 3.
CommitteeScorecard alex()
{
    return card(kAlex,
                {answer(RoundKind::Technical, kQ1, kAlex, 3, 3, kPolicy | kGain, QStringLiteral("EASY backfill, 20 %")),
                 answer(RoundKind::ProductDesign, kQ2, kAlex, 3, 4, kGain, QStringLiteral("budget tied to KPIs"))},
                {{MatrixDimension::ResourceAbstraction, 3},
                 {MatrixDimension::FailureIsolation, 3},
                 {MatrixDimension::CrossTeamCommunication, 4},
                 {MatrixDimension::RoadmapImpact, 3}},
                3, 3, 3, 3);
}

// Sam: Q1 Depth 1 (2 below Alex), Q2 Vision 4 with no evidence ticked: capped to 2 (2 below Alex's 4);
// failure isolation 5 (2 above Alex); everything else within one point.
CommitteeScorecard sam()
{
    return card(kSam,
                {answer(RoundKind::Technical, kQ1, kSam, 1, 3, kPolicy, QStringLiteral("named the policy")),
                 answer(RoundKind::ProductDesign, kQ2, kSam, 4, 4, 0, QStringLiteral("confident delivery"))},
                {{MatrixDimension::ResourceAbstraction, 2},
                 {MatrixDimension::FailureIsolation, 5},
                 {MatrixDimension::CrossTeamCommunication, 4},
                 {MatrixDimension::RoadmapImpact, 3}},
                2, 2, 3, 2);
}

// Jo: Alex's marks, but Metric Translation 0 (a veto) and Roadmap Alignment 2.
CommitteeScorecard jo()
{
    CommitteeScorecard scorecard = alex();
    scorecard.interviewer = kJo;
    for (AskedQuestion& asked : scorecard.answers)
        asked.scores[0].interviewer = kJo;
    scorecard.design->metricTranslation = 0;
    scorecard.design->roadmapAlignment = 2;
    return scorecard;
}

Session session()
{
    Session s;
    s.id = 12;
    s.mode = SessionMode::LiveMock;
    s.candidate = QStringLiteral("Ada Quinn");
    s.rounds = {RoundKind::Technical, RoundKind::ProductDesign};
    s.startedAt = QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC);
    s.questions << AskedQuestion{RoundKind::Technical, kQ1, 0, 600000, {}, {}}
                << AskedQuestion{RoundKind::ProductDesign, kQ2, 600000, 1800000, {}, {}};
    return s;
}

const ContentLibrary& content()
{
    static const ContentLibrary library = [] {
        ContentLibrary loaded;
        loaded.loadShipped();
        return loaded;
    }();
    return library;
}

QStringList describe(const QList<CommitteeFlag>& flags)
{
    QStringList lines;
    for (const CommitteeFlag& flag : flags)
        lines << QStringLiteral("%1 %2 %3 [%4] %5-%6 @%7")
                     .arg(flag.kind == CommitteeFlagKind::Veto ? QStringLiteral("veto") : QStringLiteral("split"))
                     .arg(flag.mark, flag.subject, flag.interviewers.join(QLatin1Char('/')))
                     .arg(flag.low)
                     .arg(flag.high)
                     .arg(flag.answerIndex);
    return lines;
}

}  // namespace

class CommitteeTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(content().errors().isEmpty()); }

    void marksSideBySideWithVisionAfterTheCap()
    {
        const CommitteeReview review = buildCommitteeReview(session(), {alex(), sam()}, content());
        QCOMPARE(review.sessionId, 12);
        QCOMPARE(review.candidate, QStringLiteral("Ada Quinn"));
        QCOMPARE(review.interviewers(), (QStringList{kAlex, kSam}));
        QCOMPARE(review.answers.size(), 2);
        QCOMPARE(review.answers[0].questionId, kQ1);
        QVERIFY(review.answers[0].questionText.startsWith(QLatin1String("Our scheduler is strict FIFO.")));
        QCOMPARE(review.answers[1].round, RoundKind::ProductDesign);
        const CommitteeMark samQ2 = review.answers[1].marks.value(kSam);
        QCOMPARE(samQ2.depth, 4);
        QCOMPARE(samQ2.vision, 4);
        QCOMPARE(samQ2.effectiveVision, 2);  // no evidence ticked: the cap
        QCOMPARE(samQ2.justification, QStringLiteral("confident delivery"));
        QCOMPARE(review.answers[1].marks.value(kAlex).effectiveVision, 4);
        QCOMPARE(review.answers[0].marks.value(kSam).evidence, kPolicy);

        // Session-level marks: 4 dimensions, Design, Metric Translation, Roadmap Alignment, Strategic Fit.
        QCOMPARE(review.sessionMarks.size(), 8);
        QCOMPARE(review.sessionMarks[1].mark, QStringLiteral("matrix:failure-isolation"));
        QCOMPARE(review.sessionMarks[1].values.value(kSam), 5);
        QCOMPARE(review.sessionMarks[1].max, 5);
        QCOMPARE(review.sessionMarks[5].title, QStringLiteral("Metric Translation"));
        QCOMPARE(review.sessionMarks[7].values, (QMap<QString, int>{{kAlex, 3}, {kSam, 2}}));
    }

    void eachScorersVerdictFromTheirOwnMarks()
    {
        const CommitteeReview review = buildCommitteeReview(session(), {alex(), sam(), jo()}, content());
        // Alex: Depth (3+3)/2 = 3, Vision (3+4)/2 = 3.5 -> 3 (half down); shipped grid D3 x V3 = Yes.
        const Verdict alexVerdict = review.verdicts.value(kAlex);
        QCOMPARE(alexVerdict.recommendation, Recommendation::Yes);
        QCOMPARE(alexVerdict.depth, 3);
        QCOMPARE(alexVerdict.vision, 3);
        QVERIFY(!alexVerdict.vetoed);
        // Sam: Depth (1+4)/2 = 2.5 -> 2, Vision (3+2)/2 = 2.5 -> 2 (the capped 2 counts); D2 x V2 = No.
        const Verdict samVerdict = review.verdicts.value(kSam);
        QCOMPARE(samVerdict.recommendation, Recommendation::No);
        QCOMPARE(samVerdict.depth, 2);
        QCOMPARE(samVerdict.vision, 2);
        QCOMPARE(samVerdict.reasons.first(),
                 QStringLiteral("Question 2: Vision 4 capped to 2: no evidence item ticked"));
        // Jo: Alex's Yes, vetoed to Strong No by Metric Translation 0.
        const Verdict joVerdict = review.verdicts.value(kJo);
        QCOMPARE(joVerdict.recommendation, Recommendation::StrongNo);
        QVERIFY(joVerdict.vetoed);
    }

    void splitsOfTwoPointsOrMoreAreFlagged()
    {
        const CommitteeReview review = buildCommitteeReview(session(), {alex(), sam()}, content());
        // Q1 Depth 3 vs 1; Q2 effective Vision 4 vs 2; failure isolation 3 vs 5. Everything else is
        // within one point (Q2 Depth 3/4, RA 3/2, Design 3/2, MT 3/2, fit 3/2) or equal.
        QCOMPARE(
            describe(review.flags),
            (QStringList{
                QStringLiteral("split depth Depth, question 1 [Sam Okafor/Alex Moreno] 1-3 @0"),
                QStringLiteral("split vision Vision, question 2 [Sam Okafor/Alex Moreno] 2-4 @1"),
                QStringLiteral("split matrix:failure-isolation Failure isolation [Alex Moreno/Sam Okafor] 3-5 @-1"),
            }));
        QCOMPARE(
            review.flags[0].explanation,
            QStringLiteral("Question 1 (Technical): Sam Okafor gave Depth 1, Alex Moreno gave 3 (2 points apart)."));
        QCOMPARE(review.flags[2].explanation,
                 QStringLiteral("Alex Moreno gave Failure isolation 3, Sam Okafor gave 5 (2 points apart)."));
    }

    void aVetoIsFlaggedFirst()
    {
        const CommitteeReview pair = buildCommitteeReview(session(), {alex(), jo()}, content());
        // Jo agrees with Alex within a point everywhere (RA 3/2) but gave Metric Translation 0: the
        // veto, and the same mark 3 points from Alex's 3 as a split.
        QCOMPARE(describe(pair.flags),
                 (QStringList{
                     QStringLiteral("veto metric-translation Metric Translation [Jo Lindqvist] 0-0 @-1"),
                     QStringLiteral("split metric-translation Metric Translation [Jo Lindqvist/Alex Moreno] 0-3 @-1"),
                 }));
        QCOMPARE(pair.flags[0].explanation,
                 QStringLiteral("Jo Lindqvist gave Metric Translation 0: a veto, Strong No whatever else scored."));

        // All three: the veto, then the splits; Metric Translation 0 against Alex's 3 is also a split,
        // and the lowest/highest pair takes the earlier import on a tie (Alex before Jo).
        const CommitteeReview all = buildCommitteeReview(session(), {alex(), sam(), jo()}, content());
        QCOMPARE(
            describe(all.flags),
            (QStringList{
                QStringLiteral("veto metric-translation Metric Translation [Jo Lindqvist] 0-0 @-1"),
                QStringLiteral("split depth Depth, question 1 [Sam Okafor/Alex Moreno] 1-3 @0"),
                QStringLiteral("split vision Vision, question 2 [Sam Okafor/Alex Moreno] 2-4 @1"),
                QStringLiteral("split matrix:failure-isolation Failure isolation [Alex Moreno/Sam Okafor] 3-5 @-1"),
                QStringLiteral("split metric-translation Metric Translation [Jo Lindqvist/Alex Moreno] 0-3 @-1"),
            }));
        QCOMPARE(all.flags[4].explanation,
                 QStringLiteral("Jo Lindqvist gave Metric Translation 0, Alex Moreno gave 3 (3 points apart)."));
    }

    void oneScorerOrUnscoredMarksFlagNothing()
    {
        QVERIFY(buildCommitteeReview(session(), {sam()}, content()).flags.isEmpty());
        CommitteeScorecard quiet = sam();
        quiet.interviewer = QStringLiteral("Quiet");
        quiet.answers.clear();
        quiet.matrix.interviewer.clear();
        quiet.design.reset();
        quiet.strategicFit = 0;
        const CommitteeReview review = buildCommitteeReview(session(), {alex(), quiet}, content());
        QVERIFY(review.flags.isEmpty());
        QVERIFY(!review.answers[0].marks.contains(QStringLiteral("Quiet")));
        QVERIFY(!review.sessionMarks[4].values.contains(QStringLiteral("Quiet")));
    }

    // Drafts (scores not submitted) are what the scorer has not handed in: no marks, no flags, no
    // part in the verdict; the review counts them per scorer.
    void draftsAreLeftOutAndCounted()
    {
        // Kim's Depth 1 / Vision 1 drafts on both answers, and one on an answer nobody else has: as
        // submitted scores they would split Depth on both answers against Alex's 3s and Vision on Q2.
        CommitteeScorecard kim =
            card(QStringLiteral("Kim Ito"),
                 {answer(RoundKind::Technical, kQ1, QStringLiteral("Kim Ito"), 1, 1, 0, {}),
                  answer(RoundKind::ProductDesign, kQ2, QStringLiteral("Kim Ito"), 1, 1, 0, {}),
                  answer(RoundKind::Leadership, QStringLiteral("draft-only"), QStringLiteral("Kim Ito"), 1, 1, 0, {})},
                 {}, -1, -1, -1, 0);
        kim.design.reset();
        for (AskedQuestion& asked : kim.answers)
            asked.scores[0].submitted = false;
        const CommitteeReview review = buildCommitteeReview(session(), {alex(), kim}, content());
        QCOMPARE(review.scorecards.size(), 2);
        QCOMPARE(review.scorecards[0].draftsLeftOut, 0);
        QCOMPARE(review.scorecards[1].draftsLeftOut, 3);
        QCOMPARE(review.scorecards[1].answers.size(), 3);  // the scorecard itself as received
        QVERIFY(review.flags.isEmpty());
        QCOMPARE(review.answers.size(), 2);  // no row for the draft-only answer
        QVERIFY(!review.answers[0].marks.contains(QStringLiteral("Kim Ito")));
        QVERIFY(!review.answers[1].marks.contains(QStringLiteral("Kim Ito")));
        const Verdict kimVerdict = review.verdicts.value(QStringLiteral("Kim Ito"));
        QCOMPARE(kimVerdict.recommendation, Recommendation::None);
        QCOMPARE(kimVerdict.reasons, QStringList{QStringLiteral("No answer scored by Kim Ito yet")});

        // Sam with Q1 still a draft: no Depth split on Q1, and a verdict over Q2 alone (Depth 4,
        // Vision 4 capped to 2) instead of (1+4)/2 = 2 and (3+2)/2 = 2.
        CommitteeScorecard samDraft = sam();
        samDraft.answers[0].scores[0].submitted = false;
        const CommitteeReview pair = buildCommitteeReview(session(), {alex(), samDraft}, content());
        QCOMPARE(pair.scorecards[1].draftsLeftOut, 1);
        QCOMPARE(
            describe(pair.flags),
            (QStringList{
                QStringLiteral("split vision Vision, question 2 [Sam Okafor/Alex Moreno] 2-4 @1"),
                QStringLiteral("split matrix:failure-isolation Failure isolation [Alex Moreno/Sam Okafor] 3-5 @-1"),
            }));
        const Verdict samVerdict = pair.verdicts.value(kSam);
        QCOMPARE(samVerdict.depth, 4);
        QCOMPARE(samVerdict.vision, 2);
        QCOMPARE(samVerdict.recommendation, Recommendation::No);
    }

    void anAnswerOnlyAScorecardHasComesAfterTheSessionsOwn()
    {
        CommitteeScorecard extra = alex();
        extra.answers.prepend(answer(RoundKind::Leadership, QStringLiteral("unknown-question"), kAlex, 2, 2, 0, {}));
        const CommitteeReview review = buildCommitteeReview(session(), {extra}, content());
        QCOMPARE(review.answers.size(), 3);
        QCOMPARE(review.answers[2].questionId, QStringLiteral("unknown-question"));
        QCOMPARE(review.answers[2].questionText, QStringLiteral("unknown-question"));
        QCOMPARE(review.answers[2].marks.value(kAlex).depth, 2);
    }
};

QTEST_GUILESS_MAIN(CommitteeTest)
#include "committeetest.moc"
