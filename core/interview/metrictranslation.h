#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <chrono>

// Turning raw GPU usage into a business case (domain.md): GPU-hours a month x price per GPU-hour =
// money a month, and back. Units are explicit in the types: GpuTime is built from hours or seconds,
// latencies are std::chrono durations, so "120 ms" and "0.12 s" cannot be mixed up.
namespace debrief::interview {

class GpuTime {
public:
    static constexpr GpuTime fromHours(double hours) { return GpuTime(hours); }
    static constexpr GpuTime fromSeconds(double seconds) { return GpuTime(seconds / 3600.0); }
    constexpr double hours() const { return m_hours; }
    constexpr double seconds() const { return m_hours * 3600.0; }

private:
    constexpr explicit GpuTime(double hours) : m_hours(hours) {}
    double m_hours;
};

struct MetricSaving {
    double fractionSaved = 0.0;  // of the monthly GPU time, 0.1667 = 16.67 %
    GpuTime gpuTimeSaved = GpuTime::fromHours(0);
    double usdSaved = 0.0;  // a month
};

class MetricTranslation {
    Q_DECLARE_TR_FUNCTIONS(debrief::interview::MetricTranslation)

public:
    using Latency = std::chrono::duration<double>;  // seconds; ms literals convert implicitly

    static double monthlyCost(GpuTime perMonth, double usdPerGpuHour) { return perMonth.hours() * usdPerGpuHour; }
    static GpuTime gpuTimeFor(double usdPerMonth, double usdPerGpuHour);  // 0 h when the price is not positive
    static double impliedPrice(double usdPerMonth, GpuTime perMonth);     // 0 when there is no GPU time

    // A straight cut of `percent` of the GPU time.
    static MetricSaving cut(GpuTime perMonth, double usdPerGpuHour, double percent);
    // The same work at a higher utilisation needs fromPercent / toPercent of the GPU time
    // (60 % -> 72 %: 60/72 = 5/6 of the hours, 1/6 saved). A drop in utilisation saves nothing (< 0).
    static MetricSaving utilisationChange(GpuTime perMonth, double usdPerGpuHour, double fromPercent, double toPercent);
    // GPUs held for the latency of each job: the GPU time scales with latency (120 ms -> 90 ms saves a
    // quarter). Covers queueing delay on reserved GPUs the same way.
    static MetricSaving latencyChange(GpuTime perMonth, double usdPerGpuHour, Latency before, Latency after);

    // What a candidate would say: "1.8 M GPU-hours a month at $2.33 is $4.2 M; a 14 % cut saves $587 k".
    static QString sentence(GpuTime perMonth, double usdPerGpuHour, double cutPercent,
                            const QLocale& locale = QLocale());
    // Money and counts as people write them, with core/units' scaleMoney: $4.2 M, $587 k, $2.33; 1.8 M.
    static QString money(double usd, const QLocale& locale = QLocale());
    static QString count(double value, const QLocale& locale = QLocale());
    static QString percent(double value, const QLocale& locale = QLocale());

private:
    static MetricSaving saving(GpuTime perMonth, double usdPerGpuHour, double fraction);
};

}  // namespace debrief::interview
