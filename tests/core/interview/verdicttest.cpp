#include "interview/verdictgrid.h"
#include "interview/visioncap.h"

#include <QTest>

using namespace debrief::interview;

namespace {

constexpr auto SN = Recommendation::StrongNo;
constexpr auto N = Recommendation::No;
constexpr auto Y = Recommendation::Yes;
constexpr auto SY = Recommendation::StrongYes;

// The fixture grid (tests/data/studio/shipped/scales.json), rows Depth 1-4, columns Vision 1-4.
const VerdictCells kCells{{{SN, SN, N, N}, {SN, N, N, Y}, {N, N, Y, SY}, {N, N, Y, SY}}};

constexpr std::uint8_t kPolicy = std::uint8_t(VisionEvidence::ProposedPolicy);

AnswerScore tag(const QString& who, int depth, int vision, std::uint8_t evidence = kPolicy,
                const QString& justification = QStringLiteral("proposed a priority queue, 5 % latency gain"))
{
    AnswerScore score;
    score.interviewer = who;
    score.depth = depth;
    score.vision = vision;
    score.evidence = evidence;
    score.justification = justification;
    score.submitted = true;
    return score;
}

Session sessionWith(const QList<AnswerScore>& scores)
{
    Session session;
    for (const AnswerScore& score : scores) {
        AskedQuestion question;
        question.scores.append(score);
        session.questions.append(question);
    }
    return session;
}

}  // namespace

class VerdictTest : public QObject {
    Q_OBJECT

private slots:
    void visionCap_data()
    {
        QTest::addColumn<int>("vision");
        QTest::addColumn<int>("evidence");
        QTest::addColumn<QString>("justification");
        QTest::addColumn<int>("effective");
        QTest::addColumn<bool>("capped");
        QTest::addColumn<QString>("reason");
        QTest::newRow("both pieces") << 3 << int(kPolicy) << "named storage and SRE" << 3 << false << "";
        QTest::newRow("no evidence") << 3 << 0 << "named storage and SRE" << 2 << true
                                     << "Vision 3 capped to 2: no evidence item ticked";
        QTest::newRow("blank justification") << 4 << int(VisionEvidence::QuantifiedGain) << "  \n " << 2 << true
                                             << "Vision 4 capped to 2: no written justification";
        QTest::newRow("neither") << 4 << 0 << "" << 2 << true
                                 << "Vision 4 capped to 2: no evidence item ticked and no written justification";
        QTest::newRow("at the cap already") << 2 << 0 << "" << 2 << false << "";
        QTest::newRow("not scored") << 0 << 0 << "" << 0 << false << "";
        // A bit outside the four evidence flags is not evidence.
        QTest::newRow("unknown flag") << 4 << 0x10 << "why" << 2 << true
                                      << "Vision 4 capped to 2: no evidence item ticked";
        QTest::newRow("all evidence") << 4 << int(kAllEvidence) << "why" << 4 << false << "";
    }

    void visionCap()
    {
        QFETCH(int, vision);
        QFETCH(int, evidence);
        QFETCH(QString, justification);
        QFETCH(int, effective);
        QFETCH(bool, capped);
        QFETCH(QString, reason);
        const CappedVision result = VisionCap(2).apply(vision, std::uint8_t(evidence), justification);
        QCOMPARE(result.entered, vision);
        QCOMPARE(result.effective, effective);
        QCOMPARE(result.capped, capped);
        QCOMPARE(result.reason, reason);
    }

    void visionCapFlagsWhatIsMissing()
    {
        const CappedVision result = VisionCap(2).apply(3, 0, QStringLiteral("because"));
        QVERIFY(result.missingEvidence);
        QVERIFY(!result.missingJustification);
        const CappedVision lower = VisionCap(1).apply(2, 0, QString());  // another cap from the content
        QCOMPARE(lower.effective, 1);
    }

    void gridCorners_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("vision");
        QTest::addColumn<int>("expected");
        QTest::newRow("1x1") << 1 << 1 << int(SN);
        QTest::newRow("1x4") << 1 << 4 << int(N);
        QTest::newRow("4x1 depth without vision") << 4 << 1 << int(N);
        QTest::newRow("4x4") << 4 << 4 << int(SY);
        QTest::newRow("2x4") << 2 << 4 << int(Y);
        QTest::newRow("3x3") << 3 << 3 << int(Y);
        QTest::newRow("out of range") << 5 << 1 << int(Recommendation::None);
        QTest::newRow("unscored") << 3 << 0 << int(Recommendation::None);
    }

    void gridCorners()
    {
        QFETCH(int, depth);
        QFETCH(int, vision);
        QFETCH(int, expected);
        QCOMPARE(int(VerdictGrid(kCells).cell(depth, vision)), expected);
    }

    void answerVerdictUsesTheCappedVision()
    {
        const VerdictGrid grid(kCells);
        // Depth 4, Vision 4 entered but no evidence: the cell is (4, 2) = No, not Strong Yes.
        const Verdict verdict = grid.forAnswer(tag(QStringLiteral("ana"), 4, 4, 0));
        QCOMPARE(verdict.recommendation, N);
        QCOMPARE(verdict.vision, 2);
        QCOMPARE(verdict.reasons, (QStringList{QStringLiteral("Vision 4 capped to 2: no evidence item ticked"),
                                               QStringLiteral("Depth 4 x Vision 2 gives No")}));
        const Verdict full = grid.forAnswer(tag(QStringLiteral("ana"), 4, 4));
        QCOMPARE(full.recommendation, SY);
        QCOMPARE(full.reasons, QStringList{QStringLiteral("Depth 4 x Vision 4 gives Strong Yes")});
        QCOMPARE(grid.forAnswer(tag(QStringLiteral("ana"), 0, 3)).recommendation, Recommendation::None);
    }

    void roundHalfDown()
    {
        QCOMPARE(VerdictGrid::roundHalfDown(2.5), 2);
        QCOMPARE(VerdictGrid::roundHalfDown(2.51), 3);
        QCOMPARE(VerdictGrid::roundHalfDown(3.0), 3);
        QCOMPARE(VerdictGrid::roundHalfDown(10.0 / 3.0), 3);
        QCOMPARE(VerdictGrid::roundHalfDown(1.49), 1);
    }

    void sessionVerdictAggregates()
    {
        // ana: (3, 4), (4, 3 -> 2 capped: no evidence), (2, 4); bob's (1, 1) is not hers.
        // Depth (3 + 4 + 2) / 3 = 3; Vision (4 + 2 + 4) / 3 = 3.33 -> 3; cell (3, 3) = Yes.
        Session session = sessionWith({tag(QStringLiteral("ana"), 3, 4), tag(QStringLiteral("ana"), 4, 3, 0),
                                       tag(QStringLiteral("ana"), 2, 4), tag(QStringLiteral("bob"), 1, 1)});
        const Verdict verdict = VerdictGrid(kCells).forSession(session, QStringLiteral("ana"));
        QCOMPARE(verdict.recommendation, Y);
        QCOMPARE(verdict.depth, 3);
        QCOMPARE(verdict.vision, 3);
        QVERIFY(!verdict.vetoed);
        QCOMPARE(verdict.reasons,
                 (QStringList{QStringLiteral("Question 2: Vision 3 capped to 2: no evidence item ticked"),
                              QStringLiteral("Over 3 scored answer(s): mean Depth 3, mean Vision 3.33 -> 3"),
                              QStringLiteral("Depth 3 x Vision 3 gives Yes")}));
        const Verdict bob = VerdictGrid(kCells).forSession(session, QStringLiteral("bob"));
        QCOMPARE(bob.recommendation, SN);
    }

    void sessionSplitLandsOnTheLowerBand()
    {
        // (3, 3) and (4, 4): means 3.5 and 3.5 round half down to (3, 3) = Yes, not Strong Yes.
        const Session session = sessionWith({tag(QStringLiteral("ana"), 3, 3), tag(QStringLiteral("ana"), 4, 4)});
        const Verdict verdict = VerdictGrid(kCells).forSession(session, QStringLiteral("ana"));
        QCOMPARE(verdict.recommendation, Y);
        // The reason says the rule in words a candidate reads, not as sums over counts.
        QCOMPARE(verdict.reasons.value(0), QStringLiteral("Over 2 scored answer(s): mean Depth 3.5 -> 3, mean Vision "
                                                          "3.5 -> 3 (a mean halfway between two scores rounds down)"));
    }

    void metricTranslationZeroVetoes_data()
    {
        QTest::addColumn<int>("metricTranslation");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("vetoed");
        QTest::newRow("zero vetoes Strong Yes") << 0 << int(SN) << true;
        QTest::newRow("one does not") << 1 << int(SY) << false;
        QTest::newRow("not scored does not") << -1 << int(SY) << false;
    }

    void metricTranslationZeroVetoes()
    {
        QFETCH(int, metricTranslation);
        QFETCH(int, expected);
        QFETCH(bool, vetoed);
        Session session = sessionWith({tag(QStringLiteral("ana"), 4, 4), tag(QStringLiteral("ana"), 4, 4)});
        session.design.emplace();
        session.design->designScore = 4;
        session.design->metricTranslation = metricTranslation;
        const Verdict verdict = VerdictGrid(kCells).forSession(session, QStringLiteral("ana"));
        QCOMPARE(int(verdict.recommendation), expected);
        QCOMPARE(verdict.vetoed, vetoed);
        QCOMPARE(
            verdict.reasons.last() ==
                QStringLiteral("Metric Translation is 0 in the product design round: Strong No whatever else scored"),
            vetoed);
    }

    void vetoWithNothingScored()
    {
        Session session;
        session.design.emplace();  // not `= DesignRound{}`: g++ 12 -O2 -fsanitize=address misreads its assign branch
        session.design->metricTranslation = 0;
        const Verdict verdict = VerdictGrid(kCells).forSession(session, QStringLiteral("ana"));
        QCOMPARE(verdict.recommendation, SN);
        QCOMPARE(verdict.reasons.first(), QStringLiteral("No answer scored by ana yet"));
        session.design->metricTranslation = 2;
        QCOMPARE(VerdictGrid(kCells).forSession(session, QStringLiteral("ana")).recommendation, Recommendation::None);
    }
};

QTEST_GUILESS_MAIN(VerdictTest)
#include "verdicttest.moc"
