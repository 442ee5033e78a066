#pragma once

#include "reportdocument.h"

#include "interview/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace debrief::storage {
class Database;
}

// The one-page candidate summary from the project portfolio (domain.md: "a one-page summary mapping
// each impact to a product KPI and a roadmap item"): the total Orchestration Impact Score, the
// Orchestration Ready flag with its reason, and the map project -> KPI -> roadmap item with each
// project's score. The numbers come from interview::OrchestrationImpactScore; the page is one page
// whatever the number of projects (ImpactMapPainter shrinks, then summarises).
namespace debrief::report {

struct CandidateSummaryResult {
    int pages = 0;
    qsizetype projects = 0;       // in the portfolio
    qsizetype projectsShown = 0;  // on the map (fewer only when there are too many for one page)
    qreal scale = 1.0;            // of the map's text, 1 = full size
    double total = 0.0;
    bool orchestrationReady = false;
};

class CandidateSummaryReport {
    Q_DECLARE_TR_FUNCTIONS(debrief::report::CandidateSummaryReport)

public:
    // Writes `candidate`'s summary to `fileName`; throws ReportError when the file cannot be written.
    // `asOf` is the date printed under the title.
    static CandidateSummaryResult write(const QString& candidate, const QList<interview::PortfolioProject>& projects,
                                        const QString& fileName, PaperSize paper,
                                        const QDateTime& asOf = QDateTime::currentDateTimeUtc());

    // The section titles in the order they appear, in the installed language.
    static QStringList sectionTitles();
};

// For the studio and the CLI: reads `candidate`'s portfolio from `database` and writes the summary.
// False with `error` (translated, naming the file) when the portfolio cannot be read or the file
// cannot be written; the target file is then left as it was.
bool writeCandidateSummaryPdf(const storage::Database& database, const QString& candidate, const QString& fileName,
                              PaperSize paper, QString* error = nullptr, CandidateSummaryResult* result = nullptr);

}  // namespace debrief::report
