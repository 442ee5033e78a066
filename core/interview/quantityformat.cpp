#include "quantityformat.h"

#include "units/humanquantity.h"

#include <cmath>

namespace debrief::interview {

QString QuantityFormat::duration(double seconds, const QLocale& locale)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("-");
    // Below a minute the fraction still matters (a mean of 4.5 s); above it, whole seconds.
    if (std::abs(seconds) < 60.0) {
        const bool whole = std::abs(seconds - std::round(seconds)) < 0.05;
        return tr("%1 s").arg(locale.toString(seconds, 'f', whole ? 0 : 1));
    }
    const units::DurationSplit split = units::splitDuration(seconds);
    const QString major = (split.negative ? QStringLiteral("-") : QString()) + locale.toString(qint64(split.major));
    if (split.minor == 0) {
        switch (split.majorUnit) {
        case units::TimeUnit::Day: return tr("%1 d").arg(major);
        case units::TimeUnit::Hour: return tr("%1 h").arg(major);
        case units::TimeUnit::Minute: return tr("%1 min").arg(major);
        case units::TimeUnit::Second: break;
        }
        return tr("%1 s").arg(major);
    }
    const QString minor = locale.toString(qint64(split.minor));
    switch (split.majorUnit) {
    case units::TimeUnit::Day: return tr("%1 d %2 h").arg(major, minor);
    // Minutes after hours read like a clock: 1 h 05 min.
    case units::TimeUnit::Hour:
        return tr("%1 h %2 min").arg(major, split.minor < 10 ? locale.zeroDigit() + minor : minor);
    case units::TimeUnit::Minute: return tr("%1 min %2 s").arg(major, minor);
    case units::TimeUnit::Second: break;
    }
    return tr("%1 s").arg(major);
}

QString QuantityFormat::money(double usd, const QLocale& locale)
{
    if (!std::isfinite(usd))
        return QStringLiteral("-");
    const units::ScaledMoney scaled = units::scaleMoney(std::abs(usd));
    const QString sign = usd < 0 ? QStringLiteral("-") : QString();
    const QString digits = locale.toString(scaled.value, 'f', scaled.decimals);
    switch (scaled.scale) {
    case units::MoneyScale::Billions: return sign + tr("$%1 B").arg(digits);
    case units::MoneyScale::Millions: return sign + tr("$%1 M").arg(digits);
    case units::MoneyScale::Thousands: return sign + tr("$%1 k").arg(digits);
    case units::MoneyScale::Units: break;
    }
    return sign + tr("$%1").arg(digits);
}

QString QuantityFormat::signedMoney(double usd, const QLocale& locale)
{
    if (!std::isfinite(usd))
        return QStringLiteral("-");
    const double magnitude = std::abs(usd);
    if (magnitude < 0.5)
        return tr("$%1").arg(locale.toString(0));
    const QString sign = usd < 0 ? QStringLiteral("-") : QStringLiteral("+");
    // Whole dollars, then k, M and B with one decimal when it says something: $1.2 k, $6 k, $450 k.
    const auto scaled = [&](double value) {
        const double tenths = std::round(value * 10.0) / 10.0;
        return locale.toString(tenths, 'f', tenths >= 100.0 || tenths == std::floor(tenths) ? 0 : 1);
    };
    if (magnitude >= 999.5e6)
        return sign + tr("$%1 B").arg(scaled(magnitude / 1e9));
    if (magnitude >= 999.5e3)
        return sign + tr("$%1 M").arg(scaled(magnitude / 1e6));
    if (magnitude >= 999.5)
        return sign + tr("$%1 k").arg(scaled(magnitude / 1e3));
    return sign + tr("$%1").arg(locale.toString(std::round(magnitude), 'f', 0));
}

QString QuantityFormat::percent(double fraction, const QLocale& locale, PercentDigits digits)
{
    if (!std::isfinite(fraction))
        return QStringLiteral("-");
    const double value = fraction * 100.0;
    if (digits == PercentDigits::WhenNeeded) {
        const double rounded = std::round(value * 10.0) / 10.0;
        return tr("%1 %").arg(locale.toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1));
    }
    return tr("%1 %").arg(locale.toString(value, 'f', 1));
}

QString QuantityFormat::count(std::uint64_t value, const QLocale& locale)
{
    return locale.toString(qulonglong(value));
}

QString QuantityFormat::scaledCount(double value, const QLocale& locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("-");
    units::ScaledMoney scaled = units::scaleMoney(value);
    const QString digits = locale.toString(scaled.value, 'f', scaled.decimals);
    switch (scaled.scale) {
    case units::MoneyScale::Billions: return tr("%1 B").arg(digits);
    case units::MoneyScale::Millions: return tr("%1 M").arg(digits);
    case units::MoneyScale::Thousands: return tr("%1 k").arg(digits);
    case units::MoneyScale::Units: break;
    }
    // Counts below 10 k: whole numbers stay whole (12 jobs, not 12.00 jobs).
    return locale.toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

QString QuantityFormat::decimal(double value, int decimals, const QLocale& locale)
{
    return locale.toString(value, 'f', decimals);
}

QString QuantityFormat::signedDecimal(double value, int decimals, const QLocale& locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("-");
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        return locale.toString(0.0, 'f', decimals);  // no "-0.0" or "+0.0"
    const QString magnitude = locale.toString(std::abs(rounded), 'f', decimals);
    return (rounded < 0 ? QStringLiteral("-") : QStringLiteral("+")) + magnitude;
}

QString QuantityFormat::shortest(double value, int maxDecimals, const QLocale& locale)
{
    const double scale = std::pow(10.0, maxDecimals);
    return locale.toString(std::round(value * scale) / scale, 'g', QLocale::FloatingPointShortest);
}

}  // namespace debrief::interview
