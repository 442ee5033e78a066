#include "barchartview.h"

#include "accessibility.h"
#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QFontMetricsF>

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
    chart->addSeries(m_series);
    chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    ChartStyle::label(m_valueAxis, 0.0, 4.0, ChartStyle::Unit::Count);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    restyle();
    // The headroom a label needs is in pixels: it changes with the plot's height.
    connect(chart, &QChart::plotAreaChanged, this, &BarChartView::fitHeadroom);
    connect(chart, &QChart::plotAreaChanged, this, &BarChartView::fitCategoryLabels);
}

// Qt Charts cuts a category label that is wider than its bar's slot to "9...": such labels get a
// smaller font, down to 6.5 pt (upright labels are cut shorter still, by the axis' height).
void BarChartView::fitCategoryLabels()
{
    const QStringList categories = m_categoryAxis->categories();
    const qreal width = chart()->plotArea().width();
    if (categories.isEmpty() || width <= 0.0)
        return;
    const qreal slot = width / qreal(categories.size()) - 12.0;  // Qt keeps a margin each side
    QFont font = m_valueAxis->labelsFont();                      // the size the theme gives every label
    const qreal full = font.pointSizeF() > 0 ? font.pointSizeF() : 9.0;
    const QFontMetricsF metrics(font);
    qreal needed = 0.0;
    for (const QString& category : categories)
        needed = std::max(needed, metrics.horizontalAdvance(category));
    if (needed > slot && slot > 0.0)
        font.setPointSizeF(std::max(6.5, full * slot / needed));
    if (m_categoryAxis->labelsFont() != font)
        m_categoryAxis->setLabelsFont(font);
}

void BarChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        restyle();
    QChartView::changeEvent(event);
}

void BarChartView::restyle()
{
    const QPalette& p = palette();
    ChartStyle::apply(chart(), p);  // the value labels above the bars in the text colour
    setBackgroundBrush(ChartStyle::background(p));
    const QColor bar = ChartStyle::seriesColor(0, p);
    m_set->setColor(bar);
    m_set->setBorderColor(bar);
}

void BarChartView::fitHeadroom()
{
    qreal top = 0.0;
    QString tallest;
    for (int i = 0; i < m_set->count(); ++i) {
        if (m_set->at(i) > top) {
            top = m_set->at(i);
            tallest = QString::number(top, 'f', 0);
        }
    }
    // The upright label stands on the bar's end: the space above the tallest bar is the label's
    // length plus a gap. max = top / (1 - need / height), at least 0..4 (whole-number ticks).
    const qreal height = chart()->plotArea().height();
    const qreal need = QFontMetricsF(m_set->labelFont()).horizontalAdvance(tallest) + 10.0;
    // Before the first layout (no plot yet) 40 % headroom, which fits a label in a typical chart.
    qreal max = std::max<qreal>(4.0, top * (height > 0.0 ? 1.15 : 1.4));
    if (height > 0.0 && top > 0.0)
        max = std::max(max, height > need * 1.5 ? top * height / (height - need) : top * 3.0);
    if (max <= m_top && max >= m_top * 0.8)
        return;  // the current axis has room and is not far too tall: no relayout
    ChartStyle::label(m_valueAxis, 0.0, max, ChartStyle::Unit::Count);
    m_top = m_valueAxis->max();
}

void BarChartView::setBars(const QStringList& categories, const QList<qreal>& values, const QString& valueName)
{
    m_set->setLabel(valueName);
    m_set->remove(0, m_set->count());
    m_set->append(values);
    m_categoryAxis->clear();
    m_categoryAxis->append(categories);
    m_top = 0.0;  // new bars, new scale
    fitHeadroom();
    fitCategoryLabels();
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
