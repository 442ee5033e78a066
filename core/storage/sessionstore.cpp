#include "sessionstore.h"

#include "database.h"
#include "statement.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace debrief::storage {
namespace {

using namespace debrief::interview;

QString tr(const char* text)
{
    return QCoreApplication::translate("debrief::storage", text);
}

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoUtc(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString namesJson(const QStringList& names)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

QStringList namesFromJson(const QString& text)
{
    QStringList names;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array())
        names << value.toString();
    return names;
}

QString roundsJson(const QList<RoundKind>& rounds)
{
    QJsonArray array;
    for (const RoundKind round : rounds)
        array.append(int(round));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<RoundKind> roundsFromJson(const QString& text)
{
    QList<RoundKind> rounds;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array())
        rounds << RoundKind(value.toInt());
    return rounds;
}

QString now()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}

void expectRow(const Statement& statement, const QString& what)
{
    if (statement.rowsAffected() < 1)
        throw StorageError(what);
}

QString noSession(std::int64_t id)
{
    return tr("there is no session %1").arg(id);
}

QString noQuestion(std::int64_t id, int question)
{
    return tr("session %1 has no question %2").arg(id).arg(question);
}

// Every edit stamps the session, which also checks that it exists.
void touch(const QSqlDatabase& db, std::int64_t id)
{
    Statement update(db, QStringLiteral("UPDATE sessions SET updated_at = ? WHERE id = ?"));
    update.bind(now()).bind(qint64(id)).exec();
    expectRow(update, noSession(id));
}

void insertScore(const QSqlDatabase& db, std::int64_t id, int question, const AnswerScore& score)
{
    Statement(db, QStringLiteral("INSERT INTO scores (session_id, position, interviewer, depth, vision, evidence, "
                                 "justification, submitted) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (session_id, position, interviewer) DO UPDATE SET depth = "
                                 "excluded.depth, vision = excluded.vision, evidence = excluded.evidence, "
                                 "justification = excluded.justification, submitted = excluded.submitted"))
        .bind(qint64(id))
        .bind(question)
        .bind(score.interviewer)
        .bind(score.depth)
        .bind(score.vision)
        .bind(int(score.evidence))
        .bind(score.justification)
        .bind(score.submitted)
        .exec();
}

int insertQuestion(const QSqlDatabase& db, std::int64_t id, const AskedQuestion& question)
{
    Statement next(db, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM questions WHERE session_id = ?"));
    next.bind(qint64(id)).exec().next();
    const int position = next.value(0).toInt();
    Statement(db, QStringLiteral("INSERT INTO questions (session_id, position, round, question_id, asked_at_ms, "
                                 "answered_at_ms, answer) VALUES (?, ?, ?, ?, ?, ?, ?)"))
        .bind(qint64(id))
        .bind(position)
        .bind(int(question.round))
        .bind(question.questionId)
        .bind(qint64(question.askedAtMs))
        .bind(qint64(question.answeredAtMs))
        .bind(question.answer)
        .exec();
    for (const AnswerScore& score : question.scores)
        insertScore(db, id, position, score);
    return position;
}

int insertNote(const QSqlDatabase& db, std::int64_t id, const SessionNote& note)
{
    Statement next(db, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM notes WHERE session_id = ?"));
    next.bind(qint64(id)).exec().next();
    const int position = next.value(0).toInt();
    Statement(db, QStringLiteral("INSERT INTO notes (session_id, position, interviewer, elapsed_ms, text) "
                                 "VALUES (?, ?, ?, ?, ?)"))
        .bind(qint64(id))
        .bind(position)
        .bind(note.interviewer)
        .bind(qint64(note.elapsedMs))
        .bind(note.text)
        .exec();
    return position;
}

void upsertMatrixLevel(const QSqlDatabase& db, std::int64_t id, int rater, MatrixDimension dimension, int level)
{
    Statement(db, QStringLiteral("INSERT INTO matrix_levels (session_id, rater, dimension, level) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (session_id, rater, dimension) DO UPDATE SET level = excluded.level"))
        .bind(qint64(id))
        .bind(rater)
        .bind(int(dimension))
        .bind(level)
        .exec();
}

void upsertDesignRound(const QSqlDatabase& db, std::int64_t id, const QString& scenarioId)
{
    Statement(db, QStringLiteral("INSERT INTO design_rounds (session_id, scenario_id) VALUES (?, ?) "
                                 "ON CONFLICT (session_id) DO UPDATE SET scenario_id = excluded.scenario_id"))
        .bind(qint64(id))
        .bind(scenarioId)
        .exec();
}

void upsertAllocation(const QSqlDatabase& db, std::int64_t id, const DesignAllocation& allocation)
{
    Statement next(
        db, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM design_allocations WHERE session_id = ?"));
    next.bind(qint64(id)).exec().next();
    Statement(db, QStringLiteral("INSERT INTO design_allocations (session_id, request_id, position, kpi, "
                                 "expected_impact_percent, confidence, evidence, share_percent) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, request_id) DO UPDATE "
                                 "SET kpi = excluded.kpi, expected_impact_percent = excluded.expected_impact_percent, "
                                 "confidence = excluded.confidence, evidence = excluded.evidence, "
                                 "share_percent = excluded.share_percent"))
        .bind(qint64(id))
        .bind(allocation.requestId)
        .bind(next.value(0).toInt())
        .bind(int(allocation.kpi))
        .bind(allocation.expectedImpactPercent)
        .bind(allocation.confidence)
        .bind(allocation.evidence)
        .bind(allocation.sharePercent)
        .exec();
}

void setDesignScoresIn(const QSqlDatabase& db, std::int64_t id, int designScore, int metricTranslation,
                       int roadmapAlignment)
{
    Statement update(db, QStringLiteral("UPDATE design_rounds SET design_score = ?, metric_translation = ?, "
                                        "roadmap_alignment = ? WHERE session_id = ?"));
    update.bind(designScore).bind(metricTranslation).bind(roadmapAlignment).bind(qint64(id)).exec();
    expectRow(update, tr("session %1 has no product design round").arg(id));
}

}  // namespace

std::int64_t SessionStore::create(Session& session) const
{
    std::int64_t id = 0;
    m_database.write([&](const QSqlDatabase& db) {
        const QDateTime started = session.startedAt.isValid() ? session.startedAt : QDateTime::currentDateTimeUtc();
        const QDateTime updated = session.updatedAt.isValid() ? session.updatedAt : started;
        Statement insert(db, QStringLiteral("INSERT INTO sessions (mode, status, candidate, interviewers, rounds, "
                                            "started_at, updated_at, elapsed_ms, current_question, strategic_fit, "
                                            "recommendation, recommendation_reason) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(int(session.mode))
            .bind(int(session.status))
            .bind(session.candidate)
            .bind(namesJson(session.interviewers))
            .bind(roundsJson(session.rounds))
            .bind(isoUtc(started))
            .bind(isoUtc(updated))
            .bind(qint64(session.elapsedMs))
            .bind(session.currentQuestion)
            .bind(session.strategicFit)
            .bind(int(session.recommendation))
            .bind(session.recommendationReason)
            .exec();
        id = insert.lastInsertId();
        for (const AskedQuestion& question : session.questions)
            insertQuestion(db, id, question);
        for (const SessionNote& note : session.notes)
            insertNote(db, id, note);
        for (auto level = session.matrix.self.cbegin(); level != session.matrix.self.cend(); ++level)
            upsertMatrixLevel(db, id, int(Rater::Self), level.key(), level.value());
        for (auto level = session.matrix.interviewer.cbegin(); level != session.matrix.interviewer.cend(); ++level)
            upsertMatrixLevel(db, id, int(Rater::Interviewer), level.key(), level.value());
        if (session.design) {
            upsertDesignRound(db, id, session.design->scenarioId);
            for (const DesignAllocation& allocation : session.design->allocations)
                upsertAllocation(db, id, allocation);
            setDesignScoresIn(db, id, session.design->designScore, session.design->metricTranslation,
                              session.design->roadmapAlignment);
        }
        session.startedAt = started.toUTC();
        session.updatedAt = updated.toUTC();
    });
    session.id = id;
    return id;
}

std::optional<Session> SessionStore::find(std::int64_t id) const
{
    const QSqlDatabase db = m_database.connection();
    // Read as of one commit even while another thread writes; a savepoint also works inside a write.
    Statement::run(db, QStringLiteral("SAVEPOINT read_session"));
    struct EndRead {
        const QSqlDatabase& db;
        ~EndRead() { QSqlQuery(db).exec(QStringLiteral("RELEASE read_session")); }
    } endRead{db};

    Statement row(db, QStringLiteral("SELECT mode, status, candidate, interviewers, rounds, started_at, updated_at, "
                                     "elapsed_ms, current_question, strategic_fit, recommendation, "
                                     "recommendation_reason FROM sessions WHERE id = ?"));
    row.bind(qint64(id)).exec();
    if (!row.next())
        return std::nullopt;
    Session session;
    session.id = id;
    session.mode = SessionMode(row.value(0).toInt());
    session.status = SessionStatus(row.value(1).toInt());
    session.candidate = row.value(2).toString();
    session.interviewers = namesFromJson(row.value(3).toString());
    session.rounds = roundsFromJson(row.value(4).toString());
    session.startedAt = fromIsoUtc(row.value(5).toString());
    session.updatedAt = fromIsoUtc(row.value(6).toString());
    session.elapsedMs = row.value(7).toLongLong();
    session.currentQuestion = row.value(8).toInt();
    session.strategicFit = row.value(9).toInt();
    session.recommendation = Recommendation(row.value(10).toInt());
    session.recommendationReason = row.value(11).toString();

    Statement questions(db, QStringLiteral("SELECT round, question_id, asked_at_ms, answered_at_ms, answer "
                                           "FROM questions WHERE session_id = ? ORDER BY position"));
    questions.bind(qint64(id)).exec();
    while (questions.next()) {
        AskedQuestion question;
        question.round = RoundKind(questions.value(0).toInt());
        question.questionId = questions.value(1).toString();
        question.askedAtMs = questions.value(2).toLongLong();
        question.answeredAtMs = questions.value(3).toLongLong();
        question.answer = questions.value(4).toString();
        session.questions << question;
    }
    Statement scores(db, QStringLiteral("SELECT position, interviewer, depth, vision, evidence, justification, "
                                        "submitted FROM scores WHERE session_id = ? ORDER BY position, rowid"));
    scores.bind(qint64(id)).exec();
    while (scores.next()) {
        const int position = scores.value(0).toInt();
        if (position < 0 || position >= session.questions.size())
            continue;
        AnswerScore score;
        score.interviewer = scores.value(1).toString();
        score.depth = scores.value(2).toInt();
        score.vision = scores.value(3).toInt();
        score.evidence = std::uint8_t(scores.value(4).toInt());
        score.justification = scores.value(5).toString();
        score.submitted = scores.value(6).toBool();
        session.questions[position].scores << score;
    }
    Statement notes(db, QStringLiteral("SELECT interviewer, elapsed_ms, text FROM notes WHERE session_id = ? "
                                       "ORDER BY position"));
    notes.bind(qint64(id)).exec();
    while (notes.next())
        session.notes << SessionNote{notes.value(0).toString(), notes.value(1).toLongLong(), notes.value(2).toString()};

    Statement matrix(db, QStringLiteral("SELECT rater, dimension, level FROM matrix_levels WHERE session_id = ?"));
    matrix.bind(qint64(id)).exec();
    while (matrix.next()) {
        auto& levels = matrix.value(0).toInt() == int(Rater::Self) ? session.matrix.self : session.matrix.interviewer;
        levels.insert(MatrixDimension(matrix.value(1).toInt()), matrix.value(2).toInt());
    }

    Statement design(db, QStringLiteral("SELECT scenario_id, design_score, metric_translation, roadmap_alignment "
                                        "FROM design_rounds WHERE session_id = ?"));
    design.bind(qint64(id)).exec();
    if (design.next()) {
        DesignRound round;
        round.scenarioId = design.value(0).toString();
        round.designScore = design.value(1).toInt();
        round.metricTranslation = design.value(2).toInt();
        round.roadmapAlignment = design.value(3).toInt();
        Statement allocations(db, QStringLiteral("SELECT request_id, kpi, expected_impact_percent, confidence, "
                                                 "evidence, share_percent FROM design_allocations "
                                                 "WHERE session_id = ? ORDER BY position"));
        allocations.bind(qint64(id)).exec();
        while (allocations.next()) {
            DesignAllocation allocation;
            allocation.requestId = allocations.value(0).toString();
            allocation.kpi = Kpi(allocations.value(1).toInt());
            allocation.expectedImpactPercent = allocations.value(2).toDouble();
            allocation.confidence = allocations.value(3).toDouble();
            allocation.evidence = allocations.value(4).toString();
            allocation.sharePercent = allocations.value(5).toDouble();
            round.allocations << allocation;
        }
        session.design = round;
    }
    return session;
}

Session SessionStore::load(std::int64_t id) const
{
    std::optional<Session> session = find(id);
    if (!session)
        throw StorageError(noSession(id));
    return *session;
}

QList<SessionSummary> SessionStore::list() const
{
    const QSqlDatabase db = m_database.connection();
    Statement rows(db, QStringLiteral("SELECT s.id, s.mode, s.status, s.candidate, s.interviewers, s.rounds, "
                                      "s.started_at, s.updated_at, s.elapsed_ms, s.recommendation, "
                                      "(SELECT COUNT(*) FROM questions q WHERE q.session_id = s.id) "
                                      "FROM sessions s ORDER BY s.started_at DESC, s.id DESC"));
    rows.exec();
    QList<SessionSummary> summaries;
    while (rows.next()) {
        SessionSummary summary;
        summary.id = rows.value(0).toLongLong();
        summary.mode = SessionMode(rows.value(1).toInt());
        summary.status = SessionStatus(rows.value(2).toInt());
        summary.candidate = rows.value(3).toString();
        summary.interviewers = namesFromJson(rows.value(4).toString());
        summary.rounds = roundsFromJson(rows.value(5).toString());
        summary.startedAt = fromIsoUtc(rows.value(6).toString());
        summary.updatedAt = fromIsoUtc(rows.value(7).toString());
        summary.elapsedMs = rows.value(8).toLongLong();
        summary.recommendation = Recommendation(rows.value(9).toInt());
        summary.questionCount = rows.value(10).toInt();
        summaries << summary;
    }
    return summaries;
}

std::optional<std::int64_t> SessionStore::findId(const QString& candidate, const QDateTime& startedAt,
                                                 SessionMode mode) const
{
    Statement row(m_database.connection(), QStringLiteral("SELECT id FROM sessions WHERE candidate = ? AND "
                                                          "started_at = ? AND mode = ? ORDER BY id LIMIT 1"));
    row.bind(candidate).bind(isoUtc(startedAt)).bind(int(mode)).exec();
    if (!row.next())
        return std::nullopt;
    return row.value(0).toLongLong();
}

void SessionStore::remove(std::int64_t id) const
{
    m_database.write([&](const QSqlDatabase& db) {
        Statement erase(db, QStringLiteral("DELETE FROM sessions WHERE id = ?"));
        erase.bind(qint64(id)).exec();
        expectRow(erase, noSession(id));
    });
}

int SessionStore::markInterrupted() const
{
    int count = 0;
    m_database.write([&](const QSqlDatabase& db) {
        Statement update(db, QStringLiteral("UPDATE sessions SET status = ? WHERE status = ?"));
        update.bind(int(SessionStatus::Interrupted)).bind(int(SessionStatus::InProgress)).exec();
        count = update.rowsAffected();
    });
    return count;
}

void SessionStore::setStatus(std::int64_t id, SessionStatus status) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        Statement(db, QStringLiteral("UPDATE sessions SET status = ? WHERE id = ?"))
            .bind(int(status))
            .bind(qint64(id))
            .exec();
    });
}

void SessionStore::setClock(std::int64_t id, std::int64_t elapsedMs, int currentQuestion) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        Statement(db, QStringLiteral("UPDATE sessions SET elapsed_ms = ?, current_question = ? WHERE id = ?"))
            .bind(qint64(elapsedMs))
            .bind(currentQuestion)
            .bind(qint64(id))
            .exec();
    });
}

void SessionStore::setInterviewers(std::int64_t id, const QStringList& interviewers) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        Statement(db, QStringLiteral("UPDATE sessions SET interviewers = ? WHERE id = ?"))
            .bind(namesJson(interviewers))
            .bind(qint64(id))
            .exec();
    });
}

void SessionStore::setRounds(std::int64_t id, const QList<RoundKind>& rounds) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        Statement(db, QStringLiteral("UPDATE sessions SET rounds = ? WHERE id = ?"))
            .bind(roundsJson(rounds))
            .bind(qint64(id))
            .exec();
    });
}

void SessionStore::setStrategicFit(std::int64_t id, int fit) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        Statement(db, QStringLiteral("UPDATE sessions SET strategic_fit = ? WHERE id = ?"))
            .bind(fit)
            .bind(qint64(id))
            .exec();
    });
}

void SessionStore::setRecommendation(std::int64_t id, Recommendation recommendation, const QString& reason) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        Statement(db, QStringLiteral("UPDATE sessions SET recommendation = ?, recommendation_reason = ? WHERE id = ?"))
            .bind(int(recommendation))
            .bind(reason)
            .bind(qint64(id))
            .exec();
    });
}

int SessionStore::addQuestion(std::int64_t id, const AskedQuestion& question) const
{
    int position = -1;
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        position = insertQuestion(db, id, question);
    });
    return position;
}

void SessionStore::setAnswer(std::int64_t id, int question, const QString& answer) const
{
    m_database.write([&](const QSqlDatabase& db) {
        Statement update(db, QStringLiteral("UPDATE questions SET answer = ? WHERE session_id = ? AND position = ?"));
        update.bind(answer).bind(qint64(id)).bind(question).exec();
        expectRow(update, noQuestion(id, question));
        touch(db, id);
    });
}

void SessionStore::setQuestionMarks(std::int64_t id, int question, std::int64_t askedAtMs,
                                    std::int64_t answeredAtMs) const
{
    m_database.write([&](const QSqlDatabase& db) {
        Statement update(db, QStringLiteral("UPDATE questions SET asked_at_ms = ?, answered_at_ms = ? "
                                            "WHERE session_id = ? AND position = ?"));
        update.bind(qint64(askedAtMs)).bind(qint64(answeredAtMs)).bind(qint64(id)).bind(question).exec();
        expectRow(update, noQuestion(id, question));
        touch(db, id);
    });
}

void SessionStore::setScore(std::int64_t id, int question, const AnswerScore& score) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        Statement exists(db, QStringLiteral("SELECT 1 FROM questions WHERE session_id = ? AND position = ?"));
        if (!exists.bind(qint64(id)).bind(question).exec().next())
            throw StorageError(noQuestion(id, question));
        insertScore(db, id, question, score);
    });
}

void SessionStore::removeScore(std::int64_t id, int question, const QString& interviewer) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        Statement(db, QStringLiteral("DELETE FROM scores WHERE session_id = ? AND position = ? AND interviewer = ?"))
            .bind(qint64(id))
            .bind(question)
            .bind(interviewer)
            .exec();
    });
}

void SessionStore::setSubmitted(std::int64_t id, const QString& interviewer, bool submitted) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        Statement(db, QStringLiteral("UPDATE scores SET submitted = ? WHERE session_id = ? AND interviewer = ?"))
            .bind(submitted)
            .bind(qint64(id))
            .bind(interviewer)
            .exec();
    });
}

int SessionStore::addNote(std::int64_t id, const SessionNote& note) const
{
    int position = -1;
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        position = insertNote(db, id, note);
    });
    return position;
}

void SessionStore::setNoteText(std::int64_t id, int note, const QString& text) const
{
    m_database.write([&](const QSqlDatabase& db) {
        Statement update(db, QStringLiteral("UPDATE notes SET text = ? WHERE session_id = ? AND position = ?"));
        update.bind(text).bind(qint64(id)).bind(note).exec();
        expectRow(update, tr("session %1 has no note %2").arg(id).arg(note));
        touch(db, id);
    });
}

void SessionStore::removeInterviewerNotes(std::int64_t id, const QString& interviewer) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        Statement(db, QStringLiteral("DELETE FROM notes WHERE session_id = ? AND interviewer = ?"))
            .bind(qint64(id))
            .bind(interviewer)
            .exec();
    });
}

void SessionStore::setMatrixLevel(std::int64_t id, Rater rater, MatrixDimension dimension, int level) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        upsertMatrixLevel(db, id, int(rater), dimension, level);
    });
}

void SessionStore::clearMatrixLevel(std::int64_t id, Rater rater, MatrixDimension dimension) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        Statement(db, QStringLiteral("DELETE FROM matrix_levels WHERE session_id = ? AND rater = ? AND dimension = ?"))
            .bind(qint64(id))
            .bind(int(rater))
            .bind(int(dimension))
            .exec();
    });
}

void SessionStore::setDesignScenario(std::int64_t id, const QString& scenarioId) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        upsertDesignRound(db, id, scenarioId);
    });
}

void SessionStore::removeDesignRound(std::int64_t id) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        Statement(db, QStringLiteral("DELETE FROM design_allocations WHERE session_id = ?")).bind(qint64(id)).exec();
        Statement(db, QStringLiteral("DELETE FROM design_rounds WHERE session_id = ?")).bind(qint64(id)).exec();
    });
}

void SessionStore::setDesignAllocation(std::int64_t id, const DesignAllocation& allocation) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        upsertAllocation(db, id, allocation);
    });
}

void SessionStore::removeDesignAllocation(std::int64_t id, const QString& requestId) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        Statement(db, QStringLiteral("DELETE FROM design_allocations WHERE session_id = ? AND request_id = ?"))
            .bind(qint64(id))
            .bind(requestId)
            .exec();
    });
}

void SessionStore::setDesignScores(std::int64_t id, int designScore, int metricTranslation, int roadmapAlignment) const
{
    m_database.write([&](const QSqlDatabase& db) {
        touch(db, id);
        setDesignScoresIn(db, id, designScore, metricTranslation, roadmapAlignment);
    });
}

}  // namespace debrief::storage
