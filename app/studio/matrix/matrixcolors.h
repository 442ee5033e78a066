#pragma once

#include "widgets/chartstyle.h"

#include <QColor>
#include <QPalette>

namespace debrief::studio {

// The two raters' colours and the bar's, the same on the grid, the radar and the legends: the chart
// series palette's first, second and grey entries, so they read (contrast 3:1 or more) on the
// background of the theme whose palette is given. Without a palette they are the light ones, which
// a chart view stores and draws through ChartStyle::adapt() (exports stay light).
struct MatrixColors {
    static QColor self(const QPalette& palette = ChartStyle::printPalette()) { return ChartStyle::seriesColor(0, palette); }
    static QColor interviewer(const QPalette& palette = ChartStyle::printPalette())
    {
        return ChartStyle::seriesColor(1, palette);
    }
    static QColor bar(const QPalette& palette = ChartStyle::printPalette()) { return ChartStyle::seriesColor(7, palette); }
};

}  // namespace debrief::studio
