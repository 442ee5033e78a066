// `scorecard pdf ID --out FILE.pdf`: built into libdebrief-cli-pdf.so (commandlibrary.h), which
// debrief-cli's `scorecard` command loads for it.
#include "commands.h"

#include "pdfenvironment.h"
#include "shippedcontent.h"
#include "studiodatabase.h"

#include "interview/contentlibrary.h"
#include "reportdocument.h"
#include "scorecardreport.h"
#include "storage/sessionstore.h"

#include <QGuiApplication>

namespace debrief::cli {

// The arguments after `scorecard`, starting with `pdf`, parsed with the same flags as the command.
int runScorecardPdf(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                    std::ostream&)
{
    const CommandLine line(args, {"out", "interviewer", "paper", "lang"}, {});
    const auto& positional = line.positional();
    if (positional.size() != 2 || positional[0] != "pdf" || line.has("interviewer"))
        throw UsageError("scorecard pdf needs one session id: `scorecard pdf ID --out FILE.pdf`");
    const auto output = line.value("out");
    if (!output || output->empty())
        throw UsageError("scorecard pdf needs --out FILE.pdf");
    const PdfOptions options = PdfOptions::from(line);
    const auto id = std::int64_t(CommandLine::parseUnsigned("ID", positional[1], 1, INT64_MAX));

    QGuiApplication& app = guiApplication();
    StudioDatabase studio(global.databasePath);
    if (!storage::SessionStore(studio.database()).find(id))
        throw UsageError("there is no session " + positional[1] + " (see debrief-cli sessions list)");
    const report::PaperSize paper = options.resolvedPaper();
    const QString chosen = options.resolvedLanguage();
    const ScopedLanguage scoped(app, chosen);
    const interview::ContentLibrary& content = shippedContent(chosen);
    const int pages =
        report::ScorecardReport(studio.database(), content).write(id, QString::fromStdString(*output), paper);
    out << "wrote " << *output << ": session " << id << ", " << pages << (pages == 1 ? " page" : " pages") << ", "
        << (paper == report::PaperSize::Letter ? "Letter" : "A4") << ", " << chosen.toStdString() << "\n";
    return 0;
}

}  // namespace debrief::cli
