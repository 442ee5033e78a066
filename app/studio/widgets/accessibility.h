#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace debrief::studio {

// What a screen reader reads from the studio's painted views: one QAccessible factory for all of
// them, so each is a table or a list it can walk instead of a blank picture.
// - DepthVisionGridView: a Table of 4 x 4 cells (rows Depth 4..1, columns Vision 1..4, each cell's
//   verdict and answers; the current cell selected), value "Depth 3, Vision 2 selected: Yes".
// - MaturityMatrixGrid: a Table whose cells are the MatrixCellButtons (row header the dimension,
//   column header the level; checked where a rater placed the candidate), value the levels placed.
// - RadarChartView: a Chart with one item per axis (its value in every series).
// - TimeSeriesChartView: a Chart with one item per line (its last, lowest and highest value).
// - BarChartView, ImpactCostChartView, TradeoffChartView: a Chart with one item per bar / request
//   / scenario.
// - LoopTimelineView: a List of the rounds (date, day, how far prepared) and the decision.
// The texts are tr() strings in this class's context and the numbers DisplayFormat's.
class Accessibility {
    Q_DECLARE_TR_FUNCTIONS(debrief::studio::Accessibility)

public:
    // Installs the factory; every painted view calls it from its constructor (once per process).
    static void install();
    // DepthVisionGridView's current cell moved to child `child`: focus and value change events.
    static void currentCellChanged(QWidget* view, int child);
    // A Maturity Matrix cell was checked or unchecked (a rater placed or moved a level).
    static void checkedChanged(QWidget* widget);
    // A number as the studio writes it: whole numbers without decimals, others with one.
    static QString number(double value);
};

}  // namespace debrief::studio
