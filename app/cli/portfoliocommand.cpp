#include "commands.h"

#include "studiodatabase.h"

#include "candidatesummaryreport.h"
#include "pdfenvironment.h"
#include "storage/portfoliostore.h"
#include "uilanguage.h"

#include <QGuiApplication>
#include <QLocale>

#include <iomanip>

namespace debrief::cli {

int runPortfolio(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                 std::ostream& err)
{
    const CommandLine line(args, {"out", "paper", "lang"}, {});
    const auto& positional = line.positional();
    if (positional.empty() || positional[0] != "pdf")
        throw UsageError("portfolio needs `pdf CANDIDATE --out FILE.pdf`");
    if (positional.size() != 2 || positional[1].empty())
        throw UsageError("portfolio pdf needs one candidate name (quote it: \"Priya Raman\")");
    const auto output = line.value("out");
    if (!output || output->empty())
        throw UsageError("portfolio pdf needs --out FILE.pdf");
    const PdfOptions options = PdfOptions::from(line);

    QGuiApplication& app = guiApplication();
    StudioDatabase studio(global.databasePath);
    const QString candidate = QString::fromStdString(positional[1]);
    if (storage::PortfolioStore(studio.database()).list(candidate).isEmpty())
        throw UsageError("there is no portfolio for `" + positional[1] +
                         "` (the name as the studio shows it; see debrief-cli sessions list)");
    const report::PaperSize paper = options.resolvedPaper();
    const QString chosen = options.resolvedLanguage();
    const ScopedLanguage scoped(app, chosen);
    QString error;
    report::CandidateSummaryResult result;
    if (!report::writeCandidateSummaryPdf(studio.database(), candidate, QString::fromStdString(*output), paper, &error,
                                          &result)) {
        err << "debrief-cli: error: " << error.toStdString() << "\n";
        return 1;
    }
    out << "wrote " << *output << ": " << result.projects << (result.projects == 1 ? " project" : " projects");
    if (result.projectsShown < result.projects)
        out << " (" << result.projectsShown << " on the map, the rest summed up)";
    out << ", Orchestration Impact Score " << std::fixed << std::setprecision(1) << result.total << ", "
        << (result.orchestrationReady ? "Orchestration Ready" : "not Orchestration Ready") << ", " << result.pages
        << (result.pages == 1 ? " page" : " pages") << ", " << (paper == report::PaperSize::Letter ? "Letter" : "A4")
        << ", " << chosen.toStdString() << "\n";
    return 0;
}

}  // namespace debrief::cli
