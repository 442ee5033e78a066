#pragma once

#include "reportdocument.h"

#include "interview/contentlibrary.h"
#include "interview/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace debrief::storage {
class Database;
}

// The scorecard PDF of one session, as a candidate keeps it and a mock interviewer hands it over:
// summary and verdicts, the Depth x Vision grid with every answer, the Maturity Matrix, the product
// design round, the answers with the coach's findings, the interviewers' notes and the next steps.
// Every number comes from core/interview's rules (VerdictGrid, VisionCap, CalibrationGap, AnswerCoach,
// BudgetAllocation, MetricTranslation) on the stored session; the text is in the installed language.
namespace debrief::report {

class ScorecardReport {
    Q_DECLARE_TR_FUNCTIONS(debrief::report::ScorecardReport)

public:
    // Called before each section with (sections done, all sections); returning false cancels the
    // export (ReportError, the target file left as it was).
    using Progress = std::function<bool(int done, int total)>;

    ScorecardReport(const storage::Database& database, const interview::ContentLibrary& content);

    // Writes session `sessionId` to `fileName`; returns the number of pages. Throws ReportError (no
    // such session, the file cannot be written, cancelled) or storage::StorageError. `now` decides
    // which drills are due.
    int write(std::int64_t sessionId, const QString& fileName, PaperSize paper,
              const QDateTime& now = QDateTime::currentDateTimeUtc(), const Progress& progress = {}) const;

    // The section headings in the order they appear, in the installed language.
    static QStringList sectionTitles();
    static constexpr int kSections = 7;

private:
    struct Context;
    void summary(Context& context) const;
    void depthVision(Context& context) const;
    void maturity(Context& context) const;
    void productDesign(Context& context) const;
    void answers(Context& context) const;
    void notes(Context& context) const;
    void nextSteps(Context& context) const;

    const storage::Database& m_database;
    const interview::ContentLibrary& m_content;
};

}  // namespace debrief::report
