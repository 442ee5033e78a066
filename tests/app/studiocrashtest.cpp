// The studio and kill -9: a live session being scored through the real SessionController survives a
// kill at any statement (or from outside) with at most the edit in flight lost, and is offered for
// resuming; a fatal signal leaves a marker that the next start reports; `--screenshot` with --db never
// writes to that database, killed or not. The processes are killed at deterministic points: a test
// build's DEBRIEF_CRASH_AFTER_STATEMENTS=N (core/storage/statement.cpp).
#include "editscript.h"
#include "interviewrecords.h"
#include "session/sessioncontroller.h"
#include "shell/crashmarker.h"
#include "shell/resumeoffer.h"

#include <storage/database.h>
#include <storage/democandidate.h>
#include <storage/sessionstore.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace debrief;
using namespace debrief::studio;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct ScorerRun {
    QProcess::ExitStatus status = QProcess::NormalExit;
    std::int64_t session = 0;
    int committed = 0;  // the last edit reported saved
    QString err;
};

int lastCommitted(const QByteArray& output)
{
    int committed = 0;
    const QRegularExpression line(QStringLiteral("committed (\\d+)\n"));
    auto matches = line.globalMatch(QString::fromLatin1(output));
    while (matches.hasNext())
        committed = std::max(committed, matches.next().captured(1).toInt());
    return committed;
}

// Runs the scorer until its crash point (`statement` > 0), or kills it from outside once it reported
// `killAfterEdits` edits.
ScorerRun runScorer(const QString& db, const QString& marker, int statement, int killAfterEdits,
                    const QString& signal = {})
{
    QProcess scorer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (statement > 0)
        env.insert(QStringLiteral("DEBRIEF_CRASH_AFTER_STATEMENTS"), QString::number(statement));
    if (!signal.isEmpty())
        env.insert(QStringLiteral("DEBRIEF_CRASH_SIGNAL"), signal);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    scorer.setProcessEnvironment(env);
    scorer.setWorkingDirectory(QFileInfo(db).absolutePath());  // a core dump, where enabled, goes there
    scorer.start(QStringLiteral(SESSION_SCORER), {db, marker});
    QByteArray output;
    ScorerRun run;
    QElapsedTimer clock;
    clock.start();
    while (scorer.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
        scorer.waitForReadyRead(1000);
        output += scorer.readAllStandardOutput();
        if (killAfterEdits > 0 && lastCommitted(output) >= killAfterEdits) {
            scorer.kill();  // SIGKILL
            break;
        }
    }
    if (!scorer.waitForFinished(10000))
        scorer.kill();
    output += scorer.readAllStandardOutput();
    run.status = scorer.exitStatus();
    run.committed = lastCommitted(output);
    const auto session = QRegularExpression(QStringLiteral("session (\\d+)\n")).match(QString::fromLatin1(output));
    run.session = session.hasMatch() ? session.captured(1).toLongLong() : 0;
    run.err = QString::fromLocal8Bit(scorer.readAllStandardError());
    return run;
}

}  // namespace

class StudioCrashTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The next start after the kill: the session is offered for resuming and holds every edit reported
    // saved (and perhaps the one in flight); resumed, it takes the next edit.
    void checkResumes(const QString& db, const ScorerRun& run)
    {
        QVERIFY2(run.session > 0, qPrintable(run.err));
        InterviewRecords records(db);
        QVERIFY2(records.isOpen(), qPrintable(records.problem()));
        const auto offered = ResumeOffer::interruptedSession(records.database());
        QVERIFY(offered.has_value());
        QCOMPARE(offered->id, run.session);
        SessionController controller(records);
        QVERIFY(controller.open(run.session));
        QVERIFY(controller.resumed());
        const interview::Session& session = controller.session();
        const int committed = run.committed;
        const QString& answer = session.questions.at(0).answer;
        QVERIFY2(answer == editscript::answerAfter(committed) || answer == editscript::answerAfter(committed + 1),
                 qPrintable(
                     QStringLiteral("%1 edits reported, answer has %2 characters").arg(committed).arg(answer.size())));
        const qsizetype notes = session.notes.size();
        QVERIFY(notes == committed / editscript::kNoteEvery || notes == (committed + 1) / editscript::kNoteEvery);
        QVERIFY(session.elapsedMs == committed * 100 || session.elapsedMs == (committed + 1) * 100);
        if (committed >= 7) {
            const auto score = controller.score(0, QStringLiteral("Dana"));
            QVERIFY(score.has_value());
        }
        QVERIFY(controller.setAnswer(0, editscript::answerAfter(committed + 2)));
        QCOMPARE(storage::SessionStore(records.database()).load(run.session).questions.at(0).answer,
                 editscript::answerAfter(committed + 2));
    }

private slots:
    void initTestCase()
    {
#ifndef DEBRIEF_CRASH_POINTS
        QSKIP("built without DEBRIEF_CRASH_POINTS");
#endif
        QVERIFY(m_dir.isValid());
    }

    void killNineMidSessionLosesAtMostTheEditInFlight_data()
    {
        QTest::addColumn<int>("statement");
        QTest::addColumn<int>("killAfterEdits");
        // Consecutive statements: the kill lands before, inside and after one edit's transaction.
        for (int statement = 400; statement < 408; ++statement)
            QTest::addRow("after statement %d", statement) << statement << 0;
        QTest::newRow("SIGKILL from outside") << 0 << 300;
    }

    void killNineMidSessionLosesAtMostTheEditInFlight()
    {
        QFETCH(int, statement);
        QFETCH(int, killAfterEdits);
        const QString db = m_dir.filePath(QStringLiteral("killed-%1-%2.sqlite").arg(statement).arg(killAfterEdits));
        const QString marker = m_dir.filePath(QStringLiteral("no-marker"));
        const ScorerRun run = runScorer(db, marker, statement, killAfterEdits);
        QCOMPARE(run.status, QProcess::CrashExit);
        QVERIFY2(run.committed > 20, qPrintable(run.err));
        checkResumes(db, run);
        QVERIFY(!QFile::exists(marker));  // SIGKILL runs no handler
    }

    void aFatalSignalIsReportedAtTheNextStart()
    {
        const QString db = m_dir.filePath(QStringLiteral("segv.sqlite"));
        const QString marker = m_dir.filePath(QStringLiteral("segv-marker"));
        const ScorerRun run = runScorer(db, marker, 300, 0, QStringLiteral("SEGV"));
        QCOMPARE(run.status, QProcess::CrashExit);  // re-raised: it still dies of the signal
        QVERIFY(QFile::exists(marker));
        const QString report = CrashMarker::takeReport(marker);
        QVERIFY2(report.startsWith(QLatin1String("Debrief Studio stopped unexpectedly at ")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("(signal SIGSEGV)")), qPrintable(report));
        QVERIFY(!QFile::exists(marker));
        QCOMPARE(CrashMarker::takeReport(marker), QString());
        checkResumes(db, run);
    }

    // `debrief-studio --db X --screenshot DIR` works on a copy: X keeps its bytes and gets no -wal,
    // -shm or demo session beside it, whether the run completes or is killed at any point.
    void screenshotsNeverWriteToTheGivenDatabase()
    {
        const QString folder = m_dir.filePath(QStringLiteral("user"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/mine.sqlite");
        {
            storage::Database database(db);
            QVERIFY(database.open());
            storage::DemoCandidate::fill(database);
        }
        const QByteArray before = bytesOf(db);
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QCOMPARE(files, QStringList{QStringLiteral("mine.sqlite")});
        int kills = 0;
        for (const int statement : {40, 150, 0}) {
            const QString shots = m_dir.filePath(QStringLiteral("shots-%1").arg(statement));
            QProcess studio;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            if (statement > 0)
                env.insert(QStringLiteral("DEBRIEF_CRASH_AFTER_STATEMENTS"), QString::number(statement));
            studio.setProcessEnvironment(env);
            studio.start(QStringLiteral(DEBRIEF_STUDIO),
                         {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), shots});
            QVERIFY(studio.waitForFinished(120000));
            if (statement == 0)
                QVERIFY2(studio.exitStatus() == QProcess::NormalExit && studio.exitCode() == 0,
                         studio.readAllStandardError().constData());
            else
                kills += studio.exitStatus() == QProcess::CrashExit ? 1 : 0;
            QVERIFY2(bytesOf(db) == before,
                     qPrintable(QStringLiteral("changed by the run stopped at %1").arg(statement)));
            QCOMPARE(QDir(folder).entryList(QDir::Files), files);
        }
        QCOMPARE(kills, 2);
    }
};

QTEST_MAIN(StudioCrashTest)
#include "studiocrashtest.moc"
