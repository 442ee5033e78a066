// The loop planner's storage: one start date and a set of ticked checklist items per candidate.
#include "storage/loopplanstore.h"
#include "storage/database.h"
#include "storage/democandidate.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace debrief::storage;

class LoopPlanStoreTest : public QObject {
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

    void startDateIsKeptPerCandidateAndCanBeForgotten()
    {
        const LoopPlanStore loop(*m_database);
        const QString priya = QStringLiteral("Priya");
        QVERIFY(!loop.startDate(priya).isValid());
        loop.setStartDate(priya, QDate(2026, 3, 2));
        loop.setStartDate(QStringLiteral("Sam"), QDate(2026, 5, 11));
        QCOMPARE(loop.startDate(priya), QDate(2026, 3, 2));
        loop.setStartDate(priya, QDate(2026, 3, 9));  // a second pick replaces the first
        QCOMPARE(loop.startDate(priya), QDate(2026, 3, 9));
        QCOMPARE(loop.startDate(QStringLiteral("Sam")), QDate(2026, 5, 11));
        loop.setStartDate(priya, QDate());
        QVERIFY(!loop.startDate(priya).isValid());
        QCOMPARE(loop.startDate(QStringLiteral("Sam")), QDate(2026, 5, 11));
    }

    void ticksArePerCandidateAndIdempotent()
    {
        const LoopPlanStore loop(*m_database);
        const QString priya = QStringLiteral("Priya");
        loop.setTicked(priya, QStringLiteral("screen-impact-story"), true);
        loop.setTicked(priya, QStringLiteral("screen-impact-story"), true);  // ticking twice is one tick
        loop.setTicked(priya, QStringLiteral("pm-kpi-tree"), true);
        loop.setTicked(QStringLiteral("Sam"), QStringLiteral("pm-kpi-tree"), true);
        QCOMPARE(loop.tickedItems(priya),
                 (QSet<QString>{QStringLiteral("screen-impact-story"), QStringLiteral("pm-kpi-tree")}));
        loop.setTicked(priya, QStringLiteral("pm-kpi-tree"), false);
        loop.setTicked(priya, QStringLiteral("never-ticked"), false);
        QCOMPARE(loop.tickedItems(priya), QSet<QString>{QStringLiteral("screen-impact-story")});
        QCOMPARE(loop.tickedItems(QStringLiteral("Sam")), QSet<QString>{QStringLiteral("pm-kpi-tree")});
        QVERIFY_THROWS_EXCEPTION(StorageError, loop.setTicked(priya, QString(), true));
    }

    void demoCandidateHasAPlanAndIsReplacedWhole()
    {
        const LoopPlanStore loop(*m_database);
        loop.setTicked(DemoCandidate::name(), QStringLiteral("leadership-references"), true);
        DemoCandidate::fill(*m_database);
        DemoCandidate::fill(*m_database);
        QCOMPARE(loop.startDate(DemoCandidate::name()), QDate::currentDate().addDays(-8));
        const QSet<QString> ticked = loop.tickedItems(DemoCandidate::name());
        QCOMPARE(ticked.size(), 7);
        QVERIFY(ticked.contains(QStringLiteral("technical-job-flow")));
        QVERIFY(!ticked.contains(QStringLiteral("leadership-references")));  // the demo replaces, it does not add
    }
};

QTEST_GUILESS_MAIN(LoopPlanStoreTest)
#include "loopplanstoretest.moc"
