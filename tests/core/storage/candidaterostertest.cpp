// The candidates the studio knows, and a new candidate's starter drill deck.
#include "storage/candidateroster.h"
#include "storage/database.h"
#include "storage/drillstore.h"
#include "storage/portfoliostore.h"
#include "storage/sessionstore.h"

#include "interview/contentlibrary.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace debrief::storage;
using namespace debrief::interview;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC);

}  // namespace

class CandidateRosterTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    ContentLibrary m_content;

private slots:
    void initTestCase() { QVERIFY(m_content.loadShipped()); }
    void init()
    {
        m_database = std::make_unique<Database>(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(m_database->open());
    }
    void cleanup() { m_database.reset(); }

    // Names from all three places, each once, in a person's order (case-insensitive).
    void namesComeFromSessionsPortfolioAndDrills()
    {
        const CandidateRoster roster(*m_database);
        QCOMPARE(roster.names(), QStringList());
        QVERIFY(!roster.contains(QStringLiteral("jordan")));

        for (const char* name : {"jordan", "Priya Raman", "jordan"}) {
            Session session;
            session.candidate = QLatin1String(name);
            session.startedAt = kNow;
            SessionStore(*m_database).create(session);
        }
        PortfolioProject project;
        project.title = QStringLiteral("Gang scheduling");
        PortfolioStore(*m_database).add(QStringLiteral("Alex"), project);
        PortfolioStore(*m_database).add(QStringLiteral("Priya Raman"), project);
        DrillCard card;
        card.candidate = QStringLiteral("Bea");
        card.ref = QStringLiteral("screen-why-infra-pm");
        card.due = kNow;
        DrillStore(*m_database).save(card);

        QCOMPARE(roster.names(), QStringList({QStringLiteral("Alex"), QStringLiteral("Bea"), QStringLiteral("jordan"),
                                              QStringLiteral("Priya Raman")}));
        QVERIFY(roster.contains(QStringLiteral("jordan")));
        QVERIFY(!roster.contains(QStringLiteral("Jordan")));  // names are kept as typed
    }

    // Five cards, one per round, due now; a second call adds nothing, and neither does a candidate
    // who already has a card of their own.
    void starterDeckOnlyForACandidateWithoutCards()
    {
        const CandidateRoster roster(*m_database);
        const DrillStore cards(*m_database);
        QCOMPARE(roster.addStarterDeck(QStringLiteral("Alex"), m_content, kNow), 5);
        QCOMPARE(cards.due(QStringLiteral("Alex"), kNow).size(), 5);
        QCOMPARE(cards.due(QStringLiteral("Alex"), kNow.addSecs(-1)).size(), 0);
        QCOMPARE(roster.names(), QStringList({QStringLiteral("Alex")}));
        QCOMPARE(roster.addStarterDeck(QStringLiteral("Alex"), m_content, kNow), 0);
        QCOMPARE(cards.list(QStringLiteral("Alex")).size(), 5);

        DrillCard own;
        own.candidate = QStringLiteral("Bea");
        own.subject = DrillSubject::Dimension;
        own.ref = QStringLiteral("roadmap-impact");
        own.due = kNow.addDays(3);
        cards.save(own);
        QCOMPARE(roster.addStarterDeck(QStringLiteral("Bea"), m_content, kNow), 0);
        QCOMPARE(cards.list(QStringLiteral("Bea")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(CandidateRosterTest)
#include "candidaterostertest.moc"
