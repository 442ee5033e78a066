// `scorecard committee` and `scorecard decide`: the committee debrief of one session from the shell.
#include "commands.h"

#include "jsonwriter.h"
#include "shippedcontent.h"
#include "studiodatabase.h"
#include "texttable.h"

#include "interview/contentlibrary.h"
#include "storage/committeestore.h"
#include "storage/scorecardrejected.h"
#include "storage/sessionstore.h"

// Built twice: into libdebrief-cli-studio.so without the PDF (--pdf hands the whole command to the PDF library),
// and into libdebrief-cli-pdf.so with it (DEBRIEF_PDF_LIBRARY).
#ifdef DEBRIEF_PDF_LIBRARY
#include "committeereport.h"
#include "pdfenvironment.h"

#include <QGuiApplication>
#elif defined(DEBRIEF_HAVE_REPORT)
#include "commandlibrary.h"
#endif

#include <stdexcept>
#include <string>

namespace debrief::cli {
namespace {

using namespace debrief::interview;

std::string text(const QString& value)
{
    return value.toStdString();
}

std::string stamp(const QDateTime& when)
{
    return text(when.toUTC().toString(Qt::ISODateWithMs));
}

std::int64_t sessionId(const std::string& argument, storage::Database& database)
{
    const auto id = std::int64_t(CommandLine::parseUnsigned("SESSION_ID", argument, 1, INT64_MAX));
    if (!storage::SessionStore(database).find(id))
        throw UsageError("there is no session " + argument + " (see debrief-cli sessions list)");
    return id;
}

// The review falls back to question ids and default scales without the content, so a content
// problem stops the command (`scorecard pdf` refuses the same way). The text output is English; the
// PDF takes the content in its own language.
const ContentLibrary& content()
{
    return shippedContent();
}

// "3/4", or "4/2 (4 capped)" when the cap lowered the Vision.
std::string markText(const CommitteeMark& mark)
{
    std::string cell = std::to_string(mark.depth) + "/" + std::to_string(mark.effectiveVision);
    if (mark.effectiveVision != mark.vision)
        cell += " (" + std::to_string(mark.vision) + " capped)";
    return cell;
}

std::string flagKind(CommitteeFlagKind kind)
{
    return kind == CommitteeFlagKind::Veto ? "veto" : "split";
}

struct Refusal {
    QString file;
    QList<storage::ScorecardRejected::Issue> issues;
};

void printText(const CommitteeReview& review, std::ostream& out)
{
    out << "Committee for session " << review.sessionId << ": " << text(review.candidate) << ", "
        << text(review.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) << " UTC, "
        << text(key(review.mode)) << "\n";
    if (review.scorecards.isEmpty()) {
        out << "No scorecards imported yet.\n";
    } else {
        out << "Scorecards:";
        for (const CommitteeScorecard& card : review.scorecards) {
            out << "\n  " << text(card.interviewer) << "  "
                << (card.sourceFile.isEmpty() ? std::string("(this studio)") : text(card.sourceFile)) << "  "
                << stamp(card.importedAt);
            if (card.draftsLeftOut > 0)
                out << "  (" << card.draftsLeftOut << (card.draftsLeftOut == 1 ? " draft score" : " draft scores")
                    << " left out)";
        }
        out << "\n\n";

        TextTable answers;
        answers.addColumn("#");
        answers.addColumn("Round", TextTable::Align::Left);
        answers.addColumn("Question", TextTable::Align::Left);
        for (const QString& name : review.interviewers())
            answers.addColumn(text(name) + " D/V", TextTable::Align::Left);
        for (qsizetype i = 0; i < review.answers.size(); ++i) {
            const CommitteeAnswer& answer = review.answers[i];
            std::vector<std::string> row{std::to_string(i + 1), text(key(answer.round)), text(answer.questionId)};
            for (const QString& name : review.interviewers())
                row.push_back(answer.marks.contains(name) ? markText(answer.marks.value(name)) : "-");
            answers.addRow(std::move(row));
        }
        answers.print(out);
        out << "\n";

        TextTable marks;
        marks.addColumn("Session mark", TextTable::Align::Left);
        for (const QString& name : review.interviewers())
            marks.addColumn(text(name));
        for (const CommitteeSessionMark& mark : review.sessionMarks) {
            std::vector<std::string> row{text(mark.title)};
            for (const QString& name : review.interviewers())
                row.push_back(mark.values.contains(name) ? std::to_string(mark.values.value(name)) : "-");
            marks.addRow(std::move(row));
        }
        marks.print(out);

        out << "\nVerdicts:\n";
        for (const QString& name : review.interviewers()) {
            const Verdict verdict = review.verdicts.value(name);
            out << "  " << text(name) << ": "
                << (verdict.recommendation == Recommendation::None ? std::string("-")
                                                                   : text(key(verdict.recommendation)))
                << (verdict.vetoed ? " (vetoed)" : "") << "\n";
            for (const QString& reason : verdict.reasons)
                out << "    " << text(reason) << "\n";
        }
    }
    out << "\nFlags: " << review.flags.size() << "\n";
    for (const CommitteeFlag& flag : review.flags)
        out << "  " << flagKind(flag.kind) << "  " << text(flag.explanation) << "\n";
    out << "\nDecision: ";
    if (review.decision.isRecorded())
        out << text(key(review.decision.decision)) << " (" << stamp(review.decision.decidedAt)
            << "): " << text(review.decision.reason) << "\n";
    else
        out << "not recorded (scorecard decide " << review.sessionId << " --decision ... --reason ...)\n";
}

void printJson(const CommitteeReview& review, const QList<Refusal>& refused, std::ostream& out)
{
    JsonWriter json(out);
    json.beginObject()
        .field("session", review.sessionId)
        .field("candidate", text(review.candidate))
        .field("started_at", stamp(review.startedAt))
        .field("mode", text(key(review.mode)));
    json.key("scorecards").beginArray();
    for (const CommitteeScorecard& card : review.scorecards)
        json.beginObject()
            .field("interviewer", text(card.interviewer))
            .field("source_file", text(card.sourceFile))
            .field("imported_at", stamp(card.importedAt))
            .field("drafts_left_out", card.draftsLeftOut)
            .endObject();
    json.endArray();
    json.key("answers").beginArray();
    for (const CommitteeAnswer& answer : review.answers) {
        json.beginObject().field("round", text(key(answer.round))).field("question_id", text(answer.questionId));
        json.key("marks").beginObject();
        for (auto mark = answer.marks.cbegin(); mark != answer.marks.cend(); ++mark)
            json.key(text(mark.key()))
                .beginObject()
                .field("depth", mark->depth)
                .field("vision", mark->vision)
                .field("effective_vision", mark->effectiveVision)
                .field("justification", text(mark->justification))
                .endObject();
        json.endObject().endObject();
    }
    json.endArray();
    json.key("session_marks").beginArray();
    for (const CommitteeSessionMark& mark : review.sessionMarks) {
        json.beginObject().field("mark", text(mark.mark)).key("values").beginObject();
        for (auto value = mark.values.cbegin(); value != mark.values.cend(); ++value)
            json.field(text(value.key()), value.value());
        json.endObject().endObject();
    }
    json.endArray();
    json.key("verdicts").beginObject();
    for (auto verdict = review.verdicts.cbegin(); verdict != review.verdicts.cend(); ++verdict) {
        json.key(text(verdict.key())).beginObject();
        if (verdict->recommendation == Recommendation::None)
            json.key("recommendation").null();
        else
            json.field("recommendation", text(key(verdict->recommendation)));
        json.field("vetoed", verdict->vetoed).key("reasons").beginArray();
        for (const QString& reason : verdict->reasons)
            json.value(text(reason));
        json.endArray().endObject();
    }
    json.endObject();
    json.key("flags").beginArray();
    for (const CommitteeFlag& flag : review.flags) {
        json.beginObject().field("kind", flagKind(flag.kind)).field("mark", text(flag.mark));
        if (flag.answerIndex >= 0)
            json.field("answer", flag.answerIndex + 1);
        json.key("interviewers").beginArray();
        for (const QString& name : flag.interviewers)
            json.value(text(name));
        json.endArray()
            .field("low", flag.low)
            .field("high", flag.high)
            .field("explanation", text(flag.explanation))
            .endObject();
    }
    json.endArray();
    json.key("decision");
    if (review.decision.isRecorded())
        json.beginObject()
            .field("decision", text(key(review.decision.decision)))
            .field("reason", text(review.decision.reason))
            .field("decided_at", stamp(review.decision.decidedAt))
            .endObject();
    else
        json.null();
    json.key("refused").beginArray();
    for (const Refusal& refusal : refused) {
        json.beginObject().field("file", text(refusal.file)).key("issues").beginArray();
        for (const auto& issue : refusal.issues)
            json.beginObject().field("path", text(issue.path)).field("message", text(issue.message)).endObject();
        json.endArray().endObject();
    }
    json.endArray().endObject();
    out << "\n";
}

}  // namespace

int runScorecardCommittee(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                          std::ostream& err)
{
    const CommandLine line(args, {"pdf", "paper", "lang"}, {"json"});
    const auto& positional = line.positional();
    if (positional.empty())
        throw UsageError("scorecard committee needs SESSION_ID [FILE.json...]");
    const auto pdf = line.value("pdf");
    if (!pdf && (line.has("paper") || line.has("lang")))
        throw UsageError("--paper and --lang go with --pdf FILE.pdf");
#ifdef DEBRIEF_PDF_LIBRARY
    std::optional<PdfOptions> pdfOptions;
    if (pdf) {
        if (pdf->empty())
            throw UsageError("--pdf needs a file name");
        pdfOptions = PdfOptions::from(line);
        guiApplication();  // before the database: fonts need the GUI application to be the only one
    }
#elif defined(DEBRIEF_HAVE_REPORT)
    if (pdf)
        return runPdfCommand(PdfCommand::ScorecardCommittee, global, args, out, err);
#else
    if (pdf)
        throw UsageError("this debrief-cli was built without Qt GUI (DEBRIEF_BUILD_GUI=OFF): no PDF export");
#endif
    StudioDatabase studio(global.databasePath);
    const std::int64_t id = sessionId(positional[0], studio.database());
    const storage::CommitteeStore store(studio.database());
    content();  // before any import: a content problem stops the command with nothing written
    // Each file on its own: a refused one is reported and the others are still imported.
    QList<Refusal> refused;
    for (std::size_t i = 1; i < positional.size(); ++i) {
        const QString file = QString::fromStdString(positional[i]);
        try {
            const auto imported = store.addFile(id, file);
            if (!line.has("json"))
                out << "imported " << positional[i] << ": " << text(imported.scorecard.interviewer)
                    << (imported.outcome == storage::CommitteeStore::Outcome::Added      ? ""
                        : imported.outcome == storage::CommitteeStore::Outcome::Replaced ? " (replaced the earlier one)"
                                                                                         : " (already imported)")
                    << "\n";
        } catch (const storage::ScorecardRejected& rejected) {
            refused << Refusal{file, rejected.issues()};
            err << "debrief-cli: not imported:\n" << rejected.what() << "\n";
        }
    }
    const CommitteeReview review = store.review(id, content());
    if (line.has("json"))
        printJson(review, refused, out);
    else
        printText(review, out);
#ifdef DEBRIEF_PDF_LIBRARY
    if (pdfOptions) {
        // The review again in the PDF's language: its flag sentences and verdict reasons are translated.
        const QString language = pdfOptions->resolvedLanguage();
        const ScopedLanguage scoped(guiApplication(), language);
        const ContentLibrary& translatedContent = shippedContent(language);
        const CommitteeReview translated = store.review(id, translatedContent);
        QString error;
        if (!report::writeCommitteePdf(translated, translatedContent, QString::fromStdString(*pdf),
                                       pdfOptions->resolvedPaper(), &error)) {
            err << "debrief-cli: error: " << text(error) << "\n";
            return 1;
        }
        // With --json stdout carries only the JSON document.
        (line.has("json") ? err : out) << "wrote " << *pdf << ": the committee of session " << id << ", "
                                       << translated.scorecards.size()
                                       << (translated.scorecards.size() == 1 ? " scorecard" : " scorecards") << "\n";
    }
#endif
    return refused.isEmpty() ? 0 : 2;
}

int runScorecardDecide(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                       std::ostream&)
{
    const CommandLine line(args, {"decision", "reason"}, {});
    const auto& positional = line.positional();
    if (positional.size() != 1)
        throw UsageError("scorecard decide needs one SESSION_ID");
    const auto decisionKey = line.value("decision");
    Recommendation decision = Recommendation::None;
    if (!decisionKey || !fromKey(QString::fromStdString(*decisionKey), decision) || decision == Recommendation::None)
        throw UsageError("scorecard decide needs --decision strong-yes|yes|no|strong-no (no neutral option)");
    const auto reason = line.value("reason");
    if (!reason || QString::fromStdString(*reason).trimmed().isEmpty())
        throw UsageError("scorecard decide needs --reason TEXT (why, in a sentence)");
    StudioDatabase studio(global.databasePath);
    const std::int64_t id = sessionId(positional[0], studio.database());
    const storage::CommitteeStore store(studio.database());
    store.setDecision(id, CommitteeDecision{decision, QString::fromStdString(*reason), {}});
    const CommitteeDecision kept = store.decision(id);
    out << "recorded for session " << id << ": " << text(key(kept.decision)) << " at " << stamp(kept.decidedAt) << ": "
        << text(kept.reason) << "\n";
    return 0;
}

}  // namespace debrief::cli
