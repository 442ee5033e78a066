#pragma once

#include <replay/policykind.h>

#include <QCoreApplication>
#include <QColor>
#include <QList>
#include <QPalette>
#include <QPen>
#include <QString>

class QCategoryAxis;
class QChart;

namespace debrief::studio {

// How every chart of the studio looks: the policy palette (colour-blind safe, with a dash pattern
// per policy so lines differ without colour too), the pens, and axis labels in units with SI steps.
// Light or dark follows the palette a chart is given (its widget's): the background is the
// palette's Base, text its Text, grid and axis lines are mixed from the two, and the series colours
// come from a light or a dark variant of the palette. A chart view restyles itself with apply() on
// QEvent::PaletteChange, so a theme switch reaches every chart; exports use printPalette() (light).
class ChartStyle {
    Q_DECLARE_TR_FUNCTIONS(debrief::studio::ChartStyle)

public:
    // What an axis counts; the label of a tick says it in that unit.
    enum class Unit {
        Count,    // 0, 500, 1 k, 20 k, 1.5 M
        Money,    // $0, $500, $1 k, $2.5 M
        Hours,    // values in hours: 30 min, 6 h, 3 d
        Percent,  // values 0..100: 25 %
        Share,    // values 0..1 shown as percent: 0.25 -> 25 %
    };

    // A palette is dark when its window colour is (the dark theme, or a dark system theme).
    static bool isDark(const QPalette& palette);
    static QColor background(const QPalette& palette);  // the chart's background: Base
    static QColor text(const QPalette& palette);        // titles, tick and value labels: Text
    static QColor gridColor(const QPalette& palette);   // faint, between background and text
    static QColor axisColor(const QPalette& palette);   // the axis lines, stronger than the grid
    // A light (pastel) area fill as it stands on `palette`'s background: as it is on a light one,
    // dimmed toward the background on a dark one, so text in the palette's Text colour reads on it.
    static QColor areaFill(const QColor& lightFill, const QPalette& palette);
    // The light palette exported charts are drawn in, whatever the theme on screen.
    static QPalette printPalette();
    // Background, title, legend, axes (labels, titles, lines, grid) of `chart` in `palette`'s look;
    // the series' colours are the views' (they know which colour means what).
    static void apply(QChart* chart, const QPalette& palette);

    // Series colours. QPalette() is the application's palette at the time of the call.
    static QColor seriesColor(int index, const QPalette& palette = QPalette());
    static QColor policyColor(replay::PolicyKind policy, const QPalette& palette = QPalette());
    // The colour `color` of the light series palette stands for in `palette` (its dark twin on a
    // dark background); any other colour is returned as it is. Views store the light colours their
    // callers give and draw them through this, so a theme switch recolours them.
    static QColor adapt(const QColor& color, const QPalette& palette);
    static Qt::PenStyle policyDash(replay::PolicyKind policy);
    // The pen of a policy's line (in the light palette; draw it through adapt()). `layer` counts from
    // the first line drawn (0) to the last (`layers` - 1): earlier lines are wider, so a line drawn
    // over an equal one leaves it visible as a rim.
    static QPen policyPen(replay::PolicyKind policy, int layer = 0, int layers = 1);

    // "Nice" tick values covering [min, max]: at most `count` steps of 1, 2 or 5 x 10^k (or, for
    // hours, steps that read as minutes, hours or days). With `fit`, steps of 4 x 10^k (4 d) and
    // larger ones are tried too, and the one whose last tick lies nearest past max wins.
    static QList<double> ticks(double min, double max, Unit unit, int count = 4, bool fit = true);
    // Decades from 10^floor(log10 min) to 10^ceil(log10 max), for a log axis; min > 0. For hours,
    // steps a person reads as durations instead (1 s, 10 s, 1 min, 10 min, 1 h, 1 d, 10 d, 100 d,
    // 1000 d), from the last at or below min to the first at or above max.
    static QList<double> logTicks(double min, double max, Unit unit = Unit::Count);
    // The label of one tick; `step` is the distance between ticks (it picks the decimals and,
    // for hours, the unit).
    static QString tickLabel(double value, Unit unit, double step);

    // Puts ticks and their labels on a category axis (the studio's value axes): linear over
    // [min, max], or log10 when the axis holds log10 of the values. A linear axis grows to the
    // round ticks around [min, max] (0-130 with steps of 50 shows 0-150) unless `exact`: then it
    // spans [min, max] alone, ticks inside, and max labelled at the end (0, 50, 100, 130).
    static void label(QCategoryAxis* axis, double min, double max, Unit unit, bool log = false, int count = 4,
                      bool exact = false);
    // What label() would put on the axis, without touching one: its range and each tick's label and
    // value. A view that picks its tick count by the labels' widths tries counts with this and then
    // applies the one it keeps (each change of a category axis relays out its chart).
    struct AxisTicks {
        double low = 0.0;
        double high = 1.0;
        QList<std::pair<QString, double>> ticks;  // label, value on the axis (log10 of it on a log axis)
    };
    static AxisTicks axisTicks(double min, double max, Unit unit, bool log = false, int count = 4,
                               bool exact = false);
    static void label(QCategoryAxis* axis, const AxisTicks& ticks);
};

}  // namespace debrief::studio
