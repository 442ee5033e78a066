#include "interview/loopplanner.h"
#include "interview/calibrationgap.h"

#include <QTest>

using namespace debrief::interview;

class LoopPlannerTest : public QObject {
    Q_OBJECT

private slots:
    void plan_data()
    {
        QTest::addColumn<bool>("ready");
        QTest::addColumn<QList<QDate>>("dates");
        QTest::addColumn<QDate>("decision");
        QTest::addColumn<int>("total");
        // From Mon 2 March 2026: +0, +10, +10, +10, +8, decision +7 = 45 days (March has 31 days).
        QTest::newRow("standard") << false
                                  << QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 12), QDate(2026, 3, 22),
                                                  QDate(2026, 4, 1), QDate(2026, 4, 9)}
                                  << QDate(2026, 4, 16) << 45;
        // Orchestration Ready: a week between each step, 35 days, 10 fewer.
        QTest::newRow("orchestration ready") << true
                                             << QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 9), QDate(2026, 3, 16),
                                                             QDate(2026, 3, 23), QDate(2026, 3, 30)}
                                             << QDate(2026, 4, 6) << 35;
    }

    void plan()
    {
        QFETCH(bool, ready);
        QFETCH(QList<QDate>, dates);
        QFETCH(QDate, decision);
        QFETCH(int, total);
        const LoopPlan plan = LoopPlanner::plan(QDate(2026, 3, 2), ready);
        QCOMPARE(plan.rounds.size(), 5);
        for (qsizetype i = 0; i < plan.rounds.size(); ++i) {
            QCOMPARE(plan.rounds.at(i).round, kAllRounds[std::size_t(i)]);
            QCOMPARE(plan.rounds.at(i).date, dates.at(i));
            QVERIFY(!plan.rounds.at(i).focus.isEmpty());
        }
        QCOMPARE(plan.decision, decision);
        QCOMPARE(plan.totalDays, total);
        QCOMPARE(QDate(2026, 3, 2).daysTo(plan.decision), qint64(total));
    }

    void matrixCalibration()
    {
        // self 4, 2, 3, 5 against 3, 3, 3, 2: gaps +1, -1, 0, +3; mean 3/4 = 0.75; mean |gap| 5/4 = 1.25.
        MatrixLevels levels;
        levels.self = {{MatrixDimension::ResourceAbstraction, 4},
                       {MatrixDimension::FailureIsolation, 2},
                       {MatrixDimension::CrossTeamCommunication, 3},
                       {MatrixDimension::RoadmapImpact, 5}};
        levels.interviewer = {{MatrixDimension::ResourceAbstraction, 3},
                              {MatrixDimension::FailureIsolation, 3},
                              {MatrixDimension::CrossTeamCommunication, 3},
                              {MatrixDimension::RoadmapImpact, 2}};
        const CalibrationReport report = CalibrationGap::matrix(levels);
        QCOMPARE(report.items.size(), 4);
        QCOMPARE(report.items.at(1).gap, -1);
        QCOMPARE(report.meanGap, 0.75);
        QCOMPARE(report.meanAbsoluteGap, 1.25);
        QCOMPARE(report.largestOver->subject, QStringLiteral("roadmap-impact"));
        QCOMPARE(report.largestOver->gap, 3);
        QCOMPARE(report.largestUnder->subject, QStringLiteral("failure-isolation"));
        // A dimension one side did not score is left out: 3 items, gaps +1, -1, +3 -> mean 1.
        levels.interviewer.remove(MatrixDimension::CrossTeamCommunication);
        QCOMPARE(CalibrationGap::matrix(levels).meanGap, 1.0);
        QVERIFY(!CalibrationGap::matrix({}).largestOver);
    }

    void answerCalibration()
    {
        auto score = [](const QString& who, int depth, int vision, std::uint8_t evidence) {
            AnswerScore s;
            s.interviewer = who;
            s.depth = depth;
            s.vision = vision;
            s.evidence = evidence;
            s.justification = QStringLiteral("why");
            return s;
        };
        const auto policy = std::uint8_t(VisionEvidence::ProposedPolicy);
        Session session;
        AskedQuestion a;
        a.questionId = QStringLiteral("a");
        a.scores = {score(QStringLiteral("self"), 4, 4, policy), score(QStringLiteral("ana"), 2, 3, policy)};
        AskedQuestion b;
        b.questionId = QStringLiteral("b");
        // Self Vision 4 without evidence is capped to 2, as the interviewer's would be.
        b.scores = {score(QStringLiteral("self"), 2, 4, 0), score(QStringLiteral("ana"), 3, 2, policy)};
        session.questions = {a, b};
        // a depth +2, a vision +1, b depth -1, b vision 0: mean 2/4 = 0.5.
        const CalibrationReport report = CalibrationGap::answers(session, QStringLiteral("ana"));
        QCOMPARE(report.items.size(), 4);
        QCOMPARE(report.items.at(3).self, 2);
        QCOMPARE(report.items.at(3).gap, 0);
        QCOMPARE(report.meanGap, 0.5);
        QCOMPARE(report.largestOver->subject, QStringLiteral("a depth"));
        QCOMPARE(report.largestUnder->subject, QStringLiteral("b depth"));
        QCOMPARE(CalibrationGap::answers(session, QStringLiteral("bob")).items.size(), 0);
    }
};

QTEST_GUILESS_MAIN(LoopPlannerTest)
#include "loopplannertest.moc"
