// The candidate's project portfolio and the spaced-repetition drill cards.
#include "storage/portfoliostore.h"
#include "storage/database.h"
#include "storage/drillstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace debrief::storage;
using namespace debrief::interview;

class PortfolioStoreTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

private slots:
    void init()
    {
        m_database = std::make_unique<Database>(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(m_database->open());
    }
    void cleanup() { m_database.reset(); }

    void projectsRoundTripPerCandidate()
    {
        const PortfolioStore portfolio(*m_database);
        PortfolioProject queue;
        queue.title = QStringLiteral("Queue-aware gang scheduling");
        queue.teams = {QStringLiteral("storage"), QStringLiteral("networking"), QStringLiteral("SRE")};
        queue.role = QStringLiteral("co-owner of the scheduler roll-out");
        queue.metric = QStringLiteral("GPU queue time (p95, minutes)");
        queue.before = 42.0;
        queue.after = 35.7;
        queue.lowerIsBetter = true;
        queue.kpi = Kpi::Latency;
        queue.roadmapItem = QStringLiteral("Q3: priority tiers");
        queue.months = 7;
        PortfolioProject other;
        other.title = QStringLiteral("Someone else's");
        other.lowerIsBetter = false;
        portfolio.add(QStringLiteral("Priya"), queue);
        portfolio.add(QStringLiteral("Sam"), other);
        QVERIFY(queue.id > 0);
        QList<PortfolioProject> projects = portfolio.list(QStringLiteral("Priya"));
        QCOMPARE(projects.size(), 1);
        const PortfolioProject& p = projects[0];
        QCOMPARE(p.id, queue.id);
        QCOMPARE(p.title, queue.title);
        QCOMPARE(p.teams, queue.teams);
        QCOMPARE(p.role, queue.role);
        QCOMPARE(p.metric, queue.metric);
        QCOMPARE(p.before, 42.0);
        QCOMPARE(p.after, 35.7);
        QCOMPARE(p.lowerIsBetter, true);
        QCOMPARE(p.kpi, Kpi::Latency);
        QCOMPARE(p.roadmapItem, queue.roadmapItem);
        QCOMPARE(p.months, 7);
        QCOMPARE(portfolio.list(QStringLiteral("Sam")).at(0).lowerIsBetter, false);

        queue.after = 30.0;
        queue.teams << QStringLiteral("finance");
        portfolio.update(queue);
        projects = portfolio.list(QStringLiteral("Priya"));
        QCOMPARE(projects[0].after, 30.0);
        QCOMPARE(projects[0].teams.size(), 4);
        portfolio.remove(queue.id);
        QVERIFY(portfolio.list(QStringLiteral("Priya")).isEmpty());
        // Undo of the remove: the project comes back under its old id, with every field.
        portfolio.restore(QStringLiteral("Priya"), queue);
        projects = portfolio.list(QStringLiteral("Priya"));
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects[0].id, queue.id);
        QCOMPARE(projects[0].after, 30.0);
        QCOMPARE(projects[0].teams.size(), 4);
        QVERIFY_THROWS_EXCEPTION(StorageError, portfolio.restore(QStringLiteral("Priya"), queue));  // id taken
        portfolio.remove(queue.id);
        QVERIFY_THROWS_EXCEPTION(StorageError, portfolio.remove(queue.id));
        QVERIFY_THROWS_EXCEPTION(StorageError, portfolio.update(queue));
    }

    void drillCardsAreOnePerSubjectAndComeDueInOrder()
    {
        const DrillStore drills(*m_database);
        const QDateTime monday(QDate(2024, 6, 3), QTime(8, 0), Qt::UTC);
        DrillCard question;
        question.candidate = QStringLiteral("Priya");
        question.subject = DrillSubject::Question;
        question.ref = QStringLiteral("technical-job-flow");
        question.due = monday.addDays(2);
        DrillCard dimension;
        dimension.candidate = QStringLiteral("Priya");
        dimension.subject = DrillSubject::Dimension;
        dimension.ref = QStringLiteral("failure-isolation");
        dimension.state = DrillState::Review;
        dimension.stability = 3.17;
        dimension.difficulty = 6.5;
        dimension.due = monday;
        dimension.lastReview = monday.addDays(-3);
        dimension.reps = 4;
        dimension.lapses = 1;
        drills.save(question);
        drills.save(dimension);
        QVERIFY(question.id > 0 && dimension.id > 0 && question.id != dimension.id);

        const QList<DrillCard> all = drills.list(QStringLiteral("Priya"));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].id, dimension.id);  // due first
        QCOMPARE(all[0].state, DrillState::Review);
        QCOMPARE(all[0].stability, 3.17);
        QCOMPARE(all[0].difficulty, 6.5);
        QCOMPARE(all[0].due, monday);
        QCOMPARE(all[0].lastReview, monday.addDays(-3));
        QCOMPARE(all[0].reps, 4);
        QCOMPARE(all[0].lapses, 1);
        QVERIFY(!all[1].lastReview.isValid());

        QCOMPARE(drills.due(QStringLiteral("Priya"), monday.addDays(1)).size(), 1);
        QCOMPARE(drills.due(QStringLiteral("Priya"), monday.addDays(2)).size(), 2);
        QCOMPARE(drills.due(QStringLiteral("Sam"), monday.addDays(9)).size(), 0);

        // Saving the same subject again is a review of that card, not a second card.
        DrillCard reviewed = question;
        reviewed.id = 0;
        reviewed.reps = 1;
        reviewed.state = DrillState::Learning;
        drills.save(reviewed);
        QCOMPARE(reviewed.id, question.id);
        QCOMPARE(drills.list(QStringLiteral("Priya")).size(), 2);
        const auto found = drills.find(QStringLiteral("Priya"), DrillSubject::Question, question.ref);
        QVERIFY(found.has_value());
        QCOMPARE(found->state, DrillState::Learning);
        drills.remove(question.id);
        QVERIFY(!drills.find(QStringLiteral("Priya"), DrillSubject::Question, question.ref));
    }
};

QTEST_GUILESS_MAIN(PortfolioStoreTest)
#include "portfoliostoretest.moc"
