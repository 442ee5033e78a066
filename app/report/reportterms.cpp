#include "reportterms.h"

#include <QLocale>

namespace debrief::report {

QString ReportTerms::kpi(interview::Kpi kpi)
{
    switch (kpi) {
    case interview::Kpi::Throughput: return tr("Throughput");
    case interview::Kpi::Latency: return tr("Latency");
    case interview::Kpi::Observability: return tr("Observability");
    case interview::Kpi::Cost: return tr("Cost");
    case interview::Kpi::Reliability: return tr("Reliability");
    }
    return {};
}

QString ReportTerms::mode(interview::SessionMode mode)
{
    switch (mode) {
    case interview::SessionMode::SoloPractice: return tr("Solo practice");
    case interview::SessionMode::LiveMock: return tr("Live mock interview");
    }
    return {};
}

QString ReportTerms::score(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString ReportTerms::percent(double value)
{
    // A no-break space keeps the number and its sign on one line in narrow boxes.
    return tr("%1 %").arg(QLocale().toString(value, 'f', 1)).replace(QLatin1Char(' '), QChar::Nbsp);
}

QString ReportTerms::measurement(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString ReportTerms::date(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().date(), QLocale::LongFormat) : QString();
}

QString ReportTerms::dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return tr("%1, %2").arg(QLocale().toString(local.date(), QLocale::LongFormat),
                            QLocale().toString(local.time(), QLocale::ShortFormat));
}

}  // namespace debrief::report
