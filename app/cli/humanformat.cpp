#include "humanformat.h"

#include "interview/quantityformat.h"

#include <QLocale>

#include <cstdio>

namespace debrief::cli {

using interview::QuantityFormat;

namespace {

// The CLI prints English whatever the user's locale, so scripts can read it: 82,000 and 4.2.
const QLocale& english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

}  // namespace

std::string formatFixed(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::string formatDuration(double seconds)
{
    return QuantityFormat::duration(seconds, english()).toStdString();
}

std::string formatMoney(double usd)
{
    return QuantityFormat::money(usd, english()).toStdString();
}

std::string formatPercent(double fraction)
{
    return QuantityFormat::percent(fraction, english()).toStdString();
}

std::string formatCount(std::uint64_t count)
{
    return QuantityFormat::count(count, english()).toStdString();
}

}  // namespace debrief::cli
