#pragma once

#include "interview/rubric.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Words the candidate summary and the committee PDF print that core/interview has no display name for
// (session modes) and the report's ways of writing scores and dates; the numbers themselves are
// written by interview::QuantityFormat. Everything follows the installed translation and QLocale's
// default, so a German studio prints "45,0".
namespace debrief::report {

class ReportTerms {
    Q_DECLARE_TR_FUNCTIONS(debrief::report::ReportTerms)

public:
    static QString mode(interview::SessionMode mode);
    // One decimal: "45.0" / "45,0".
    static QString score(double value);
    // One decimal and a percent sign: "15.0 %".
    static QString percent(double value);
    // As short as it reads exactly: 6 -> "6", 5.1 -> "5.1".
    static QString measurement(double value);
    // The date, or the date and time, in the local time zone and the locale's long format.
    static QString date(const QDateTime& utc);
    static QString dateTime(const QDateTime& utc);
};

}  // namespace debrief::report
