#include "impactcostchartview.h"

#include "widgets/accessibility.h"
#include "widgets/chartstyle.h"

#include <QChart>
#include <QEvent>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace debrief::studio {

ImpactCostChartView::ImpactCostChartView(QWidget* parent)
    : QChartView(new QChart, parent), m_x(new QValueAxis), m_y(new QValueAxis)
{
    Accessibility::install();  // before anything asks for the interface
    // Built with its chart: QChartView(parent) would make a default one that setChart() leaks.
    QChart* chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->hide();
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    retranslate();
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    restyle();
}

void ImpactCostChartView::restyle()
{
    const QPalette& p = palette();
    ChartStyle::apply(chart(), p);  // the requests' names beside their points in the text colour
    setBackgroundBrush(ChartStyle::background(p));
    for (int i = 0; i < m_series.size(); ++i) {
        const QColor color = ChartStyle::seriesColor(i, p);
        m_series[i]->setColor(color);
        m_series[i]->setBorderColor(color);
    }
}

void ImpactCostChartView::setRequests(const QStringList& names, const QList<QPointF>& costUsdAndImpact)
{
    if (names != this->names()) {
        for (QScatterSeries* series : m_series) {
            chart()->removeSeries(series);
            delete series;
        }
        m_series.clear();
        for (const QString& name : names) {
            auto* series = new QScatterSeries;
            series->setName(name);
            series->setMarkerSize(13);
            // The request's name beside its point: a legend would cut long titles short.
            series->setPointLabelsFormat(name);
            series->setPointLabelsVisible(true);
            series->setPointLabelsClipping(false);
            chart()->addSeries(series);
            series->attachAxis(m_x);
            series->attachAxis(m_y);
            m_series << series;
        }
        restyle();
    }
    qreal maxX = 100, minY = 0, maxY = 5;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const QPointF point = costUsdAndImpact.value(i);
        const QPointF plotted(point.x() / 1000.0, point.y());
        m_series[i]->replace(QList<QPointF>{plotted});
        maxX = std::max(maxX, plotted.x());
        minY = std::min(minY, plotted.y());
        maxY = std::max(maxY, plotted.y());
    }
    // Room around the outermost points so no marker sits on an axis and the right-most name fits.
    m_x->setRange(0, maxX * 1.4);
    m_y->setRange(minY < 0 ? minY * 1.15 : 0, maxY * 1.15);
    m_x->applyNiceNumbers();
    m_y->applyNiceNumbers();
}

void ImpactCostChartView::retranslate()
{
    m_x->setTitleText(tr("Estimated cost ($ k)"));
    m_y->setTitleText(tr("Expected impact (%)"));
}

void ImpactCostChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        restyle();
    QChartView::changeEvent(event);
}

QString ImpactCostChartView::xTitle() const
{
    return m_x->titleText();
}

QString ImpactCostChartView::yTitle() const
{
    return m_y->titleText();
}

QStringList ImpactCostChartView::names() const
{
    QStringList out;
    for (const QScatterSeries* series : m_series)
        out << series->name();
    return out;
}

QList<QPointF> ImpactCostChartView::points() const
{
    QList<QPointF> out;
    for (const QScatterSeries* series : m_series)
        out << (series->count() > 0 ? series->at(0) : QPointF());
    return out;
}

}  // namespace debrief::studio
