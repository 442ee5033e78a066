// debrief-cli's database commands in-process, each on a temporary --db.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sstream>

namespace {

using Run = CliRun;

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class StorageCommandsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void demoThenSessionsListShowsThreeSessionsIdsFirst()
    {
        const QString db = path("demo.sqlite");
        const Run demo = cli({"--db", db, "demo"});
        QCOMPARE(demo.code, 0);
        QVERIFY(demo.out.contains(QLatin1String("3 sessions")));
        // Running it again replaces the demo candidate rather than adding a second one.
        QCOMPARE(cli({"--db", db, "demo"}).code, 0);
        const Run list = cli({"--db", db, "sessions", "list"});
        QCOMPARE(list.code, 0);
        const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QSet<QString> ids;
        for (const QString& line : lines) {
            const auto match = QRegularExpression(QStringLiteral("^(\\d+)  ")).match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            ids.insert(match.captured(1));
            QVERIFY(line.contains(QLatin1String("Priya Raman")));
        }
        QCOMPARE(ids.size(), 3);

        const Run json = cli({"--db=" + db, "sessions", "list", "--json"});
        QCOMPARE(json.code, 0);
        const QJsonArray sessions = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(sessions.size(), 3);
        QCOMPARE(sessions.at(2).toObject().value(QLatin1String("mode")).toString(), QStringLiteral("solo-practice"));
        QCOMPARE(sessions.at(0).toObject().value(QLatin1String("interviewers")).toArray().size(), 2);
        // Newest first, two weeks apart at most.
        const QDateTime newest = QDateTime::fromString(
            sessions.at(0).toObject().value(QLatin1String("started_at")).toString(), Qt::ISODateWithMs);
        const QDateTime oldest = QDateTime::fromString(
            sessions.at(2).toObject().value(QLatin1String("started_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(oldest < newest && oldest.daysTo(newest) <= 14 && oldest.daysTo(newest) >= 10);
    }

    void sessionsShowJsonHasEverything()
    {
        const QString db = path("show.sqlite");
        QCOMPARE(cli({"--db", db, "demo"}).code, 0);
        const QString newest = cli({"--db", db, "sessions", "list"}).out.section(QLatin1Char(' '), 0, 0);
        const Run show = cli({"--db", db, "sessions", "show", newest, "--json"});
        QCOMPARE(show.code, 0);
        const QJsonObject session = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(session.value(QLatin1String("id")).toInteger(), newest.toLongLong());
        QCOMPARE(session.value(QLatin1String("candidate")).toString(), QStringLiteral("Priya Raman"));
        const QJsonArray questions = session.value(QLatin1String("questions")).toArray();
        QCOMPARE(questions.size(), 3);
        const QJsonObject first = questions.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("question_id")).toString(), QStringLiteral("product-design-three-requests"));
        QVERIFY(!first.value(QLatin1String("answer")).toString().isEmpty());
        QCOMPARE(first.value(QLatin1String("scores")).toArray().size(), 2);
        QCOMPARE(first.value(QLatin1String("scores"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("evidence"))
                     .toArray()
                     .size(),
                 4);
        QCOMPARE(session.value(QLatin1String("notes")).toArray().size(), 4);
        QCOMPARE(session.value(QLatin1String("matrix")).toObject().value(QLatin1String("self")).toObject().size(), 4);
        const QJsonObject design = session.value(QLatin1String("design")).toObject();
        QCOMPARE(design.value(QLatin1String("scenario_id")).toString(), QStringLiteral("accelerator-roadmap-q3"));
        double shares = 0;
        for (const QJsonValue& allocation : design.value(QLatin1String("allocations")).toArray())
            shares += allocation.toObject().value(QLatin1String("share_percent")).toDouble();
        QCOMPARE(shares, 100.0);
        QCOMPARE(session.value(QLatin1String("recommendation")).toString(), QStringLiteral("yes"));

        const Run text = cli({"--db", db, "sessions", "show", newest});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QLatin1String("Dana Okafor: Depth 3, Vision 4")));
        const Run missing = cli({"--db", db, "sessions", "show", "999"});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QLatin1String("there is no session 999")));
    }

    void scorecardExportThenImportElsewhereOnce()
    {
        const QString db = path("export.sqlite");
        QCOMPARE(cli({"--db", db, "demo"}).code, 0);
        const QString newest = cli({"--db", db, "sessions", "list"}).out.section(QLatin1Char(' '), 0, 0);
        const QString file = path("lukas.json");
        const Run exported =
            cli({"--db", db, "scorecard", "export", newest, "--interviewer", "Lukas Brandt", "--out", file});
        QCOMPARE(exported.code, 0);
        const QJsonObject card = QJsonDocument::fromJson(bytesOf(file)).object();
        QCOMPARE(card.value(QLatin1String("interviewer")).toString(), QStringLiteral("Lukas Brandt"));
        QCOMPARE(card.value(QLatin1String("answers")).toArray().size(), 3);

        const QString other = path("other.sqlite");
        const Run first = cli({"--db", other, "scorecard", "import", file});
        QCOMPARE(first.code, 0);
        QVERIFY(first.out.contains(QLatin1String("3 scored answers by Lukas Brandt into new session")));
        QCOMPARE(cli({"--db", other, "scorecard", "import", file}).code, 0);
        QCOMPARE(cli({"--db", other, "sessions", "list"}).out.count(QLatin1Char('\n')), 1);
    }

    void aBadScorecardExitsTwoWithTheReason()
    {
        const QString file = path("bad.json");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"format": "debrief-scorecard", "version": 1,
            "session": {"candidate": "Sam", "startedAt": "2024-06-01T10:00:00Z", "mode": "live-mock",
                        "rounds": ["technical"]},
            "interviewer": "Dana", "answers": [{"questionId": "q", "round": "technical", "depth": 9, "vision": 1}]})");
        out.close();
        const QString db = path("bad.sqlite");
        const Run run = cli({"--db", db, "scorecard", "import", file});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(file + QStringLiteral(": $.answers[0].depth: 9 is out of range (1-4)")),
                 qPrintable(run.err));
        QCOMPARE(cli({"--db", db, "sessions", "list"}).out, QString());
    }

    void aDamagedDatabaseExitsTwoAndIsNotTouched()
    {
        const QString db = path("damaged.sqlite");
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const Run run = cli({"--db", db, "sessions", "list"});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(db + QStringLiteral(" is not a Debrief Studio database")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("start fresh")));
        QCOMPARE(bytesOf(db), QByteArray(8192, 'x'));
        QCOMPARE(cli({"--db", db, "demo"}).code, 2);
        QCOMPARE(bytesOf(db), QByteArray(8192, 'x'));
    }

    // A read-only database is refused up front, in words (not SQLite's "attempt to write a readonly
    // database" halfway through an import), and without the advice to start fresh: it is not damaged.
    void aReadOnlyDatabaseIsNamedBeforeAnImport()
    {
        const QString db = path("readonly.sqlite");
        QCOMPARE(cli({"--db", db, "demo"}).code, 0);
        const QString newest = cli({"--db", db, "sessions", "list"}).out.section(QLatin1Char(' '), 0, 0);
        const QString card = path("readonly.json");
        QCOMPARE(cli({"--db", db, "scorecard", "export", newest, "--interviewer", "Lukas Brandt", "--out", card}).code,
                 0);
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner));
        QFile probe(db);
        if (probe.open(QIODevice::ReadWrite)) {
            QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QSKIP("running with privileges that write any file");
        }
        const QByteArray before = bytesOf(db);
        const Run run = cli({"--db", db, "scorecard", "import", card});
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(db + QStringLiteral(" cannot be written: the file is read-only; make it writable")),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("failed")) && !run.err.contains(QLatin1String("start fresh")),
                 qPrintable(run.err));
        QCOMPARE(bytesOf(db), before);
    }

    void usageMistakesExitTwo()
    {
        QCOMPARE(cli({"--db"}).code, 2);
        QCOMPARE(cli({"--db", path("u.sqlite"), "sessions"}).code, 2);
        QCOMPARE(cli({"--db", path("u.sqlite"), "sessions", "show", "abc"}).code, 2);
        QCOMPARE(cli({"--db", path("u.sqlite"), "scorecard", "export", "1"}).code, 2);
        QVERIFY(cli({"--help"}).out.contains(QLatin1String("--db FILE.sqlite")));
    }
};

QTEST_GUILESS_MAIN(StorageCommandsTest)
#include "storagecommandstest.moc"
