// The database file: pragmas, transactions, a connection per thread, migrations from every earlier
// schema, and files that are refused (corrupt, not SQLite, newer) without being touched.
#include "storage/database.h"
#include "storage/analysisstore.h"
#include "storage/drillstore.h"
#include "storage/loopplanstore.h"
#include "storage/portfoliostore.h"
#include "storage/schemahistory.h"
#include "storage/sessionstore.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace debrief::storage;
using namespace debrief::interview;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// Builds a database as schema `version` of an earlier release made it, from the statements kept in
// SchemaHistory, on a plain connection (no Database involved).
void buildOldDatabase(const QString& path, int version, const QStringList& inserts)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (int step = 1; step <= version; ++step) {
            for (const QString& sql : SchemaHistory::stepTo(step))
                QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        for (const QString& sql : inserts)
            QVERIFY2(query.exec(sql), qPrintable(sql + ": " + query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

const QStringList kVersion1Rows{
    QStringLiteral("INSERT INTO sessions (id, mode, status, candidate, interviewers, rounds, started_at, updated_at, "
                   "elapsed_ms, strategic_fit, recommendation, recommendation_reason) VALUES (7, 1, 2, 'Ada', "
                   "'[\"Dana\"]', '[1]', '2024-03-01T09:00:00.000Z', '2024-03-01T10:00:00.000Z', 3600000, 3, 2, "
                   "'clear metric story')"),
    QStringLiteral("INSERT INTO questions (session_id, position, round, question_id, asked_at_ms, answered_at_ms, "
                   "answer) VALUES (7, 0, 1, 'technical-job-flow', 1000, 90000, 'The job goes to the queue')"),
    QStringLiteral("INSERT INTO scores (session_id, position, interviewer, depth, vision, evidence, justification, "
                   "submitted) VALUES (7, 0, 'Dana', 3, 3, 5, 'proposed a policy tied to queue time', 1)"),
    QStringLiteral("INSERT INTO notes (session_id, position, interviewer, elapsed_ms, text) "
                   "VALUES (7, 0, 'Dana', 45000, 'named the storage team')"),
};

const QStringList kVersion2Rows{
    QStringLiteral("INSERT INTO matrix_levels (session_id, rater, dimension, level) VALUES (7, 0, 2, 4)"),
    QStringLiteral("INSERT INTO matrix_levels (session_id, rater, dimension, level) VALUES (7, 1, 2, 3)"),
    QStringLiteral("INSERT INTO design_rounds (session_id, scenario_id, design_score, metric_translation, "
                   "roadmap_alignment) VALUES (7, 'accelerator-roadmap-q3', 3, 2, 4)"),
    QStringLiteral("INSERT INTO design_allocations (session_id, request_id, position, kpi, expected_impact_percent, "
                   "confidence, evidence, share_percent) VALUES (7, 'scheduler-redesign', 0, 0, 12, 0.7, "
                   "'replay of 10k jobs', 40)"),
};

const QStringList kVersion3Rows{
    QStringLiteral("INSERT INTO portfolio_projects (id, candidate, title, teams, role, metric, before, after, "
                   "lower_is_better, kpi, roadmap_item, months) VALUES (3, 'Ada', 'Queue-aware placement', "
                   "'[\"storage\"]', 'lead', 'p95 queueing (h)', 4.5, 1.25, 1, 0, 'scheduler', 6)"),
    QStringLiteral("INSERT INTO drill_cards (id, candidate, subject, ref, state, stability, difficulty, due, reps) "
                   "VALUES (5, 'Ada', 1, 'technical-job-flow', 2, 3.5, 5.25, '2024-03-09T09:00:00.000Z', 4)"),
};

}  // namespace

class DatabaseTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void freshDatabaseHasWalForeignKeysAndTheCurrentSchema()
    {
        Database database(path("fresh.sqlite"));
        QVERIFY2(database.open(), qPrintable(database.problem().message()));
        const QSqlDatabase db = database.connection();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1);  // NORMAL
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), SchemaHistory::kCurrentVersion);
        QCOMPARE(SchemaHistory::kCurrentVersion, 8);
        for (const char* table :
             {"sessions", "questions", "scores", "notes", "matrix_levels", "design_rounds", "design_allocations",
              "portfolio_projects", "drill_cards", "analyses", "analysis_results", "analysis_evidence",
              "committee_scorecards", "committee_decisions", "loop_plans", "loop_checklist_ticks", "drill_drafts"})
            QVERIFY2(
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                               .arg(QLatin1String(table)))
                        .toInt() == 1,
                table);
    }

    void foreignKeysAreEnforced()
    {
        Database database(path("fk.sqlite"));
        QVERIFY(database.open());
        try {
            database.write([](const QSqlDatabase& db) {
                Statement(db, QStringLiteral("INSERT INTO questions (session_id, position, round, question_id) "
                                             "VALUES (999, 0, 0, 'x')"))
                    .exec();
            });
            QFAIL("a question of a session that does not exist was stored");
        } catch (const StorageError& error) {
            QVERIFY2(error.message().contains(QLatin1String("FOREIGN KEY")), qPrintable(error.message()));
        }
        QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM questions")).toInt(), 0);
    }

    void aWriteThatFailsRollsBackEverythingInIt()
    {
        Database database(path("rollback.sqlite"));
        QVERIFY(database.open());
        const SessionStore sessions(database);
        Session session;
        session.candidate = QStringLiteral("Ada");
        session.questions << AskedQuestion{
            RoundKind::Screen, QStringLiteral("screen-a"), 0, 10, QStringLiteral("a"), {}};
        // The second question's score breaks the depth CHECK (1-4) after the session row and the first
        // question were inserted in the same transaction.
        session.questions << AskedQuestion{RoundKind::Screen,
                                           QStringLiteral("screen-b"),
                                           20,
                                           30,
                                           QStringLiteral("b"),
                                           {AnswerScore{QStringLiteral("Dana"), 9, 1, 0, {}, false}}};
        QVERIFY_THROWS_EXCEPTION(StorageError, sessions.create(session));
        const QSqlDatabase db = database.connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sessions")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM questions")).toInt(), 0);

        // A granular edit that fails leaves the session as it was (updated_at included).
        session.questions.removeLast();
        const std::int64_t id = sessions.create(session);
        const QString stamp = scalar(db, QStringLiteral("SELECT updated_at FROM sessions")).toString();
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 sessions.setScore(id, 0, AnswerScore{QStringLiteral("Dana"), 2, 7, 0, {}, false}));
        QCOMPARE(scalar(db, QStringLiteral("SELECT updated_at FROM sessions")).toString(), stamp);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM scores")).toInt(), 0);
        // The connection is usable again afterwards (no transaction left open).
        sessions.setAnswer(id, 0, QStringLiteral("after the failure"));
        QCOMPARE(sessions.load(id).questions.at(0).answer, QStringLiteral("after the failure"));
    }

    void eachThreadWritesThroughItsOwnConnection()
    {
        Database database(path("threads.sqlite"));
        QVERIFY(database.open());
        const SessionStore sessions(database);
        constexpr int kPerThread = 40;
        QString names[2];
        QString failures[2];
        auto writer = [&](int index) {
            try {
                names[index] = database.connection().connectionName();
                for (int i = 0; i < kPerThread; ++i) {
                    Session session;
                    session.candidate = QStringLiteral("thread %1").arg(index);
                    session.questions << AskedQuestion{RoundKind::Pm, QStringLiteral("pm-q"), 0, -1, {}, {}};
                    const std::int64_t id = sessions.create(session);
                    sessions.setAnswer(id, 0, QStringLiteral("answer %1").arg(i));
                }
            } catch (const StorageError& error) {
                failures[index] = error.message();
            }
        };
        std::unique_ptr<QThread> first(QThread::create(writer, 0));
        std::unique_ptr<QThread> second(QThread::create(writer, 1));
        first->start();
        second->start();
        QVERIFY(first->wait(60000));
        QVERIFY(second->wait(60000));
        QVERIFY2(failures[0].isEmpty(), qPrintable(failures[0]));
        QVERIFY2(failures[1].isEmpty(), qPrintable(failures[1]));
        QVERIFY(!names[0].isEmpty());
        QVERIFY(names[0] != names[1]);
        QVERIFY(names[0] != database.connection().connectionName());
        QCOMPARE(sessions.list().size(), 2 * kPerThread);
        // The threads' connections went away with their threads. Their thread_local cleanup runs as
        // the OS thread exits, which can be a moment after QThread::wait() returned.
        QTRY_VERIFY(!QSqlDatabase::contains(names[0]));
        QTRY_VERIFY(!QSqlDatabase::contains(names[1]));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v1") << 1;
        QTest::newRow("v2") << 2;
        QTest::newRow("v3") << 3;
        QTest::newRow("v4") << 4;
        QTest::newRow("v5") << 5;
        QTest::newRow("v6") << 6;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString file = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
        QStringList rows = kVersion1Rows;
        if (version >= 2)
            rows += kVersion2Rows;
        if (version >= 3)
            rows += kVersion3Rows;
        buildOldDatabase(file, version, rows);
        if (QTest::currentTestFailed())
            return;

        Database database(file);
        QVERIFY2(database.open(), qPrintable(database.problem().message()));
        const QSqlDatabase db = database.connection();
        QCOMPARE(SchemaHistory::version(db), SchemaHistory::kCurrentVersion);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));

        const Session session = SessionStore(database).load(7);
        QCOMPARE(session.candidate, QStringLiteral("Ada"));
        QCOMPARE(session.mode, SessionMode::LiveMock);
        QCOMPARE(session.status, SessionStatus::Completed);
        QCOMPARE(session.interviewers, QStringList{QStringLiteral("Dana")});
        QCOMPARE(session.rounds, QList<RoundKind>{RoundKind::Technical});
        QCOMPARE(session.startedAt, QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(session.recommendation, Recommendation::Yes);
        QCOMPARE(session.questions.size(), 1);
        QCOMPARE(session.questions[0].answer, QStringLiteral("The job goes to the queue"));
        QCOMPARE(session.questions[0].scores.size(), 1);
        QCOMPARE(session.questions[0].scores[0].evidence, std::uint8_t(5));
        QCOMPARE(session.notes.size(), 1);
        QCOMPARE(session.notes[0].elapsedMs, 45000);
        if (version >= 2) {
            QCOMPARE(session.matrix.self.value(MatrixDimension::CrossTeamCommunication), 4);
            QCOMPARE(session.matrix.interviewer.value(MatrixDimension::CrossTeamCommunication), 3);
            QVERIFY(session.design.has_value());
            QCOMPARE(session.design->metricTranslation, 2);
            QCOMPARE(session.design->allocations.size(), 1);
            QCOMPARE(session.design->allocations[0].sharePercent, 40.0);
        } else {
            QVERIFY(session.matrix.self.isEmpty());
            QVERIFY(!session.design.has_value());
        }
        if (version >= 3) {
            const QList<PortfolioProject> kept = PortfolioStore(database).list(QStringLiteral("Ada"));
            QCOMPARE(kept.size(), 1);
            QCOMPARE(kept[0].title, QStringLiteral("Queue-aware placement"));
            QCOMPARE(kept[0].teams, QStringList{QStringLiteral("storage")});
            QCOMPARE(kept[0].before, 4.5);
            QCOMPARE(kept[0].after, 1.25);
            QCOMPARE(kept[0].months, 6);
            QCOMPARE(scalar(db, QStringLiteral("SELECT difficulty FROM drill_cards WHERE id = 5")).toDouble(), 5.25);
            QCOMPARE(scalar(db, QStringLiteral("SELECT reps FROM drill_cards WHERE id = 5")).toInt(), 4);
        } else {
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM drill_cards")).toInt(), 0);
        }
        // The newer tables are there and usable.
        PortfolioProject project;
        project.title = QStringLiteral("Queue-aware placement");
        QVERIFY(PortfolioStore(database).add(QStringLiteral("Ada"), project) > 0);
        SavedAnalysis analysis;
        analysis.name = QStringLiteral("after the migration");
        analysis.traceName = QStringLiteral("philly.csv");
        analysis.results << SavedPolicyResult{QStringLiteral("fifo"), {}, {}, {}};
        const AnalysisStore analyses(database);
        QVERIFY(analyses.save(analysis) > 0);
        QCOMPARE(analyses.list().size(), 1);
        QCOMPARE(analyses.list()[0].policies, QStringList{QStringLiteral("fifo")});
        // The v5 -> v6 step: the loop planner's tables start empty and take a plan.
        const LoopPlanStore loop(database);
        QVERIFY(!loop.startDate(QStringLiteral("Ada")).isValid());
        QVERIFY(loop.tickedItems(QStringLiteral("Ada")).isEmpty());
        loop.setStartDate(QStringLiteral("Ada"), QDate(2024, 3, 4));
        loop.setTicked(QStringLiteral("Ada"), QStringLiteral("screen-impact-story"), true);
        QCOMPARE(loop.startDate(QStringLiteral("Ada")), QDate(2024, 3, 4));
        QCOMPARE(loop.tickedItems(QStringLiteral("Ada")), QSet<QString>{QStringLiteral("screen-impact-story")});
        // The v6 -> v7 step: drill drafts, kept per card until graded, gone with their card.
        DrillCard card;
        card.candidate = QStringLiteral("Ada");
        card.ref = QStringLiteral("after-the-migration");
        const DrillStore drills(database);
        const std::int64_t cardId = drills.save(card);
        QCOMPARE(drills.draft(cardId), QString());
        drills.setDraft(cardId, QStringLiteral("first half of an answer"));
        QCOMPARE(drills.draft(cardId), QStringLiteral("first half of an answer"));
        drills.setDraft(cardId, QStringLiteral("  "));
        QCOMPARE(drills.draft(cardId), QString());
        drills.setDraft(cardId, QStringLiteral("again"));
        drills.remove(cardId);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM drill_drafts")).toInt(), 0);
        QVERIFY_THROWS_EXCEPTION(StorageError, drills.setDraft(cardId, QStringLiteral("orphan")));
    }

    void aNewerDatabaseIsRefusedAndNotTouched()
    {
        const QString file = path("newer.sqlite");
        buildOldDatabase(file, SchemaHistory::kCurrentVersion, kVersion1Rows);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE from_the_future (x)"));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaHistory::kCurrentVersion + 1));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray before = bytesOf(file);
        QVERIFY(!before.isEmpty());

        Database database(file);
        QVERIFY(!database.open());
        QCOMPARE(database.problem().kind, DatabaseProblem::Kind::NewerVersion);
        QCOMPARE(database.problem().path, file);
        QCOMPARE(
            database.problem().message(),
            QStringLiteral("%1 was written by a newer Debrief Studio (schema version 9; this version reads up to 8)")
                .arg(file));
        QVERIFY_THROWS_EXCEPTION(StorageError, database.connection());
        QCOMPARE(bytesOf(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void aDamagedFileIsRefusedUntouchedAndBackedUp_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detail");
        QTest::newRow("random bytes") << "random.sqlite" << int(DatabaseProblem::Kind::NotSqlite) << "no SQLite header";
        QTest::newRow("truncated SQLite") << "truncated.sqlite" << int(DatabaseProblem::Kind::Corrupt) << "";
        QTest::newRow("damaged pages") << "pages.sqlite" << int(DatabaseProblem::Kind::Corrupt) << "";
        QTest::newRow("one byte short") << "short.sqlite" << int(DatabaseProblem::Kind::Corrupt) << "";
        QTest::newRow("one page short") << "page-short.sqlite" << int(DatabaseProblem::Kind::Corrupt) << "";
    }

    void aDamagedFileIsRefusedUntouchedAndBackedUp()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, detail);
        const QString file = m_dir.filePath(name);
        if (name.startsWith(QLatin1String("random"))) {
            QByteArray noise(64 * 1024, Qt::Uninitialized);
            QRandomGenerator generator(42);
            for (char& byte : noise)
                byte = char(generator.bounded(256));
            writeBytes(file, noise);
        } else {
            // A real database with enough rows to span many pages, closed (WAL checkpointed)...
            {
                Database database(file);
                QVERIFY(database.open());
                const SessionStore sessions(database);
                for (int i = 0; i < 60; ++i) {
                    Session session;
                    session.candidate = QStringLiteral("candidate %1").arg(i);
                    session.questions << AskedQuestion{
                        RoundKind::Pm, QStringLiteral("pm-q"), 0, -1, QString(2000, QLatin1Char('x')), {}};
                    sessions.create(session);
                }
            }
            QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
            QByteArray bytes = bytesOf(file);
            QVERIFY(bytes.size() > 64 * 1024);
            if (name.startsWith(QLatin1String("truncated"))) {
                bytes.truncate(bytes.size() / 2);
            } else if (name.startsWith(QLatin1String("short"))) {
                bytes.chop(1);  // SQLite itself reads this without complaint, minus the last rows
            } else if (name.startsWith(QLatin1String("page-short"))) {
                bytes.chop(4096);
            } else {
                // ...then garbage over pages 3 to 6 (the header page stays valid).
                const int pageSize = 4096;
                for (int i = 2 * pageSize; i < 6 * pageSize; ++i)
                    bytes[i] = char(0xA5 ^ (i & 0xff));
            }
            writeBytes(file, bytes);
        }
        const QByteArray before = bytesOf(file);

        Database database(file);
        QVERIFY(!database.open());
        QCOMPARE(int(database.problem().kind), kind);
        QCOMPARE(database.problem().path, file);
        QVERIFY(database.problem().message().startsWith(file));
        if (!detail.isEmpty())
            QCOMPARE(database.problem().detail, detail);
        QCOMPARE(bytesOf(file), before);
        // Refused means left as found: no -wal or -shm from the check beside it.
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(file + QStringLiteral("-shm")));

        const QString backup = database.backupAndStartFresh();
        QVERIFY(backup.startsWith(file + QLatin1Char('.')));
        QVERIFY(backup.endsWith(QLatin1String(".backup")));
        QCOMPARE(bytesOf(backup), before);
        QVERIFY(database.isOpen());
        QCOMPARE(SchemaHistory::version(database.connection()), SchemaHistory::kCurrentVersion);
        QVERIFY(SessionStore(database).list().isEmpty());

        // A second refusal of the same file name in the same second gets its own backup name.
        Database again(file);
        QVERIFY(again.open());
    }

    // A file cut short says so, in words a person can act on.
    void aFileCutShortSaysHowShort()
    {
        const QString file = path("cut.sqlite");
        {
            Database database(file);
            QVERIFY(database.open());
            Session session;
            session.candidate = QStringLiteral("Ada");
            SessionStore(database).create(session);
        }
        QByteArray bytes = bytesOf(file);
        const qsizetype size = bytes.size();
        bytes.chop(1);
        writeBytes(file, bytes);
        Database database(file);
        QVERIFY(!database.open());
        QCOMPARE(database.problem().kind, DatabaseProblem::Kind::Corrupt);
        QCOMPARE(database.problem().message(),
                 QStringLiteral("%1 is damaged (the file is %2 bytes, not a whole number of its 4096-byte pages: it "
                                "was cut short)")
                     .arg(file)
                     .arg(size - 1));
    }

    // kill -9 while a new file is set up (SQLite switching it to WAL writes page 1 under a rollback
    // journal) leaves the file and a hot -journal. That is the committed state once rolled back, not
    // damage: it opens, as a new database. The image here is the files as they lie on disk in the
    // middle of a first transaction whose pages spilled into the file, which is what a kill leaves.
    void aHotJournalLeftByAKillIsRolledBackNotRefused()
    {
        const QString live = path("live.sqlite");
        const QString image = path("killed.sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("live"));
            db.setDatabaseName(live);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size = 2")));
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (x)")));
            QVERIFY(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                              "WHERE i < 200) INSERT INTO filler SELECT randomblob(1000) FROM n")));
            QVERIFY2(QFileInfo(live + QStringLiteral("-journal")).size() > 0, "no journal while writing");
            QVERIFY2(QFileInfo(live).size() > 0, "no page spilled into the file");
            QVERIFY(QFile::copy(live, image));
            QVERIFY(QFile::copy(live + QStringLiteral("-journal"), image + QStringLiteral("-journal")));
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("live"));

        Database database(image);
        QVERIFY2(database.open(), qPrintable(database.problem().message()));
        const QSqlDatabase db = database.connection();
        QCOMPARE(SchemaHistory::version(db), SchemaHistory::kCurrentVersion);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'filler'")).toInt(), 0);
        QVERIFY(!QFile::exists(image + QStringLiteral("-journal")));
    }

    // A kill while SQLite rewrote a file in rollback mode leaves a hot -journal that belongs to it.
    // Starting fresh keeps it with the copy and takes it away from the new file, which it would
    // otherwise "roll back" into.
    void startingFreshTakesTheJournalAlong()
    {
        const QString file = path("journal.sqlite");
        QByteArray noise(8192, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char& byte : noise)
            byte = char(generator.bounded(256));
        writeBytes(file, noise);
        const QByteArray journal = QByteArray(512, '\x5a');
        writeBytes(file + QStringLiteral("-journal"), journal);
        Database database(file);
        QVERIFY(!database.open());
        QCOMPARE(database.problem().kind, DatabaseProblem::Kind::NotSqlite);
        QCOMPARE(bytesOf(file + QStringLiteral("-journal")), journal);
        const QString backup = database.backupAndStartFresh();
        QCOMPARE(bytesOf(backup), noise);
        QCOMPARE(bytesOf(backup + QStringLiteral("-journal")), journal);
        QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
        QVERIFY(database.isOpen());
    }

    // A healthy database that cannot be written is not "damaged": the message says what is read-only
    // and what to do, and nothing is left beside it.
    void aReadOnlyFolderOrFileIsNamedAsSuch()
    {
        const QString folder = path("locked");
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/healthy.sqlite");
        {
            Database database(file);
            QVERIFY(database.open());
            Session session;
            session.candidate = QStringLiteral("Ada");
            SessionStore(database).create(session);
        }
        const QByteArray before = bytesOf(file);
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QFile probe(folder + QStringLiteral("/probe"));
        const bool privileged = probe.open(QIODevice::WriteOnly);
        if (privileged) {
            probe.remove();
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("running with privileges that write anywhere");
        }
        {
            Database database(file);
            QVERIFY(!database.open());
            QCOMPARE(database.problem().kind, DatabaseProblem::Kind::ReadOnly);
            const QString message = database.problem().message();
            QVERIFY2(message.startsWith(file + QStringLiteral(" cannot be written: its folder ") + folder +
                                        QStringLiteral(" is read-only")),
                     qPrintable(message));
            QVERIFY2(!message.contains(QLatin1String("damaged")), qPrintable(message));
            // A new file in that folder is refused in the same words.
            Database fresh(folder + QStringLiteral("/new.sqlite"));
            QVERIFY(!fresh.open());
            QCOMPARE(fresh.problem().kind, DatabaseProblem::Kind::ReadOnly);
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("healthy.sqlite")});
        QVERIFY(
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

        // The file read-only in a writable folder: refused before any write, not with SQLite's words
        // on the first edit.
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
        {
            Database database(file);
            QVERIFY(!database.open());
            QCOMPARE(database.problem().kind, DatabaseProblem::Kind::ReadOnly);
            QVERIFY2(database.problem().message().startsWith(file + QStringLiteral(" cannot be written: the file is "
                                                                                   "read-only")),
                     qPrintable(database.problem().message()));
        }
        QCOMPARE(bytesOf(file), before);
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void anUnreadableFileIsRefused()
    {
        const QString file = path("unreadable.sqlite");
        {
            Database database(file);
            QVERIFY(database.open());
        }
        QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
        QFile probe(file);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with privileges that read any file");
        Database database(file);
        QVERIFY(!database.open());
        QCOMPARE(database.problem().kind, DatabaseProblem::Kind::Unreadable);
        QVERIFY(database.problem().message().startsWith(file + QStringLiteral(" cannot be read")));
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void theDefaultPathIsInTheApplicationDataFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString expected =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/debrief.sqlite");
        QCOMPARE(Database::defaultPath(), expected);
        QStandardPaths::setTestModeEnabled(false);
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "databasetest.moc"
