#include "commands.h"

#include "studiodatabase.h"

#include "candidatesummaryreport.h"
#include "storage/portfoliostore.h"

#include <QGuiApplication>
#include <QLocale>

#include <iomanip>

namespace debrief::cli {
namespace {

// A PDF needs fonts, and fonts need a QGuiApplication; debrief-cli never opens a window, so it runs
// on the offscreen platform and needs no display. Made before StudioDatabase would make a plain
// QCoreApplication, with the same names so the default database is the studio's.
void ensureGuiApplication()
{
    if (QCoreApplication::instance()) {
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            throw std::runtime_error("writing a PDF needs the GUI application to be started first");
        return;
    }
    static int argc = 3;
    static char name[] = "debrief-cli";
    static char platform[] = "-platform";
    static char offscreen[] = "offscreen";
    static char* argv[] = {name, platform, offscreen, nullptr};
    static QGuiApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QLatin1String(storage::Database::kOrganizationName));
    QCoreApplication::setApplicationName(QLatin1String(storage::Database::kApplicationName));
}

}  // namespace

int runPortfolio(const GlobalOptions& global, const std::vector<std::string>& args, std::ostream& out,
                 std::ostream& err)
{
    const CommandLine line(args, {"out", "paper"}, {});
    const auto& positional = line.positional();
    if (positional.empty() || positional[0] != "pdf")
        throw UsageError("portfolio needs `pdf CANDIDATE --out FILE.pdf`");
    if (positional.size() != 2 || positional[1].empty())
        throw UsageError("portfolio pdf needs one candidate name (quote it: \"Priya Raman\")");
    const auto output = line.value("out");
    if (!output || output->empty())
        throw UsageError("portfolio pdf needs --out FILE.pdf");
    ensureGuiApplication();
    report::PaperSize paper = report::ReportDocument::paperFor(QLocale::system());
    if (const auto key = line.value("paper");
        key && !report::ReportDocument::paperFromKey(QString::fromStdString(*key), paper))
        throw UsageError("--paper is a4 or letter, not `" + *key + "`");

    StudioDatabase studio(global.databasePath);
    const QString candidate = QString::fromStdString(positional[1]);
    if (storage::PortfolioStore(studio.database()).list(candidate).isEmpty())
        throw UsageError("there is no portfolio for `" + positional[1] +
                         "` (the name as the studio shows it; see debrief-cli sessions list)");
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
        << (result.pages == 1 ? " page" : " pages") << "\n";
    return 0;
}

}  // namespace debrief::cli
