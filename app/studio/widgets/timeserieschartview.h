#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

class QLineSeries;
class QValueAxis;

namespace debrief::studio {

// The one line chart every page feeds: a few named lines over a numeric x axis, updated whole once
// per frame (one replace() per line, min/max downsampled to about two points per pixel, animations
// off) plus an optional vertical cursor. Software-rendered: OpenGL breaks offscreen rendering.
class TimeSeriesChartView : public QChartView {
    Q_OBJECT

public:
    struct Line {
        QString name;
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
    };

    explicit TimeSeriesChartView(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setAxisTitles(const QString& xTitle, const QString& yTitle);
    void setXLabelFormat(const QString& format);  // printf style, e.g. "%.3g h"
    void setLegendVisible(bool visible);          // hidden by default
    // The x range the lines are expected to cover (a replay's span): the axis starts there and
    // grows only if the data passes it. Takes effect at the next setLines().
    void setExpectedXRange(qreal top);
    void setLines(const QList<Line>& lines);  // removes the old lines and their points
    // New names for the lines, in setLines() order; points and styles stay (a language switch).
    void setLineNames(const QStringList& names);
    // One call per frame: the points of every line (sorted by x), in setLines() order.
    void setPoints(const QList<QList<QPointF>>& pointsPerLine);
    void setCursor(std::optional<qreal> x);              // vertical line at x, or none
    void setYRangeFloor(qreal top) { m_yFloor = top; }   // the y axis shows at least 0..top
    void setFixedYTop(qreal top) { m_fixedYTop = top; }  // the y axis is always 0..top (percentages)
    void setYLabelFormat(const QString& format);
    void setYTickCount(int count);  // 4 by default; a 0..5 score scale reads best with 6

    int lineCount() const { return int(m_lines.size()); }
    QList<QPointF> shownPoints(int line) const;  // after downsampling, as drawn
    int pointBudget() const;                     // points per line a frame may draw (2 per pixel)

private:
    void updateCursor();

    QList<QLineSeries*> m_lines;
    QLineSeries* m_cursor;
    QValueAxis* m_xAxis;
    QValueAxis* m_yAxis;
    std::optional<qreal> m_cursorX;
    qreal m_yFloor = 1.0;
    std::optional<qreal> m_fixedYTop;
    qreal m_expectedXTop = 0.0;
    qreal m_xTop = 0.0;
};

}  // namespace debrief::studio
