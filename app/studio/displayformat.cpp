#include "displayformat.h"

#include "interview/quantityformat.h"

#include <QLocale>

namespace debrief::studio {

using interview::QuantityFormat;

QString DisplayFormat::duration(double seconds)
{
    return QuantityFormat::duration(seconds);
}

QString DisplayFormat::money(double usd)
{
    return QuantityFormat::money(usd);
}

QString DisplayFormat::signedMoney(double usd)
{
    return QuantityFormat::signedMoney(usd);
}

QString DisplayFormat::percent(double fraction)
{
    return QuantityFormat::percent(fraction);
}

QString DisplayFormat::count(std::uint64_t value)
{
    return QuantityFormat::count(value);
}

QString DisplayFormat::decimal(double value, int decimals)
{
    return QuantityFormat::decimal(value, decimals);
}

QString DisplayFormat::signedDecimal(double value, int decimals)
{
    return QuantityFormat::signedDecimal(value, decimals);
}

QString DisplayFormat::rate(double jobsPerHour)
{
    return tr("%1 jobs/h").arg(QuantityFormat::decimal(jobsPerHour, 1));
}

}  // namespace debrief::studio
