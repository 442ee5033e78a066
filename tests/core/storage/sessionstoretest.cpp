// Sessions in the database: every field round-trips, each edit is its own small write, sessions
// left running become Interrupted, and a writer killed with SIGKILL loses at most the edit in flight.
#include "storage/sessionstore.h"
#include "editscript.h"
#include "storage/database.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief::storage;
using namespace debrief::interview;

namespace {

QDateTime utc(int day, int hour, int minute, int ms = 0)
{
    return QDateTime(QDate(2024, 5, day), QTime(hour, minute, 0, ms), Qt::UTC);
}

// A session with every field set to something other than its default.
Session fullSession()
{
    Session s;
    s.mode = SessionMode::LiveMock;
    s.status = SessionStatus::Completed;
    s.candidate = QStringLiteral("Priya Raman");
    s.interviewers = {QStringLiteral("Dana Okafor"), QStringLiteral("Lukas Brandt")};
    s.rounds = {RoundKind::Technical, RoundKind::ProductDesign, RoundKind::Leadership};
    s.startedAt = utc(6, 14, 0, 125);
    s.updatedAt = utc(6, 15, 2, 990);
    s.elapsedMs = 3'723'456;
    s.currentQuestion = 2;
    s.questions << AskedQuestion{RoundKind::Technical,
                                 QStringLiteral("technical-job-flow"),
                                 1'000,
                                 181'000,
                                 QStringLiteral("Scheduler admits, placement packs by NVLink island, the fabric..."),
                                 {AnswerScore{QStringLiteral("Dana Okafor"), 3, 3, 0b0101,
                                              QStringLiteral("proposed gang scheduling, tied to queue time"), true},
                                  AnswerScore{QStringLiteral("Lukas Brandt"), 4, 2, 0, {}, false}}};
    s.questions << AskedQuestion{RoundKind::ProductDesign,
                                 QStringLiteral("design-accelerator-roadmap"),
                                 200'000,
                                 -1,
                                 QStringLiteral("40 % to the scheduler redesign: +12 % utilisation"),
                                 {AnswerScore{QStringLiteral("Dana Okafor"), 2, 4, 0x0f,
                                              QStringLiteral("every evidence item, named storage and SRE"), true}}};
    s.questions << AskedQuestion{RoundKind::Leadership, QStringLiteral("leadership-conflict"), -1, -1, {}, {}};
    s.notes << SessionNote{QStringLiteral("Dana Okafor"), 45'250, QStringLiteral("jumped to CUDA at first")}
            << SessionNote{QStringLiteral("Lukas Brandt"), 1'200'000, QStringLiteral("good recovery: queue time p95")};
    s.matrix.self = {{MatrixDimension::ResourceAbstraction, 4}, {MatrixDimension::RoadmapImpact, 3}};
    s.matrix.interviewer = {{MatrixDimension::ResourceAbstraction, 3},
                            {MatrixDimension::FailureIsolation, 2},
                            {MatrixDimension::CrossTeamCommunication, 5},
                            {MatrixDimension::RoadmapImpact, 1}};
    DesignRound design;
    design.scenarioId = QStringLiteral("accelerator-roadmap-q3");
    design.allocations
        << DesignAllocation{QStringLiteral("scheduler-redesign"),
                            Kpi::Throughput,
                            12.5,
                            0.75,
                            QStringLiteral("replay of 10k jobs"),
                            40.0}
        << DesignAllocation{QStringLiteral("monitoring-dashboard"), Kpi::Observability, 6.0, 0.5, {}, 35.0}
        << DesignAllocation{QStringLiteral("tensor-core"),    Kpi::Latency, 3.25, 0.25,
                            QStringLiteral("vendor numbers"), 25.0};
    design.designScore = 3;
    design.metricTranslation = 0;
    design.roadmapAlignment = 4;
    s.design = design;
    s.strategicFit = 3;
    s.recommendation = Recommendation::StrongYes;
    s.recommendationReason = QStringLiteral("metric story end to end");
    return s;
}

void compareSessions(const Session& actual, const Session& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.mode, expected.mode);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.candidate, expected.candidate);
    QCOMPARE(actual.interviewers, expected.interviewers);
    QCOMPARE(actual.rounds, expected.rounds);
    QCOMPARE(actual.startedAt, expected.startedAt);
    QCOMPARE(actual.updatedAt, expected.updatedAt);
    QCOMPARE(actual.elapsedMs, expected.elapsedMs);
    QCOMPARE(actual.currentQuestion, expected.currentQuestion);
    QCOMPARE(actual.questions.size(), expected.questions.size());
    for (qsizetype i = 0; i < expected.questions.size(); ++i) {
        const AskedQuestion& a = actual.questions[i];
        const AskedQuestion& e = expected.questions[i];
        QCOMPARE(a.round, e.round);
        QCOMPARE(a.questionId, e.questionId);
        QCOMPARE(a.askedAtMs, e.askedAtMs);
        QCOMPARE(a.answeredAtMs, e.answeredAtMs);
        QCOMPARE(a.answer, e.answer);
        QCOMPARE(a.scores.size(), e.scores.size());
        for (qsizetype j = 0; j < e.scores.size(); ++j) {
            QCOMPARE(a.scores[j].interviewer, e.scores[j].interviewer);
            QCOMPARE(a.scores[j].depth, e.scores[j].depth);
            QCOMPARE(a.scores[j].vision, e.scores[j].vision);
            QCOMPARE(a.scores[j].evidence, e.scores[j].evidence);
            QCOMPARE(a.scores[j].justification, e.scores[j].justification);
            QCOMPARE(a.scores[j].submitted, e.scores[j].submitted);
        }
    }
    QCOMPARE(actual.notes.size(), expected.notes.size());
    for (qsizetype i = 0; i < expected.notes.size(); ++i) {
        QCOMPARE(actual.notes[i].interviewer, expected.notes[i].interviewer);
        QCOMPARE(actual.notes[i].elapsedMs, expected.notes[i].elapsedMs);
        QCOMPARE(actual.notes[i].text, expected.notes[i].text);
    }
    QCOMPARE(actual.matrix.self, expected.matrix.self);
    QCOMPARE(actual.matrix.interviewer, expected.matrix.interviewer);
    QCOMPARE(actual.design.has_value(), expected.design.has_value());
    if (expected.design) {
        QCOMPARE(actual.design->scenarioId, expected.design->scenarioId);
        QCOMPARE(actual.design->designScore, expected.design->designScore);
        QCOMPARE(actual.design->metricTranslation, expected.design->metricTranslation);
        QCOMPARE(actual.design->roadmapAlignment, expected.design->roadmapAlignment);
        QCOMPARE(actual.design->allocations.size(), expected.design->allocations.size());
        for (qsizetype i = 0; i < expected.design->allocations.size(); ++i) {
            const DesignAllocation& a = actual.design->allocations[i];
            const DesignAllocation& e = expected.design->allocations[i];
            QCOMPARE(a.requestId, e.requestId);
            QCOMPARE(a.kpi, e.kpi);
            QCOMPARE(a.expectedImpactPercent, e.expectedImpactPercent);
            QCOMPARE(a.confidence, e.confidence);
            QCOMPARE(a.evidence, e.evidence);
            QCOMPARE(a.sharePercent, e.sharePercent);
        }
    }
    QCOMPARE(actual.strategicFit, expected.strategicFit);
    QCOMPARE(actual.recommendation, expected.recommendation);
    QCOMPARE(actual.recommendationReason, expected.recommendationReason);
}

int rowCount(const Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : -1;
}

}  // namespace

class SessionStoreTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

private slots:
    void init()
    {
        m_database = std::make_unique<Database>(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY2(m_database->open(), qPrintable(m_database->problem().message()));
    }
    void cleanup() { m_database.reset(); }

    void everyFieldRoundTrips()
    {
        const SessionStore sessions(*m_database);
        Session session = fullSession();
        const std::int64_t id = sessions.create(session);
        QVERIFY(id > 0);
        QCOMPARE(session.id, id);
        compareSessions(sessions.load(id), session);
        if (QTest::currentTestFailed())
            return;
        // And a bare session: no design round, nothing scored.
        Session bare;
        bare.candidate = QStringLiteral("Solo");
        bare.startedAt = utc(7, 8, 30);
        bare.updatedAt = bare.startedAt;
        sessions.create(bare);
        compareSessions(sessions.load(bare.id), bare);
    }

    void eachEditIsSavedOnItsOwn()
    {
        const SessionStore sessions(*m_database);
        Session expected = fullSession();
        expected.status = SessionStatus::InProgress;
        const std::int64_t id = sessions.create(expected);
        auto check = [&] {
            Session loaded = sessions.load(id);
            QVERIFY(loaded.updatedAt >= expected.updatedAt);
            expected.updatedAt = loaded.updatedAt;  // every edit stamps the session
            compareSessions(loaded, expected);
        };

        sessions.setAnswer(id, 2, QStringLiteral("I mediated between"));
        expected.questions[2].answer = QStringLiteral("I mediated between");
        check();
        sessions.setQuestionMarks(id, 2, 2'000'000, 2'100'000);
        expected.questions[2].askedAtMs = 2'000'000;
        expected.questions[2].answeredAtMs = 2'100'000;
        check();
        // A new interviewer's score is added; the same interviewer's score is replaced in place.
        const AnswerScore lukas{QStringLiteral("Lukas Brandt"), 3, 3, 0b0011, QStringLiteral("quantified 8 %"), true};
        sessions.setScore(id, 1, lukas);
        expected.questions[1].scores << lukas;
        check();
        const AnswerScore dana{QStringLiteral("Dana Okafor"), 1, 1, 0, {}, false};
        sessions.setScore(id, 0, dana);
        expected.questions[0].scores[0] = dana;
        check();
        sessions.removeScore(id, 0, QStringLiteral("Lukas Brandt"));
        expected.questions[0].scores.removeLast();
        check();
        QCOMPARE(sessions.addNote(id, {QStringLiteral("Dana Okafor"), 2'500'000, QStringLiteral("asks about")}), 2);
        expected.notes << SessionNote{QStringLiteral("Dana Okafor"), 2'500'000, QStringLiteral("asks about")};
        check();
        sessions.setNoteText(id, 2, QStringLiteral("asks about budget"));
        expected.notes[2].text = QStringLiteral("asks about budget");
        check();
        sessions.setClock(id, 2'600'000, 1);
        expected.elapsedMs = 2'600'000;
        expected.currentQuestion = 1;
        check();
        sessions.setMatrixLevel(id, SessionStore::Rater::Self, MatrixDimension::FailureIsolation, 5);
        expected.matrix.self[MatrixDimension::FailureIsolation] = 5;
        sessions.setMatrixLevel(id, SessionStore::Rater::Interviewer, MatrixDimension::RoadmapImpact, 4);
        expected.matrix.interviewer[MatrixDimension::RoadmapImpact] = 4;
        check();
        sessions.clearMatrixLevel(id, SessionStore::Rater::Self, MatrixDimension::ResourceAbstraction);
        expected.matrix.self.remove(MatrixDimension::ResourceAbstraction);
        check();
        const DesignAllocation moved{QStringLiteral("tensor-core"), Kpi::Cost, 4.0, 0.5, QStringLiteral("quote"), 20.0};
        sessions.setDesignAllocation(id, moved);  // updates in place, keeps its position
        expected.design->allocations[2] = moved;
        check();
        sessions.removeDesignAllocation(id, QStringLiteral("monitoring-dashboard"));
        expected.design->allocations.removeAt(1);
        check();
        sessions.setDesignScores(id, 4, 3, 2);
        expected.design->designScore = 4;
        expected.design->metricTranslation = 3;
        expected.design->roadmapAlignment = 2;
        check();
        sessions.setStrategicFit(id, 2);
        expected.strategicFit = 2;
        sessions.setRecommendation(id, Recommendation::No, QStringLiteral("no metric translation"));
        expected.recommendation = Recommendation::No;
        expected.recommendationReason = QStringLiteral("no metric translation");
        sessions.setInterviewers(id, {QStringLiteral("Dana Okafor")});
        expected.interviewers = {QStringLiteral("Dana Okafor")};
        sessions.setRounds(id, {RoundKind::Leadership});
        expected.rounds = {RoundKind::Leadership};
        sessions.setStatus(id, SessionStatus::Completed);
        expected.status = SessionStatus::Completed;
        check();
        QCOMPARE(sessions.addQuestion(
                     id, AskedQuestion{RoundKind::Leadership, QStringLiteral("leadership-x"), 5, -1, {}, {}}),
                 3);
        expected.questions << AskedQuestion{RoundKind::Leadership, QStringLiteral("leadership-x"), 5, -1, {}, {}};
        check();
        // A design round starts when a scenario is chosen.
        Session plain;
        plain.candidate = QStringLiteral("Ada");
        sessions.create(plain);
        QVERIFY_THROWS_EXCEPTION(StorageError, sessions.setDesignAllocation(plain.id, moved));
        sessions.setDesignScenario(plain.id, QStringLiteral("inference-fleet"));
        sessions.setDesignAllocation(plain.id, moved);
        const Session withDesign = sessions.load(plain.id);
        QVERIFY(withDesign.design.has_value());
        QCOMPARE(withDesign.design->scenarioId, QStringLiteral("inference-fleet"));
        QCOMPARE(withDesign.design->designScore, -1);
        QCOMPARE(withDesign.design->allocations.size(), 1);
    }

    void editsOfWhatDoesNotExistSaySo()
    {
        const SessionStore sessions(*m_database);
        Session session = fullSession();
        const std::int64_t id = sessions.create(session);
        auto messageOf = [](auto&& edit) {
            try {
                edit();
            } catch (const StorageError& error) {
                return error.message();
            }
            return QString();
        };
        QCOMPARE(messageOf([&] { sessions.setAnswer(id, 7, QStringLiteral("x")); }),
                 QStringLiteral("session %1 has no question 7").arg(id));
        QCOMPARE(messageOf([&] {
                     sessions.setScore(id, 9, AnswerScore{QStringLiteral("Dana"), 1, 1, 0, {}, false});
                 }),
                 QStringLiteral("session %1 has no question 9").arg(id));
        QCOMPARE(messageOf([&] { sessions.setNoteText(id, 5, QStringLiteral("x")); }),
                 QStringLiteral("session %1 has no note 5").arg(id));
        QCOMPARE(messageOf([&] { sessions.setClock(id + 100, 5, 0); }),
                 QStringLiteral("there is no session %1").arg(id + 100));
        QCOMPARE(messageOf([&] { (void)sessions.load(id + 100); }),
                 QStringLiteral("there is no session %1").arg(id + 100));
        QVERIFY(!sessions.find(id + 100).has_value());
    }

    void listIsNewestFirstWithWhatIdentifiesASession()
    {
        const SessionStore sessions(*m_database);
        Session older = fullSession();
        older.startedAt = utc(1, 9, 0);
        Session newer = fullSession();
        newer.startedAt = utc(9, 9, 0);
        newer.mode = SessionMode::SoloPractice;
        sessions.create(older);
        sessions.create(newer);
        const QList<SessionSummary> list = sessions.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, newer.id);
        QCOMPARE(list[0].mode, SessionMode::SoloPractice);
        QCOMPARE(list[1].id, older.id);
        QCOMPARE(list[1].startedAt, utc(1, 9, 0));
        QCOMPARE(list[1].candidate, QStringLiteral("Priya Raman"));
        QCOMPARE(list[1].interviewers, older.interviewers);
        QCOMPARE(list[1].rounds, older.rounds);
        QCOMPARE(list[1].questionCount, 3);
        QCOMPARE(list[1].recommendation, Recommendation::StrongYes);
    }

    void removingASessionRemovesEverythingInIt()
    {
        const SessionStore sessions(*m_database);
        Session kept = fullSession();
        Session removed = fullSession();
        sessions.create(kept);
        sessions.create(removed);
        sessions.remove(removed.id);
        QVERIFY(!sessions.find(removed.id));
        QCOMPARE(rowCount(*m_database, QStringLiteral("questions")), 3);
        QCOMPARE(rowCount(*m_database, QStringLiteral("scores")), 3);
        QCOMPARE(rowCount(*m_database, QStringLiteral("notes")), 2);
        QCOMPARE(rowCount(*m_database, QStringLiteral("matrix_levels")), 6);
        QCOMPARE(rowCount(*m_database, QStringLiteral("design_allocations")), 3);
        QVERIFY_THROWS_EXCEPTION(StorageError, sessions.remove(removed.id));
    }

    void sessionsLeftRunningBecomeInterrupted()
    {
        const SessionStore sessions(*m_database);
        Session running = fullSession(), done = fullSession(), alsoRunning = fullSession();
        running.status = SessionStatus::InProgress;
        alsoRunning.status = SessionStatus::InProgress;
        sessions.create(running);
        sessions.create(done);
        sessions.create(alsoRunning);
        QCOMPARE(sessions.markInterrupted(), 2);
        QCOMPARE(sessions.load(running.id).status, SessionStatus::Interrupted);
        QCOMPARE(sessions.load(done.id).status, SessionStatus::Completed);
        QCOMPARE(sessions.load(alsoRunning.id).status, SessionStatus::Interrupted);
        QCOMPARE(sessions.markInterrupted(), 0);
        // Resuming is setting it running again; everything typed before is there.
        sessions.setStatus(running.id, SessionStatus::InProgress);
        QCOMPARE(sessions.load(running.id).questions[0].answer, running.questions[0].answer);
    }

    // A writer saving a keystroke at a time is killed with SIGKILL; the database reopens intact with
    // every edit it reported committed, and the session shows as interrupted.
    void killNineLosesAtMostTheEditInFlight()
    {
        const QString file = m_dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(SESSION_EDIT_WRITER), {file});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        QByteArray output;
        int committed = 0;
        const QRegularExpression committedLine(QStringLiteral("committed (\\d+)\n"));
        QElapsedTimer clock;
        clock.start();
        while (committed < 2000 && clock.elapsed() < 60000) {
            if (!writer.waitForReadyRead(5000))
                break;
            output += writer.readAllStandardOutput();
            const QString text = QString::fromLatin1(output.right(200));
            auto matches = committedLine.globalMatch(text);
            while (matches.hasNext())
                committed = std::max(committed, matches.next().captured(1).toInt());
        }
        QVERIFY2(committed >= 2000, qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
        writer.kill();  // SIGKILL on Unix
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Lines printed before the kill landed are committed edits too.
        output += writer.readAllStandardOutput();
        auto matches = committedLine.globalMatch(QString::fromLatin1(output));
        while (matches.hasNext())
            committed = std::max(committed, matches.next().captured(1).toInt());
        const QRegularExpression sessionLine(QStringLiteral("^session (\\d+)\n"));
        const auto session = sessionLine.match(QString::fromLatin1(output));
        QVERIFY(session.hasMatch());
        const std::int64_t id = session.captured(1).toLongLong();

        Database reopened(file);
        QVERIFY2(reopened.open(), qPrintable(reopened.problem().message()));  // includes integrity_check
        QSqlQuery check(reopened.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        const SessionStore sessions(reopened);
        QCOMPARE(sessions.markInterrupted(), 1);
        const Session loaded = sessions.load(id);
        QCOMPARE(loaded.status, SessionStatus::Interrupted);
        const QString& answer = loaded.questions.at(0).answer;
        QVERIFY2(answer == editscript::answerAfter(committed) || answer == editscript::answerAfter(committed + 1),
                 qPrintable(
                     QStringLiteral("%1 edits reported, answer has %2 characters").arg(committed).arg(answer.size())));
        const qsizetype notes = loaded.notes.size();
        QVERIFY(notes == committed / editscript::kNoteEvery || notes == (committed + 1) / editscript::kNoteEvery);
        QVERIFY(loaded.elapsedMs == committed * 100 || loaded.elapsedMs == (committed + 1) * 100);
    }
};

QTEST_GUILESS_MAIN(SessionStoreTest)
#include "sessionstoretest.moc"
