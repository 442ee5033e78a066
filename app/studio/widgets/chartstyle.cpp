#include "chartstyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QXYSeries>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>

namespace debrief::studio {

namespace {

// Okabe & Ito's colour-blind-safe palette, its pale yellow swapped for a dark grey that reads on
// white; the dash patterns tell the lines apart in grey-scale print too.
constexpr std::array<QRgb, 8> kColors = {0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7,
                                         0xe69f00, 0x56b4e9, 0x000000, 0x7f7f7f};
// The same hues for a dark background: lifted so each keeps its contrast, the black turned light.
constexpr std::array<QRgb, 8> kDarkColors = {0x56a8e8, 0xf07b3a, 0x2ec295, 0xe29cc4,
                                             0xf2b230, 0x8fd0f5, 0xe6e6e6, 0xa8a8a8};
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
constexpr std::array<double, 13> kHourSteps = {1.0 / 60, 5.0 / 60, 10.0 / 60, 15.0 / 60, 0.5, 1.0, 2.0,
                                               3.0,      6.0,      12.0,      24.0,      48.0, 168.0};

double niceHourStep(double raw)
{
    for (double step : kHourSteps) {
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

QColor mix(const QColor& from, const QColor& to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

}  // namespace

// The Active group, whatever the view's state: a chart is styled once per palette, and a view that
// was disabled then (the Analyses tab before a replay) kept the disabled grey after it was enabled.
bool ChartStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

QColor ChartStyle::background(const QPalette& palette)
{
    return palette.color(QPalette::Active, QPalette::Base);
}

QColor ChartStyle::text(const QPalette& palette)
{
    return palette.color(QPalette::Active, QPalette::Text);
}

QColor ChartStyle::gridColor(const QPalette& palette)
{
    return mix(background(palette), text(palette), isDark(palette) ? 0.22 : 0.15);
}

QColor ChartStyle::axisColor(const QPalette& palette)
{
    return mix(background(palette), text(palette), 0.5);
}

QColor ChartStyle::areaFill(const QColor& lightFill, const QPalette& palette)
{
    return isDark(palette) ? mix(lightFill, background(palette), 0.62) : lightFill;
}

QPalette ChartStyle::printPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));  // derives the other roles from a light window
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}

void ChartStyle::apply(QChart* chart, const QPalette& palette)
{
    const QColor textColor = text(palette);
    chart->setBackgroundBrush(background(palette));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(textColor);
    chart->legend()->setLabelColor(textColor);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(textColor);
        axis->setTitleBrush(textColor);
        axis->setLinePenColor(axisColor(palette));
        axis->setGridLineColor(gridColor(palette));
        axis->setMinorGridLineColor(gridColor(palette));
        axis->setShadesVisible(false);
        // A value axis's labels are short ("$400 k", "1.0 k"), yet in a small chart Qt Charts cut them
        // to "..." (seen at 1024x700): whole labels, the plot gives way instead.
        if (axis->orientation() == Qt::Vertical)
            axis->setTruncateLabels(false);
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                set->setLabelColor(textColor);  // the labels stand above the bars, on the background
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            xy->setPointLabelsColor(textColor);
        }
    }
}

QColor ChartStyle::seriesColor(int index, const QPalette& palette)
{
    const std::size_t i = std::size_t(std::max(0, index)) % kColors.size();
    return QColor(isDark(palette) ? kDarkColors[i] : kColors[i]);
}

QColor ChartStyle::policyColor(replay::PolicyKind policy, const QPalette& palette)
{
    return seriesColor(int(policy), palette);
}

QColor ChartStyle::adapt(const QColor& color, const QPalette& palette)
{
    if (!isDark(palette))
        return color;
    for (std::size_t i = 0; i < kColors.size(); ++i) {
        if (color.rgb() == QColor(kColors[i]).rgb()) {
            QColor dark(kDarkColors[i]);
            dark.setAlpha(color.alpha());
            return dark;
        }
    }
    return color;
}

Qt::PenStyle ChartStyle::policyDash(replay::PolicyKind policy)
{
    return kDashes[std::size_t(policy) % kDashes.size()];
}

QPen ChartStyle::policyPen(replay::PolicyKind policy, int layer, int layers)
{
    QPen pen(policyColor(policy, printPalette()));
    pen.setStyle(policyDash(policy));
    // From 4.5 px for the first line drawn down to 1.5 px for the last.
    const double depth = layers > 1 ? double(std::max(0, layers - 1 - layer)) / double(layers - 1) : 0.0;
    pen.setWidthF(1.5 + 3.0 * depth);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QList<double> ChartStyle::ticks(double min, double max, Unit unit, int count, bool fit)
{
    if (!(max > min))
        max = min + 1.0;
    const double raw = (max - min) / double(std::max(1, count));
    // Steps of at most `count` intervals, from the round step nearest above raw up: 1, 2, 4, 5 or 8 x
    // 10^k (whole minutes, hours or days in time). Of these, the one whose last tick ends nearest past
    // max: 0-160 in 40s for data up to 152, not 0-200 in 50s, which leaves a quarter of the plot empty
    // (and 0-160 in 80s where only two steps fit).
    QList<double> steps;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw > 0.0 ? raw : 1.0)));
    if (unit == Unit::Hours) {
        const double first = niceHourStep(raw);
        for (double s : kHourSteps)
            steps.append(s);
        for (double k = 1.0; k <= 1e5; k *= 10.0) {
            for (double m : {1.0, 2.0, 4.0, 5.0, 8.0})
                steps.append(24.0 * m * k);
        }
        steps.removeIf([&](double s) { return s < raw * 0.999 || s > raw * 10.001; });
        steps.append(first);  // beyond the list: whole days
    } else {
        for (double k : {magnitude, magnitude * 10.0}) {
            for (double m : {1.0, 2.0, 4.0, 5.0, 8.0})
                steps.append(m * k);
        }
        steps.removeIf([&](double s) { return s < raw * 0.999; });
    }
    if (unit == Unit::Count) {
        for (double& s : steps)
            s = std::max(s, 1.0);  // no half jobs
    }
    std::sort(steps.begin(), steps.end());
    double step = steps.isEmpty() ? 1.0 : steps.front();
    if (!fit) {  // the round step nearest above raw (1, 2 or 5 x 10^k)
        step = unit == Unit::Hours ? niceHourStep(raw) : niceStep(raw);
        if (unit == Unit::Count)
            step = std::max(step, 1.0);
        steps.clear();
    }
    const auto span = [&](double s) {
        return (std::ceil(max / s - 1e-9) - std::floor(min / s + 1e-9)) * s;
    };
    for (double s : steps) {
        if (span(s) < span(step) * 0.999)
            step = s;  // a tie keeps the smaller step: more ticks, as many as fit
    }
    // From the last step at or below min to the first at or above max.
    QList<double> out;
    const long long first = (long long)std::floor(min / step + 1e-9);
    const long long last = (long long)std::ceil(max / step - 1e-9);
    for (long long i = first; i <= last; ++i)
        out.append(double(i) * step);
    return out;
}

QList<double> ChartStyle::logTicks(double min, double max, Unit unit)
{
    QList<double> out;
    if (!(min > 0.0) || !(max > min))
        return out;
    if (unit == Unit::Hours) {
        // Roughly a decade apart, each a round duration ("4.167 d" is ten to the power of two hours).
        static const double ladder[] = {1.0 / 3600, 10.0 / 3600, 1.0 / 60, 10.0 / 60, 1.0, 24.0, 240.0, 2400.0, 24000.0};
        const auto* first = std::upper_bound(std::begin(ladder), std::end(ladder), min);
        if (first != std::begin(ladder))
            --first;  // the last step at or below min
        for (const double* v = first; v != std::end(ladder); ++v) {
            out.append(*v);
            if (*v >= max)
                break;
        }
        return out;
    }
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

ChartStyle::AxisTicks ChartStyle::axisTicks(double min, double max, Unit unit, bool log, int count, bool exact)
{
    AxisTicks out;
    const auto add = [&out](const QString& text, double at) {
        if (std::none_of(out.ticks.cbegin(), out.ticks.cend(), [&](const auto& tick) { return tick.first == text; }))
            out.ticks.append({text, at});
    };
    if (log) {
        // The axis holds log10 of the values; ticks at whole decades.
        out.low = min;
        out.high = max;
        for (double v : logTicks(std::pow(10.0, min), std::pow(10.0, max), unit)) {
            const double at = std::log10(v);
            if (at >= min - 1e-9 && at <= max + 1e-9)
                add(tickLabel(v, unit, v), at);
        }
        return out;
    }
    QList<double> values = ticks(min, max, unit, count, !exact);  // exact: the end is labelled anyway
    const double step = values.size() > 1 ? values[1] - values[0] : 1.0;
    if (exact && max > min) {
        // Only the ticks inside; the end gets its own label, in place of a last tick too close to it.
        values.removeIf([&](double v) { return v < min - 1e-9 || v > max + 1e-9; });
        if (values.isEmpty() || values.back() < max - 1e-9) {
            if (values.size() > 1 && max - values.back() < step / 2.0)
                values.removeLast();
            values.append(max);
        }
        out.low = min;
        out.high = max;
    } else {
        out.low = values.isEmpty() ? min : std::min(min, values.front());
        out.high = values.isEmpty() ? max : std::max(max, values.back());
    }
    for (double v : values)
        add(tickLabel(v, unit, step), v);
    return out;
}

void ChartStyle::label(QCategoryAxis* axis, const AxisTicks& ticks)
{
    for (const QString& old : axis->categoriesLabels())
        axis->remove(old);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(ticks.low, ticks.high);
    axis->setStartValue(ticks.low);
    for (const auto& [text, at] : ticks.ticks)
        axis->append(text, at);
}

void ChartStyle::label(QCategoryAxis* axis, double min, double max, Unit unit, bool log, int count, bool exact)
{
    label(axis, axisTicks(min, max, unit, log, count, exact));
}

}  // namespace debrief::studio
