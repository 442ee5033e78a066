#include "reportterms.h"

#include "interview/quantityformat.h"

#include <QLocale>

namespace debrief::report {

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
    return interview::QuantityFormat::decimal(value, 1);
}

QString ReportTerms::percent(double value)
{
    // A no-break space keeps the number and its sign on one line in narrow boxes.
    return interview::QuantityFormat::percent(value / 100.0).replace(QLatin1Char(' '), QChar::Nbsp);
}

QString ReportTerms::measurement(double value)
{
    return interview::QuantityFormat::shortest(value, 6);
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
