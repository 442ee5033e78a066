#include "interview/drillscheduler.h"

#include <QTest>

using namespace debrief::interview;

namespace {

const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-4;
}

}  // namespace

class DrillSchedulerTest : public QObject {
    Q_OBJECT

private slots:
    void newCard_data()
    {
        QTest::addColumn<int>("grade");
        QTest::addColumn<double>("stability");
        QTest::addColumn<double>("difficulty");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("state");
        // S0 = w[G-1]; D0 = w4 - (G - 3) w5 = 5.1618 - (G - 3) 1.2298; interval = round(S), at least 1.
        QTest::newRow("Again") << 1 << 0.4872 << 7.6214 << 1 << int(DrillState::Learning);
        QTest::newRow("Hard") << 2 << 1.4003 << 6.3916 << 1 << int(DrillState::Review);
        QTest::newRow("Good") << 3 << 3.7145 << 5.1618 << 4 << int(DrillState::Review);
        QTest::newRow("Easy") << 4 << 13.8206 << 3.9320 << 14 << int(DrillState::Review);
    }

    void newCard()
    {
        QFETCH(int, grade);
        QFETCH(double, stability);
        QFETCH(double, difficulty);
        QFETCH(int, days);
        QFETCH(int, state);
        const DrillCard card = DrillScheduler().review(DrillCard{}, DrillGrade(grade), kStart);
        QVERIFY2(near(card.stability, stability), qPrintable(QString::number(card.stability)));
        QVERIFY2(near(card.difficulty, difficulty), qPrintable(QString::number(card.difficulty)));
        QCOMPARE(card.due, kStart.addDays(days));
        QCOMPARE(int(card.state), state);
        QCOMPARE(card.reps, 1);
        QCOMPARE(card.lastReview, kStart);
    }

    void reviewSequence()
    {
        const DrillScheduler scheduler;
        // Day 0, Good: S 3.7145, D 5.1618, due day 4.
        DrillCard card = scheduler.review(DrillCard{}, DrillGrade::Good, kStart);
        // Day 4, Good: R = (1 + 19/81 x 4 / 3.7145)^-0.5 = 0.89350;
        // S = 3.7145 (1 + e^1.6474 (11 - 5.1618) 3.7145^-0.1367 (e^(1.0461 x 0.10650) - 1)) = 14.8081;
        // D = 0.031 x 5.1618 + 0.969 x 5.1618 = 5.1618; due round(14.8081) = 15 days later, day 19.
        const QDateTime day4 = kStart.addDays(4);
        QCOMPARE(DrillScheduler::elapsedDays(card, day4), 4);
        QVERIFY(near(DrillScheduler::retrievability(4, 3.7145), 0.89350));
        card = scheduler.review(card, DrillGrade::Good, day4);
        QVERIFY2(near(card.stability, 14.80810), qPrintable(QString::number(card.stability, 'f', 6)));
        QVERIFY(near(card.difficulty, 5.1618));
        QCOMPARE(card.due, kStart.addDays(19));
        // Day 19, Again (t = 15): R = (1 + 19/81 x 15 / 14.8081)^-0.5 = 0.89889;
        // S = 2.1072 x 5.1618^-0.0793 x (15.8081^0.3246 - 1) x e^(1.587 x 0.10111) = 3.14932;
        // D = 0.031 x 5.1618 + 0.969 x (5.1618 + 2 x 0.8975) = 6.90116; a lapse; due 3 days later, day 22.
        card = scheduler.review(card, DrillGrade::Again, kStart.addDays(19));
        QVERIFY2(near(card.stability, 3.14932), qPrintable(QString::number(card.stability, 'f', 6)));
        QVERIFY(near(card.difficulty, 6.90116));
        QCOMPARE(card.state, DrillState::Relearning);
        QCOMPARE(card.lapses, 1);
        QCOMPARE(card.due, kStart.addDays(22));
        // Day 22, Good (t = 3): R = 0.90408; S = 9.19821; D = 0.031 x 5.1618 + 0.969 x 6.90116 = 6.84723;
        // due 9 days later, day 31.
        card = scheduler.review(card, DrillGrade::Good, kStart.addDays(22));
        QVERIFY2(near(card.stability, 9.19821), qPrintable(QString::number(card.stability, 'f', 6)));
        QVERIFY(near(card.difficulty, 6.84723));
        QCOMPARE(card.state, DrillState::Review);
        QCOMPARE(card.due, kStart.addDays(31));
        QCOMPARE(card.reps, 4);
    }

    void dueToday()
    {
        DrillCard later;
        later.ref = QStringLiteral("later");
        later.state = DrillState::Review;
        later.due = kStart.addDays(3);
        DrillCard overdue = later;
        overdue.ref = QStringLiteral("overdue");
        overdue.due = kStart.addDays(-2);
        DrillCard now = later;
        now.ref = QStringLiteral("now");
        now.due = kStart;
        DrillCard fresh;
        fresh.ref = QStringLiteral("new");
        const QList<DrillCard> due = DrillScheduler::due({later, now, fresh, overdue}, kStart);
        QCOMPARE(due.size(), 3);
        QCOMPARE(due.at(0).ref, QStringLiteral("new"));
        QCOMPARE(due.at(1).ref, QStringLiteral("overdue"));
        QCOMPARE(due.at(2).ref, QStringLiteral("now"));
    }

    void cardsFromWeakScores()
    {
        Session session;
        session.candidate = QStringLiteral("sam");
        auto asked = [](const QString& id, int depth, int vision, std::uint8_t evidence) {
            AskedQuestion q;
            q.questionId = id;
            AnswerScore s;
            s.interviewer = QStringLiteral("ana");
            s.depth = depth;
            s.vision = vision;
            s.evidence = evidence;
            s.justification = QStringLiteral("why");
            q.scores = {s};
            return q;
        };
        const auto policy = std::uint8_t(VisionEvidence::ProposedPolicy);
        session.questions = {asked(QStringLiteral("strong"), 3, 3, policy),   // no card
                             asked(QStringLiteral("shallow"), 2, 4, policy),  // Depth 2
                             asked(QStringLiteral("capped"), 4, 4, 0),        // Vision 4 capped to 2
                             asked(QStringLiteral("unscored"), 0, 0, 0)};     // nothing to judge
        session.matrix.interviewer = {{MatrixDimension::FailureIsolation, 2}, {MatrixDimension::RoadmapImpact, 3}};
        DrillCard existing;
        existing.candidate = QStringLiteral("sam");
        existing.subject = DrillSubject::Question;
        existing.ref = QStringLiteral("shallow");
        const QList<DrillCard> cards =
            DrillScheduler::cardsFromSession(session, QStringLiteral("ana"), {existing}, kStart);
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.at(0).ref, QStringLiteral("capped"));
        QCOMPARE(cards.at(0).subject, DrillSubject::Question);
        QCOMPARE(cards.at(1).ref, QStringLiteral("failure-isolation"));
        QCOMPARE(cards.at(1).subject, DrillSubject::Dimension);
        QCOMPARE(cards.at(1).due, kStart);
        QCOMPARE(cards.at(1).candidate, QStringLiteral("sam"));
        QCOMPARE(DrillScheduler::cardsFromSession(session, QStringLiteral("ana"), {}, kStart).size(), 3);
    }
};

QTEST_GUILESS_MAIN(DrillSchedulerTest)
#include "drillschedulertest.moc"
