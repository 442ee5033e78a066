// kill -9 at every SQL statement: debrief-cli (a test build, DEBRIEF_CRASH_POINTS) kills itself after
// its Nth statement (DEBRIEF_CRASH_AFTER_STATEMENTS=N), stepped through `demo` on a new database and
// through `scorecard import`. After every kill the file must open without a word, hold all of the
// command's work or none of it, and leave nothing behind that a later start refuses.
#include "clirun.h"

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using debrief::storage::Database;

namespace {

struct Killed {
    bool crashed = false;  // killed at the crash point (else it ran to its end)
    int code = -1;
    QString err;
};

Killed runUntilStatement(const QStringList& args, int statement)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEBRIEF_CRASH_AFTER_STATEMENTS"), QString::number(statement));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DEBRIEF_CLI), args);
    Killed result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("did not finish in 30 s");
        return result;
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.code = process.exitCode();
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

int count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

// Rows in the tables a demo or an import writes, to compare with "none of it" and "all of it".
QString contentOf(const QSqlDatabase& db)
{
    QStringList parts;
    for (const char* table : {"sessions", "questions", "scores", "notes", "portfolio_projects", "drill_cards"})
        parts << QStringLiteral("%1=%2")
                     .arg(QLatin1String(table))
                     .arg(count(db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)));
    return parts.join(QLatin1Char(' '));
}

// Opens `file` as the studio and the CLI do; its content, or a failure naming the problem.
QString openedContent(const QString& file, QString* problem)
{
    Database database(file);
    if (!database.open()) {
        *problem = database.problem().message();
        return {};
    }
    QSqlQuery check(database.connection());
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next() ||
        check.value(0).toString() != QLatin1String("ok")) {
        *problem = file + QStringLiteral(": integrity check failed");
        return {};
    }
    return contentOf(database.connection());
}

// The statement numbers to stop at: every one of the first `dense` (a new file's set-up and
// migrations live there), then every `stride`-th, so each command stays within a few seconds.
bool nextStatement(int& statement, int dense, int stride)
{
    statement += statement < dense ? 1 : stride;
    return statement < 100000;
}

}  // namespace

class CrashPointTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
#ifndef DEBRIEF_CRASH_POINTS
        QSKIP("built without DEBRIEF_CRASH_POINTS");
#endif
        QVERIFY(m_dir.isValid());
    }

    void demoOnANewDatabaseSurvivesEveryCrashPoint()
    {
        // The demo run to its end, for "all of it".
        const QString complete = m_dir.filePath(QStringLiteral("complete.sqlite"));
        QCOMPARE(cli({"--db", complete, "demo"}).code, 0);
        QString problem;
        const QString all = openedContent(complete, &problem);
        QVERIFY2(!all.isEmpty(), qPrintable(problem));
        const QString none = openedContent(m_dir.filePath(QStringLiteral("empty.sqlite")), &problem);

        int kills = 0;
        for (int statement = 1;; nextStatement(statement, 80, 7)) {
            const QString file = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(statement));
            const Killed run = runUntilStatement({QStringLiteral("--db"), file, QStringLiteral("demo")}, statement);
            if (!run.crashed) {
                QVERIFY2(run.code == 0, qPrintable(run.err));
                break;
            }
            ++kills;
            const QString after = openedContent(file, &problem);
            QVERIFY2(!after.isEmpty(),
                     qPrintable(QStringLiteral("killed after statement %1: %2").arg(statement).arg(problem)));
            QVERIFY2(after == none || after == all,
                     qPrintable(QStringLiteral("killed after statement %1: %2").arg(statement).arg(after)));
            QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
            // The demo runs again on what the kill left, and completes it.
            const CliRun again = cli({"--db", file, "demo"});
            QVERIFY2(again.code == 0, qPrintable(again.err));
            QCOMPARE(openedContent(file, &problem), all);
        }
        QVERIFY(kills > 80);
    }

    void importSurvivesEveryCrashPoint()
    {
        const QString source = m_dir.filePath(QStringLiteral("source.sqlite"));
        QCOMPARE(cli({"--db", source, "demo"}).code, 0);
        const QString newest = cli({"--db", source, "sessions", "list"}).out.section(QLatin1Char(' '), 0, 0);
        const QString card = m_dir.filePath(QStringLiteral("card.json"));
        const CliRun exported =
            cli({"--db", source, "scorecard", "export", newest, "--interviewer", "Lukas Brandt", "--out", card});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));

        // An existing, empty database; the import creates the session and its scores in it.
        const QString base = m_dir.filePath(QStringLiteral("base.sqlite"));
        QString problem;
        const QString none = openedContent(base, &problem);
        QVERIFY2(!none.isEmpty(), qPrintable(problem));
        const QString complete = m_dir.filePath(QStringLiteral("imported.sqlite"));
        QVERIFY(QFile::copy(base, complete));
        QCOMPARE(cli({"--db", complete, "scorecard", "import", card}).code, 0);
        const QString all = openedContent(complete, &problem);
        QVERIFY(all != none);

        int kills = 0;
        for (int statement = 1;; nextStatement(statement, 40, 3)) {
            const QString file = m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(statement));
            QVERIFY(QFile::copy(base, file));
            const Killed run = runUntilStatement(
                {QStringLiteral("--db"), file, QStringLiteral("scorecard"), QStringLiteral("import"), card}, statement);
            if (!run.crashed) {
                QVERIFY2(run.code == 0, qPrintable(run.err));
                break;
            }
            ++kills;
            const QString after = openedContent(file, &problem);
            QVERIFY2(!after.isEmpty(),
                     qPrintable(QStringLiteral("killed after statement %1: %2").arg(statement).arg(problem)));
            QVERIFY2(after == none || after == all,
                     qPrintable(QStringLiteral("killed after statement %1: %2").arg(statement).arg(after)));
        }
        QVERIFY(kills > 10);
    }
};

QTEST_GUILESS_MAIN(CrashPointTest)
#include "crashpointtest.moc"
