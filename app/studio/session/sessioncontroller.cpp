#include "sessioncontroller.h"

#include "interviewrecords.h"
#include "sessioneditcommand.h"

#include "interview/scoringrules.h"
#include "storage/committeestore.h"
#include "storage/database.h"
#include "storage/scorecardexchange.h"
#include "storage/scorecardrejected.h"
#include "storage/storageerror.h"

#include <QJsonDocument>
#include <QScopedValueRollback>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <utility>

namespace debrief::studio {

using interview::ScoringRules;

SessionController::SessionController(InterviewRecords& records, QObject* parent)
    : QObject(parent), m_records(records), m_store(records.database()), m_undo(new QUndoStack(this))
{
}

bool SessionController::persist(const std::function<void()>& write)
{
    try {
        write();
        return true;
    } catch (const storage::StorageError& error) {
        emit storageError(tr("Not saved: %1").arg(QString::fromUtf8(error.what())));
        return false;
    } catch (const storage::ScorecardRejected& rejected) {
        emit storageError(tr("Not saved: %1").arg(rejected.message()));
        return false;
    }
}

bool SessionController::refuse(const QString& refusal)
{
    if (refusal.isEmpty())
        return false;
    emit refused(refusal);
    return true;
}

void SessionController::announce()
{
    const QScopedValueRollback<bool> announcing(m_announcing, true);
    m_records.announceSessionChanged(m_session.id);
}

bool SessionController::open(std::int64_t id)
{
    std::optional<interview::Session> found;
    if (!persist([&] { found = m_store.find(id); }) || !found)
        return false;
    m_session = *found;
    m_undo->clear();
    m_resumed = m_session.status == interview::SessionStatus::Interrupted;
    if (m_resumed) {
        m_session.status = interview::SessionStatus::InProgress;
        persist([&] { m_store.setStatus(id, interview::SessionStatus::InProgress); });
    }
    emit opened();
    return true;
}

bool SessionController::isFinished() const
{
    return ScoringRules::isFinished(m_session);
}

std::optional<interview::AnswerScore> SessionController::score(int question, const QString& scorer) const
{
    if (question < 0 || question >= m_session.questions.size())
        return std::nullopt;
    for (const interview::AnswerScore& s : m_session.questions[question].scores) {
        if (s.interviewer == scorer)
            return s;
    }
    return std::nullopt;
}

bool SessionController::hasSubmitted(const QString& scorer) const
{
    return ScoringRules::hasSubmitted(m_session, scorer);
}

QString SessionController::scoreRefusal(const QString& scorer) const
{
    return ScoringRules::scoreRefusal(m_session, scorer);
}

QString SessionController::runRefusal() const
{
    return ScoringRules::runRefusal(m_session);
}

// --- Answers --------------------------------------------------------------------------------------

bool SessionController::applyAnswer(int question, const QString& text)
{
    if (!persist([&] { m_store.setAnswer(m_session.id, question, text); }))
        return false;
    m_session.questions[question].answer = text;
    emit answerChanged(question);
    return true;
}

bool SessionController::setAnswer(int question, const QString& text)
{
    if (!hasSession() || question < 0 || question >= m_session.questions.size())
        return false;
    const QString before = m_session.questions[question].answer;
    if (before == text)
        return true;
    if (refuse(runRefusal()))
        return false;
    if (!applyAnswer(question, text))
        return false;
    pushApplied(
        tr("Typing"), [this, question, text] { applyAnswer(question, text); },
        [this, question, before] { applyAnswer(question, before); }, kMergeAnswer, QString::number(question));
    return true;
}

// --- Scores ---------------------------------------------------------------------------------------

bool SessionController::applyScore(int question, const QString& scorer,
                                   const std::optional<interview::AnswerScore>& value)
{
    const bool saved = persist([&] {
        if (value)
            m_store.setScore(m_session.id, question, *value);
        else
            m_store.removeScore(m_session.id, question, scorer);
    });
    if (!saved)
        return false;
    QList<interview::AnswerScore>& scores = m_session.questions[question].scores;
    scores.removeIf([&](const interview::AnswerScore& s) { return s.interviewer == scorer; });
    if (value)
        scores.append(*value);
    emit scoreChanged(question, scorer);
    announce();
    return true;
}

bool SessionController::setScore(int question, const interview::AnswerScore& updated, const QString& undoText,
                                 int mergeId)
{
    if (!hasSession() || question < 0 || question >= m_session.questions.size())
        return false;
    if (refuse(scoreRefusal(updated.interviewer)))
        return false;
    const std::optional<interview::AnswerScore> before = score(question, updated.interviewer);
    if (!applyScore(question, updated.interviewer, updated))
        return false;
    pushApplied(
        undoText, [this, question, updated] { applyScore(question, updated.interviewer, updated); },
        [this, question, before, who = updated.interviewer] { applyScore(question, who, before); }, mergeId,
        QStringLiteral("%1/%2").arg(question).arg(updated.interviewer));
    return true;
}

// --- Notes ----------------------------------------------------------------------------------------

bool SessionController::addNote(const interview::SessionNote& note)
{
    if (!hasSession() || note.text.trimmed().isEmpty())
        return false;
    if (refuse(runRefusal()))
        return false;
    const auto add = [this, note] {
        if (!persist([&] { m_store.addNote(m_session.id, note); }))
            return false;
        m_session.notes.append(note);
        emit notesChanged();
        announce();
        return true;
    };
    if (!add())
        return false;
    pushApplied(tr("Note"), add, [this, note] {
        dropNote(note);
        emit notesChanged();
        announce();
    });
    return true;
}

// SessionStore has no single-note delete: the writer's notes are rewritten without this one (the
// latest that matches), in one transaction, and the list is read back so indices match the database.
void SessionController::dropNote(const interview::SessionNote& note)
{
    persist([&] {
        m_records.database().write([&](const QSqlDatabase&) {
            QList<interview::SessionNote> keep;
            bool dropped = false;
            for (qsizetype i = m_session.notes.size() - 1; i >= 0; --i) {
                const interview::SessionNote& n = m_session.notes[i];
                if (n.interviewer != note.interviewer)
                    continue;
                if (!dropped && n.elapsedMs == note.elapsedMs && n.text == note.text) {
                    dropped = true;
                    continue;
                }
                keep.prepend(n);
            }
            m_store.removeInterviewerNotes(m_session.id, note.interviewer);
            for (const interview::SessionNote& n : std::as_const(keep))
                m_store.addNote(m_session.id, n);
        });
        m_session.notes = m_store.load(m_session.id).notes;
    });
}

// --- Clock and question marks -----------------------------------------------------------------------

void SessionController::setClock(std::int64_t elapsedMs, int currentQuestion)
{
    if (!hasSession() || isFinished())
        return;
    m_session.elapsedMs = elapsedMs;
    m_session.currentQuestion = currentQuestion;
    persist([&] { m_store.setClock(m_session.id, elapsedMs, currentQuestion); });
}

void SessionController::setQuestionMarks(int question, std::int64_t askedAtMs, std::int64_t answeredAtMs)
{
    if (!hasSession() || isFinished() || question < 0 || question >= m_session.questions.size())
        return;
    interview::AskedQuestion& asked = m_session.questions[question];
    if (asked.askedAtMs == askedAtMs && asked.answeredAtMs == answeredAtMs)
        return;
    asked.askedAtMs = askedAtMs;
    asked.answeredAtMs = answeredAtMs;
    persist([&] { m_store.setQuestionMarks(m_session.id, question, askedAtMs, answeredAtMs); });
}

// --- Finishing, submitting, reopening -----------------------------------------------------------------

bool SessionController::finish(std::int64_t elapsedMs)
{
    if (!hasSession() || isFinished())
        return false;
    const bool solo = m_session.mode == interview::SessionMode::SoloPractice;
    const bool submitSelf = solo && !hasSubmitted(interview::kSelfScorer) &&
                            ScoringRules::submitRefusal(m_session, interview::kSelfScorer).isEmpty();
    const bool saved = persist([&] {
        m_records.database().write([&](const QSqlDatabase&) {
            m_store.setClock(m_session.id, elapsedMs, m_session.currentQuestion);
            m_store.setStatus(m_session.id, interview::SessionStatus::Completed);
            if (submitSelf)
                m_store.setSubmitted(m_session.id, interview::kSelfScorer, true);
        });
    });
    if (!saved)
        return false;
    m_session.elapsedMs = elapsedMs;
    m_session.status = interview::SessionStatus::Completed;
    if (submitSelf) {
        for (interview::AskedQuestion& question : m_session.questions)
            question.scores = ScoringRules::withSubmission(question.scores, interview::kSelfScorer, true);
    }
    // Finishing is not undoable: the clock and the run are over (the session can still be scored).
    m_undo->clear();
    announce();
    if (submitSelf)
        emit submissionChanged(interview::kSelfScorer);
    emit finished(m_session.id);
    return true;
}

bool SessionController::applySubmission(const QString& scorer, bool submitted, const interview::SessionNote& record,
                                        bool addRecord)
{
    interview::Session after = m_session;
    for (interview::AskedQuestion& question : after.questions)
        question.scores = ScoringRules::withSubmission(question.scores, scorer, submitted);
    if (addRecord)
        after.notes.append(record);
    const bool saved = persist([&] {
        m_records.database().write([&](const QSqlDatabase&) {
            m_store.setSubmitted(m_session.id, scorer, submitted);
            if (addRecord)
                m_store.addNote(m_session.id, record);
            // What a panel scorer submits sits on this studio's committee at once, as their scorecard
            // from "this studio"; reopening takes it off again. (The candidate's self-scores do not.)
            if (after.mode != interview::SessionMode::LiveMock || scorer == interview::kSelfScorer)
                return;
            const storage::CommitteeStore committee(m_records.database());
            if (submitted) {
                committee.add(m_session.id, QJsonDocument(storage::ScorecardExchange::toJson(after, scorer)).toJson());
            } else if (const auto own = committee.entry(m_session.id, scorer); own && own->sourceFile.isEmpty()) {
                committee.remove(m_session.id, scorer);
            }
        });
    });
    if (!saved)
        return false;
    m_session = after;
    emit submissionChanged(scorer);
    emit notesChanged();
    announce();
    return true;
}

bool SessionController::submit(const QString& scorer, std::int64_t elapsedMs)
{
    return pushSubmission(scorer, true, elapsedMs);
}

bool SessionController::reopen(const QString& scorer, std::int64_t elapsedMs)
{
    return pushSubmission(scorer, false, elapsedMs);
}

// Submitting and reopening are one step each, recorded in the scorer's notes; undo takes back the
// step and the note that recorded it.
bool SessionController::pushSubmission(const QString& scorer, bool submitted, std::int64_t elapsedMs)
{
    if (!hasSession())
        return false;
    if (refuse(submitted ? ScoringRules::submitRefusal(m_session, scorer,
                                                       m_records.content().scales().visionCapWithoutEvidence)
                         : ScoringRules::reopenRefusal(m_session, scorer)))
        return false;
    const interview::SessionNote record{scorer, elapsedMs,
                                        submitted ? tr("Submitted my scores") : tr("Reopened my scores")};
    if (!applySubmission(scorer, submitted, record, true))
        return false;
    pushApplied(
        submitted ? tr("Submit scores") : tr("Reopen scores"),
        [this, scorer, submitted, record] { applySubmission(scorer, submitted, record, true); },
        [this, scorer, submitted, record] {
            dropNote(record);
            applySubmission(scorer, !submitted, record, false);
        });
    return true;
}

// --- Debrief: the recommendation and the Maturity Matrix -----------------------------------------------

bool SessionController::load(std::int64_t id)
{
    std::optional<interview::Session> found;
    if (id > 0 && m_records.isOpen())
        persist([&] { found = m_store.find(id); });
    if (!found || found->id != m_session.id)
        m_undo->clear();
    m_session = found.value_or(interview::Session{});
    emit opened();
    return found.has_value();
}

int SessionController::matrixLevel(storage::SessionStore::Rater rater, interview::MatrixDimension dimension) const
{
    const auto& levels =
        rater == storage::SessionStore::Rater::Self ? m_session.matrix.self : m_session.matrix.interviewer;
    return levels.value(dimension, 0);
}

void SessionController::pushApplied(const QString& text, const std::function<void()>& redo,
                                    const std::function<void()>& undo, int mergeId, const QString& mergeKey)
{
    auto applied = std::make_shared<bool>(true);
    m_undo->push(new SessionEditCommand(
        text,
        [applied, redo] {
            if (!std::exchange(*applied, false))
                redo();
        },
        undo, mergeId, mergeKey));
}

bool SessionController::applyRecommendation(interview::Recommendation recommendation, const QString& reason)
{
    if (!persist([&] { m_store.setRecommendation(m_session.id, recommendation, reason); }))
        return false;
    m_session.recommendation = recommendation;
    m_session.recommendationReason = reason;
    emit recommendationChanged();
    announce();
    return true;
}

bool SessionController::setRecommendation(interview::Recommendation recommendation, const QString& reason)
{
    if (!hasSession())
        return false;
    if (refuse(ScoringRules::recommendationRefusal(m_session, recommendation)))
        return false;
    const QString after = reason.trimmed();
    const interview::Recommendation before = m_session.recommendation;
    const QString beforeReason = m_session.recommendationReason;
    if (before == recommendation && beforeReason == after)
        return true;
    if (!applyRecommendation(recommendation, after))
        return false;
    pushApplied(
        tr("Recommendation %1").arg(interview::title(recommendation)),
        [this, recommendation, after] { applyRecommendation(recommendation, after); },
        [this, before, beforeReason] { applyRecommendation(before, beforeReason); });
    return true;
}

bool SessionController::applyMatrixLevel(storage::SessionStore::Rater rater, interview::MatrixDimension dimension,
                                         int level)
{
    const bool saved = persist([&] {
        if (level > 0)
            m_store.setMatrixLevel(m_session.id, rater, dimension, level);
        else
            m_store.clearMatrixLevel(m_session.id, rater, dimension);
    });
    if (!saved)
        return false;
    auto& levels = rater == storage::SessionStore::Rater::Self ? m_session.matrix.self : m_session.matrix.interviewer;
    if (level > 0)
        levels.insert(dimension, level);
    else
        levels.remove(dimension);
    emit matrixChanged();
    announce();
    return true;
}

bool SessionController::setMatrixLevel(storage::SessionStore::Rater rater, interview::MatrixDimension dimension,
                                       int level)
{
    if (!hasSession())
        return false;
    if (refuse(ScoringRules::matrixLevelRefusal(m_session, level)))
        return false;
    const int before = matrixLevel(rater, dimension);
    if (before == level)
        return true;
    if (!applyMatrixLevel(rater, dimension, level))
        return false;
    const bool self = rater == storage::SessionStore::Rater::Self;
    const QString text = level > 0 ? (self ? tr("Set self level to %1") : tr("Set interviewer level to %1")).arg(level)
                                   : (self ? tr("Clear self level") : tr("Clear interviewer level"));
    pushApplied(
        text, [this, rater, dimension, level] { applyMatrixLevel(rater, dimension, level); },
        [this, rater, dimension, before] { applyMatrixLevel(rater, dimension, before); });
    return true;
}

// --- The product design round ----------------------------------------------------------------------

namespace {

const interview::DesignAllocation* findAllocation(const interview::DesignRound& round, const QString& requestId)
{
    for (const interview::DesignAllocation& allocation : round.allocations) {
        if (allocation.requestId == requestId)
            return &allocation;
    }
    return nullptr;
}

bool sameAllocation(const interview::DesignAllocation& a, const interview::DesignAllocation& b)
{
    return a.requestId == b.requestId && a.kpi == b.kpi && a.expectedImpactPercent == b.expectedImpactPercent &&
           a.confidence == b.confidence && a.evidence == b.evidence && a.sharePercent == b.sharePercent;
}

bool sameRound(const std::optional<interview::DesignRound>& a, const std::optional<interview::DesignRound>& b)
{
    if (!a || !b)
        return !a && !b;
    if (a->scenarioId != b->scenarioId || a->designScore != b->designScore ||
        a->metricTranslation != b->metricTranslation || a->roadmapAlignment != b->roadmapAlignment ||
        a->allocations.size() != b->allocations.size())
        return false;
    for (const interview::DesignAllocation& allocation : a->allocations) {
        const interview::DesignAllocation* other = findAllocation(*b, allocation.requestId);
        if (!other || !sameAllocation(allocation, *other))
            return false;
    }
    return true;
}

}  // namespace

int SessionController::designQuestion() const
{
    for (qsizetype i = 0; i < m_session.questions.size(); ++i) {
        if (m_session.questions.at(i).round == interview::RoundKind::ProductDesign)
            return int(i);
    }
    return -1;
}

bool SessionController::applyDesignRound(const std::optional<interview::DesignRound>& target)
{
    const std::optional<interview::DesignRound> stored = m_session.design;
    const bool saved = persist([&] {
        m_records.database().write([&](const QSqlDatabase&) {
            if (!target) {  // undoing the first scenario pick: the session has no design round again
                m_store.removeDesignRound(m_session.id);
                return;
            }
            if (!stored || stored->scenarioId != target->scenarioId)
                m_store.setDesignScenario(m_session.id, target->scenarioId);
            if (stored) {
                for (const interview::DesignAllocation& old : stored->allocations) {
                    if (!findAllocation(*target, old.requestId))
                        m_store.removeDesignAllocation(m_session.id, old.requestId);
                }
            }
            for (const interview::DesignAllocation& allocation : target->allocations) {
                const interview::DesignAllocation* old =
                    stored ? findAllocation(*stored, allocation.requestId) : nullptr;
                if (!old || !sameAllocation(*old, allocation))
                    m_store.setDesignAllocation(m_session.id, allocation);
            }
            if (!stored || stored->designScore != target->designScore ||
                stored->metricTranslation != target->metricTranslation ||
                stored->roadmapAlignment != target->roadmapAlignment)
                m_store.setDesignScores(m_session.id, target->designScore, target->metricTranslation,
                                        target->roadmapAlignment);
        });
    });
    if (!saved)
        return false;
    if (target) {
        // Allocations in the order the store keeps: existing ones where they were, new ones at the end.
        interview::DesignRound round = *target;
        round.allocations.clear();
        if (stored) {
            for (const interview::DesignAllocation& old : stored->allocations) {
                if (const interview::DesignAllocation* now = findAllocation(*target, old.requestId))
                    round.allocations << *now;
            }
        }
        for (const interview::DesignAllocation& allocation : target->allocations) {
            if (!findAllocation(round, allocation.requestId))
                round.allocations << allocation;
        }
        m_session.design = round;
    } else {
        m_session.design.reset();
    }
    emit designChanged();
    announce();
    return true;
}

bool SessionController::setDesignRound(const std::optional<interview::DesignRound>& target, const QString& undoText,
                                       int mergeId, const QString& mergeKey)
{
    if (!hasSession())
        return false;
    if (refuse(ScoringRules::designRoundRefusal(m_session, target)))
        return false;
    const std::optional<interview::DesignRound> before = m_session.design;
    if (sameRound(before, target))
        return true;
    if (!applyDesignRound(target))
        return false;
    pushApplied(
        undoText, [this, target] { applyDesignRound(target); }, [this, before] { applyDesignRound(before); }, mergeId,
        mergeKey);
    return true;
}

interview::AskedQuestion SessionController::newDesignQuestion() const
{
    const QList<interview::Question> bank = m_records.content().questions(interview::RoundKind::ProductDesign);
    interview::AskedQuestion question;
    question.round = interview::RoundKind::ProductDesign;
    question.questionId = bank.isEmpty() ? QString() : bank.first().id;
    return question;
}

int SessionController::ensureDesignQuestion(const interview::AskedQuestion& added)
{
    const int index = designQuestion();
    return index >= 0 ? index : m_store.addQuestion(m_session.id, added);
}

// The design question is added with the first answer or submit and stays when that is undone (an
// empty question, as a session started with the design round has).
bool SessionController::applyDesignAnswer(const interview::AskedQuestion& added, const QString& text)
{
    const bool missing = designQuestion() < 0;
    int question = -1;
    const bool saved = persist([&] {
        m_records.database().write([&](const QSqlDatabase&) {
            question = ensureDesignQuestion(added);
            m_store.setAnswer(m_session.id, question, text);
        });
    });
    if (!saved)
        return false;
    if (missing)
        m_session.questions.append(added);
    m_session.questions[question].answer = text;
    emit answerChanged(question);
    announce();
    return true;
}

bool SessionController::setDesignAnswer(const QString& text, const QString& undoText, int mergeId)
{
    if (!hasSession())
        return false;
    // The round's own rule, whatever the round holds: the answer and the mark follow the session's state.
    if (refuse(ScoringRules::designRoundRefusal(m_session, std::nullopt)))
        return false;
    const int question = designQuestion();
    const QString before = question >= 0 ? m_session.questions.at(question).answer : QString();
    if (before == text)
        return true;
    const interview::AskedQuestion added = newDesignQuestion();
    if (!applyDesignAnswer(added, text))
        return false;
    pushApplied(
        undoText, [this, added, text] { applyDesignAnswer(added, text); },
        [this, added, before] { applyDesignAnswer(added, before); }, mergeId, QStringLiteral("design-answer"));
    return true;
}

bool SessionController::applyDesignMarks(const interview::AskedQuestion& added, std::int64_t askedAtMs,
                                         std::int64_t answeredAtMs)
{
    const bool missing = designQuestion() < 0;
    int question = -1;
    const bool saved = persist([&] {
        m_records.database().write([&](const QSqlDatabase&) {
            question = ensureDesignQuestion(added);
            m_store.setQuestionMarks(m_session.id, question, askedAtMs, answeredAtMs);
        });
    });
    if (!saved)
        return false;
    if (missing)
        m_session.questions.append(added);
    m_session.questions[question].askedAtMs = askedAtMs;
    m_session.questions[question].answeredAtMs = answeredAtMs;
    emit designChanged();
    announce();
    return true;
}

bool SessionController::submitDesignRound()
{
    if (!hasSession())
        return false;
    // The round's own rule, whatever the round holds: the answer and the mark follow the session's state.
    if (refuse(ScoringRules::designRoundRefusal(m_session, std::nullopt)))
        return false;
    const int question = designQuestion();
    const interview::AskedQuestion added = newDesignQuestion();
    const interview::AskedQuestion before = question >= 0 ? m_session.questions.at(question) : added;
    if (before.answeredAtMs >= 0)
        return true;  // submitted already
    const std::int64_t asked = before.askedAtMs >= 0 ? before.askedAtMs : m_session.elapsedMs;
    const std::int64_t answered = std::max(asked, m_session.elapsedMs);
    if (!applyDesignMarks(added, asked, answered))
        return false;
    pushApplied(
        tr("Submit the round"), [this, added, asked, answered] { applyDesignMarks(added, asked, answered); },
        [this, added, before] { applyDesignMarks(added, before.askedAtMs, before.answeredAtMs); });
    return true;
}

}  // namespace debrief::studio
