#include "metrictranslation.h"

#include "quantityformat.h"

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

QString MetricTranslation::money(double usd, const QLocale& locale)
{
    return QuantityFormat::money(usd, locale);
}

QString MetricTranslation::count(double value, const QLocale& locale)
{
    return QuantityFormat::scaledCount(value, locale);
}

QString MetricTranslation::percent(double value, const QLocale& locale)
{
    return QuantityFormat::percent(value / 100.0, locale, QuantityFormat::PercentDigits::WhenNeeded);
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
