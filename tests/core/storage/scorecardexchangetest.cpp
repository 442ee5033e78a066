// Scorecard exchange files: export -> import gives the same scorecard, importing twice changes
// nothing, and every kind of bad field is named with its JSON path.
#include "storage/scorecardexchange.h"
#include "interview/contentlibrary.h"
#include "exchangefiles.h"
#include "storage/database.h"
#include "storage/scorecardrejected.h"
#include "storage/sessionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <time.h>

using namespace debrief::storage;
using namespace debrief::interview;

namespace {

const QString kDana = QStringLiteral("Dana Okafor");
const QString kLukas = QStringLiteral("Lukas Brandt");

Session scoredSession()
{
    Session s;
    s.mode = SessionMode::LiveMock;
    s.status = SessionStatus::Completed;
    s.candidate = QStringLiteral("Priya Raman");
    s.interviewers = {kDana, kLukas};
    s.rounds = {RoundKind::Technical, RoundKind::ProductDesign};
    s.startedAt = QDateTime(QDate(2024, 5, 6), QTime(14, 0, 0, 125), Qt::UTC);
    s.questions << AskedQuestion{RoundKind::Technical,
                                 QStringLiteral("technical-fifo-head-of-line"),
                                 0,
                                 60'000,
                                 QStringLiteral("EASY backfill, ~20 % less queue time"),
                                 {AnswerScore{kDana, 3, 3, 0b0011, QStringLiteral("policy and a number"), true},
                                  AnswerScore{kLukas, 3, 2, 0, {}, true}}}
                << AskedQuestion{RoundKind::ProductDesign,
                                 QStringLiteral("product-design-three-requests"),
                                 70'000,
                                 900'000,
                                 QStringLiteral("40 % to the scheduler"),
                                 {AnswerScore{kDana, 4, 4, 0x0f, QStringLiteral("all four"), false}}}
                << AskedQuestion{RoundKind::Technical,
                                 QStringLiteral("technical-gang-scheduling"),
                                 -1,
                                 -1,
                                 {},
                                 {AnswerScore{kDana, 2, 0, 0, {}, false}}};  // not complete: not exported
    s.notes << SessionNote{kDana, 12'000, QStringLiteral("starts with the queue")}
            << SessionNote{kLukas, 13'000, QStringLiteral("Lukas's own note")}
            << SessionNote{kDana, 800'000, QStringLiteral("budget sums to 100 %")};
    s.matrix.self = {{MatrixDimension::RoadmapImpact, 4}};
    s.matrix.interviewer = {{MatrixDimension::RoadmapImpact, 3}, {MatrixDimension::FailureIsolation, 2}};
    s.design = DesignRound{QStringLiteral("accelerator-roadmap-q3"), {}, 3, 2, -1};
    s.strategicFit = 3;
    s.recommendation = Recommendation::Yes;
    s.recommendationReason = QStringLiteral("metric story holds");
    return s;
}

// A hand-written valid file, as another studio would send it.
QJsonObject validFile()
{
    return QJsonDocument::fromJson(R"({
      "format": "debrief-scorecard", "version": 1,
      "session": {"candidate": "Sam Lee", "startedAt": "2024-06-01T10:00:00.000Z", "mode": "live-mock",
                  "rounds": ["technical", "pm"]},
      "interviewer": "Dana Okafor",
      "answers": [{"questionId": "technical-sjf-vs-las", "round": "technical", "depth": 3, "vision": 3,
                   "evidence": ["proposed-policy", "tied-to-kpi"], "justification": "LAS for unknown run times",
                   "submitted": true},
                  {"questionId": "pm-metric-translation", "round": "pm", "depth": 2, "vision": 2,
                   "evidence": [], "justification": ""}],
      "matrix": {"self": {}, "interviewer": {"failure-isolation": 2, "roadmap-impact": 3}},
      "design": {"scenarioId": "idle-cost-reduction", "designScore": 3, "metricTranslation": 1,
                 "roadmapAlignment": null},
      "strategicFit": 2, "recommendation": "no", "recommendationReason": "no budget reasoning",
      "notes": [{"elapsedMs": 61000, "text": "asked about estimates"}]})")
        .object();
}

// Sets (or with `remove`, deletes) the value at a path like "answers/0/depth".
QJsonValue changed(const QJsonValue& node, QStringList path, const QJsonValue& value, bool remove)
{
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        if (path.isEmpty())
            remove ? array.removeAt(index) : array.replace(index, value);
        else
            array.replace(index, changed(array.at(index), path, value, remove));
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty())
        remove ? object.remove(head) : void(object.insert(head, value));
    else
        object.insert(head, changed(object.value(head), path, value, remove));
    return object;
}

int count(const Database& database, const char* table)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
    return query.next() ? query.value(0).toInt() : -1;
}

}  // namespace

class ScorecardExchangeTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ContentLibrary m_content;
    int m_files = 0;
    std::unique_ptr<Database> freshDatabase()
    {
        auto database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files)));
        if (!database->open())
            qFatal("cannot open a test database");
        return database;
    }

private slots:
    void initTestCase() { QVERIFY(m_content.loadShipped()); }

    void exportThenImportGivesTheSameScorecard()
    {
        const auto source = freshDatabase();
        Session session = scoredSession();
        SessionStore(*source).create(session);
        const QJsonObject exported = ScorecardExchange(*source).exportScorecard(session.id, kDana);
        QCOMPARE(exported.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(exported.value(QLatin1String("answers")).toArray().size(), 2);  // the incomplete one is left out
        QCOMPARE(exported.value(QLatin1String("notes")).toArray().size(), 2);    // Dana's only

        const auto target = freshDatabase();
        const ScorecardExchange exchange(*target);
        const auto result = exchange.importScorecard(QJsonDocument(exported).toJson(), m_content);
        QVERIFY(result.sessionCreated);
        QCOMPARE(result.answers, 2);
        const Session imported = SessionStore(*target).load(result.sessionId);
        QCOMPARE(imported.candidate, session.candidate);
        QCOMPARE(imported.startedAt, session.startedAt);
        QCOMPARE(imported.mode, SessionMode::LiveMock);
        QCOMPARE(imported.rounds, session.rounds);
        QCOMPARE(imported.interviewers, QStringList{kDana});
        QCOMPARE(imported.questions.size(), 2);
        QCOMPARE(imported.questions[1].questionId, QStringLiteral("product-design-three-requests"));
        QCOMPARE(imported.questions[1].scores.size(), 1);
        QCOMPARE(imported.questions[1].scores[0].evidence, std::uint8_t(0x0f));
        QCOMPARE(imported.questions[1].scores[0].submitted, false);
        QCOMPARE(imported.matrix.interviewer, session.matrix.interviewer);
        QCOMPARE(imported.matrix.self, session.matrix.self);
        QVERIFY(imported.design.has_value());
        QCOMPARE(imported.design->metricTranslation, 2);
        QCOMPARE(imported.design->roadmapAlignment, -1);
        QCOMPARE(imported.recommendation, Recommendation::Yes);
        QCOMPARE(imported.notes.size(), 2);
        QCOMPARE(imported.notes[1].elapsedMs, 800'000);
        // What comes back out is what went in.
        QCOMPARE(exchange.exportScorecard(result.sessionId, kDana), exported);
    }

    void importingTwiceChangesNothing()
    {
        const auto database = freshDatabase();
        const ScorecardExchange exchange(*database);
        const QByteArray file = QJsonDocument(validFile()).toJson();
        const auto first = exchange.importScorecard(file, m_content);
        const QJsonObject afterFirst = exchange.exportScorecard(first.sessionId, kDana);
        const int rows[] = {count(*database, "sessions"), count(*database, "questions"), count(*database, "scores"),
                            count(*database, "notes"), count(*database, "matrix_levels")};
        const auto second = exchange.importScorecard(file, m_content);
        QVERIFY(first.sessionCreated);
        QVERIFY(!second.sessionCreated);
        QCOMPARE(second.sessionId, first.sessionId);
        const int rowsAgain[] = {count(*database, "sessions"), count(*database, "questions"),
                                 count(*database, "scores"), count(*database, "notes"),
                                 count(*database, "matrix_levels")};
        QCOMPARE(QList<int>(std::begin(rowsAgain), std::end(rowsAgain)), QList<int>(std::begin(rows), std::end(rows)));
        QCOMPARE(QList<int>(std::begin(rows), std::end(rows)), (QList<int>{1, 2, 2, 1, 2}));
        QCOMPARE(exchange.exportScorecard(first.sessionId, kDana), afterFirst);

        // Importing into the studio the scorecard came from updates it in place as well.
        const auto source = freshDatabase();
        Session session = scoredSession();
        SessionStore(*source).create(session);
        const ScorecardExchange sourceExchange(*source);
        const auto back =
            sourceExchange.importScorecard(QJsonDocument(sourceExchange.exportScorecard(session.id, kDana)).toJson(), m_content);
        QCOMPARE(back.sessionId, session.id);
        QVERIFY(!back.sessionCreated);
        QCOMPARE(count(*source, "sessions"), 1);
        QCOMPARE(count(*source, "questions"), 3);
        QCOMPARE(count(*source, "scores"), 4);
        QCOMPARE(count(*source, "notes"), 3);
        // Dana's notes are as the file says, so they are not rewritten: they keep their place before Lukas's.
        QCOMPARE(SessionStore(*source).load(session.id).notes.at(0).text, QStringLiteral("starts with the queue"));
    }

    // A second import, or the first into the studio the file came from, writes nothing at all: the
    // session's updated_at stays, and the notes keep their rows.
    void aRepeatedImportWritesNothing()
    {
        const auto rowsOf = [](const Database& database) {
            QStringList rows;
            QSqlQuery query(database.connection());
            query.exec(QStringLiteral("SELECT 's', id, updated_at FROM sessions UNION ALL "
                                      "SELECT 'n', rowid, position || ':' || text FROM notes ORDER BY 1, 2"));
            while (query.next())
                rows << query.value(0).toString() + query.value(1).toString() + QLatin1Char('=') +
                            query.value(2).toString();
            return rows;
        };
        const auto database = freshDatabase();
        const ScorecardExchange exchange(*database);
        const QByteArray file = QJsonDocument(validFile()).toJson();
        exchange.importScorecard(file, m_content);
        const QStringList before = rowsOf(*database);
        QTest::qWait(5);  // a rewritten updated_at would differ by its milliseconds
        exchange.importScorecard(file, m_content);
        QCOMPARE(rowsOf(*database), before);

        const auto source = freshDatabase();
        Session session = scoredSession();
        SessionStore(*source).create(session);
        const ScorecardExchange sourceExchange(*source);
        const QByteArray exported = QJsonDocument(sourceExchange.exportScorecard(session.id, kDana)).toJson();
        const QStringList original = rowsOf(*source);
        QTest::qWait(5);
        sourceExchange.importScorecard(exported, m_content);
        QCOMPARE(rowsOf(*source), original);

        // A changed note is a change: the interviewer's notes are replaced, the session is touched.
        QJsonObject edited = QJsonDocument::fromJson(exported).object();
        edited = changed(edited, {QStringLiteral("notes"), QStringLiteral("0"), QStringLiteral("text")},
                         QStringLiteral("starts with the queue length"), false)
                     .toObject();
        sourceExchange.importScorecard(QJsonDocument(edited).toJson(), m_content);
        QVERIFY(rowsOf(*source) != original);
    }

    // A 1 MB name is refused with a short message, before anything is written.
    void aHugeFieldGivesAShortRefusal()
    {
        QJsonObject file = validFile();
        file.insert(QStringLiteral("interviewer"), QString(1'000'000, QLatin1Char('x')));
        const auto database = freshDatabase();
        try {
            ScorecardExchange(*database).importScorecard(QJsonDocument(file).toJson(), m_content);
            QFAIL("imported");
        } catch (const ScorecardRejected& rejected) {
            QVERIFY2(rejected.message().size() < 200, qPrintable(rejected.message()));
            QCOMPARE(rejected.issues().at(0).text(),
                     QStringLiteral("$.interviewer: 1000000 characters, more than the 200 allowed"));
        }
        QCOMPARE(count(*database, "sessions"), 0);
    }

    // A file over the size cap is refused before it is parsed, whatever it holds.
    void aFileOverTheCapIsRefusedUnread()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.json"));
        QFile big(path);
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QJsonDocument(validFile()).toJson());
        big.write(QByteArray(ScorecardExchange::Limits::fileBytes, ' '));
        big.close();
        const auto database = freshDatabase();
        try {
            ScorecardExchange(*database).importFile(path, m_content);
            QFAIL("imported");
        } catch (const ScorecardRejected& rejected) {
            QVERIFY2(rejected.message().contains(QStringLiteral("more than the 16777216 allowed")),
                     qPrintable(rejected.message()));
        }
        QCOMPARE(count(*database, "sessions"), 0);
    }

    // Every field and list at its cap is accepted: the caps are limits, not a smaller hidden one.
    void aFileAtEveryCapImports()
    {
        const QByteArray file = debrief::testing::scorecardAtCaps(m_content);
        QVERIFY(file.size() < ScorecardExchange::Limits::fileBytes);
        const auto database = freshDatabase();
        const auto result = ScorecardExchange(*database).importScorecard(file, m_content);
        QCOMPARE(result.answers, std::min<int>(ScorecardExchange::Limits::answers,
                                               int(m_content.questions().size() * kAllRounds.size())));
        const Session session = SessionStore(*database).load(result.sessionId);
        QCOMPARE(session.notes.size(), ScorecardExchange::Limits::notes);
        QCOMPARE(session.notes.last().text.size(), ScorecardExchange::Limits::noteChars);
        QCOMPARE(session.recommendationReason.size(), ScorecardExchange::Limits::reasonChars);
        QCOMPARE(session.candidate.size(), ScorecardExchange::Limits::nameChars);
    }

    void aSecondInterviewerJoinsTheSameSession()
    {
        const auto database = freshDatabase();
        const ScorecardExchange exchange(*database);
        exchange.importScorecard(QJsonDocument(validFile()).toJson(), m_content);
        QJsonObject lukas = validFile();
        lukas.insert(QStringLiteral("interviewer"), kLukas);
        const auto result = exchange.importScorecard(QJsonDocument(lukas).toJson(), m_content);
        QVERIFY(!result.sessionCreated);
        const Session session = SessionStore(*database).load(result.sessionId);
        QCOMPARE(session.interviewers, (QStringList{kDana, kLukas}));
        QCOMPARE(session.questions.size(), 2);
        QCOMPARE(session.questions[0].scores.size(), 2);
        QCOMPARE(session.notes.size(), 2);
    }

    // A second interviewer's file brings that interviewer's scores and notes, and leaves the session's
    // own marks (recommendation, design scores, matrix levels, strategic fit) as they are; it only
    // fills what is still unset.
    void anotherInterviewersFileLeavesTheSessionsMarksAlone()
    {
        const auto database = freshDatabase();
        Session session = scoredSession();
        SessionStore(*database).create(session);
        QJsonObject kim = QJsonDocument::fromJson(R"({
          "format": "debrief-scorecard", "version": 1,
          "session": {"candidate": "Priya Raman", "startedAt": "2024-05-06T16:00:00.125+02:00", "mode": "live-mock",
                      "rounds": ["technical", "product-design"]},
          "interviewer": "Kim Ito",
          "answers": [{"questionId": "technical-fifo-head-of-line", "round": "technical", "depth": 1, "vision": 1,
                       "evidence": [], "justification": "", "submitted": true}],
          "matrix": {"self": {"roadmap-impact": 1, "failure-isolation": 5},
                     "interviewer": {"roadmap-impact": 1, "failure-isolation": 5, "resource-abstraction": 4}},
          "design": {"scenarioId": "accelerator-roadmap-q3", "designScore": 0, "metricTranslation": 0,
                     "roadmapAlignment": 4},
          "strategicFit": 1, "recommendation": "strong-no", "recommendationReason": "Kim's own reason",
          "notes": [{"elapsedMs": 5000, "text": "Kim's note"}]})")
                              .object();
        const ScorecardExchange exchange(*database);
        const auto result = exchange.importScorecard(QJsonDocument(kim).toJson(), m_content);
        QCOMPARE(result.sessionId, session.id);  // 16:00 at +02:00 is the session's 14:00 UTC
        QVERIFY(!result.sessionCreated);

        const Session after = SessionStore(*database).load(session.id);
        QCOMPARE(after.recommendation, Recommendation::Yes);
        QCOMPARE(after.recommendationReason, QStringLiteral("metric story holds"));
        QCOMPARE(after.strategicFit, 3);
        QVERIFY(after.design.has_value());
        QCOMPARE(after.design->scenarioId, QStringLiteral("accelerator-roadmap-q3"));
        QCOMPARE(after.design->designScore, 3);
        QCOMPARE(after.design->metricTranslation, 2);  // not Kim's 0: no veto from someone else's file
        QCOMPARE(after.design->roadmapAlignment, 4);   // was unscored (-1): filled
        // Stored levels kept; a dimension nobody had set is filled.
        QCOMPARE(after.matrix.self, (QMap<MatrixDimension, int>{{MatrixDimension::RoadmapImpact, 4},
                                                                {MatrixDimension::FailureIsolation, 5}}));
        QCOMPARE(after.matrix.interviewer, (QMap<MatrixDimension, int>{{MatrixDimension::ResourceAbstraction, 4},
                                                                       {MatrixDimension::FailureIsolation, 2},
                                                                       {MatrixDimension::RoadmapImpact, 3}}));
        // Kim's own answer score and note are in, next to Dana's and Lukas's.
        QCOMPARE(after.interviewers, (QStringList{kDana, kLukas, QStringLiteral("Kim Ito")}));
        QCOMPARE(after.questions[0].scores.size(), 3);
        QCOMPARE(after.questions[0].scores[2].interviewer, QStringLiteral("Kim Ito"));
        QCOMPARE(after.questions[0].scores[2].depth, 1);
        QCOMPARE(after.questions[0].scores[0].depth, 3);  // Dana's untouched
        QCOMPARE(after.notes.size(), 4);
        QCOMPARE(after.notes[3].text, QStringLiteral("Kim's note"));

        // Kim's file again: nothing changes.
        exchange.importScorecard(QJsonDocument(kim).toJson(), m_content);
        const Session again = SessionStore(*database).load(session.id);
        QCOMPARE(again.recommendation, Recommendation::Yes);
        QCOMPARE(again.design->metricTranslation, 2);
        QCOMPARE(again.matrix.interviewer, after.matrix.interviewer);
        QCOMPARE(again.questions[0].scores.size(), 3);
        QCOMPARE(again.notes.size(), 4);
        QCOMPARE(count(*database, "scores"), 5);
    }

    void aNewSessionTakesTheFilesSessionMarks()
    {
        const auto database = freshDatabase();
        const ScorecardExchange exchange(*database);
        const auto dana = exchange.importScorecard(QJsonDocument(validFile()).toJson(), m_content);
        QVERIFY(dana.sessionCreated);
        const Session created = SessionStore(*database).load(dana.sessionId);
        QCOMPARE(created.recommendation, Recommendation::No);
        QCOMPARE(created.recommendationReason, QStringLiteral("no budget reasoning"));
        QCOMPARE(created.strategicFit, 2);
        QCOMPARE(created.design->scenarioId, QStringLiteral("idle-cost-reduction"));
        QCOMPARE(created.design->designScore, 3);
        QCOMPARE(created.design->metricTranslation, 1);
        QCOMPARE(created.design->roadmapAlignment, -1);
        QCOMPARE(created.matrix.interviewer, (QMap<MatrixDimension, int>{{MatrixDimension::FailureIsolation, 2},
                                                                         {MatrixDimension::RoadmapImpact, 3}}));

        // Lukas scored the same session otherwise, on another scenario: his marks stay in his file.
        QJsonObject lukas = validFile();
        lukas.insert(QStringLiteral("interviewer"), kLukas);
        lukas.insert(QStringLiteral("recommendation"), QStringLiteral("strong-yes"));
        lukas.insert(QStringLiteral("strategicFit"), 4);
        lukas.insert(QStringLiteral("design"),
                     QJsonObject{{QStringLiteral("scenarioId"), QStringLiteral("accelerator-roadmap-q3")},
                                 {QStringLiteral("designScore"), 4},
                                 {QStringLiteral("metricTranslation"), 4},
                                 {QStringLiteral("roadmapAlignment"), 4}});
        lukas.insert(QStringLiteral("matrix"),
                     QJsonObject{{QStringLiteral("interviewer"), QJsonObject{{QStringLiteral("roadmap-impact"), 5}}}});
        exchange.importScorecard(QJsonDocument(lukas).toJson(), m_content);
        const Session after = SessionStore(*database).load(dana.sessionId);
        QCOMPARE(after.recommendation, Recommendation::No);
        QCOMPARE(after.strategicFit, 2);
        QCOMPARE(after.design->scenarioId, QStringLiteral("idle-cost-reduction"));
        QCOMPARE(after.design->designScore, 3);
        QCOMPARE(after.design->roadmapAlignment, -1);  // Lukas's 4 is about another scenario
        QCOMPARE(after.matrix.interviewer, created.matrix.interviewer);
        QCOMPARE(after.questions[0].scores.size(), 2);
    }

    void interviewerNamesAreReadSimplified()
    {
        const auto database = freshDatabase();
        const ScorecardExchange exchange(*database);
        const auto first = exchange.importScorecard(QJsonDocument(validFile()).toJson(), m_content);
        QJsonObject spaced = validFile();
        spaced.insert(QStringLiteral("interviewer"), QStringLiteral(" Dana \t Okafor "));
        const auto second = exchange.importScorecard(QJsonDocument(spaced).toJson(), m_content);
        QCOMPARE(second.interviewer, kDana);
        QCOMPARE(second.sessionId, first.sessionId);
        const Session session = SessionStore(*database).load(first.sessionId);
        QCOMPARE(session.interviewers, QStringList{kDana});
        QCOMPARE(session.questions[0].scores.size(), 1);
        QCOMPARE(session.notes.size(), 1);
        QCOMPARE(ScorecardExchange::parse(QJsonDocument(spaced).toJson()).notes.at(0).interviewer, kDana);
    }

    // A start time without a zone is refused whatever the machine's zone is (here New York's,
    // where it used to be read as 15:00 UTC and make a second session).
    void aStartTimeWithoutZoneIsRefusedInAnyTimeZone()
    {
        const QByteArray zone = qgetenv("TZ");
        qputenv("TZ", "America/New_York");
        tzset();
        const auto database = freshDatabase();
        const ScorecardExchange exchange(*database);
        exchange.importScorecard(QJsonDocument(validFile()).toJson(), m_content);
        QJsonObject local = validFile();
        local.insert(
            QStringLiteral("session"),
            QJsonObject{{QStringLiteral("candidate"), QStringLiteral("Sam Lee")},
                        {QStringLiteral("startedAt"), QStringLiteral("2024-06-01T10:00:00")},
                        {QStringLiteral("mode"), QStringLiteral("live-mock")},
                        {QStringLiteral("rounds"), QJsonArray{QStringLiteral("technical"), QStringLiteral("pm")}}});
        QString refusal;
        try {
            exchange.importScorecard(QJsonDocument(local).toJson(), m_content);
        } catch (const ScorecardRejected& rejected) {
            refusal = rejected.issues().value(0).text();
        }
        if (zone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", zone);
        tzset();
        QCOMPARE(refusal, QStringLiteral("$.session.startedAt: `2024-06-01T10:00:00` has no time zone: end it with "
                                         "\"Z\" (UTC) or an offset such as \"+01:00\""));
        QCOMPARE(count(*database, "sessions"), 1);
    }

    void badFieldsAreNamedWithTheirPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");  // JSON text; empty = remove the field
        QTest::addColumn<QString>("error");
        QTest::newRow("no version") << "version"
                                    << ""
                                    << "$.version: missing";
        QTest::newRow("unknown version") << "version"
                                         << "2"
                                         << "$.version: unknown version 2 (this build reads version 1)";
        QTest::newRow("version as text") << "version"
                                         << "\"1\""
                                         << "$.version: expected an integer, found a string";
        QTest::newRow("other format") << "format"
                                      << "\"greenhouse\""
                                      << "$.format: not a Debrief Studio scorecard (expected \"debrief-scorecard\")";
        QTest::newRow("depth as text") << "answers/0/depth"
                                       << "\"3\""
                                       << "$.answers[0].depth: expected an integer, found a string";
        QTest::newRow("depth fraction") << "answers/0/depth"
                                        << "2.5"
                                        << "$.answers[0].depth: expected an integer, found 2.5";
        QTest::newRow("version nearly 1") << "version"
                                          << "1.0000000001"
                                          << "$.version: expected an integer, found 1.0000000001";
        QTest::newRow("blank interviewer") << "interviewer"
                                           << "\" \t \""
                                           << "$.interviewer: missing";
        QTest::newRow("start without zone")
            << "session/startedAt"
            << "\"2024-06-01T10:00:00\""
            << "$.session.startedAt: `2024-06-01T10:00:00` has no time zone: end it with \"Z\" (UTC) or an "
               "offset such as \"+01:00\"";
        QTest::newRow("depth too high") << "answers/0/depth"
                                        << "5"
                                        << "$.answers[0].depth: 5 is out of range (1-4)";
        QTest::newRow("vision zero") << "answers/1/vision"
                                     << "0"
                                     << "$.answers[1].vision: 0 is out of range (1-4)";
        QTest::newRow("vision missing") << "answers/1/vision"
                                        << ""
                                        << "$.answers[1].vision: missing";
        QTest::newRow("matrix level") << "matrix/interviewer/failure-isolation"
                                      << "6"
                                      << "$.matrix.interviewer.failure-isolation: 6 is out of range (1-5)";
        QTest::newRow("unknown dimension") << "matrix/self/speed"
                                           << "3"
                                           << "$.matrix.self.speed: unknown dimension `speed`";
        QTest::newRow("metric translation") << "design/metricTranslation"
                                            << "5"
                                            << "$.design.metricTranslation: 5 is out of range (0-4)";
        QTest::newRow("design score negative") << "design/designScore"
                                               << "-1"
                                               << "$.design.designScore: -1 is out of range (0-4)";
        QTest::newRow("vision 3 without evidence")
            << "answers/0/evidence"
            << "[]"
            << "$.answers[0].evidence: missing justification: Vision 3 needs at least one evidence item";
        QTest::newRow("vision 3 without reason")
            << "answers/0/justification"
            << "\"  \""
            << "$.answers[0].justification: missing justification: Vision 3 needs a written reason";
        QTest::newRow("unknown evidence") << "answers/0/evidence/1"
                                          << "\"gut-feeling\""
                                          << "$.answers[0].evidence[1]: unknown evidence id `gut-feeling`";
        QTest::newRow("unknown round") << "answers/0/round"
                                       << "\"onsite\""
                                       << "$.answers[0].round: unknown round `onsite`";
        QTest::newRow("round not in session") << "answers/0/round"
                                              << "\"leadership\""
                                              << "$.answers[0].round: round `leadership` is not one of the "
                                                 "session's rounds";
        QTest::newRow("unknown session round") << "session/rounds"
                                               << "[\"technical\", \"pm\", \"lunch\"]"
                                               << "$.session.rounds[2]: unknown round `lunch`";
        QTest::newRow("no candidate") << "session/candidate"
                                      << ""
                                      << "$.session.candidate: missing";
        QTest::newRow("bad date") << "session/startedAt"
                                  << "\"yesterday\""
                                  << "$.session.startedAt: `yesterday` is not an ISO 8601 date-time";
        QTest::newRow("unknown mode") << "session/mode"
                                      << "\"panel\""
                                      << "$.session.mode: unknown mode `panel`";
        QTest::newRow("interviewer as number") << "interviewer"
                                               << "7"
                                               << "$.interviewer: expected a string, found a number";
        QTest::newRow("answers not array") << "answers"
                                           << "{}"
                                           << "$.answers: expected an array, found an object";
        QTest::newRow("unknown recommendation") << "recommendation"
                                                << "\"maybe\""
                                                << "$.recommendation: unknown recommendation `maybe`";
        QTest::newRow("strategic fit") << "strategicFit"
                                       << "0"
                                       << "$.strategicFit: 0 is out of range (1-4)";
        QTest::newRow("note time") << "notes/0/elapsedMs"
                                   << "-5"
                                   << "$.notes[0].elapsedMs: -5 is out of range "
                                      "(0-2147483647)";
        // Ids name the content; fields and lists have caps (ScorecardExchange::Limits).
        QTest::newRow("unknown question") << "answers/0/questionId"
                                          << "\"technical-made-up\""
                                          << "$.answers[0].questionId: unknown question `technical-made-up`: not in "
                                             "this studio's question bank";
        QTest::newRow("unknown scenario") << "design/scenarioId"
                                          << "\"scenario-made-up\""
                                          << "$.design.scenarioId: unknown scenario `scenario-made-up`: not in this "
                                             "studio's scenarios";
        QTest::newRow("NUL in a name") << "interviewer"
                                       << "\"Dana\\u0000Okafor\""
                                       << "$.interviewer: control character U+0000 at character 5";
        QTest::newRow("escape in a name") << "session/candidate"
                                          << "\"Sam\\u001bLee\""
                                          << "$.session.candidate: control character U+001b at character 4";
        QTest::newRow("NUL in a note") << "notes/0/text"
                                       << "\"a\\u0000b\""
                                       << "$.notes[0].text: control character U+0000 at character 2";
        QTest::newRow("name over the cap") << "interviewer"
                                           << "\"" + QString(201, QLatin1Char('n')) + "\""
                                           << "$.interviewer: 201 characters, more than the 200 allowed";
        QTest::newRow("justification over the cap")
            << "answers/1/justification"
            << "\"" + QString(4001, QLatin1Char('j')) + "\""
            << "$.answers[1].justification: 4001 characters, more than the 4000 allowed";
        QTest::newRow("reason over the cap") << "recommendationReason"
                                             << "\"" + QString(4001, QLatin1Char('r')) + "\""
                                             << "$.recommendationReason: 4001 characters, more than the 4000 allowed";
        QTest::newRow("unknown long question")
            << "answers/0/questionId"
            << "\"" + QString(150, QLatin1Char('q')) + "\""
            << "$.answers[0].questionId: unknown question `" + QString(40, QLatin1Char('q')) + QChar(0x2026) +
                   "`: not in this studio's question bank";
        QString notes = QStringLiteral("[");
        for (int i = 0; i <= ScorecardExchange::Limits::notes; ++i)
            notes += QStringLiteral("{\"elapsedMs\": 1, \"text\": \"n\"},");
        notes.chop(1);
        QTest::newRow("too many notes") << "notes" << notes + "]"
                                        << "$.notes: 2001 items, more than the 2000 allowed";
    }

    void badFieldsAreNamedWithTheirPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, error);
        const QJsonValue replacement =
            value.isEmpty() ? QJsonValue() : QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().at(0);
        const QJsonObject file =
            changed(validFile(), path.split(QLatin1Char('/')), replacement, value.isEmpty()).toObject();
        const auto database = freshDatabase();
        try {
            ScorecardExchange(*database).importScorecard(QJsonDocument(file).toJson(), m_content, QStringLiteral("card.json"));
            QFAIL("imported");
        } catch (const ScorecardRejected& rejected) {
            QCOMPARE(rejected.issues().size(), 1);
            QCOMPARE(rejected.issues().at(0).text(), error);
            QCOMPARE(rejected.message(), QStringLiteral("card.json: ") + error);
        }
        QCOMPARE(count(*database, "sessions"), 0);  // nothing written
    }

    void everyProblemIsReportedAtOnce()
    {
        QJsonObject file = validFile();
        file = changed(file, {QStringLiteral("answers"), QStringLiteral("0"), QStringLiteral("depth")}, 9, false)
                   .toObject();
        file = changed(file, {QStringLiteral("answers"), QStringLiteral("1"), QStringLiteral("round")},
                       QStringLiteral("technical"), false)
                   .toObject();
        file = changed(file, {QStringLiteral("answers"), QStringLiteral("1"), QStringLiteral("questionId")},
                       QStringLiteral("technical-sjf-vs-las"), false)
                   .toObject();
        const auto database = freshDatabase();
        try {
            ScorecardExchange(*database).importScorecard(QJsonDocument(file).toJson(), m_content);
            QFAIL("imported");
        } catch (const ScorecardRejected& rejected) {
            QCOMPARE(rejected.issues().size(), 2);
            QCOMPARE(rejected.issues().at(0).text(), QStringLiteral("$.answers[0].depth: 9 is out of range (1-4)"));
            QCOMPARE(rejected.issues().at(1).text(),
                     QStringLiteral("$.answers[1]: a second score for `technical-sjf-vs-las` in round `technical`"));
        }
    }

    void notJsonAndUnreadableFilesAreRejected()
    {
        const auto database = freshDatabase();
        const ScorecardExchange exchange(*database);
        try {
            exchange.importScorecard("{\"format\": ", m_content, QStringLiteral("cut.json"));
            QFAIL("imported");
        } catch (const ScorecardRejected& rejected) {
            QVERIFY2(rejected.message().startsWith(QStringLiteral("cut.json: $: not JSON (")),
                     qPrintable(rejected.message()));
        }
        QVERIFY_THROWS_EXCEPTION(ScorecardRejected, exchange.importFile(m_dir.filePath(QStringLiteral("none.json")), m_content));
        QVERIFY_THROWS_EXCEPTION(StorageError, exchange.exportScorecard(99, kDana));
    }
};

QTEST_GUILESS_MAIN(ScorecardExchangeTest)
#include "scorecardexchangetest.moc"
