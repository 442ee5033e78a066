// `debrief-cli scorecard committee` and `scorecard decide` in-process, on a temporary --db whose
// session comes from the per-interviewer import of Alex's scorecard.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(DEBRIEF_TEST_DATA "/studio/committee/") + QLatin1String(name);
}

}  // namespace

class CommitteeCommandTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("cli%1.sqlite").arg(++n));
        const CliRun imported = cli({"--db", m_db, "scorecard", "import", dataFile("alex.json")});
        QCOMPARE(imported.code, 0);
        QVERIFY(imported.out.contains(QLatin1String("into new session 1")));
    }

    void importsAndPrintsTheSideBySideSummaryAndFlags()
    {
        const CliRun run =
            cli({"--db", m_db, "scorecard", "committee", "1", dataFile("alex.json"), dataFile("sam-split.json")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.contains(QStringLiteral("imported %1: Sam Okafor\n").arg(dataFile("sam-split.json"))));
        // Row 1: Alex 3/3, Sam 1/3; row 2: Alex 3/4, Sam 4/2 (no evidence on Sam's Vision 2).
        QVERIFY2(run.out.contains(
                     QRegularExpression(QStringLiteral("\n1  technical +technical-fifo-head-of-line +3/3 +1/3\n"))),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("\nFailure isolation +3 +5\n"))));
        QVERIFY(run.out.contains(QLatin1String(
            "Flags: 3\n"
            "  split  Question 1 (Technical): Sam Okafor gave Depth 1, Alex Moreno gave 3 (2 points apart).\n"
            "  split  Question 2 (Product Design): Sam Okafor gave Vision 2, Alex Moreno gave 4 (2 points apart).\n"
            "  split  Alex Moreno gave Failure isolation 3, Sam Okafor gave 5 (2 points apart).\n")));
        QVERIFY(run.out.contains(QLatin1String("  Alex Moreno: yes\n")));
        QVERIFY(run.out.contains(QLatin1String("  Sam Okafor: no\n")));
        QVERIFY(run.out.contains(QLatin1String("Decision: not recorded")));

        // The same files again: nothing new.
        const CliRun again = cli({"--db", m_db, "scorecard", "committee", "1", dataFile("sam-split.json")});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(QLatin1String("Sam Okafor (already imported)")));
        QCOMPARE(again.out.count(QLatin1String("\n  Sam Okafor  ")), 1);
    }

    void aRefusedFileIsReportedAndTheOthersImported()
    {
        const CliRun run = cli({"--db", m_db, "scorecard", "committee", "1", dataFile("wrong-version.json"),
                                dataFile("jo-veto.json"), "--json"});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(dataFile("wrong-version.json") +
                                 QStringLiteral(": $.version: unknown version 2 (this build reads version 1)")));
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(summary.value(QLatin1String("session")).toInt(), 1);
        const QJsonArray scorecards = summary.value(QLatin1String("scorecards")).toArray();
        QCOMPARE(scorecards.size(), 1);
        QCOMPARE(scorecards[0].toObject().value(QLatin1String("interviewer")).toString(),
                 QStringLiteral("Jo Lindqvist"));
        const QJsonArray flags = summary.value(QLatin1String("flags")).toArray();
        // One scorer: no split, but Jo's Metric Translation 0 is a veto.
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("veto"));
        const QJsonObject verdict =
            summary.value(QLatin1String("verdicts")).toObject().value(QLatin1String("Jo Lindqvist")).toObject();
        QCOMPARE(verdict.value(QLatin1String("recommendation")).toString(), QStringLiteral("strong-no"));
        QCOMPARE(verdict.value(QLatin1String("vetoed")).toBool(), true);
        const QJsonArray refused = summary.value(QLatin1String("refused")).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(
            refused[0].toObject().value(QLatin1String("issues")).toArray()[0].toObject().value(QLatin1String("path")),
            QStringLiteral("$.version"));
    }

    void aVetoIsFlaggedInJson()
    {
        const CliRun run = cli(
            {"--db", m_db, "scorecard", "committee", "1", dataFile("alex.json"), dataFile("jo-veto.json"), "--json"});
        QCOMPARE(run.code, 0);
        const QJsonArray flags =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("flags")).toArray();
        QCOMPARE(flags.size(), 2);
        const QJsonObject veto = flags[0].toObject();
        QCOMPARE(veto.value(QLatin1String("kind")).toString(), QStringLiteral("veto"));
        QCOMPARE(veto.value(QLatin1String("interviewers")).toArray(), QJsonArray{QStringLiteral("Jo Lindqvist")});
        QCOMPARE(flags[1].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("split"));
        QCOMPARE(flags[1].toObject().value(QLatin1String("mark")).toString(), QStringLiteral("metric-translation"));
        QCOMPARE(flags[1].toObject().value(QLatin1String("low")).toInt(), 0);
        QCOMPARE(flags[1].toObject().value(QLatin1String("high")).toInt(), 3);
    }

    // Kim's scores are all drafts (Depth 1 against Alex's 3s): left out, counted, no flag, no verdict.
    void draftScoresAreLeftOutAndCounted()
    {
        const CliRun run =
            cli({"--db", m_db, "scorecard", "committee", "1", dataFile("alex.json"), dataFile("kim-drafts.json")});
        QCOMPARE(run.code, 0);
        QVERIFY2(
            run.out.contains(QRegularExpression(QStringLiteral("\n  Alex Moreno  [^\n]*alex\\.json  [0-9TZ:.-]+\n"))),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral(
                     "\n  Kim Ito  [^\n]*kim-drafts\\.json  [0-9TZ:.-]+  \\(2 draft scores left out\\)\n"))),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(
                     QRegularExpression(QStringLiteral("\n1  technical +technical-fifo-head-of-line +3/3 +-\n"))),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("  Kim Ito: -\n    No answer scored by Kim Ito yet\n")));
        QVERIFY(run.out.contains(QLatin1String("\nFlags: 0\n")));

        const QJsonObject summary =
            QJsonDocument::fromJson(cli({"--db", m_db, "scorecard", "committee", "1", "--json"}).out.toUtf8()).object();
        const QJsonArray scorecards = summary.value(QLatin1String("scorecards")).toArray();
        QCOMPARE(scorecards.size(), 2);
        QCOMPARE(scorecards[0].toObject().value(QLatin1String("drafts_left_out")).toInt(-1), 0);
        QCOMPARE(scorecards[1].toObject().value(QLatin1String("interviewer")).toString(), QStringLiteral("Kim Ito"));
        QCOMPARE(scorecards[1].toObject().value(QLatin1String("drafts_left_out")).toInt(-1), 2);
        QVERIFY(summary.value(QLatin1String("flags")).toArray().isEmpty());
        const QJsonObject firstMarks =
            summary.value(QLatin1String("answers")).toArray()[0].toObject().value(QLatin1String("marks")).toObject();
        QCOMPARE(firstMarks.keys(), QStringList{QStringLiteral("Alex Moreno")});
    }

    void decideRecordsTheDecisionWithItsReason()
    {
        const CliRun decided =
            cli({"--db", m_db, "scorecard", "decide", "1", "--decision", "strong-no", "--reason", "the veto stands"});
        QCOMPARE(decided.code, 0);
        QVERIFY(decided.out.startsWith(QLatin1String("recorded for session 1: strong-no at ")));
        QVERIFY(decided.out.endsWith(QLatin1String(": the veto stands\n")));
        const QJsonObject decision =
            QJsonDocument::fromJson(cli({"--db", m_db, "scorecard", "committee", "1", "--json"}).out.toUtf8())
                .object()
                .value(QLatin1String("decision"))
                .toObject();
        QCOMPARE(decision.value(QLatin1String("decision")).toString(), QStringLiteral("strong-no"));
        QCOMPARE(decision.value(QLatin1String("reason")).toString(), QStringLiteral("the veto stands"));
        QVERIFY(
            QDateTime::fromString(decision.value(QLatin1String("decided_at")).toString(), Qt::ISODateWithMs).isValid());
    }

    void decideRefusesANeutralOrUnexplainedDecision_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no decision") << QStringList{"--reason", "x"} << "needs --decision";
        QTest::newRow("unknown decision") << QStringList{"--decision", "maybe", "--reason", "x"} << "needs --decision";
        QTest::newRow("no reason") << QStringList{"--decision", "yes"} << "needs --reason";
        QTest::newRow("blank reason") << QStringList{"--decision", "yes", "--reason", " "} << "needs --reason";
    }

    void decideRefusesANeutralOrUnexplainedDecision()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = cli(QStringList{"--db", m_db, "scorecard", "decide", "1"} + args);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(cli({"--db", m_db, "scorecard", "decide", "7", "--decision", "yes", "--reason", "x"}).code, 2);
    }
};

QTEST_GUILESS_MAIN(CommitteeCommandTest)
#include "committeecommandtest.moc"
