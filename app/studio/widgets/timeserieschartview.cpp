#include "timeserieschartview.h"

#include "minmaxdownsampler.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace debrief::studio {

TimeSeriesChartView::TimeSeriesChartView(QWidget* parent)
    : QChartView(new QChart, parent), m_cursor(new QLineSeries), m_xAxis(new QValueAxis), m_yAxis(new QValueAxis)
{
    // Built with its chart: QChartView(parent) would make a default one that setChart() leaks.
    QChart* chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->hide();  // pages name the lines once (colours are per policy), not per chart
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_xAxis->setRange(0.0, 1.0);
    m_yAxis->setRange(0.0, 1.0);
    m_xAxis->setLabelFormat(QStringLiteral("%.3g"));
    m_yAxis->setLabelFormat(QStringLiteral("%.3g"));
    m_xAxis->setTickCount(5);  // few labels: small charts elide crowded ones to "..."
    m_yAxis->setTickCount(4);
    QPen cursorPen(palette().color(QPalette::WindowText));
    cursorPen.setStyle(Qt::DashLine);
    m_cursor->setPen(cursorPen);
    chart->addSeries(m_cursor);
    m_cursor->attachAxis(m_xAxis);
    m_cursor->attachAxis(m_yAxis);
    for (QLegendMarker* marker : chart->legend()->markers(m_cursor))
        marker->setVisible(false);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(160, 110);
}

void TimeSeriesChartView::setTitle(const QString& title)
{
    chart()->setTitle(title);
}

void TimeSeriesChartView::setAxisTitles(const QString& xTitle, const QString& yTitle)
{
    m_xAxis->setTitleText(xTitle);
    m_yAxis->setTitleText(yTitle);
}

void TimeSeriesChartView::setXLabelFormat(const QString& format)
{
    m_xAxis->setLabelFormat(format);
}

void TimeSeriesChartView::setYTickCount(int count)
{
    m_yAxis->setTickCount(count);
}

void TimeSeriesChartView::setYLabelFormat(const QString& format)
{
    m_yAxis->setLabelFormat(format);
}

void TimeSeriesChartView::setExpectedXRange(qreal top)
{
    m_expectedXTop = top;
}

void TimeSeriesChartView::setLegendVisible(bool visible)
{
    chart()->legend()->setVisible(visible);
}

void TimeSeriesChartView::setLines(const QList<Line>& lines)
{
    // Series are kept and restyled where possible: creating chart items is the slow part of a
    // frame, and a replay that starts again usually has the same lines.
    while (m_lines.size() > lines.size()) {
        QLineSeries* series = m_lines.takeLast();
        chart()->removeSeries(series);
        delete series;
    }
    while (m_lines.size() < lines.size()) {
        auto* series = new QLineSeries;
        chart()->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        m_lines.append(series);
    }
    for (int i = 0; i < lines.size(); ++i) {
        QLineSeries* series = m_lines[i];
        series->clear();
        series->setName(lines[i].name);
        QPen pen(lines[i].color);
        pen.setWidthF(1.5);
        pen.setStyle(lines[i].style);
        series->setPen(pen);
    }
    // New lines, new scale: the axes start again from the expected range.
    m_xAxis->setRange(0.0, m_expectedXTop > 0 ? m_expectedXTop : 1.0);
    m_xAxis->applyNiceNumbers();
    m_xTop = m_expectedXTop > 0 ? m_xAxis->max() : 0.0;
    m_yAxis->setRange(0.0, m_fixedYTop.value_or(m_yFloor));
    updateCursor();
}

void TimeSeriesChartView::setLineNames(const QStringList& names)
{
    for (int i = 0; i < m_lines.size() && i < names.size(); ++i)
        m_lines[i]->setName(names[i]);
}

int TimeSeriesChartView::pointBudget() const
{
    const int pixels = int(chart()->plotArea().width());
    return std::max(64, pixels > 0 ? pixels : width());
}

void TimeSeriesChartView::setPoints(const QList<QList<QPointF>>& pointsPerLine)
{
    qreal xMin = std::numeric_limits<qreal>::max();
    qreal xMax = std::numeric_limits<qreal>::lowest();
    qreal yMax = m_yFloor;
    const int buckets = pointBudget();  // two points per bucket: about two per pixel
    for (int i = 0; i < m_lines.size(); ++i) {
        const QList<QPointF> shown =
            i < pointsPerLine.size() ? MinMaxDownsampler::downsample(pointsPerLine[i], buckets) : QList<QPointF>();
        for (const QPointF& p : shown)
            yMax = std::max(yMax, p.y());
        if (!shown.isEmpty()) {
            xMin = std::min(xMin, shown.front().x());
            xMax = std::max(xMax, shown.back().x());
        }
        m_lines[i]->replace(shown);  // one bulk replace per line per frame: appending is quadratic
    }
    if (xMin > xMax) {
        xMin = 0.0;
        xMax = 1.0;
    }
    if (xMax <= xMin)
        xMax = xMin + 1.0;
    // Axes only grow, in steps: a relayout of axes and labels costs more than drawing the lines,
    // so most frames change the lines alone.
    if (xMax > m_xTop || xMin < m_xAxis->min()) {
        m_xAxis->setRange(std::min<qreal>(0.0, xMin), std::max(m_xTop, xMax * 1.25));
        m_xAxis->applyNiceNumbers();
        m_xTop = m_xAxis->max();
    }
    if (m_fixedYTop) {
        m_yAxis->setRange(0.0, *m_fixedYTop);
    } else if (yMax * 1.05 > m_yAxis->max()) {
        m_yAxis->setRange(0.0, yMax * 1.25);
        m_yAxis->applyNiceNumbers();
    }
    updateCursor();
}

void TimeSeriesChartView::setCursor(std::optional<qreal> x)
{
    m_cursorX = x;
    updateCursor();
}

void TimeSeriesChartView::updateCursor()
{
    if (!m_cursorX) {
        m_cursor->clear();
        return;
    }
    m_cursor->replace(QList<QPointF>{{*m_cursorX, m_yAxis->min()}, {*m_cursorX, m_yAxis->max()}});
}

QList<QPointF> TimeSeriesChartView::shownPoints(int line) const
{
    return line >= 0 && line < m_lines.size() ? m_lines[line]->points() : QList<QPointF>();
}

}  // namespace debrief::studio
