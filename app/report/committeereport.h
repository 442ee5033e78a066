#pragma once

#include "reportdocument.h"

#include "interview/committee.h"
#include "interview/contentlibrary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The committee debrief PDF: one CommitteeReview (core/interview/committee.h) as the hiring committee
// reads it on paper. The session, every scorer's marks side by side per answer and on the Depth x
// Vision grid, the flags (splits of two points or more, vetoes) highlighted where they occur, the
// Vision justifications per answer, each scorer's verdict with its reasons and own recommendation,
// the session-level marks side by side, and the committee's decision (or that there is none yet).
// It renders the review as it is: the flags and verdicts come from core/interview, not from here.
namespace debrief::report {

class CommitteeReport {
    Q_DECLARE_TR_FUNCTIONS(debrief::report::CommitteeReport)

public:
    // Writes `review` to `fileName` and returns the number of pages; throws ReportError when the file
    // cannot be written. `content` gives the verdict grid's cells and the evidence names.
    static int write(const interview::CommitteeReview& review, const interview::ContentLibrary& content,
                     const QString& fileName, PaperSize paper);

    // The section headings in the order they appear, in the installed language.
    static QStringList sectionTitles();
};

// For the studio: false with `error` (translated, naming the file) when the file cannot be written;
// the target file is then left as it was.
bool writeCommitteePdf(const interview::CommitteeReview& review, const interview::ContentLibrary& content,
                       const QString& fileName, PaperSize paper, QString* error = nullptr);

}  // namespace debrief::report
