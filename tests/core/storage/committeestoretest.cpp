// The committee's store: imported scorecards (checked as the exchange import checks them, one per
// interviewer, the same file twice is one entry), the decision with its reason and time, and the
// schema step v4 -> v5 that adds them to an existing database.
#include "storage/committeestore.h"
#include "storage/database.h"
#include "storage/democandidate.h"
#include "storage/schemahistory.h"
#include "storage/scorecardexchange.h"
#include "storage/scorecardrejected.h"
#include "storage/sessionstore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief::storage;
using namespace debrief::interview;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(DEBRIEF_TEST_DATA "/studio/committee/") + QLatin1String(name);
}

int count(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

}  // namespace

class CommitteeStoreTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::int64_t m_session = 0;
    ContentLibrary m_content;  // the shipped one: alex.json's ids name it

private slots:
    void initTestCase() { QVERIFY(m_content.loadShipped()); }

    // Each test gets a fresh database whose session is made by the per-interviewer import of Alex's
    // file (the studio's existing import), so the committee files name an existing session.
    void init()
    {
        static int n = 0;
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("committee%1.sqlite").arg(++n)));
        QVERIFY(m_database->open());
        const auto imported = ScorecardExchange(*m_database).importFile(dataFile("alex.json"), m_content);
        QVERIFY(imported.sessionCreated);
        m_session = imported.sessionId;
    }

    void importsListsAndRemoves()
    {
        const CommitteeStore store(*m_database);
        const auto alex = store.addFile(m_session, dataFile("alex.json"));
        QCOMPARE(alex.outcome, CommitteeStore::Outcome::Added);
        QCOMPARE(alex.scorecard.interviewer, QStringLiteral("Alex Moreno"));
        const auto sam = store.addFile(m_session, dataFile("sam-split.json"));
        QCOMPARE(sam.outcome, CommitteeStore::Outcome::Added);

        const QList<CommitteeScorecard> kept = store.list(m_session);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept[0].interviewer, QStringLiteral("Alex Moreno"));
        QCOMPARE(kept[0].sourceFile, dataFile("alex.json"));
        QVERIFY(kept[0].importedAt.isValid());
        QCOMPARE(kept[0].importedAt.timeSpec(), Qt::UTC);
        QCOMPARE(kept[1].interviewer, QStringLiteral("Sam Okafor"));
        QCOMPARE(kept[1].answers.size(), 2);
        QCOMPARE(kept[1].answers[0].questionId, QStringLiteral("technical-fifo-head-of-line"));
        QCOMPARE(kept[1].answers[0].scores.size(), 1);
        QCOMPARE(kept[1].answers[0].scores[0].depth, 1);
        QCOMPARE(kept[1].matrix.interviewer.value(MatrixDimension::FailureIsolation), 5);
        QCOMPARE(kept[1].design->designScore, 2);
        QCOMPARE(kept[1].strategicFit, 2);
        QCOMPARE(kept[1].recommendation, Recommendation::No);
        QCOMPARE(kept[1].notes.size(), 1);

        // The session the per-interviewer import made is untouched by the committee's imports.
        QCOMPARE(SessionStore(*m_database).load(m_session).interviewers, QStringList{QStringLiteral("Alex Moreno")});

        store.remove(m_session, QStringLiteral("Alex Moreno"));
        QCOMPARE(store.list(m_session).size(), 1);
        QVERIFY_THROWS_EXCEPTION(StorageError, store.remove(m_session, QStringLiteral("Alex Moreno")));
    }

    void theSameFileTwiceIsOneEntry()
    {
        const CommitteeStore store(*m_database);
        store.addFile(m_session, dataFile("sam-split.json"));
        const QDateTime first = store.list(m_session).at(0).importedAt;
        const auto again = store.addFile(m_session, dataFile("sam-split.json"));
        QCOMPARE(again.outcome, CommitteeStore::Outcome::Unchanged);
        QCOMPARE(store.list(m_session).size(), 1);
        QCOMPARE(store.list(m_session).at(0).importedAt, first);
        QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM committee_scorecards")), 1);

        // A corrected file from the same interviewer replaces the earlier one.
        QFile file(dataFile("sam-split.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray corrected = file.readAll();
        corrected.replace("\"depth\": 1", "\"depth\": 2");
        const auto replaced = store.add(m_session, corrected, QStringLiteral("sam-corrected.json"));
        QCOMPARE(replaced.outcome, CommitteeStore::Outcome::Replaced);
        QVERIFY(replaced.replaced.has_value());
        QCOMPARE(replaced.replaced->sourceFile, dataFile("sam-split.json"));
        QCOMPARE(replaced.replaced->importedAt, first);
        QCOMPARE(store.list(m_session).size(), 1);
        QCOMPARE(store.list(m_session).at(0).answers[0].scores[0].depth, 2);
        QCOMPARE(store.list(m_session).at(0).sourceFile, QStringLiteral("sam-corrected.json"));
    }

    void badFilesAreRefusedWithFileAndPath_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong version") << "wrong-version.json"
                                       << "$.version: unknown version 2 (this build reads version 1)";
        QTest::newRow("score out of range") << "out-of-range.json"
                                            << "$.answers[1].depth: 5 is out of range (1-4)";
        QTest::newRow("missing justification")
            << "missing-justification.json"
            << "$.answers[0].justification: missing justification: Vision 3 needs a written reason";
        QTest::newRow("another session") << "other-candidate.json"
                                         << "$.session.candidate: the scorecard is about Someone Else, session %1 "
                                            "about Ada Quinn";
    }

    void badFilesAreRefusedWithFileAndPath()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString path = dataFile(name.toUtf8().constData());
        const CommitteeStore store(*m_database);
        try {
            store.addFile(m_session, path);
            QFAIL("a bad scorecard was imported");
        } catch (const ScorecardRejected& rejected) {
            QCOMPARE(rejected.file(), path);
            QCOMPARE(rejected.message(), path + QStringLiteral(": ") + expected.arg(m_session));
        }
        QVERIFY(store.list(m_session).isEmpty());
    }

    // The session is named by its start time to the millisecond; the refusal says what to do.
    void aFileOfAnotherStartTimeSaysWhatToDo()
    {
        QFile file(dataFile("sam-split.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray late = file.readAll();
        late.replace("2026-11-20T14:00:00.000Z", "2026-11-20T14:00:00.001Z");
        try {
            CommitteeStore(*m_database).add(m_session, late, QStringLiteral("sam-late.json"));
            QFAIL("a scorecard of another start time was imported");
        } catch (const ScorecardRejected& rejected) {
            QCOMPARE(rejected.message(),
                     QStringLiteral("sam-late.json: $.session.startedAt: the scorecard's session started "
                                    "2026-11-20T14:00:00.001Z, session %1 started 2026-11-20T14:00:00.000Z: the "
                                    "interviewers must score the session exported from this studio (debrief-cli "
                                    "scorecard export %1 --interviewer NAME --out FILE.json) and send that file back")
                         .arg(m_session));
        }
        QVERIFY(CommitteeStore(*m_database).list(m_session).isEmpty());
    }

    // A start time without a zone is refused coming in, but a scorecard an earlier build stored with
    // one still reads: the committee stays open.
    void aStoredScorecardWithoutZoneStillReads()
    {
        QFile file(dataFile("sam-split.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray local = file.readAll();
        local.replace("2026-11-20T14:00:00.000Z", "2026-11-20T14:00:00.000");
        const CommitteeStore store(*m_database);
        QVERIFY_THROWS_EXCEPTION(ScorecardRejected, store.add(m_session, local, QStringLiteral("sam-local.json")));
        QSqlQuery insert(m_database->connection());
        insert.prepare(
            QStringLiteral("INSERT INTO committee_scorecards (session_id, interviewer, source_file, content, "
                           "imported_at) VALUES (?, 'Sam Okafor', 'sam-local.json', ?, "
                           "'2026-11-21T09:00:00.000Z')"));
        insert.addBindValue(qint64(m_session));
        insert.addBindValue(QString::fromUtf8(local));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        const QList<CommitteeScorecard> kept = store.list(m_session);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept[0].interviewer, QStringLiteral("Sam Okafor"));
        QCOMPARE(kept[0].answers[0].scores[0].depth, 1);
    }

    // "Sam Okafor " is Sam Okafor: his scorecard again, not a second scorer.
    void aNameWithStraySpacesIsTheSameScorer()
    {
        const CommitteeStore store(*m_database);
        store.addFile(m_session, dataFile("sam-split.json"));
        QFile file(dataFile("sam-split.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray spaced = file.readAll();
        spaced.replace("\"Sam Okafor\"", "\"Sam  Okafor \"");
        const auto again = store.add(m_session, spaced, QStringLiteral("sam-spaced.json"));
        QCOMPARE(again.outcome, CommitteeStore::Outcome::Replaced);
        QCOMPARE(again.scorecard.interviewer, QStringLiteral("Sam Okafor"));
        const QList<CommitteeScorecard> kept = store.list(m_session);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept[0].interviewer, QStringLiteral("Sam Okafor"));
        QCOMPARE(kept[0].sourceFile, QStringLiteral("sam-spaced.json"));
    }

    void theDecisionIsKeptWithItsReasonAndTime()
    {
        const CommitteeStore store(*m_database);
        QVERIFY(!store.decision(m_session).isRecorded());
        const QDateTime when(QDate(2026, 11, 21), QTime(9, 30, 0, 250), Qt::UTC);
        store.setDecision(m_session, CommitteeDecision{Recommendation::No, QStringLiteral("Sam's split stands"), when});
        CommitteeDecision kept = store.decision(m_session);
        QVERIFY(kept.isRecorded());
        QCOMPARE(kept.decision, Recommendation::No);
        QCOMPARE(kept.reason, QStringLiteral("Sam's split stands"));
        QCOMPARE(kept.decidedAt, when);

        // Changing it replaces it; no neutral option and no empty reason.
        store.setDecision(m_session, CommitteeDecision{Recommendation::StrongYes, QStringLiteral("changed"), {}});
        kept = store.decision(m_session);
        QCOMPARE(kept.decision, Recommendation::StrongYes);
        QVERIFY(kept.decidedAt.isValid() && kept.decidedAt > when);
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 store.setDecision(m_session, CommitteeDecision{Recommendation::None, "x", {}}));
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 store.setDecision(m_session, CommitteeDecision{Recommendation::Yes, "  ", {}}));
        QCOMPARE(store.decision(m_session).decision, Recommendation::StrongYes);
        store.clearDecision(m_session);
        QVERIFY(!store.decision(m_session).isRecorded());
        QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM committee_decisions")), 0);
    }

    void aRemovalIsUndoneAsItWas()
    {
        const CommitteeStore store(*m_database);
        store.addFile(m_session, dataFile("sam-split.json"));
        const auto entry = store.entry(m_session, QStringLiteral("Sam Okafor"));
        QVERIFY(entry.has_value());
        store.remove(m_session, QStringLiteral("Sam Okafor"));
        QVERIFY(!store.entry(m_session, QStringLiteral("Sam Okafor")));
        store.restore(m_session, *entry);
        const QList<CommitteeScorecard> kept = store.list(m_session);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept[0].importedAt, entry->importedAt);
        QCOMPARE(kept[0].sourceFile, dataFile("sam-split.json"));
    }

    void deletingTheSessionTakesItsCommitteeAlong()
    {
        const CommitteeStore store(*m_database);
        store.addFile(m_session, dataFile("alex.json"));
        store.setDecision(m_session, CommitteeDecision{Recommendation::Yes, QStringLiteral("ok"), {}});
        SessionStore(*m_database).remove(m_session);
        QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM committee_scorecards")), 0);
        QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM committee_decisions")), 0);
    }

    // The demo's newest mock comes with its committee: both interviewers' scorecards, one split.
    void theDemoHasACommittee()
    {
        DemoCandidate::fill(*m_database);
        const std::int64_t newest = SessionStore(*m_database).list().first().id;
        const CommitteeStore store(*m_database);
        const QList<CommitteeScorecard> kept = store.list(newest);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept[0].interviewer, QStringLiteral("Dana Okafor"));
        QCOMPARE(kept[1].interviewer, QStringLiteral("Lukas Brandt"));
        ContentLibrary content;
        QVERIFY(content.loadShipped(QStringLiteral(DEBRIEF_TEST_DATA "/studio/shipped")));
        const CommitteeReview review = buildCommitteeReview(SessionStore(*m_database).load(newest), kept, content);
        QCOMPARE(review.flags.size(), 1);
        QCOMPARE(review.flags[0].mark, QStringLiteral("matrix:roadmap-impact"));
        QCOMPARE(review.flags[0].interviewers,
                 (QStringList{QStringLiteral("Dana Okafor"), QStringLiteral("Lukas Brandt")}));
        // Filling the demo again replaces it, committee included.
        DemoCandidate::fill(*m_database);
        QCOMPARE(count(*m_database, QStringLiteral("SELECT COUNT(*) FROM committee_scorecards")), 2);
    }

    // A database made by the previous release (schema v4, with a session in it) gains the committee
    // tables on open and keeps its session.
    void migratesAVersion4Database()
    {
        const QString file = m_dir.filePath(QStringLiteral("v4.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (int step = 1; step <= 4; ++step) {
                for (const QString& sql : SchemaHistory::stepTo(step))
                    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
            }
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 4")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO sessions (id, mode, status, candidate, interviewers, rounds, started_at, updated_at) "
                "VALUES (9, 1, 2, 'Ada Quinn', '[\"Alex Moreno\"]', '[1, 3]', '2026-11-20T14:00:00.000Z', "
                "'2026-11-20T15:00:00.000Z')")));
            QVERIFY(!query.exec(QStringLiteral("SELECT COUNT(*) FROM committee_scorecards")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));

        Database database(file);
        QVERIFY2(database.open(), qPrintable(database.problem().message()));
        QCOMPARE(SchemaHistory::version(database.connection()), SchemaHistory::kCurrentVersion);
        QCOMPARE(SessionStore(database).load(9).candidate, QStringLiteral("Ada Quinn"));
        const CommitteeStore store(database);
        QCOMPARE(store.addFile(9, dataFile("sam-split.json")).outcome, CommitteeStore::Outcome::Added);
        store.setDecision(9, CommitteeDecision{Recommendation::No, QStringLiteral("after the migration"), {}});
        QCOMPARE(store.list(9).size(), 1);
        QCOMPARE(store.decision(9).reason, QStringLiteral("after the migration"));
        // The CHECKs of the new tables hold: a neutral decision cannot be written even by hand.
        QSqlQuery raw(database.connection());
        QVERIFY(!raw.exec(QStringLiteral("INSERT OR REPLACE INTO committee_decisions VALUES (9, -1, 'x', 'now')")));
        QVERIFY(!raw.exec(QStringLiteral("INSERT OR REPLACE INTO committee_decisions VALUES (9, 2, '  ', 'now')")));
    }
};

QTEST_GUILESS_MAIN(CommitteeStoreTest)
#include "committeestoretest.moc"
