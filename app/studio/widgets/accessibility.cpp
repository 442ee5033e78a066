#include "accessibility.h"

#include "barchartview.h"
#include "depthvisiongridview.h"
#include "design/impactcostchartview.h"
#include "displayformat.h"
#include "matrix/matrixcellbutton.h"
#include "matrix/maturitymatrixgrid.h"
#include "radarchartview.h"
#include "timeserieschartview.h"
#include "tradeoffs/tradeoffchartview.h"
#include "tradeoffs/tradeoffpointmodel.h"

#include "loopplanner/looptimelineview.h"

#include "interview/rubric.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QChart>
#include <QHash>
#include <QLabel>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>

namespace debrief::studio {

namespace {

// A view whose children are items it paints (no widgets of their own): the items are created on
// demand, registered with QAccessible, and deleted with the view's interface. Their texts are read
// from the view each time, so they follow the data without events.
class ItemOwner : public QAccessibleWidget {
public:
    ItemOwner(QWidget* widget, QAccessible::Role role) : QAccessibleWidget(widget, role) {}
    ~ItemOwner() override
    {
        for (QAccessible::Id id : std::as_const(m_items))
            QAccessible::deleteAccessibleInterface(id);
    }

    virtual int itemCount() const = 0;
    virtual QString itemText(int index, QAccessible::Text t) const = 0;
    virtual QAccessible::Role itemRole(int) const { return QAccessible::ListItem; }
    virtual QAccessible::State itemState(int) const { return {}; }
    virtual QRect itemRect(int) const { return rect(); }  // screen coordinates
    virtual QStringList itemActions(int) const { return {}; }
    virtual void doItemAction(int, const QString&) const {}

    int childCount() const override { return itemCount(); }
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override
    {
        for (int i = 0; i < itemCount(); ++i) {
            if (itemRect(i) != rect() && itemRect(i).contains(x, y))
                return child(i);
        }
        return nullptr;
    }

protected:
    virtual QAccessibleInterface* makeItem(int index) const;

private:
    mutable QHash<int, QAccessible::Id> m_items;
};

class Item : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    Item(const ItemOwner* owner, int index) : m_owner(owner), m_index(index) {}

    void* interface_cast(QAccessible::InterfaceType t) override
    {
        return t == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this) : nullptr;
    }
    QStringList actionNames() const override { return isValid() ? m_owner->itemActions(m_index) : QStringList(); }
    void doAction(const QString& name) override
    {
        if (actionNames().contains(name))
            m_owner->doItemAction(m_index, name);
    }
    QStringList keyBindingsForAction(const QString&) const override { return {}; }

    bool isValid() const override { return m_owner->isValid() && m_index < m_owner->itemCount(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_owner->window(); }
    QAccessibleInterface* focusChild() const override { return nullptr; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* parent() const override { return const_cast<ItemOwner*>(m_owner); }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QString text(QAccessible::Text t) const override { return isValid() ? m_owner->itemText(m_index, t) : QString(); }
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override { return isValid() ? m_owner->itemRect(m_index) : QRect(); }
    QAccessible::Role role() const override { return m_owner->itemRole(m_index); }
    QAccessible::State state() const override
    {
        QAccessible::State state = m_owner->itemState(m_index);
        state.readOnly = true;
        state.invisible = m_owner->state().invisible;
        return state;
    }
    int index() const { return m_index; }
    const ItemOwner* owner() const { return m_owner; }

private:
    const ItemOwner* m_owner;
    int m_index;
};

QAccessibleInterface* ItemOwner::makeItem(int index) const
{
    return new Item(this, index);
}

QAccessibleInterface* ItemOwner::child(int index) const
{
    if (index < 0 || index >= itemCount())
        return nullptr;
    auto found = m_items.constFind(index);
    if (found != m_items.constEnd())
        return QAccessible::accessibleInterface(*found);
    QAccessibleInterface* item = makeItem(index);
    m_items.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int ItemOwner::indexOfChild(const QAccessibleInterface* child) const
{
    const auto* item = dynamic_cast<const Item*>(child);
    return item && item->owner() == this ? item->index() : -1;
}

QRect toScreen(const QWidget* widget, const QRectF& r)
{
    return QRect(widget->mapToGlobal(r.topLeft().toPoint()), r.size().toSize());
}

// --- The Depth x Vision grid: a 4 x 4 table, rows Depth 4..1 (as drawn, top down), columns Vision
// 1..4. Children: the 16 cells row by row, then the 4 column headers, then the 4 row headers.
// A table a screen reader walks but cannot select in: rows and columns are never selected (a cell's
// checked state says where a score or level was placed). The grid and the matrix share this.
class ReadOnlyTable : public QAccessibleTableInterface {
public:
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override { return 0; }
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override { return {}; }
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int) const override { return false; }
    bool selectRow(int) override { return false; }
    bool selectColumn(int) override { return false; }
    bool unselectRow(int) override { return false; }
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent*) override {}
};

class DepthVisionGridAccessible : public ItemOwner, public ReadOnlyTable {
public:
    explicit DepthVisionGridAccessible(DepthVisionGridView* view) : ItemOwner(view, QAccessible::Table) {}
    DepthVisionGridView* view() const { return static_cast<DepthVisionGridView*>(widget()); }

    static constexpr int kCells = 16;
    static int depthOf(int row) { return 4 - row; }
    static int visionOf(int column) { return column + 1; }

    void* interface_cast(QAccessible::InterfaceType t) override
    {
        if (t == QAccessible::TableInterface)
            return static_cast<QAccessibleTableInterface*>(this);
        return ItemOwner::interface_cast(t);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Value)
            return ItemOwner::text(t);
        const DepthVisionGridView* grid = view();
        if (grid->currentDepth() == 0) {
            int placed = 0;
            for (const DepthVisionGridView::Point& p : grid->points())
                placed += p.depth >= 1 && p.depth <= 4 && p.vision >= 1 && p.vision <= 4;
            return Accessibility::tr("Answers placed: %1").arg(DisplayFormat::count(std::uint64_t(placed)));
        }
        return Accessibility::tr("Depth %1, Vision %2 selected: %3")
            .arg(grid->currentDepth())
            .arg(grid->currentVision())
            .arg(cellValue(grid->currentDepth(), grid->currentVision()));
    }

    QString cellValue(int depth, int vision) const
    {
        QStringList answers;
        for (const DepthVisionGridView::Point& p : view()->points()) {
            if (p.depth != depth || p.vision != vision)
                continue;
            answers << (p.capped ? Accessibility::tr("%1 by %2, capped by evidence")
                                 : Accessibility::tr("%1 by %2"))
                           .arg(p.label, p.interviewer);
        }
        const QString verdict = interview::title(view()->verdict(depth, vision));
        return answers.isEmpty() ? verdict : Accessibility::tr("%1; %2").arg(verdict, answers.join(QStringLiteral(", ")));
    }

    int itemCount() const override { return kCells + 8; }
    QString itemText(int index, QAccessible::Text t) const override
    {
        if (index < kCells) {
            const int depth = depthOf(index / 4);
            const int vision = visionOf(index % 4);
            if (t == QAccessible::Name)
                return Accessibility::tr("Depth %1, Vision %2").arg(depth).arg(vision);
            if (t == QAccessible::Value)
                return cellValue(depth, vision);
            return {};
        }
        if (t != QAccessible::Name)
            return {};
        if (index < kCells + 4)
            return Accessibility::tr("Vision %1").arg(visionOf(index - kCells));
        return Accessibility::tr("Depth %1").arg(depthOf(index - kCells - 4));
    }
    QAccessible::Role itemRole(int index) const override
    {
        return index < kCells ? QAccessible::Cell
               : index < kCells + 4 ? QAccessible::ColumnHeader
                                    : QAccessible::RowHeader;
    }
    QAccessible::State itemState(int index) const override
    {
        QAccessible::State state;
        if (index >= kCells)
            return state;
        const bool current = view()->currentDepth() == depthOf(index / 4) && view()->currentVision() == visionOf(index % 4);
        state.selectable = true;
        state.focusable = true;
        state.checkable = true;
        state.selected = current;
        state.checked = current;
        state.focused = current && view()->hasFocus();
        return state;
    }
    QRect itemRect(int index) const override
    {
        if (index < kCells)
            return toScreen(view(), view()->cellRect(depthOf(index / 4), visionOf(index % 4)));
        return rect();
    }
    QAccessibleInterface* focusChild() const override
    {
        if (view()->currentDepth() == 0)
            return nullptr;
        return child((4 - view()->currentDepth()) * 4 + view()->currentVision() - 1);
    }

    QAccessibleInterface* makeItem(int index) const override;
    QStringList itemActions(int index) const override
    {
        return index < kCells ? QStringList{QAccessibleActionInterface::setFocusAction()} : QStringList();
    }
    void doItemAction(int index, const QString&) const override  // the cell becomes the current one
    {
        view()->setFocus(Qt::OtherFocusReason);
        view()->setCurrentCell(depthOf(index / 4), visionOf(index % 4));
    }

    // QAccessibleTableInterface
    QAccessibleInterface* caption() const override { return nullptr; }
    QAccessibleInterface* summary() const override { return nullptr; }
    QAccessibleInterface* cellAt(int row, int column) const override
    {
        return row >= 0 && row < 4 && column >= 0 && column < 4 ? child(row * 4 + column) : nullptr;
    }
    int selectedCellCount() const override { return view()->currentDepth() == 0 ? 0 : 1; }
    QList<QAccessibleInterface*> selectedCells() const override
    {
        if (QAccessibleInterface* focus = focusChild())
            return {focus};
        return {};
    }
    QString columnDescription(int column) const override { return itemText(kCells + column, QAccessible::Name); }
    QString rowDescription(int row) const override { return itemText(kCells + 4 + row, QAccessible::Name); }
    int columnCount() const override { return 4; }
    int rowCount() const override { return 4; }
};

class DepthVisionCell : public Item, public QAccessibleTableCellInterface {
public:
    DepthVisionCell(const DepthVisionGridAccessible* grid, int index) : Item(grid, index), m_grid(grid) {}

    void* interface_cast(QAccessible::InterfaceType t) override
    {
        if (t == QAccessible::TableCellInterface)
            return static_cast<QAccessibleTableCellInterface*>(this);
        return Item::interface_cast(t);
    }

    bool isSelected() const override { return state().selected; }
    QList<QAccessibleInterface*> columnHeaderCells() const override
    {
        return {m_grid->child(DepthVisionGridAccessible::kCells + columnIndex())};
    }
    QList<QAccessibleInterface*> rowHeaderCells() const override
    {
        return {m_grid->child(DepthVisionGridAccessible::kCells + 4 + rowIndex())};
    }
    int columnIndex() const override { return index() % 4; }
    int rowIndex() const override { return index() / 4; }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface* table() const override { return const_cast<DepthVisionGridAccessible*>(m_grid); }


private:
    const DepthVisionGridAccessible* m_grid;
};

QAccessibleInterface* DepthVisionGridAccessible::makeItem(int index) const
{
    if (index < kCells)
        return new DepthVisionCell(this, index);
    return ItemOwner::makeItem(index);
}

// --- The Maturity Matrix: a table of the MatrixCellButtons (rows the dimensions, columns the levels).
class MatrixGridAccessible : public QAccessibleWidget, public ReadOnlyTable {
public:
    explicit MatrixGridAccessible(MaturityMatrixGrid* grid) : QAccessibleWidget(grid, QAccessible::Table) {}
    MaturityMatrixGrid* grid() const { return static_cast<MaturityMatrixGrid*>(widget()); }
    static int levels() { return interview::kMatrixMaxLevel - interview::kMatrixMinLevel + 1; }

    void* interface_cast(QAccessible::InterfaceType t) override
    {
        if (t == QAccessible::TableInterface)
            return static_cast<QAccessibleTableInterface*>(this);
        return QAccessibleWidget::interface_cast(t);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && QAccessibleWidget::text(t).isEmpty())
            return Accessibility::tr("Maturity Matrix");
        if (t != QAccessible::Value)
            return QAccessibleWidget::text(t);
        QStringList placed;
        for (interview::MatrixDimension dimension : interview::kAllDimensions) {
            int self = 0;
            int interviewer = 0;
            for (int level = interview::kMatrixMinLevel; level <= interview::kMatrixMaxLevel; ++level) {
                const MatrixCellButton* cell = grid()->cell(dimension, level);
                if (cell && cell->selfMarked())
                    self = level;
                if (cell && cell->interviewerMarked())
                    interviewer = level;
            }
            if (self == 0 && interviewer == 0)
                continue;
            const QString name = rowName(dimension);
            if (self != 0 && interviewer != 0)
                placed << Accessibility::tr("%1: self level %2, interviewer level %3").arg(name).arg(self).arg(interviewer);
            else if (self != 0)
                placed << Accessibility::tr("%1: self level %2").arg(name).arg(self);
            else
                placed << Accessibility::tr("%1: interviewer level %2").arg(name).arg(interviewer);
        }
        return placed.isEmpty() ? Accessibility::tr("No level placed") : placed.join(QStringLiteral("; "));
    }

    QString rowName(interview::MatrixDimension dimension) const
    {
        QAccessibleInterface* label = QAccessible::queryAccessibleInterface(grid()->dimensionLabel(dimension));
        return label ? label->text(QAccessible::Name) : interview::key(dimension);
    }

    // Children: the cells, row by row (the labels are reached as their headers).
    int childCount() const override { return int(grid()->cells().size()); }
    QAccessibleInterface* child(int index) const override
    {
        return QAccessible::queryAccessibleInterface(grid()->cells().value(index));
    }
    int indexOfChild(const QAccessibleInterface* child) const override
    {
        return int(grid()->cells().indexOf(qobject_cast<MatrixCellButton*>(child->object())));
    }

    QAccessibleInterface* caption() const override { return nullptr; }
    QAccessibleInterface* summary() const override { return nullptr; }
    QAccessibleInterface* cellAt(int row, int column) const override
    {
        if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
            return nullptr;
        return child(row * levels() + column);
    }
    int selectedCellCount() const override { return int(selectedCells().size()); }
    QList<QAccessibleInterface*> selectedCells() const override
    {
        QList<QAccessibleInterface*> marked;
        for (MatrixCellButton* cell : grid()->cells()) {
            if (cell->selfMarked() || cell->interviewerMarked())
                marked << QAccessible::queryAccessibleInterface(cell);
        }
        return marked;
    }
    QString columnDescription(int column) const override
    {
        QLabel* header = grid()->levelHeader(interview::kMatrixMinLevel + column);
        return header ? header->text() : QString();
    }
    QString rowDescription(int row) const override
    {
        return row >= 0 && row < rowCount() ? rowName(interview::kAllDimensions[std::size_t(row)]) : QString();
    }
    int columnCount() const override { return levels(); }
    int rowCount() const override { return int(interview::kAllDimensions.size()); }
};

// One cell: a button a screen reader reads as a table cell, checked where a rater placed the candidate.
class MatrixCellAccessible : public QAccessibleWidget, public QAccessibleTableCellInterface {
public:
    explicit MatrixCellAccessible(MatrixCellButton* cell) : QAccessibleWidget(cell, QAccessible::Cell) {}
    MatrixCellButton* cell() const { return static_cast<MatrixCellButton*>(widget()); }
    MaturityMatrixGrid* grid() const { return qobject_cast<MaturityMatrixGrid*>(widget()->parentWidget()); }

    void* interface_cast(QAccessible::InterfaceType t) override
    {
        if (t == QAccessible::TableCellInterface)
            return grid() ? static_cast<QAccessibleTableCellInterface*>(this) : nullptr;
        return QAccessibleWidget::interface_cast(t);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Value)
            return QAccessibleWidget::text(t);
        if (cell()->selfMarked() && cell()->interviewerMarked())
            return Accessibility::tr("Selected by self and interviewer");
        if (cell()->selfMarked())
            return Accessibility::tr("Selected by self");
        if (cell()->interviewerMarked())
            return Accessibility::tr("Selected by the interviewer");
        return Accessibility::tr("Not selected");
    }
    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.checkable = true;
        state.checked = cell()->selfMarked() || cell()->interviewerMarked();
        return state;
    }
    QStringList actionNames() const override { return QStringList{pressAction()} + QAccessibleWidget::actionNames(); }
    void doAction(const QString& name) override
    {
        if (name == pressAction())
            cell()->click();
        else
            QAccessibleWidget::doAction(name);
    }

    QAccessibleInterface* tableInterface() const
    {
        return grid() ? QAccessible::queryAccessibleInterface(grid()) : nullptr;
    }
    bool isSelected() const override { return state().checked; }
    QList<QAccessibleInterface*> columnHeaderCells() const override
    {
        return {QAccessible::queryAccessibleInterface(grid()->levelHeader(cell()->level()))};
    }
    QList<QAccessibleInterface*> rowHeaderCells() const override
    {
        return {QAccessible::queryAccessibleInterface(grid()->dimensionLabel(cell()->dimension()))};
    }
    int columnIndex() const override { return cell()->level() - interview::kMatrixMinLevel; }
    int rowIndex() const override
    {
        const auto& all = interview::kAllDimensions;
        return int(std::find(all.begin(), all.end(), cell()->dimension()) - all.begin());
    }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface* table() const override { return tableInterface(); }
};

// --- Charts: a Chart whose children are a list of what it draws.
template <typename View>
class ChartAccessible : public ItemOwner {
public:
    explicit ChartAccessible(View* view) : ItemOwner(view, QAccessible::Chart) {}
    View* view() const { return static_cast<View*>(widget()); }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && ItemOwner::text(t).isEmpty()) {  // no name, buddy or group box title
            QString title;
            if constexpr (std::is_base_of_v<QChartView, View>)
                title = view()->chart() ? view()->chart()->title() : QString();
            return title.isEmpty() ? Accessibility::tr("Chart") : title;
        }
        if (t == QAccessible::Value) {
            if (itemCount() == 0)
                return Accessibility::tr("No data");
            QStringList parts;
            for (int i = 0; i < itemCount(); ++i)
                parts << Accessibility::tr("%1: %2").arg(itemText(i, QAccessible::Name), summaryOf(i));
            return parts.join(QStringLiteral("; "));
        }
        return ItemOwner::text(t);
    }
    // The short form of item `index` in the chart's value (by default its whole value).
    virtual QString summaryOf(int index) const { return itemText(index, QAccessible::Value); }
};

class TimeSeriesAccessible : public ChartAccessible<TimeSeriesChartView> {
public:
    using ChartAccessible::ChartAccessible;
    int itemCount() const override { return view()->lineCount(); }
    QString itemText(int index, QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return view()->lineName(index);
        if (t != QAccessible::Value)
            return {};
        const QList<QPointF> points = view()->shownPoints(index);
        if (points.isEmpty())
            return Accessibility::tr("no points");
        qreal low = std::numeric_limits<qreal>::max();
        qreal high = std::numeric_limits<qreal>::lowest();
        for (const QPointF& p : points) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
        return Accessibility::tr("last %1 at %2, lowest %3, highest %4")
            .arg(view()->yText(points.back().y()), view()->xText(points.back().x()), view()->yText(low),
                 view()->yText(high));
    }
    QString summaryOf(int index) const override
    {
        const QList<QPointF> points = view()->shownPoints(index);
        return points.isEmpty() ? Accessibility::tr("no points") : view()->yText(points.back().y());
    }
};

class BarChartAccessible : public ChartAccessible<BarChartView> {
public:
    using ChartAccessible::ChartAccessible;
    int itemCount() const override { return int(std::min(view()->categories().size(), view()->values().size())); }
    QString itemText(int index, QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return view()->categories().value(index);
        if (t == QAccessible::Value)
            return Accessibility::number(view()->values().value(index));
        return {};
    }
};

class ImpactCostAccessible : public ChartAccessible<ImpactCostChartView> {
public:
    using ChartAccessible::ChartAccessible;
    int itemCount() const override { return int(view()->names().size()); }
    QString itemText(int index, QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return view()->names().value(index);
        if (t != QAccessible::Value)
            return {};
        const QPointF point = view()->points().value(index);  // x in $ k, y in percent
        return Accessibility::tr("cost %1, impact %2")
            .arg(DisplayFormat::money(point.x() * 1000.0), DisplayFormat::percent(point.y() / 100.0));
    }
};

class TradeoffAccessible : public ChartAccessible<TradeoffChartView> {
public:
    using ChartAccessible::ChartAccessible;
    int itemCount() const override { return view()->pointCount(); }
    QString itemText(int index, QAccessible::Text t) const override
    {
        const QStringList lines = view()->describe(index).split(QLatin1Char('\n'));
        if (t == QAccessible::Name)
            return lines.value(0);
        if (t != QAccessible::Value)
            return {};
        const QString value = lines.value(1);
        return view()->model()->frontier().contains(index) ? Accessibility::tr("%1, on the Pareto frontier").arg(value)
                                                            : value;
    }
    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Value)
            return ChartAccessible::text(t);
        return Accessibility::tr("Scenarios: %1, on the Pareto frontier: %2")
            .arg(DisplayFormat::count(std::uint64_t(itemCount())),
                 DisplayFormat::count(std::uint64_t(view()->model()->frontier().size())));
    }
    QStringList itemActions(int) const override { return {QAccessibleActionInterface::pressAction()}; }
    void doItemAction(int index, const QString&) const override { emit view()->scenarioClicked(index); }
};

class RadarAccessible : public ChartAccessible<RadarChartView> {
public:
    using ChartAccessible::ChartAccessible;
    int itemCount() const override { return int(view()->axes().size()); }
    QString itemText(int index, QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return view()->axes().value(index);
        if (t != QAccessible::Value)
            return {};
        QStringList values;
        for (const RadarChartView::Series& s : view()->series()) {
            if (index < s.values.size())
                values << Accessibility::tr("%1 %2").arg(s.name, Accessibility::number(s.values.at(index)));
        }
        return values.join(QStringLiteral(", "));
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && ChartAccessible::text(t) == Accessibility::tr("Chart"))
            return Accessibility::tr("Radar chart");
        if (t != QAccessible::Value)
            return ChartAccessible::text(t);
        // Series by series, the way the legend reads: "Self: 2, 3, 1, 4; Interviewer: ...".
        QStringList parts;
        for (const RadarChartView::Series& s : view()->series()) {
            QStringList values;
            for (qreal v : s.values)
                values << Accessibility::number(v);
            parts << Accessibility::tr("%1: %2").arg(s.name, values.join(QStringLiteral(", ")));
        }
        return parts.isEmpty() ? Accessibility::tr("No data") : parts.join(QStringLiteral("; "));
    }
};

// The loop timeline: a list of the rounds, then the decision.
class LoopTimelineAccessible : public ItemOwner {
public:
    explicit LoopTimelineAccessible(LoopTimelineView* view) : ItemOwner(view, QAccessible::List) {}
    LoopTimelineView* view() const { return static_cast<LoopTimelineView*>(widget()); }

    int itemCount() const override
    {
        const interview::LoopPlan& plan = view()->plan();
        return int(plan.rounds.size()) + (plan.decision.isValid() ? 1 : 0);
    }
    QString itemText(int index, QAccessible::Text t) const override
    {
        const interview::LoopPlan& plan = view()->plan();
        const QLocale locale;
        if (index >= plan.rounds.size()) {
            if (t == QAccessible::Name)
                return Accessibility::tr("Decision");
            if (t == QAccessible::Value)
                return Accessibility::tr("%1, day %2")
                    .arg(locale.toString(plan.decision, QLocale::ShortFormat), locale.toString(plan.totalDays));
            return {};
        }
        const interview::PlannedRound& round = plan.rounds.at(index);
        if (t == QAccessible::Name)
            return interview::title(round.round);
        if (t != QAccessible::Value)
            return {};
        return Accessibility::tr("%1, day %2, %3 prepared")
            .arg(locale.toString(round.date, QLocale::ShortFormat), locale.toString(round.dayOffset),
                 DisplayFormat::percent(view()->progress().value(index)));
    }
    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Value)
            return ItemOwner::text(t);
        const interview::LoopPlan& plan = view()->plan();
        if (plan.rounds.isEmpty())
            return Accessibility::tr("No plan");
        const QLocale locale;
        return Accessibility::tr("%1 rounds, decision on %2")
            .arg(locale.toString(plan.rounds.size()), locale.toString(plan.decision, QLocale::ShortFormat));
    }
};

template <typename View, typename Interface>
QAccessibleInterface* make(const QString& className, QObject* object)
{
    if (className != QLatin1String(View::staticMetaObject.className()))
        return nullptr;
    auto* view = qobject_cast<View*>(object);
    return view ? new Interface(view) : nullptr;
}

QAccessibleInterface* factory(const QString& className, QObject* object)
{
    using Make = QAccessibleInterface* (*)(const QString&, QObject*);
    static const Make makers[] = {
        make<DepthVisionGridView, DepthVisionGridAccessible>,
        make<MaturityMatrixGrid, MatrixGridAccessible>,
        make<MatrixCellButton, MatrixCellAccessible>,
        make<RadarChartView, RadarAccessible>,
        make<TimeSeriesChartView, TimeSeriesAccessible>,
        make<BarChartView, BarChartAccessible>,
        make<ImpactCostChartView, ImpactCostAccessible>,
        make<TradeoffChartView, TradeoffAccessible>,
        make<LoopTimelineView, LoopTimelineAccessible>,
    };
    for (Make maker : makers) {
        if (QAccessibleInterface* iface = maker(className, object))
            return iface;
    }
    return nullptr;
}

}  // namespace

void Accessibility::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

void Accessibility::currentCellChanged(QWidget* view, int child)
{
    // Qt 6.4 drops every update (even to an installed update handler) while no bridge is active:
    // these events reach a real screen reader only, and the value text is built only for one.
    if (!QAccessible::isActive())
        return;
    QAccessibleValueChangeEvent value(view, QAccessible::queryAccessibleInterface(view)->text(QAccessible::Value));
    QAccessible::updateAccessibility(&value);
    if (view->hasFocus()) {
        QAccessibleEvent focus(view, QAccessible::Focus);
        focus.setChild(child);
        QAccessible::updateAccessibility(&focus);
    }
}

void Accessibility::checkedChanged(QWidget* widget)
{
    QAccessible::State changed;
    changed.checked = true;
    QAccessibleStateChangeEvent event(widget, changed);
    QAccessible::updateAccessibility(&event);
}

QString Accessibility::number(double value)
{
    return DisplayFormat::decimal(value, value == std::floor(value) ? 0 : 1);
}

}  // namespace debrief::studio
