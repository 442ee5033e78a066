#include "timeserieschartview.h"

#include "accessibility.h"
#include "displayformat.h"
#include "minmaxdownsampler.h"

#include "interview/quantityformat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace debrief::studio {

namespace {

QString valueText(double value, ChartStyle::Unit unit)
{
    switch (unit) {
    case ChartStyle::Unit::Count: return interview::QuantityFormat::scaledCount(value);
    case ChartStyle::Unit::Money: return DisplayFormat::money(value);
    case ChartStyle::Unit::Hours: return DisplayFormat::duration(value * 3600.0);
    case ChartStyle::Unit::Percent: return DisplayFormat::percent(value / 100.0);
    case ChartStyle::Unit::Share: return DisplayFormat::percent(value);
    }
    return QString::number(value);
}

}  // namespace

TimeSeriesChartView::TimeSeriesChartView(QWidget* parent) : TimeSeriesChartView(new QChart, parent)
{
}

// The view owns the chart from the start: QChartView(parent) would make a default chart that
// setChart() then leaks.
TimeSeriesChartView::TimeSeriesChartView(QChart* chart, QWidget* parent)
    : QChartView(chart, parent), m_cursor(new QLineSeries), m_xAxis(new QCategoryAxis), m_yAxis(new QCategoryAxis)
{
    Accessibility::install();  // before anything asks for the interface
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->hide();  // pages name the lines once (colours are per policy), not per chart
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    relabelX(0.0, 1.0);
    relabelY(0.0, 1.0);
    chart->addSeries(m_cursor);
    m_cursor->attachAxis(m_xAxis);
    m_cursor->attachAxis(m_yAxis);
    for (QLegendMarker* marker : chart->legend()->markers(m_cursor))
        marker->setVisible(false);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(160, 110);
    restyle();
}

void TimeSeriesChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    relabelX(m_xAskedLow, m_xAskedHigh);  // the tick count follows the width
}

void TimeSeriesChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        restyle();
    QChartView::changeEvent(event);
}

void TimeSeriesChartView::restyle()
{
    const QPalette& p = palette();
    ChartStyle::apply(chart(), p);
    setBackgroundBrush(ChartStyle::background(p));  // the view's own frame around the chart
    QPen cursorPen(ChartStyle::text(p));
    cursorPen.setStyle(Qt::DashLine);
    m_cursor->setPen(cursorPen);
    for (int i = 0; i < m_lines.size() && i < m_lineStyles.size(); ++i) {
        QPen pen(ChartStyle::adapt(m_lineStyles[i].color, p));
        pen.setWidthF(m_lineStyles[i].width);
        pen.setStyle(m_lineStyles[i].style);
        m_lines[i]->setPen(pen);
    }
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

void TimeSeriesChartView::setXUnit(Unit unit)
{
    m_xUnit = unit;
    relabelX(m_xAskedLow, m_xAskedHigh);
}

void TimeSeriesChartView::setYUnit(Unit unit)
{
    m_yUnit = unit;
    relabelY(m_yAxis->min(), m_yAxis->max());
}

void TimeSeriesChartView::setLogX(bool on, qreal floor)
{
    m_logX = on;
    m_logXFloor = floor;
}

void TimeSeriesChartView::setLogY(bool on, qreal floor)
{
    m_logY = on;
    m_logYFloor = floor;
}

void TimeSeriesChartView::setYTickCount(int count)
{
    m_yTicks = count;
    relabelY(m_yAxis->min(), m_yAxis->max());
}

QStringList TimeSeriesChartView::xLabels() const
{
    return m_xAxis->categoriesLabels();
}

QStringList TimeSeriesChartView::yLabels() const
{
    return m_yAxis->categoriesLabels();
}

void TimeSeriesChartView::relabelX(qreal min, qreal max)
{
    m_xAskedLow = min;
    m_xAskedHigh = max;
    // Qt Charts cuts a label to "2..." when it is wider than about half the space between its tick
    // and the next: as many steps (4 down to 1) as leave each label twice its width. The labels
    // measured are the ones a step count really draws ("160 d"), not the unrounded end ("149 d 7 h"),
    // which allowed a narrow chart one step only: 0-200 d for data ending at 150 d.
    const QFontMetricsF metrics(m_xAxis->labelsFont());
    const qreal plotWidth = chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width() - 60.0;
    const bool exact = !m_logX && m_fixedXTop > 0 && min == 0.0 && max == m_fixedXTop;
    ChartStyle::AxisTicks ticks;
    for (int count = 4; count >= 1; --count) {
        ticks = ChartStyle::axisTicks(min, max, m_xUnit, m_logX, count, exact);
        qreal widest = 0.0;
        for (const auto& tick : std::as_const(ticks.ticks))
            widest = std::max(widest, metrics.horizontalAdvance(tick.first) + 8.0);
        const qsizetype steps = std::max<qsizetype>(1, ticks.ticks.size() - 1);
        if (count == 1 || plotWidth / qreal(steps) >= 2.0 * widest)
            break;
    }
    ChartStyle::label(m_xAxis, ticks);  // once: each change of the axis relays out the chart
    // The last tick sits on the plot's right edge with its label centred on it: the chart's right
    // margin makes room for the half that passes the edge ("200 d", not "200 c" cut by the view).
    const QStringList labels = m_xAxis->categoriesLabels();
    const qreal half = labels.isEmpty() ? 0.0 : QFontMetricsF(m_xAxis->labelsFont()).horizontalAdvance(labels.last()) / 2.0;
    QMargins margins = chart()->margins();
    margins.setRight(std::max(2, int(std::ceil(half)) + 4));
    if (margins != chart()->margins())
        chart()->setMargins(margins);
}

void TimeSeriesChartView::relabelY(qreal min, qreal max)
{
    ChartStyle::label(m_yAxis, min, max, m_yUnit, m_logY, m_yTicks - 1);
}

QPointF TimeSeriesChartView::toChart(const QPointF& p) const
{
    return {m_logX ? std::log10(std::max(p.x(), m_logXFloor)) : p.x(),
            m_logY ? std::log10(std::max(p.y(), m_logYFloor)) : p.y()};
}

QPointF TimeSeriesChartView::fromChart(const QPointF& p) const
{
    return {m_logX ? std::pow(10.0, p.x()) : p.x(), m_logY ? std::pow(10.0, p.y()) : p.y()};
}

void TimeSeriesChartView::setExpectedXRange(qreal top)
{
    m_expectedXTop = top;
}

void TimeSeriesChartView::setFixedXTop(qreal top)
{
    if (top == m_fixedXTop)
        return;
    m_fixedXTop = top;
    m_expectedXTop = top;
    if (m_logX || top <= 0)
        return;
    // A new top applies at once (a study run with another inflation keeps its lines).
    for (QLineSeries* line : std::as_const(m_lines))
        line->clear();
    relabelX(0.0, top);
    m_xTop = m_xAxis->max();
    updateCursor();
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
        const int line = int(m_lines.size());
        connect(series, &QLineSeries::hovered, this,
                [this, line](const QPointF& point, bool state) { showValue(line, point, state); });
        m_lines.append(series);
    }
    m_lineStyles = lines;
    for (int i = 0; i < lines.size(); ++i) {
        m_lines[i]->clear();
        m_lines[i]->setName(lines[i].name);
    }
    restyle();
    // New lines, new scale: the axes start again from the expected range.
    const qreal xTop = m_expectedXTop > 0 ? m_expectedXTop : 1.0;
    if (m_logX)
        relabelX(std::log10(m_logXFloor), std::log10(std::max(xTop, m_logXFloor * 10.0)));
    else
        relabelX(0.0, xTop);
    m_xTop = m_expectedXTop > 0 ? m_xAxis->max() : 0.0;
    const qreal yTop = m_fixedYTop.value_or(m_yFloor);
    if (m_logY)
        relabelY(std::log10(m_logYFloor), std::log10(std::max(yTop, m_logYFloor * 10.0)));
    else
        relabelY(0.0, yTop);
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

void TimeSeriesChartView::setPoints(const QList<QList<QPointF>>& pointsPerLine, XRange range)
{
    qreal xMin = std::numeric_limits<qreal>::max();
    qreal xMax = std::numeric_limits<qreal>::lowest();
    qreal yMax = m_logY ? std::log10(m_logYFloor * 10.0) : m_yFloor;
    const int buckets = pointBudget();  // two points per bucket: about two per pixel
    QList<QList<QPointF>> shownPerLine;
    shownPerLine.reserve(m_lines.size());
    for (int i = 0; i < m_lines.size(); ++i) {
        QList<QPointF> points = i < pointsPerLine.size() ? pointsPerLine[i] : QList<QPointF>();
        if (m_logX || m_logY) {
            for (QPointF& p : points)
                p = toChart(p);
        }
        QList<QPointF> shown = MinMaxDownsampler::downsample(points, buckets);
        for (const QPointF& p : shown)
            yMax = std::max(yMax, p.y());
        if (!shown.isEmpty()) {
            xMin = std::min(xMin, shown.front().x());
            xMax = std::max(xMax, shown.back().x());
        }
        shownPerLine.append(std::move(shown));
    }
    if (xMin > xMax) {
        xMin = 0.0;
        xMax = 1.0;
    }
    if (xMax <= xMin)
        xMax = xMin + 1.0;
    // Axes only grow, in steps: a relayout of axes and labels costs more than drawing the lines,
    // so most frames change the lines alone.
    const bool fit = range == XRange::Fit && !m_logX && m_fixedXTop <= 0;
    const qreal fitLow = std::min<qreal>(0.0, xMin);
    const bool newX = xMax > m_xTop || xMin < m_xAxis->min() || (fit && (fitLow != m_xAskedLow || xMax != m_xAskedHigh));
    const qreal yLow = m_logY ? std::log10(m_logYFloor) : 0.0;
    std::optional<qreal> newYTop;
    if (m_fixedYTop) {
        if (m_yAxis->max() != *m_fixedYTop)
            newYTop = *m_fixedYTop;
    } else if (m_logY) {
        if (yMax > m_yAxis->max() || std::ceil(yMax) < m_yAxis->max() - 1.0)
            newYTop = std::ceil(yMax);
    } else if (yMax * 1.05 > m_yAxis->max()) {
        newYTop = yMax * 1.25;
    }
    if (newX || newYTop) {
        // A new range lays out every line again (Qt Charts strokes each line's whole path for its
        // hover shape): emptied first, the lines are laid out once, with their new points.
        for (QLineSeries* line : std::as_const(m_lines))
            line->clear();
        if (fit) {
            relabelX(fitLow, xMax);
            m_xTop = m_xAxis->max();
        } else if (newX) {
            // A tenth of headroom: a few relayouts over a replay, and an end near the data's.
            const qreal low = m_logX ? std::min<qreal>(std::log10(m_logXFloor), xMin) : std::min<qreal>(0.0, xMin);
            relabelX(low, m_logX ? std::ceil(xMax) : std::max(m_xTop, xMax * 1.1));
            m_xTop = m_xAxis->max();
        }
        if (newYTop)
            relabelY(yLow, *newYTop);
    }
    for (int i = 0; i < m_lines.size(); ++i)
        m_lines[i]->replace(shownPerLine[i]);  // one bulk replace per line per frame: appending is quadratic
    updateCursor();
}

void TimeSeriesChartView::showValue(int line, const QPointF& point, bool shown)
{
    if (!shown || line >= m_lines.size()) {
        QToolTip::hideText();
        return;
    }
    const QPointF value = fromChart(point);
    QToolTip::showText(QCursor::pos(), tr("%1: %2 at %3")
                                           .arg(m_lines[line]->name(), valueText(value.y(), m_yUnit),
                                                valueText(value.x(), m_xUnit)),
                       this);
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
    const qreal x = m_logX ? std::log10(std::max(*m_cursorX, m_logXFloor)) : *m_cursorX;
    m_cursor->replace(QList<QPointF>{{x, m_yAxis->min()}, {x, m_yAxis->max()}});
}

QString TimeSeriesChartView::lineName(int line) const
{
    return line >= 0 && line < m_lines.size() ? m_lines[line]->name() : QString();
}

QString TimeSeriesChartView::xText(qreal x) const
{
    return valueText(x, m_xUnit);
}

QString TimeSeriesChartView::yText(qreal y) const
{
    return valueText(y, m_yUnit);
}

QList<QPointF> TimeSeriesChartView::shownPoints(int line) const
{
    if (line < 0 || line >= m_lines.size())
        return {};
    QList<QPointF> points = m_lines[line]->points();
    if (m_logX || m_logY) {
        for (QPointF& p : points)
            p = fromChart(p);
    }
    return points;
}

}  // namespace debrief::studio
