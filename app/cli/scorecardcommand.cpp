#include "commands.h"

#include "shippedcontent.h"
#include "studiodatabase.h"

#include "storage/scorecardexchange.h"
#include "storage/sessionstore.h"

#ifdef DEBRIEF_HAVE_REPORT
#include "commandlibrary.h"
#endif

namespace debrief::cli {

int runScorecard(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                 std::ostream& err)
{
    // The committee's subcommands take their own flags.
    if (!args.empty() && (args[0] == "committee" || args[0] == "decide")) {
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        return args[0] == "committee" ? runScorecardCommittee(global, rest, out, err)
                                      : runScorecardDecide(global, rest, out, err);
    }
    const CommandLine line(args, {"out", "interviewer", "paper", "lang"}, {});
    const auto& positional = line.positional();
    if (positional.empty())
        throw UsageError("scorecard needs `export ID --out FILE.json`, `import FILE.json`, `pdf ID --out FILE.pdf`, "
                         "`committee SESSION_ID [FILE.json...]` or `decide SESSION_ID ...`");
    if (positional[0] != "pdf" && (line.has("paper") || line.has("lang")))
        throw UsageError("--paper and --lang are for `scorecard pdf`");
    if (positional[0] == "pdf") {
#ifdef DEBRIEF_HAVE_REPORT
        return runPdfCommand(PdfCommand::ScorecardPdf, global, args, out, err);
#else
        throw UsageError("this debrief-cli was built without Qt GUI (DEBRIEF_BUILD_GUI=OFF): no PDF export");
#endif
    }
    if (positional[0] == "export") {
        if (positional.size() != 2)
            throw UsageError("scorecard export needs one session id");
        const auto output = line.value("out");
        if (!output)
            throw UsageError("scorecard export needs --out FILE.json");
        const auto id = std::int64_t(CommandLine::parseUnsigned("ID", positional[1], 1, INT64_MAX));
        StudioDatabase studio(global.databasePath);
        const auto session = storage::SessionStore(studio.database()).find(id);
        if (!session)
            throw UsageError("there is no session " + positional[1] + " (see debrief-cli sessions list)");
        // Without --interviewer: the session's first interviewer, or the candidate's own ("self").
        QString interviewer = line.value("interviewer")         ? QString::fromStdString(*line.value("interviewer"))
                              : session->interviewers.isEmpty() ? QStringLiteral("self")
                                                                : session->interviewers.first();
        storage::ScorecardExchange(studio.database()).exportToFile(id, interviewer, QString::fromStdString(*output));
        out << "wrote " << *output << ": session " << id << ", " << interviewer.toStdString() << "\n";
        return 0;
    }
    if (positional[0] == "import") {
        if (positional.size() != 2 || line.has("out") || line.has("interviewer"))
            throw UsageError("scorecard import takes one FILE.json");
        StudioDatabase studio(global.databasePath);
        const auto result =
            storage::ScorecardExchange(studio.database()).importFile(QString::fromStdString(positional[1]), shippedContent());
        out << "imported " << positional[1] << ": " << result.answers << " scored answers by "
            << result.interviewer.toStdString() << " into " << (result.sessionCreated ? "new " : "") << "session "
            << result.sessionId << "\n";
        return 0;
    }
    throw UsageError("unknown scorecard command `" + positional[0] + "` (export, import, pdf, committee, decide)");
}

}  // namespace debrief::cli
