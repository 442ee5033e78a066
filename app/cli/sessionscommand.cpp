#include "commands.h"

#include "jsonwriter.h"
#include "studiodatabase.h"

#include "storage/sessionstore.h"

#include <QStringList>

namespace debrief::cli {
namespace {

using namespace debrief::interview;

std::string text(const QString& value)
{
    return value.toStdString();
}

std::string statusKey(SessionStatus status)
{
    switch (status) {
    case SessionStatus::InProgress: return "in-progress";
    case SessionStatus::Interrupted: return "interrupted";
    case SessionStatus::Completed: return "completed";
    }
    return "in-progress";
}

std::string roundsText(const QList<RoundKind>& rounds)
{
    QStringList keys;
    for (const RoundKind round : rounds)
        keys << key(round);
    return text(keys.join(QLatin1Char(',')));
}

std::string minutes(std::int64_t ms)
{
    return std::to_string(ms / 60000) + ":" + (ms / 1000 % 60 < 10 ? "0" : "") + std::to_string(ms / 1000 % 60);
}

std::string when(const QDateTime& time)
{
    return text(time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

std::string recommendationText(Recommendation recommendation)
{
    return recommendation == Recommendation::None ? "-" : text(key(recommendation));
}

void writeRounds(JsonWriter& json, const QList<RoundKind>& rounds)
{
    json.beginArray();
    for (const RoundKind round : rounds)
        json.value(text(key(round)));
    json.endArray();
}

void writeNames(JsonWriter& json, const QStringList& names)
{
    json.beginArray();
    for (const QString& name : names)
        json.value(text(name));
    json.endArray();
}

void writeLevels(JsonWriter& json, const QMap<MatrixDimension, int>& levels)
{
    json.beginObject();
    for (auto level = levels.cbegin(); level != levels.cend(); ++level)
        json.field(text(key(level.key())), level.value());
    json.endObject();
}

int list(storage::SessionStore& sessions, bool asJson, std::ostream& out)
{
    const QList<storage::SessionSummary> summaries = sessions.list();
    if (asJson) {
        JsonWriter json(out);
        json.beginArray();
        for (const storage::SessionSummary& s : summaries) {
            json.beginObject()
                .field("id", std::int64_t(s.id))
                .field("candidate", text(s.candidate))
                .field("mode", text(key(s.mode)))
                .field("status", statusKey(s.status))
                .field("started_at", text(s.startedAt.toString(Qt::ISODateWithMs)))
                .field("updated_at", text(s.updatedAt.toString(Qt::ISODateWithMs)))
                .field("elapsed_ms", std::int64_t(s.elapsedMs))
                .field("questions", s.questionCount)
                .field("recommendation", recommendationText(s.recommendation));
            json.key("interviewers");
            writeNames(json, s.interviewers);
            json.key("rounds");
            writeRounds(json, s.rounds);
            json.endObject();
        }
        json.endArray();
        out << "\n";
        return 0;
    }
    // One session a line, its id first, so `cut -d' ' -f1` and `sessions show` go together.
    for (const storage::SessionSummary& s : summaries) {
        out << s.id << "  " << when(s.startedAt) << "  " << text(s.candidate) << "  " << text(key(s.mode)) << "  "
            << statusKey(s.status) << "  " << roundsText(s.rounds) << "  " << s.questionCount << " questions  "
            << minutes(s.elapsedMs) << "  " << recommendationText(s.recommendation);
        if (!s.interviewers.isEmpty())
            out << "  (" << text(s.interviewers.join(QStringLiteral(", "))) << ")";
        out << "\n";
    }
    return 0;
}

void showJson(const Session& s, std::ostream& out)
{
    JsonWriter json(out);
    json.beginObject()
        .field("id", std::int64_t(s.id))
        .field("mode", text(key(s.mode)))
        .field("status", statusKey(s.status))
        .field("candidate", text(s.candidate));
    json.key("interviewers");
    writeNames(json, s.interviewers);
    json.key("rounds");
    writeRounds(json, s.rounds);
    json.field("started_at", text(s.startedAt.toString(Qt::ISODateWithMs)))
        .field("updated_at", text(s.updatedAt.toString(Qt::ISODateWithMs)))
        .field("elapsed_ms", std::int64_t(s.elapsedMs))
        .field("current_question", s.currentQuestion);
    json.key("questions").beginArray();
    for (const AskedQuestion& q : s.questions) {
        json.beginObject()
            .field("round", text(key(q.round)))
            .field("question_id", text(q.questionId))
            .field("asked_at_ms", std::int64_t(q.askedAtMs))
            .field("answered_at_ms", std::int64_t(q.answeredAtMs))
            .field("answer", text(q.answer));
        json.key("scores").beginArray();
        for (const AnswerScore& score : q.scores) {
            json.beginObject()
                .field("interviewer", text(score.interviewer))
                .field("depth", score.depth)
                .field("vision", score.vision);
            json.key("evidence").beginArray();
            for (const std::uint8_t bit : {1, 2, 4, 8}) {
                if (score.evidence & bit)
                    json.value(text(key(VisionEvidence(bit))));
            }
            json.endArray().field("justification", text(score.justification)).field("submitted", score.submitted);
            json.endObject();
        }
        json.endArray().endObject();
    }
    json.endArray();
    json.key("notes").beginArray();
    for (const SessionNote& note : s.notes)
        json.beginObject()
            .field("interviewer", text(note.interviewer))
            .field("elapsed_ms", std::int64_t(note.elapsedMs))
            .field("text", text(note.text))
            .endObject();
    json.endArray();
    json.key("matrix").beginObject().key("self");
    writeLevels(json, s.matrix.self);
    json.key("interviewer");
    writeLevels(json, s.matrix.interviewer);
    json.endObject();
    json.key("design");
    if (s.design) {
        json.beginObject()
            .field("scenario_id", text(s.design->scenarioId))
            .field("design_score", s.design->designScore)
            .field("metric_translation", s.design->metricTranslation)
            .field("roadmap_alignment", s.design->roadmapAlignment);
        json.key("allocations").beginArray();
        for (const DesignAllocation& a : s.design->allocations)
            json.beginObject()
                .field("request_id", text(a.requestId))
                .field("kpi", text(key(a.kpi)))
                .field("expected_impact_percent", a.expectedImpactPercent)
                .field("confidence", a.confidence)
                .field("evidence", text(a.evidence))
                .field("share_percent", a.sharePercent)
                .endObject();
        json.endArray().endObject();
    } else {
        json.null();
    }
    json.field("strategic_fit", s.strategicFit)
        .field("recommendation", recommendationText(s.recommendation))
        .field("recommendation_reason", text(s.recommendationReason))
        .endObject();
    out << "\n";
}

void showText(const Session& s, std::ostream& out)
{
    out << "Session " << s.id << ": " << text(s.candidate) << ", " << text(key(s.mode)) << ", " << statusKey(s.status)
        << "\nStarted " << when(s.startedAt) << " UTC, clock " << minutes(s.elapsedMs) << ", rounds "
        << roundsText(s.rounds) << "\n";
    if (!s.interviewers.isEmpty())
        out << "Interviewers: " << text(s.interviewers.join(QStringLiteral(", "))) << "\n";
    for (qsizetype i = 0; i < s.questions.size(); ++i) {
        const AskedQuestion& q = s.questions[i];
        out << "\n" << i + 1 << ". [" << text(key(q.round)) << "] " << text(q.questionId) << "\n";
        if (!q.answer.isEmpty())
            out << "   Answer: " << text(q.answer) << "\n";
        for (const AnswerScore& score : q.scores) {
            out << "   " << text(score.interviewer) << ": Depth " << score.depth << ", Vision " << score.vision;
            if (!score.justification.isEmpty())
                out << " - " << text(score.justification);
            out << "\n";
        }
    }
    if (!s.notes.isEmpty()) {
        out << "\nNotes\n";
        for (const SessionNote& note : s.notes)
            out << "  " << minutes(note.elapsedMs) << "  " << text(note.interviewer) << ": " << text(note.text) << "\n";
    }
    if (!s.matrix.self.isEmpty() || !s.matrix.interviewer.isEmpty()) {
        out << "\nMaturity Matrix (self / interviewer)\n";
        for (const MatrixDimension dimension : kAllDimensions)
            out << "  " << text(key(dimension)) << ": " << s.matrix.self.value(dimension) << " / "
                << s.matrix.interviewer.value(dimension) << "\n";
    }
    if (s.design) {
        out << "\nProduct design: " << text(s.design->scenarioId) << ", design " << s.design->designScore
            << ", metric translation " << s.design->metricTranslation << ", roadmap alignment "
            << s.design->roadmapAlignment << "\n";
        for (const DesignAllocation& a : s.design->allocations)
            out << "  " << text(a.requestId) << ": " << a.sharePercent << " % of the budget, " << text(key(a.kpi))
                << " +" << a.expectedImpactPercent << " % (confidence " << a.confidence << ")\n";
    }
    out << "\nStrategic fit " << s.strategicFit << ", recommendation " << recommendationText(s.recommendation);
    if (!s.recommendationReason.isEmpty())
        out << ": " << text(s.recommendationReason);
    out << "\n";
}

}  // namespace

int runSessions(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out, std::ostream&)
{
    const CommandLine line(args, {}, {"json"});
    const auto& positional = line.positional();
    if (positional.empty())
        throw UsageError("sessions needs `list` or `show ID`");
    if (positional[0] == "list") {
        if (positional.size() != 1)
            throw UsageError("sessions list takes no arguments");
        StudioDatabase studio(global.databasePath);
        storage::SessionStore sessions(studio.database());
        return list(sessions, line.has("json"), out);
    }
    if (positional[0] == "show") {
        if (positional.size() != 2)
            throw UsageError("sessions show needs one session id");
        const auto id = std::int64_t(CommandLine::parseUnsigned("ID", positional[1], 1, INT64_MAX));
        StudioDatabase studio(global.databasePath);
        const auto session = storage::SessionStore(studio.database()).find(id);
        if (!session)
            throw UsageError("there is no session " + positional[1] + " (see debrief-cli sessions list)");
        line.has("json") ? showJson(*session, out) : showText(*session, out);
        return 0;
    }
    throw UsageError("unknown sessions command `" + positional[0] + "` (list, show)");
}

}  // namespace debrief::cli
