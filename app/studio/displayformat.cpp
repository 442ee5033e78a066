#include "displayformat.h"

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
    const auto total = static_cast<std::int64_t>(std::llround(seconds));
    const std::int64_t days = total / 86400;
    const std::int64_t hours = (total % 86400) / 3600;
    const std::int64_t minutes = (total % 3600) / 60;
    const std::int64_t secs = total % 60;
    // Two units are enough to compare policies at a glance; the sort role keeps the exact value.
    if (days > 0)
        return tr("%1 d %2 h").arg(locale.toString(qint64(days)), locale.toString(qint64(hours)));
    if (hours > 0)
        return tr("%1 h %2 min").arg(locale.toString(qint64(hours)), locale.toString(qint64(minutes)));
    return tr("%1 min %2 s").arg(locale.toString(qint64(minutes)), locale.toString(qint64(secs)));
}

QString DisplayFormat::money(double usd)
{
    if (!std::isfinite(usd))
        return QStringLiteral("-");
    const QLocale locale;
    const double magnitude = std::abs(usd);
    if (magnitude >= 1e9)
        return tr("$%1 B").arg(locale.toString(usd / 1e9, 'f', 1));
    if (magnitude >= 1e6)
        return tr("$%1 M").arg(locale.toString(usd / 1e6, 'f', 1));
    if (magnitude >= 1e4)
        return tr("$%1 k").arg(locale.toString(usd / 1e3, 'f', 1));
    return tr("$%1").arg(locale.toString(usd, 'f', 2));
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

} // namespace debrief::studio
