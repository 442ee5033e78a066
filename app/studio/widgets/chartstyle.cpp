#include "chartstyle.h"

#include <QCategoryAxis>
#include <QLocale>

#include <array>
#include <cmath>

namespace debrief::studio {

namespace {

// Okabe & Ito's colour-blind-safe palette, its pale yellow swapped for a dark grey that reads on
// white; the dash patterns tell the lines apart in grey-scale print too.
constexpr std::array<QRgb, 8> kColors = {0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7,
                                         0xe69f00, 0x56b4e9, 0x000000, 0x7f7f7f};
constexpr std::array<Qt::PenStyle, 8> kDashes = {Qt::SolidLine,   Qt::DashLine,       Qt::DotLine,
                                                 Qt::DashDotLine, Qt::SolidLine,      Qt::DashDotDotLine,
                                                 Qt::DashLine,    Qt::DotLine};

// 1, 2 or 5 x 10^k: the step nearest above `raw`.
double niceStep(double raw)
{
    if (!(raw > 0.0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw * 0.999)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

// Steps that read as whole minutes, hours or days, in hours.
double niceHourStep(double raw)
{
    static constexpr std::array<double, 13> kSteps = {1.0 / 60, 5.0 / 60, 10.0 / 60, 15.0 / 60, 0.5, 1.0, 2.0,
                                                     3.0,      6.0,      12.0,      24.0,      48.0, 168.0};
    for (double step : kSteps) {
        if (step >= raw * 0.999)
            return step;
    }
    return 24.0 * niceStep(raw / 24.0);  // whole days beyond a week
}

QString digits(double value, double step)
{
    // As many decimals as the step needs: 0.5 steps show one, whole steps none.
    int decimals = 0;
    for (double s = step; decimals < 3 && std::abs(s - std::round(s)) > 1e-9; s *= 10.0)
        ++decimals;
    return QLocale().toString(value, 'f', decimals);
}

}  // namespace

QColor ChartStyle::policyColor(replay::PolicyKind policy)
{
    return QColor(kColors[std::size_t(policy) % kColors.size()]);
}

Qt::PenStyle ChartStyle::policyDash(replay::PolicyKind policy)
{
    return kDashes[std::size_t(policy) % kDashes.size()];
}

QPen ChartStyle::policyPen(replay::PolicyKind policy, int layer, int layers)
{
    QPen pen(policyColor(policy));
    pen.setStyle(policyDash(policy));
    // From 4.5 px for the first line drawn down to 1.5 px for the last.
    const double depth = layers > 1 ? double(std::max(0, layers - 1 - layer)) / double(layers - 1) : 0.0;
    pen.setWidthF(1.5 + 3.0 * depth);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QList<double> ChartStyle::ticks(double min, double max, Unit unit, int count)
{
    if (!(max > min))
        max = min + 1.0;
    const double raw = (max - min) / double(std::max(1, count));
    double step = unit == Unit::Hours ? niceHourStep(raw) : niceStep(raw);
    if (unit == Unit::Count && step < 1.0)
        step = 1.0;  // no half jobs
    // From the last step at or below min to the first at or above max.
    QList<double> out;
    const long long first = (long long)std::floor(min / step + 1e-9);
    const long long last = (long long)std::ceil(max / step - 1e-9);
    for (long long i = first; i <= last; ++i)
        out.append(double(i) * step);
    return out;
}

QList<double> ChartStyle::logTicks(double min, double max)
{
    QList<double> out;
    if (!(min > 0.0) || !(max > min))
        return out;
    for (int e = int(std::floor(std::log10(min))); e <= int(std::ceil(std::log10(max))); ++e)
        out.append(std::pow(10.0, e));
    return out;
}

QString ChartStyle::tickLabel(double value, Unit unit, double step)
{
    const double magnitude = std::max(std::abs(value), std::abs(step));
    const auto si = [&](const QString& prefix) {
        QString suffix;
        double scale = 1.0;
        if (magnitude >= 1e9) {
            scale = 1e9;
            suffix = tr(" B");
        } else if (magnitude >= 1e6) {
            scale = 1e6;
            suffix = tr(" M");
        } else if (magnitude >= 1e3) {
            scale = 1e3;
            suffix = tr(" k");
        }
        const QString sign = value < 0 ? QStringLiteral("-") : QString();
        return sign + prefix + digits(std::abs(value) / scale, step / scale) + suffix;
    };
    if (value == 0.0 && unit != Unit::Percent && unit != Unit::Share)
        return unit == Unit::Money ? tr("$0") : tr("0");
    switch (unit) {
    case Unit::Count: return si(QString());
    case Unit::Money: return si(QStringLiteral("$"));
    case Unit::Percent: return tr("%1 %").arg(digits(value, step));
    case Unit::Share: return tr("%1 %").arg(digits(value * 100.0, step * 100.0));
    case Unit::Hours:
        if (step < 1.0 && std::abs(value) < 1.0)
            return tr("%1 min").arg(digits(value * 60.0, std::max(1.0, step * 60.0)));
        if (step < 24.0 && std::abs(value) < 72.0)
            return tr("%1 h").arg(digits(value, step));
        return tr("%1 d").arg(digits(value / 24.0, step / 24.0));
    }
    return QString::number(value);
}

void ChartStyle::label(QCategoryAxis* axis, double min, double max, Unit unit, bool log, int count)
{
    for (const QString& old : axis->categoriesLabels())
        axis->remove(old);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    if (log) {
        // The axis holds log10 of the values; ticks at whole decades.
        const double lo = std::pow(10.0, min);
        const double hi = std::pow(10.0, max);
        axis->setRange(min, max);
        axis->setStartValue(min);
        for (double v : logTicks(lo, hi)) {
            const double at = std::log10(v);
            if (at < min - 1e-9 || at > max + 1e-9)
                continue;
            const QString text = tickLabel(v, unit, v);
            if (!axis->categoriesLabels().contains(text))
                axis->append(text, at);
        }
        return;
    }
    const QList<double> values = ticks(min, max, unit, count);
    const double step = values.size() > 1 ? values[1] - values[0] : 1.0;
    axis->setRange(values.isEmpty() ? min : std::min(min, values.front()),
                   values.isEmpty() ? max : std::max(max, values.back()));
    axis->setStartValue(axis->min());
    for (double v : values) {
        const QString text = tickLabel(v, unit, step);
        if (!axis->categoriesLabels().contains(text))
            axis->append(text, v);
    }
}

}  // namespace debrief::studio
