// What a screen reader reads from the painted views (widgets/accessibility.h): role, name, value,
// children and table headers for a small seeded state, and the value following a click or a key.
#include "design/impactcostchartview.h"
#include "loopplanner/looptimelineview.h"
#include "matrix/matrixcellbutton.h"
#include "matrix/maturitymatrixgrid.h"
#include "widgets/barchartview.h"
#include "widgets/depthvisiongridview.h"
#include "widgets/radarchartview.h"
#include "widgets/timeserieschartview.h"

#include "markingtranslator.h"

#include <QAccessible>
#include <QApplication>
#include <QGroupBox>
#include <QTest>

using namespace debrief::studio;
using debrief::interview::MatrixDimension;
using debrief::interview::Recommendation;

namespace {

QAccessibleInterface* iface(QObject* object)
{
    QAccessibleInterface* found = QAccessible::queryAccessibleInterface(object);
    if (!found)
        qFatal("no accessible interface for %s", object->metaObject()->className());
    return found;
}

QStringList childNames(QAccessibleInterface* parent)
{
    QStringList names;
    for (int i = 0; i < parent->childCount(); ++i)
        names << parent->child(i)->text(QAccessible::Name);
    return names;
}

}  // namespace

class AccessibilityTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // The grid is a 4 x 4 table: rows Depth 4..1 as drawn, columns Vision 1..4, each cell its
    // verdict and answers; a click or an arrow key picks the current cell, which the value names.
    void depthVisionGridIsATable()
    {
        DepthVisionGridView view;
        debrief::interview::VerdictCells cells{};
        for (auto& row : cells)
            row.fill(Recommendation::No);
        cells[2][1] = Recommendation::Yes;        // Depth 3, Vision 2
        cells[3][1] = Recommendation::StrongYes;  // Depth 4, Vision 2
        view.setCells(cells);
        view.setPoints({{QStringLiteral("Ana"), Qt::blue, 3, 2, QStringLiteral("Q1"), false},
                        {QStringLiteral("Ben"), Qt::red, 3, 2, QStringLiteral("Q2"), true},
                        {QStringLiteral("Ana"), Qt::blue, 1, 4, QStringLiteral("Q3"), false}});
        view.resize(420, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QAccessibleInterface* grid = iface(&view);
        QCOMPARE(grid->role(), QAccessible::Table);
        QCOMPARE(grid->text(QAccessible::Name), QStringLiteral("Depth by Vision grid"));
        QCOMPARE(grid->text(QAccessible::Value), QStringLiteral("Answers placed: 3"));
        QVERIFY(grid->state().focusable);
        QCOMPARE(grid->childCount(), 24);  // 16 cells, 4 column headers, 4 row headers
        QCOMPARE(childNames(grid).mid(16), (QStringList{"Vision 1", "Vision 2", "Vision 3", "Vision 4", "Depth 4",
                                                        "Depth 3", "Depth 2", "Depth 1"}));

        QAccessibleTableInterface* table = grid->tableInterface();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->columnCount(), 4);
        QAccessibleInterface* cell = table->cellAt(1, 1);
        QCOMPARE(cell->role(), QAccessible::Cell);
        QCOMPARE(cell->text(QAccessible::Name), QStringLiteral("Depth 3, Vision 2"));
        QCOMPARE(cell->text(QAccessible::Value), QStringLiteral("Yes; Q1 by Ana, Q2 by Ben, capped by evidence"));
        QCOMPARE(table->cellAt(3, 3)->text(QAccessible::Value), QStringLiteral("No; Q3 by Ana"));
        QCOMPARE(table->cellAt(0, 0)->text(QAccessible::Value), QStringLiteral("No"));
        QCOMPARE(grid->indexOfChild(cell), 5);
        QCOMPARE(cell->parent(), grid);
        QAccessibleTableCellInterface* cellInfo = cell->tableCellInterface();
        QVERIFY(cellInfo);
        QCOMPARE(cellInfo->rowIndex(), 1);
        QCOMPARE(cellInfo->columnIndex(), 1);
        QCOMPARE(cellInfo->rowHeaderCells().value(0)->text(QAccessible::Name), QStringLiteral("Depth 3"));
        QCOMPARE(cellInfo->columnHeaderCells().value(0)->text(QAccessible::Name), QStringLiteral("Vision 2"));
        QVERIFY(!cell->state().selected);
        QVERIFY(!cell->state().checked);
        // The cell's rectangle is where it is painted: the centre of it hits that cell.
        QCOMPARE(grid->childAt(cell->rect().center().x(), cell->rect().center().y()), cell);

        // A click on the cell picks it.
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.cellRect(3, 2).center().toPoint());
        QCOMPARE(grid->text(QAccessible::Value),
                 QStringLiteral("Depth 3, Vision 2 selected: Yes; Q1 by Ana, Q2 by Ben, capped by evidence"));
        QVERIFY(cell->state().selected);
        QVERIFY(cell->state().checked);
        QCOMPARE(table->selectedCellCount(), 1);
        QCOMPARE(grid->focusChild(), cell);
        // Arrow keys move it: up is deeper, right is more Vision; the edges hold.
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(grid->text(QAccessible::Value), QStringLiteral("Depth 4, Vision 2 selected: Strong Yes"));
        QVERIFY(!cell->state().selected);
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.currentDepth(), 4);
        QTest::keyClick(&view, Qt::Key_Right);
        QTest::keyClick(&view, Qt::Key_Right);
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(grid->text(QAccessible::Value), QStringLiteral("Depth 1, Vision 4 selected: No; Q3 by Ana"));
        // A screen reader's "focus this cell" does what a click does.
        table->cellAt(0, 0)->actionInterface()->doAction(QAccessibleActionInterface::setFocusAction());
        QCOMPARE(grid->text(QAccessible::Value), QStringLiteral("Depth 4, Vision 1 selected: No"));

        // The texts are the language's: read through tr() each time they are asked for.
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QCOMPARE(grid->text(QAccessible::Value), QStringLiteral("[x] Depth 4, Vision 1 selected: [x] No"));
        QCOMPARE(cellInfo->rowHeaderCells().value(0)->text(QAccessible::Name), QStringLiteral("[x] Depth 3"));
        QCoreApplication::removeTranslator(&marking);
        QCOMPARE(cell->text(QAccessible::Name), QStringLiteral("Depth 3, Vision 2"));
    }

    // The matrix is a table of its cell buttons: rows the dimensions, columns the levels, checked
    // where a rater placed the candidate; a click that places a level changes the value.
    void maturityMatrixIsATableOfCells()
    {
        MaturityMatrixGrid grid;
        debrief::interview::MaturityMatrixText text;
        const QStringList names{"Abstraction", "Isolation", "Communication", "Roadmap"};
        for (int d = 0; d < 4; ++d) {
            debrief::interview::MatrixDimensionText dimension;
            dimension.dimension = debrief::interview::kAllDimensions[std::size_t(d)];
            dimension.name = names[d];
            for (int level = 1; level <= 5; ++level)
                dimension.levels.append({level, QStringLiteral("%1 L%2").arg(names[d]).arg(level), QStringLiteral("...")});
            text.dimensions.append(dimension);
        }
        grid.setText(text);
        debrief::interview::MatrixLevels levels;
        levels.self[MatrixDimension::FailureIsolation] = 2;
        levels.interviewer[MatrixDimension::FailureIsolation] = 2;
        levels.interviewer[MatrixDimension::RoadmapImpact] = 4;
        grid.setLevels(levels);
        QObject::connect(&grid, &MaturityMatrixGrid::cellClicked, &grid, [&](MatrixDimension dimension, int level) {
            levels.interviewer[dimension] = level;  // what the Matrix page does for the interviewer
            grid.setLevels(levels);
        });
        grid.resize(900, 500);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));

        QAccessibleInterface* table = iface(&grid);
        QCOMPARE(table->role(), QAccessible::Table);
        QCOMPARE(table->text(QAccessible::Name), QStringLiteral("Maturity Matrix"));
        QCOMPARE(table->text(QAccessible::Value),
                 QStringLiteral("Isolation: self level 2, interviewer level 2; Roadmap: interviewer level 4"));
        QCOMPARE(table->childCount(), 20);
        QCOMPARE(table->tableInterface()->rowCount(), 4);
        QCOMPARE(table->tableInterface()->columnCount(), 5);
        QCOMPARE(table->tableInterface()->selectedCellCount(), 2);
        QCOMPARE(table->tableInterface()->rowDescription(3), QStringLiteral("Roadmap"));
        QCOMPARE(table->tableInterface()->columnDescription(2), QStringLiteral("Level 3 (the bar)"));

        QAccessibleInterface* cell = table->tableInterface()->cellAt(1, 1);
        QCOMPARE(cell->object(), grid.cell(MatrixDimension::FailureIsolation, 2));
        QCOMPARE(cell->role(), QAccessible::Cell);
        QCOMPARE(cell->text(QAccessible::Name), QStringLiteral("Level 2: Isolation L2"));
        QCOMPARE(cell->text(QAccessible::Value), QStringLiteral("Selected by self and interviewer"));
        QVERIFY(cell->state().checkable);
        QVERIFY(cell->state().checked);
        QCOMPARE(cell->parent()->object(), &grid);
        QCOMPARE(table->indexOfChild(cell), 6);
        QAccessibleTableCellInterface* cellInfo = cell->tableCellInterface();
        QVERIFY(cellInfo);
        QCOMPARE(cellInfo->rowIndex(), 1);
        QCOMPARE(cellInfo->columnIndex(), 1);
        QCOMPARE(cellInfo->rowHeaderCells().value(0)->text(QAccessible::Name), QStringLiteral("Isolation"));
        QCOMPARE(cellInfo->columnHeaderCells().value(0)->text(QAccessible::Name), QStringLiteral("Level 2"));
        QAccessibleInterface* other = table->tableInterface()->cellAt(0, 2);
        QCOMPARE(other->text(QAccessible::Value), QStringLiteral("Not selected"));
        QVERIFY(!other->state().checked);

        // Keyboard: focus the Level 3 cell of Abstraction and press Space.
        grid.cell(MatrixDimension::ResourceAbstraction, 3)->setFocus();
        QTest::keyClick(grid.cell(MatrixDimension::ResourceAbstraction, 3), Qt::Key_Space);
        QVERIFY(other->state().checked);
        QCOMPARE(other->text(QAccessible::Value), QStringLiteral("Selected by the interviewer"));
        QCOMPARE(table->text(QAccessible::Value), QStringLiteral("Abstraction: interviewer level 3; Isolation: self "
                                                                 "level 2, interviewer level 2; Roadmap: "
                                                                 "interviewer level 4"));
        // The press action of a screen reader clicks the cell.
        QVERIFY(cell->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
        table->tableInterface()->cellAt(3, 0)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QVERIFY(table->text(QAccessible::Value).endsWith(QStringLiteral("Roadmap: interviewer level 1")));
    }

    // The radar is a chart whose children are its axes, each with every series' value there.
    void radarListsItsAxes()
    {
        RadarChartView view;
        view.setAccessibleName(QStringLiteral("Maturity radar"));
        view.setAxes({QStringLiteral("Abstraction"), QStringLiteral("Isolation"), QStringLiteral("Roadmap")}, 0, 5);
        view.setSeries({{QStringLiteral("Self"), Qt::blue, {2, 3, 4}}, {QStringLiteral("Interviewer"), Qt::red, {1, 3.5, 0}}});
        QAccessibleInterface* chart = iface(&view);
        QCOMPARE(chart->role(), QAccessible::Chart);
        QCOMPARE(chart->text(QAccessible::Name), QStringLiteral("Maturity radar"));
        QCOMPARE(chart->text(QAccessible::Value), QStringLiteral("Self: 2, 3, 4; Interviewer: 1, 3.5, 0"));
        QCOMPARE(chart->childCount(), 3);
        QCOMPARE(childNames(chart), (QStringList{"Abstraction", "Isolation", "Roadmap"}));
        QCOMPARE(chart->child(1)->role(), QAccessible::ListItem);
        QCOMPARE(chart->child(1)->text(QAccessible::Value), QStringLiteral("Self 3, Interviewer 3.5"));
        QCOMPARE(chart->indexOfChild(chart->child(2)), 2);

        view.setSeries({{QStringLiteral("Self"), Qt::blue, {5, 5, 5}}});
        QCOMPARE(chart->text(QAccessible::Value), QStringLiteral("Self: 5, 5, 5"));
        QCOMPARE(chart->child(1)->text(QAccessible::Value), QStringLiteral("Self 5"));
        view.setAxes({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}, 0, 5);
        QCOMPARE(chart->childCount(), 4);
        QCOMPARE(chart->child(3)->text(QAccessible::Value), QString());  // no series has a value there
    }

    // A line chart lists its lines with their last, lowest and highest values in the axis' units.
    void timeSeriesListsItsLines()
    {
        TimeSeriesChartView view;
        view.setTitle(QStringLiteral("Cost"));
        view.setYUnit(TimeSeriesChartView::Unit::Money);
        view.setXUnit(TimeSeriesChartView::Unit::Hours);
        view.setLines({{QStringLiteral("FIFO"), Qt::blue}, {QStringLiteral("Backfill"), Qt::red}});
        QAccessibleInterface* chart = iface(&view);
        QCOMPARE(chart->role(), QAccessible::Chart);
        QCOMPARE(chart->text(QAccessible::Name), QStringLiteral("Cost"));
        QCOMPARE(chart->childCount(), 2);
        QCOMPARE(chart->text(QAccessible::Value), QStringLiteral("FIFO: no points; Backfill: no points"));

        view.setPoints({{{0, 100}, {1, 2500}, {2, 1800}}, {{0, 50}, {2, 900}}});
        QCOMPARE(chart->text(QAccessible::Value), QStringLiteral("FIFO: $1,800.00; Backfill: $900.00"));
        QCOMPARE(childNames(chart), (QStringList{"FIFO", "Backfill"}));
        QCOMPARE(chart->child(0)->text(QAccessible::Value),
                 QStringLiteral("last $1,800.00 at 2 h, lowest $100.00, highest $2,500.00"));
        view.setAccessibleName(QStringLiteral("Cumulative cost chart"));
        QCOMPARE(chart->text(QAccessible::Name), QStringLiteral("Cumulative cost chart"));
        view.setLines({{QStringLiteral("FIFO"), Qt::blue}});
        QCOMPARE(chart->childCount(), 1);
    }

    void barChartListsItsBars()
    {
        BarChartView view;
        view.setBars({QStringLiteral("1 GPU"), QStringLiteral("8 GPUs")}, {12, 3}, QStringLiteral("Jobs"));
        QAccessibleInterface* chart = iface(&view);
        QCOMPARE(chart->role(), QAccessible::Chart);
        QCOMPARE(chart->text(QAccessible::Name), QStringLiteral("Chart"));
        QCOMPARE(chart->text(QAccessible::Value), QStringLiteral("1 GPU: 12; 8 GPUs: 3"));
        QCOMPARE(chart->childCount(), 2);
        QCOMPARE(chart->child(1)->text(QAccessible::Name), QStringLiteral("8 GPUs"));
        QCOMPARE(chart->child(1)->text(QAccessible::Value), QStringLiteral("3"));
        view.setBars({QStringLiteral("1 GPU")}, {2.5}, QStringLiteral("Jobs"));
        QCOMPARE(chart->text(QAccessible::Value), QStringLiteral("1 GPU: 2.5"));

        // In a group box, the box's title names it (Qt's own fallback, kept).
        QGroupBox box(QStringLiteral("Allocation"));
        BarChartView inBox(&box);
        QCOMPARE(iface(&inBox)->text(QAccessible::Name), QStringLiteral("Allocation"));
    }

    void impactChartListsItsRequests()
    {
        ImpactCostChartView view;
        view.setRequests({QStringLiteral("Preemption"), QStringLiteral("Quotas")}, {{120000, 14}, {8000, 3.5}});
        QAccessibleInterface* chart = iface(&view);
        QCOMPARE(chart->role(), QAccessible::Chart);
        QCOMPARE(chart->childCount(), 2);
        QCOMPARE(childNames(chart), (QStringList{"Preemption", "Quotas"}));
        QCOMPARE(chart->child(0)->text(QAccessible::Value), QStringLiteral("cost $120 k, impact 14.0 %"));
        QCOMPARE(chart->text(QAccessible::Value),
                 QStringLiteral("Preemption: cost $120 k, impact 14.0 %; Quotas: cost $8,000.00, impact 3.5 %"));
    }

    void loopTimelineListsTheRounds()
    {
        LoopTimelineView view;
        const debrief::interview::LoopPlan plan = debrief::interview::LoopPlanner::plan(QDate(2026, 3, 2), true);
        view.setPlan(plan, QDate(2026, 3, 2), {1.0, 0.5, 0.0, 0.25, 0.0});
        QAccessibleInterface* list = iface(&view);
        QCOMPARE(list->role(), QAccessible::List);
        QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Loop timeline"));
        QCOMPARE(list->childCount(), 6);  // five rounds and the decision
        QCOMPARE(list->child(0)->text(QAccessible::Name), QStringLiteral("Screen"));
        QCOMPARE(list->child(0)->text(QAccessible::Value),
                 QStringLiteral("%1, day %2, 100.0 % prepared")
                     .arg(QLocale().toString(plan.rounds[0].date, QLocale::ShortFormat))
                     .arg(plan.rounds[0].dayOffset));
        QCOMPARE(list->child(1)->text(QAccessible::Value).section(QStringLiteral(", "), 2), QStringLiteral("50.0 % prepared"));
        QCOMPARE(list->child(5)->text(QAccessible::Name), QStringLiteral("Decision"));
        QCOMPARE(list->text(QAccessible::Value),
                 QStringLiteral("5 rounds, decision on %1").arg(QLocale().toString(plan.decision, QLocale::ShortFormat)));
        view.setPlan(plan, QDate(2026, 3, 2), {1.0, 1.0, 0.0, 0.25, 0.0});
        QCOMPARE(list->child(1)->text(QAccessible::Value).section(QStringLiteral(", "), 2), QStringLiteral("100.0 % prepared"));
    }
};

QTEST_MAIN(AccessibilityTest)
#include "accessibilitytest.moc"
