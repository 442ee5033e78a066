#include "tradeoffchartview.h"

#include "displayformat.h"
#include "tradeoffpointmodel.h"
#include "widgets/accessibility.h"
#include "widgets/chartstyle.h"

#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <initializer_list>
#include <set>

namespace debrief::studio {

TradeoffChartView::TradeoffChartView(TradeoffPointModel* model, QWidget* parent)
    : QChartView(new QChart, parent), m_model(model), m_frontier(new QLineSeries), m_frontierRings(new QScatterSeries),
      m_xAxis(new QValueAxis), m_yAxis(new QValueAxis)
{
    Accessibility::install();  // before anything asks for the interface
    // Built with its chart: QChartView(parent) would make a default one that setChart() leaks.
    QChart* chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_xAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_yAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_frontierRings->setMarkerSize(26.0);
    for (QXYSeries* series : std::initializer_list<QXYSeries*>{m_frontier, m_frontierRings}) {
        chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    for (QLegendMarker* marker : chart->legend()->markers(m_frontierRings))
        marker->setVisible(false);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    retranslate();
    connect(m_model, &QAbstractItemModel::modelReset, this, &TradeoffChartView::rebuild);
    rebuild();
}

void TradeoffChartView::retranslate()
{
    chart()->setTitle(tr("Monthly cost against p95 queueing delay (point size: throughput)"));
    m_xAxis->setTitleText(tr("Cluster cost per month (US dollars)"));
    m_yAxis->setTitleText(tr("p95 queueing delay (h)"));
    m_frontier->setName(tr("Pareto frontier"));
    setAccessibleName(tr("Trade-off scatter"));
}

void TradeoffChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();  // a point's tooltip is worded when it is hovered
    else if (event->type() == QEvent::PaletteChange)
        restyle();
    QChartView::changeEvent(event);
}

void TradeoffChartView::restyle()
{
    const QPalette& p = palette();
    ChartStyle::apply(chart(), p);
    setBackgroundBrush(ChartStyle::background(p));
    QPen pen(ChartStyle::text(p));
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    m_frontier->setPen(pen);
    m_frontierRings->setColor(Qt::transparent);
    m_frontierRings->setBorderColor(ChartStyle::text(p));
    const auto& rows = m_model->rows();
    for (int r = 0; r < m_points.size() && r < int(rows.size()); ++r) {
        const QColor color = ChartStyle::policyColor(rows[std::size_t(r)].scenario.policy, p);
        m_points[r]->setColor(color);
        m_points[r]->setBorderColor(ChartStyle::isDark(p) ? color.lighter(130) : color.darker(130));
    }
}

void TradeoffChartView::rebuild()
{
    for (QScatterSeries* series : m_points) {
        chart()->removeSeries(series);
        delete series;
    }
    m_points.clear();
    const QList<QPointF> points = m_model->costDelayPoints();
    const auto& rows = m_model->rows();
    double bestThroughput = 0.0;
    for (const replay::SweepRow& row : rows)
        bestThroughput = std::max(bestThroughput, row.result.metrics->throughputJobsPerHour);
    std::set<replay::PolicyKind> inLegend;
    for (int r = 0; r < points.size(); ++r) {
        const replay::SweepRow& row = rows[std::size_t(r)];
        const double share = bestThroughput > 0 ? row.result.metrics->throughputJobsPerHour / bestThroughput : 1.0;
        auto* series = new QScatterSeries;
        series->setName(QString::fromUtf8(replay::policyName(row.scenario.policy)));
        series->setMarkerSize(6.0 + 14.0 * share * share);  // squared: small throughput gaps still show
        series->append(points[r]);
        chart()->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        // One legend entry per policy, however many points it has.
        const bool first = inLegend.insert(row.scenario.policy).second;
        for (QLegendMarker* marker : chart()->legend()->markers(series))
            marker->setVisible(first);
        connect(series, &QXYSeries::hovered, this, [this, r](const QPointF&, bool entered) {
            if (entered)
                QToolTip::showText(QCursor::pos(), describe(r), this);
            else
                QToolTip::hideText();
        });
        connect(series, &QXYSeries::clicked, this, [this, r](const QPointF&) { emit scenarioClicked(r); });
        m_points.append(series);
    }
    QList<QPointF> line;
    for (int index : m_model->frontier())
        line.append(points[index]);
    m_frontier->replace(line);
    m_frontierRings->replace(line);
    restyle();  // the new points' colours
    double xMax = 1.0, yMax = 1.0 / 60.0;
    for (const QPointF& p : points) {
        xMax = std::max(xMax, p.x());
        yMax = std::max(yMax, p.y());
    }
    m_xAxis->setRange(0.0, xMax * 1.08);
    // Fixed ticks while the range moves: the previous dynamic interval on a new range could ask
    // for hundreds of thousands of ticks.
    m_yAxis->setTickType(QValueAxis::TicksFixed);
    m_yAxis->setRange(0.0, yMax * 1.1);
    m_xAxis->applyNiceNumbers();
    m_yAxis->applyNiceNumbers();
    // A little room below 0, so points with no queueing delay are not cut in half by the axis;
    // ticks stay anchored at 0 on the nice numbers.
    const qreal top = m_yAxis->max();
    m_yAxis->setTickAnchor(0.0);
    m_yAxis->setTickInterval(top / 4.0);
    m_yAxis->setMin(-0.04 * top);
    m_yAxis->setTickType(QValueAxis::TicksDynamic);
}

QString TradeoffChartView::describe(int row) const
{
    const replay::SweepRow& r = m_model->rows()[std::size_t(row)];
    const replay::Metrics& m = *r.result.metrics;
    return tr("%1 on %2 GPUs at %3 per GPU-hour\n%4 per month, p95 queueing delay %5, %6\nClick to replay it live")
        .arg(QString::fromUtf8(replay::policyName(r.scenario.policy)),
             DisplayFormat::count(r.scenario.cluster.totalGpus()),
             DisplayFormat::money(r.scenario.cluster.pricePerGpuHour),
             DisplayFormat::money(TradeoffPointModel::monthlyCost(r.scenario.cluster)),
             DisplayFormat::duration(double(m.queueingDelay.p95)), DisplayFormat::rate(m.throughputJobsPerHour));
}

QList<QPointF> TradeoffChartView::frontierLine() const
{
    return m_frontier->points();
}

int TradeoffChartView::pointCount() const
{
    return int(m_points.size());
}

}  // namespace debrief::studio
