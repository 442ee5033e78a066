#include "displayformat.h"

#include "units/humanquantity.h"

#include <QLocale>

#include <cmath>

namespace debrief::studio {

QString DisplayFormat::duration(double seconds)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("-");
    const QLocale locale;
    // Below a minute the fraction still matters (a mean of 4.5 s); above it, whole seconds.
    if (std::abs(seconds) < 60.0) {
        const bool whole = std::abs(seconds - std::round(seconds)) < 0.05;
        return tr("%1 s").arg(locale.toString(seconds, 'f', whole ? 0 : 1));
    }
    // Two units are enough to compare policies at a glance; the sort role keeps the exact value.
    const units::DurationSplit split = units::splitDuration(seconds);
    const QString sign = split.negative ? QStringLiteral("-") : QString();
    const QString major = sign + locale.toString(qint64(split.major));
    const QString minor = locale.toString(qint64(split.minor));
    switch (split.majorUnit) {
    case units::TimeUnit::Day: return tr("%1 d %2 h").arg(major, minor);
    case units::TimeUnit::Hour: return tr("%1 h %2 min").arg(major, minor);
    case units::TimeUnit::Minute: return tr("%1 min %2 s").arg(major, minor);
    case units::TimeUnit::Second: break;
    }
    return tr("%1 s").arg(major);
}

QString DisplayFormat::money(double usd)
{
    if (!std::isfinite(usd))
        return QStringLiteral("-");
    const units::ScaledMoney scaled = units::scaleMoney(usd);
    const QString digits = QLocale().toString(scaled.value, 'f', scaled.decimals);
    switch (scaled.scale) {
    case units::MoneyScale::Billions: return tr("$%1 B").arg(digits);
    case units::MoneyScale::Millions: return tr("$%1 M").arg(digits);
    case units::MoneyScale::Thousands: return tr("$%1 k").arg(digits);
    case units::MoneyScale::Units: break;
    }
    return tr("$%1").arg(digits);
}

QString DisplayFormat::percent(double fraction)
{
    return tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString DisplayFormat::count(std::uint64_t value)
{
    return QLocale().toString(qulonglong(value));
}

QString DisplayFormat::decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString DisplayFormat::rate(double jobsPerHour)
{
    return tr("%1 jobs/h").arg(QLocale().toString(jobsPerHour, 'f', 1));
}

}  // namespace debrief::studio
