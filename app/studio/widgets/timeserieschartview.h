#pragma once

#include "chartstyle.h"

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

class QLineSeries;
class QCategoryAxis;
class QChart;

namespace debrief::studio {

// The one line chart every page feeds: a few named lines over a numeric x axis, updated whole once
// per frame (one replace() per line, min/max downsampled to about two points per pixel, animations
// off) plus an optional vertical cursor. Axes are labelled in units by ChartStyle (SI steps,
// minutes/hours/days, percent), linear or log; hovering a line shows its name and value.
// Software-rendered: OpenGL breaks offscreen rendering.
class TimeSeriesChartView : public QChartView {
    Q_OBJECT

public:
    struct Line {
        QString name;
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
        qreal width = 1.5;
    };
    using Unit = ChartStyle::Unit;

    explicit TimeSeriesChartView(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setAxisTitles(const QString& xTitle, const QString& yTitle);
    void setXUnit(Unit unit);
    void setYUnit(Unit unit);
    // Log10 axes (delays span minutes to days); values at or below 0 sit at `floor`.
    void setLogX(bool on, qreal floor = 1.0 / 60.0);
    void setLogY(bool on, qreal floor = 1.0 / 60.0);
    bool isLogY() const { return m_logY; }
    QStringList xLabels() const;  // the tick labels as drawn
    QStringList yLabels() const;
    void setLegendVisible(bool visible);          // hidden by default
    // The x range the lines are expected to cover (a replay's span): the axis starts there and
    // grows only if the data passes it. Takes effect at the next setLines().
    void setExpectedXRange(qreal top);
    // The x axis is always exactly 0..top, not rounded out to a tick (a study's 0-130 % arrived);
    // it grows as with setExpectedXRange only if the data passes top. 0 turns it off.
    void setFixedXTop(qreal top);
    void setLines(const QList<Line>& lines);  // removes the old lines and their points
    // New names for the lines, in setLines() order; points and styles stay (a language switch).
    void setLineNames(const QStringList& names);
    // How setPoints() treats the x axis: Grow (a replay runs) widens it only when the lines pass its
    // end, in steps, so most frames draw the lines alone; Fit (the lines are complete) ends it at the
    // first tick at or past the lines' end, narrowing it if a growth step overshot.
    enum class XRange { Grow, Fit };
    // One call per frame: the points of every line (sorted by x), in setLines() order.
    void setPoints(const QList<QList<QPointF>>& pointsPerLine, XRange range = XRange::Grow);
    void setCursor(std::optional<qreal> x);              // vertical line at x, or none
    void setYRangeFloor(qreal top) { m_yFloor = top; }   // the y axis shows at least 0..top
    void setFixedYTop(qreal top) { m_fixedYTop = top; }  // the y axis is always 0..top (percentages)
    void setYTickCount(int count);  // 4 by default; a 0..5 score scale reads best with 6

    int lineCount() const { return int(m_lines.size()); }
    QString lineName(int line) const;
    QString xText(qreal x) const;  // a value as the tooltip says it: in the axis' unit
    QString yText(qreal y) const;
    QList<QPointF> shownPoints(int line) const;  // after downsampling, as drawn
    int pointBudget() const;                     // points per line a frame may draw (2 per pixel)

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    TimeSeriesChartView(QChart* chart, QWidget* parent);
    void restyle();  // the palette's look: chart, axes, and the lines' colours through ChartStyle::adapt
    void updateCursor();
    void relabelX(qreal min, qreal max);
    void relabelY(qreal min, qreal max);
    QPointF toChart(const QPointF& p) const;  // log axes hold log10 of the values
    QPointF fromChart(const QPointF& p) const;
    void showValue(int line, const QPointF& point, bool shown);

    QList<QLineSeries*> m_lines;
    QList<Line> m_lineStyles;  // as given (light colours), drawn through ChartStyle::adapt
    QLineSeries* m_cursor;
    QCategoryAxis* m_xAxis;
    QCategoryAxis* m_yAxis;
    Unit m_xUnit = Unit::Count;
    Unit m_yUnit = Unit::Count;
    bool m_logX = false;
    bool m_logY = false;
    qreal m_logXFloor = 1.0 / 60.0;
    qreal m_logYFloor = 1.0 / 60.0;
    int m_yTicks = 4;
    std::optional<qreal> m_cursorX;
    qreal m_yFloor = 1.0;
    std::optional<qreal> m_fixedYTop;
    qreal m_expectedXTop = 0.0;
    qreal m_fixedXTop = 0.0;
    qreal m_xTop = 0.0;
    // The range the x axis was last asked to show (before rounding out to ticks): a resize picks
    // its ticks again for this range, not for the rounded one, which would round out further.
    qreal m_xAskedLow = 0.0;
    qreal m_xAskedHigh = 1.0;
};

}  // namespace debrief::studio
