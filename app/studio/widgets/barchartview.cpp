#include "barchartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace debrief::studio {

BarChartView::BarChartView(QWidget* parent)
    : QChartView(new QChart, parent), m_set(new QBarSet(QString())), m_series(new QBarSeries),
      m_categoryAxis(new QBarCategoryAxis), m_valueAxis(new QValueAxis)
{
    // Built with its chart: QChartView(parent) would make a default one that setChart() leaks.
    QChart* chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_set->setLabelColor(palette().color(QPalette::WindowText));  // the default white vanishes above a bar
    chart->addSeries(m_series);
    chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
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
    // Headroom above the tallest bar so its label fits.
    m_valueAxis->setRange(0.0, std::max<qreal>(4.0, top * 1.15));  // at least 0..4: whole-number ticks
    m_valueAxis->applyNiceNumbers();
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

QList<qreal> BarChartView::values() const
{
    QList<qreal> out;
    for (int i = 0; i < m_set->count(); ++i)
        out << m_set->at(i);
    return out;
}

}  // namespace debrief::studio
