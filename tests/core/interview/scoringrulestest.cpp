// The rules of submission, locking, reopening, finishing and visibility, and of the debrief's own edits
// (Maturity Matrix levels, the recommendation), on small sessions worked out by hand.

#include "interview/scoringrules.h"

#include <QtTest>

using namespace debrief::interview;

namespace {

AnswerScore mark(const QString& who, int depth, int vision, bool submitted = false)
{
    AnswerScore score;
    score.interviewer = who;
    score.depth = depth;
    score.vision = vision;
    score.submitted = submitted;
    return score;
}

// Three questions: q0 answered and scored 3/3 by Ana (evidence and justification), q1 answered and scored Depth 2 only
// by Ana and 4/4 by Ben, q2 never answered.
Session panelSession()
{
    Session session;
    session.mode = SessionMode::LiveMock;
    session.interviewers = {QStringLiteral("Ana"), QStringLiteral("Ben")};
    AskedQuestion q0;
    q0.answer = QStringLiteral("We cut p95 by 30 %");
    q0.scores = {mark(QStringLiteral("Ana"), 3, 3)};
    q0.scores[0].evidence = std::uint8_t(VisionEvidence::QuantifiedGain);  // Ana's Vision 3 rests on evidence
    q0.scores[0].justification = QStringLiteral("30 % on p95");
    AskedQuestion q1;
    q1.answer = QStringLiteral("Packing");
    q1.scores = {mark(QStringLiteral("Ana"), 2, 0), mark(QStringLiteral("Ben"), 4, 4)};
    AskedQuestion q2;
    session.questions = {q0, q1, q2};
    return session;
}

}  // namespace

class ScoringRulesTest : public QObject {
    Q_OBJECT

private slots:
    void summaryListsWhatIsUnscoredAndUnanswered()
    {
        const Session session = panelSession();
        const SubmissionSummary ana = ScoringRules::summary(session, QStringLiteral("Ana"));
        QCOMPARE(ana.questions, 3);
        QCOMPARE(ana.scored, QList<int>{0});
        QCOMPARE(ana.unscored, (QList<int>{1, 2}));
        QCOMPARE(ana.unanswered, QList<int>{2});
        QCOMPARE(ScoringRules::unscoredLine(ana), QStringLiteral("2 of 3 questions have no Depth or no Vision: 2, 3"));
        QCOMPARE(ScoringRules::unansweredLine(session), QStringLiteral("1 of 3 questions have no answer: 3"));
        const SubmissionSummary ben = ScoringRules::summary(session, QStringLiteral("Ben"));
        QCOMPARE(ben.scored, QList<int>{1});
    }

    void submittingLocksOnlyThatScorer()
    {
        Session session = panelSession();
        QVERIFY(ScoringRules::submitRefusal(session, QStringLiteral("Ana")).isEmpty());
        QVERIFY(ScoringRules::scoreRefusal(session, QStringLiteral("Ana")).isEmpty());
        for (AskedQuestion& q : session.questions)
            q.scores = ScoringRules::withSubmission(q.scores, QStringLiteral("Ana"), true);
        QVERIFY(ScoringRules::hasSubmitted(session, QStringLiteral("Ana")));
        QVERIFY(!ScoringRules::hasSubmitted(session, QStringLiteral("Ben")));
        // Every one of Ana's marks is submitted, the partial one too; Ben's stay drafts.
        QVERIFY(session.questions[0].scores[0].submitted);
        QVERIFY(session.questions[1].scores[0].submitted);
        QVERIFY(!session.questions[1].scores[1].submitted);
        QCOMPARE(ScoringRules::scoreRefusal(session, QStringLiteral("Ana")),
                 QStringLiteral("Ana's scores are submitted and locked. Reopen them to change a mark."));
        QVERIFY(ScoringRules::scoreRefusal(session, QStringLiteral("Ben")).isEmpty());
        QCOMPARE(ScoringRules::submitRefusal(session, QStringLiteral("Ana")),
                 QStringLiteral("These scores are already submitted."));
    }

    void aPanelVisionAboveTheCapNeedsItsEvidenceToBeSubmitted()
    {
        Session session = panelSession();
        // Ben's Vision 4 on q1 has no evidence and no justification: his file could not carry it.
        QCOMPARE(ScoringRules::submitRefusal(session, QStringLiteral("Ben")),
                 QStringLiteral("A Vision above 2 needs an evidence item and a written justification before it is "
                                "submitted: question 2. Complete them or lower the Vision."));
        session.questions[1].scores[1].evidence = std::uint8_t(VisionEvidence::QuantifiedGain);
        QVERIFY(!ScoringRules::submitRefusal(session, QStringLiteral("Ben")).isEmpty());  // still no justification
        session.questions[1].scores[1].justification = QStringLiteral("named the saving");
        QVERIFY(ScoringRules::submitRefusal(session, QStringLiteral("Ben")).isEmpty());
        // With a cap of 4 nothing is above it.
        session.questions[1].scores[1].justification.clear();
        QVERIFY(ScoringRules::submitRefusal(session, QStringLiteral("Ben"), 4).isEmpty());
        // The candidate's own marks are never exchanged: submitted as they are.
        session.questions[0].scores << mark(kSelfScorer, 3, 4);
        QVERIFY(ScoringRules::submitRefusal(session, kSelfScorer).isEmpty());
    }

    void reopeningUnlocks()
    {
        Session session = panelSession();
        QCOMPARE(ScoringRules::reopenRefusal(session, QStringLiteral("Ana")),
                 QStringLiteral("These scores are not submitted: there is nothing to reopen."));
        for (AskedQuestion& q : session.questions)
            q.scores = ScoringRules::withSubmission(q.scores, QStringLiteral("Ana"), true);
        QVERIFY(ScoringRules::reopenRefusal(session, QStringLiteral("Ana")).isEmpty());
        for (AskedQuestion& q : session.questions)
            q.scores = ScoringRules::withSubmission(q.scores, QStringLiteral("Ana"), false);
        QVERIFY(ScoringRules::scoreRefusal(session, QStringLiteral("Ana")).isEmpty());
    }

    void nothingCompleteCannotBeSubmitted()
    {
        Session session = panelSession();
        session.questions[0].scores.clear();  // Ana keeps only a Depth-only mark
        QCOMPARE(
            ScoringRules::submitRefusal(session, QStringLiteral("Ana")),
            QStringLiteral("There is nothing to submit: no answer has both a Depth and a Vision from this scorer."));
        QCOMPARE(
            ScoringRules::submitRefusal(session, QStringLiteral("Cleo")),
            QStringLiteral("There is nothing to submit: no answer has both a Depth and a Vision from this scorer."));
    }

    void aFinishedSessionTakesNoMoreRunEdits()
    {
        Session session = panelSession();
        QVERIFY(ScoringRules::runRefusal(session).isEmpty());
        session.status = SessionStatus::Interrupted;
        QVERIFY(ScoringRules::runRefusal(session).isEmpty());
        session.status = SessionStatus::Completed;
        QCOMPARE(ScoringRules::runRefusal(session),
                 QStringLiteral("The session is finished: its answers, clock and notes no longer change."));
        // Scoring goes on for whoever has not submitted.
        QVERIFY(ScoringRules::scoreRefusal(session, QStringLiteral("Ben")).isEmpty());
    }

    void selfScoresSayYour()
    {
        Session session;
        session.questions = {AskedQuestion{}};
        session.questions[0].scores = {mark(kSelfScorer, 2, 2, true)};
        QCOMPARE(ScoringRules::scoreRefusal(session, kSelfScorer),
                 QStringLiteral("Your scores are submitted and locked. Reopen them to change a mark."));
        QCOMPARE(ScoringRules::scorers(session), QStringList{kSelfScorer});
    }

    void coachFindingsBecomeEvidenceWithTheirWords()
    {
        // "cut p95 by 30 % for the storage team": 0-based offsets worked out by hand.
        const QString answer = QStringLiteral("cut p95 by 30 % for the storage team");
        const QList<CoachFinding> findings{
            {CoachFindingKind::Kpi, 4, 3, QStringLiteral("kpi:p95"), QString()},
            {CoachFindingKind::Quantified, 11, 4, QStringLiteral("percent"), QString()},
            {CoachFindingKind::Team, 24, 12, QStringLiteral("team:storage team"), QString()},
            {CoachFindingKind::Mistake, 0, 3, QStringLiteral("mistake:x"), QString()},
        };
        QCOMPARE(int(ScoringRules::evidenceFromCoach(findings)), int(VisionEvidence::TiedToKpi) |
                                                                     int(VisionEvidence::QuantifiedGain) |
                                                                     int(VisionEvidence::NamedTeams));
        QCOMPARE(ScoringRules::evidenceWords(answer, findings, VisionEvidence::QuantifiedGain),
                 QStringList{QStringLiteral("30 %")});
        QCOMPARE(ScoringRules::evidenceWords(answer, findings, VisionEvidence::NamedTeams),
                 QStringList{QStringLiteral("storage team")});
        QVERIFY(ScoringRules::evidenceWords(answer, findings, VisionEvidence::ProposedPolicy).isEmpty());
        QCOMPARE(int(ScoringRules::evidenceFromCoach({})), 0);
    }

    void wordsInsideAMistakeAreNoEvidence()
    {
        // "utilisation is always 100 percent": the absolute target spans 15-33; "100 percent" (22-33)
        // overlaps it, "utilisation" (0-11) does not.
        const QString answer = QStringLiteral("utilisation is always 100 percent");
        const QList<CoachFinding> findings{
            {CoachFindingKind::Kpi, 0, 11, QStringLiteral("kpi:utilisation"), QString()},
            {CoachFindingKind::Mistake, 15, 18, QStringLiteral("mistake:absolute-target"), QString()},
            {CoachFindingKind::Quantified, 22, 11, QStringLiteral("percent"), QString()},
        };
        QCOMPARE(int(ScoringRules::evidenceFromCoach(findings)), int(VisionEvidence::TiedToKpi));
        QVERIFY(ScoringRules::evidenceWords(answer, findings, VisionEvidence::QuantifiedGain).isEmpty());
        QCOMPARE(ScoringRules::evidenceWords(answer, findings, VisionEvidence::TiedToKpi),
                 QStringList{QStringLiteral("utilisation")});
    }

    // The debrief comes after the session: levels and the recommendation are taken whatever the status,
    // finished included, while the run's own edits are refused.
    void aFinishedSessionStillTakesTheDebrief_data()
    {
        QTest::addColumn<SessionStatus>("status");
        QTest::newRow("in progress") << SessionStatus::InProgress;
        QTest::newRow("interrupted") << SessionStatus::Interrupted;
        QTest::newRow("finished") << SessionStatus::Completed;
    }

    void aFinishedSessionStillTakesTheDebrief()
    {
        QFETCH(SessionStatus, status);
        Session session = panelSession();
        session.status = status;
        QVERIFY(ScoringRules::matrixLevelRefusal(session, 4).isEmpty());
        QVERIFY(ScoringRules::matrixLevelRefusal(session, 0).isEmpty());  // clearing
        for (Recommendation r :
             {Recommendation::StrongNo, Recommendation::No, Recommendation::Yes, Recommendation::StrongYes})
            QVERIFY(ScoringRules::recommendationRefusal(session, r).isEmpty());
        QCOMPARE(ScoringRules::runRefusal(session).isEmpty(), status != SessionStatus::Completed);
    }

    void aRecommendationIsOneOfTheFour()
    {
        const Session session = panelSession();
        // No neutral option: "none" is what a session has before anyone decided, never a choice.
        QCOMPARE(ScoringRules::recommendationRefusal(session, Recommendation::None),
                 QStringLiteral("Choose one of the four recommendations: there is no neutral one."));
        QVERIFY(ScoringRules::recommendationRefusal(session, Recommendation::No).isEmpty());
    }

    void aMatrixLevelRunsFromOneToFive()
    {
        const Session session = panelSession();
        // 1 and 5 are the ends of the matrix; 0 clears; 6 and -1 are off it.
        QVERIFY(ScoringRules::matrixLevelRefusal(session, 1).isEmpty());
        QVERIFY(ScoringRules::matrixLevelRefusal(session, 5).isEmpty());
        QCOMPARE(ScoringRules::matrixLevelRefusal(session, 6),
                 QStringLiteral("Level 6 is not on the Maturity Matrix: levels run from 1 to 5."));
        QCOMPARE(ScoringRules::matrixLevelRefusal(session, -1),
                 QStringLiteral("Level -1 is not on the Maturity Matrix: levels run from 1 to 5."));
    }

    void theDesignRoundIsScoredAfterTheSessionToo()
    {
        // Scores 3/0/4 (Metric Translation 0 is a score: the veto) and "not scored" -1 are taken in every
        // state, a finished session included, while its run (answers, notes) is closed.
        DesignRound round;
        round.scenarioId = QStringLiteral("accelerator-roadmap-q3");
        round.designScore = 3;
        round.metricTranslation = 0;
        round.roadmapAlignment = -1;
        for (SessionStatus status : {SessionStatus::InProgress, SessionStatus::Interrupted, SessionStatus::Completed}) {
            Session session = panelSession();
            session.status = status;
            QVERIFY(ScoringRules::designRoundRefusal(session, round).isEmpty());
            QVERIFY(ScoringRules::designRoundRefusal(session, std::nullopt).isEmpty());  // no round again
        }
        Session finished = panelSession();
        finished.status = SessionStatus::Completed;
        QVERIFY(!ScoringRules::runRefusal(finished).isEmpty());
        // 5 and -2 are off the 0-4 scale, whichever of the three scores holds them.
        round.roadmapAlignment = 5;
        QCOMPARE(ScoringRules::designRoundRefusal(finished, round),
                 QStringLiteral("A design round score runs from 0 to 4: 5 is not one."));
        round.roadmapAlignment = 4;
        round.designScore = -2;
        QCOMPARE(ScoringRules::designRoundRefusal(finished, round),
                 QStringLiteral("A design round score runs from 0 to 4: -2 is not one."));
    }
};

QTEST_MAIN(ScoringRulesTest)
#include "scoringrulestest.moc"
