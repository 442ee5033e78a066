#include "metrictranslation.h"

#include "units/humanquantity.h"

#include <algorithm>
#include <cmath>

namespace debrief::interview {

GpuTime MetricTranslation::gpuTimeFor(double usdPerMonth, double usdPerGpuHour)
{
    return GpuTime::fromHours(usdPerGpuHour > 0 ? usdPerMonth / usdPerGpuHour : 0.0);
}

double MetricTranslation::impliedPrice(double usdPerMonth, GpuTime perMonth)
{
    return perMonth.hours() > 0 ? usdPerMonth / perMonth.hours() : 0.0;
}

MetricSaving MetricTranslation::saving(GpuTime perMonth, double usdPerGpuHour, double fraction)
{
    MetricSaving result;
    result.fractionSaved = std::max(fraction, 0.0);
    result.gpuTimeSaved = GpuTime::fromHours(perMonth.hours() * result.fractionSaved);
    result.usdSaved = monthlyCost(result.gpuTimeSaved, usdPerGpuHour);
    return result;
}

MetricSaving MetricTranslation::cut(GpuTime perMonth, double usdPerGpuHour, double percent)
{
    return saving(perMonth, usdPerGpuHour, percent / 100.0);
}

MetricSaving MetricTranslation::utilisationChange(GpuTime perMonth, double usdPerGpuHour, double fromPercent,
                                                  double toPercent)
{
    if (fromPercent <= 0 || toPercent <= 0)
        return saving(perMonth, usdPerGpuHour, 0.0);
    return saving(perMonth, usdPerGpuHour, 1.0 - fromPercent / toPercent);
}

MetricSaving MetricTranslation::latencyChange(GpuTime perMonth, double usdPerGpuHour, Latency before, Latency after)
{
    if (before.count() <= 0)
        return saving(perMonth, usdPerGpuHour, 0.0);
    return saving(perMonth, usdPerGpuHour, (before - after) / before);
}

namespace {

// The number part of a scaled quantity: trailing zeros kept as scaleMoney decided (4.2, 587, 2.33).
QString digits(const units::ScaledMoney& scaled, const QLocale& locale)
{
    return locale.toString(scaled.value, 'f', scaled.decimals);
}

}  // namespace

QString MetricTranslation::money(double usd, const QLocale& locale)
{
    const units::ScaledMoney scaled = units::scaleMoney(usd);
    switch (scaled.scale) {
    case units::MoneyScale::Billions: return tr("$%1 B").arg(digits(scaled, locale));
    case units::MoneyScale::Millions: return tr("$%1 M").arg(digits(scaled, locale));
    case units::MoneyScale::Thousands: return tr("$%1 k").arg(digits(scaled, locale));
    case units::MoneyScale::Units: break;
    }
    return tr("$%1").arg(digits(scaled, locale));
}

QString MetricTranslation::count(double value, const QLocale& locale)
{
    units::ScaledMoney scaled = units::scaleMoney(value);
    switch (scaled.scale) {
    case units::MoneyScale::Billions: return tr("%1 B").arg(digits(scaled, locale));
    case units::MoneyScale::Millions: return tr("%1 M").arg(digits(scaled, locale));
    case units::MoneyScale::Thousands: return tr("%1 k").arg(digits(scaled, locale));
    case units::MoneyScale::Units: break;
    }
    // Counts below 10 k: whole numbers stay whole (12 jobs, not 12.00 jobs).
    scaled.decimals = value == std::floor(value) ? 0 : 2;
    return digits(scaled, locale);
}

QString MetricTranslation::percent(double value, const QLocale& locale)
{
    // One decimal only when it carries information: 14 %, 16.7 %.
    const double rounded = std::round(value * 10.0) / 10.0;
    return tr("%1 %").arg(locale.toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1));
}

QString MetricTranslation::sentence(GpuTime perMonth, double usdPerGpuHour, double cutPercent, const QLocale& locale)
{
    const double monthly = monthlyCost(perMonth, usdPerGpuHour);
    const MetricSaving saved = cut(perMonth, usdPerGpuHour, cutPercent);
    return tr("%1 GPU-hours a month at %2 is %3; a %4 cut saves %5")
        .arg(count(perMonth.hours(), locale), money(usdPerGpuHour, locale), money(monthly, locale),
             percent(cutPercent, locale), money(saved.usdSaved, locale));
}

}  // namespace debrief::interview
