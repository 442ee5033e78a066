#include "barchartview.h"

#include "accessibility.h"
#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>

#include <algorithm>

namespace debrief::studio {

BarChartView::BarChartView(QWidget* parent) : BarChartView(new QChart, parent)
{
}

// The view owns its chart from the start: QChartView(parent) would make a default chart that
// setChart() then leaks.
BarChartView::BarChartView(QChart* chart, QWidget* parent)
    : QChartView(chart, parent), m_set(new QBarSet(QString())), m_series(new QBarSeries),
      m_categoryAxis(new QBarCategoryAxis), m_valueAxis(new QCategoryAxis)
{
    Accessibility::install();  // before anything asks for the interface
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsAngle(-90);  // upright: "76627" above a narrow bar would run into its neighbours
    m_set->setLabelColor(palette().color(QPalette::WindowText));  // the default white vanishes above a bar
    chart->addSeries(m_series);
    chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    ChartStyle::label(m_valueAxis, 0.0, 4.0, ChartStyle::Unit::Count);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
}

void BarChartView::setBars(const QStringList& categories, const QList<qreal>& values, const QString& valueName)
{
    m_set->setLabel(valueName);
    m_set->remove(0, m_set->count());
    m_set->append(values);
    m_categoryAxis->clear();
    m_categoryAxis->append(categories);
    const qreal top = values.isEmpty() ? 1.0 : *std::max_element(values.begin(), values.end());
    // Headroom above the tallest bar so its upright label fits; at least 0..4: whole-number ticks.
    ChartStyle::label(m_valueAxis, 0.0, std::max<qreal>(4.0, top * 1.4), ChartStyle::Unit::Count);
}

void BarChartView::setAxisTitles(const QString& categoryTitle, const QString& valueTitle)
{
    m_categoryAxis->setTitleText(categoryTitle);
    m_valueAxis->setTitleText(valueTitle);
}

void BarChartView::setValueName(const QString& valueName)
{
    m_set->setLabel(valueName);
}

QString BarChartView::valueName() const
{
    return m_set->label();
}

QString BarChartView::categoryTitle() const
{
    return m_categoryAxis->titleText();
}

QString BarChartView::valueTitle() const
{
    return m_valueAxis->titleText();
}

QStringList BarChartView::categories() const
{
    return m_categoryAxis->categories();
}

QStringList BarChartView::valueLabels() const
{
    return m_valueAxis->categoriesLabels();
}

QList<qreal> BarChartView::values() const
{
    QList<qreal> out;
    for (int i = 0; i < m_set->count(); ++i)
        out << m_set->at(i);
    return out;
}

}  // namespace debrief::studio
