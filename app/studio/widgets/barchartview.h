#pragma once

#include <QChartView>
#include <QList>
#include <QStringList>

class QBarSet;
class QBarSeries;
class QBarCategoryAxis;
class QCategoryAxis;
class QChart;

namespace debrief::studio {

// A small bar chart that any page feeds with categories and values in one call (one bulk replace,
// animations off). Software-rendered on purpose: OpenGL breaks offscreen rendering.
class BarChartView : public QChartView {
    Q_OBJECT

public:
    explicit BarChartView(QWidget* parent = nullptr);
    QStringList valueLabels() const;  // the value axis' tick labels as drawn

    void setBars(const QStringList& categories, const QList<qreal>& values, const QString& valueName);
    void setAxisTitles(const QString& categoryTitle, const QString& valueTitle);
    void setValueName(const QString& valueName);  // the bars stay (a language switch)
    QString valueName() const;
    QString categoryTitle() const;
    QString valueTitle() const;
    QStringList categories() const;
    QList<qreal> values() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    BarChartView(QChart* chart, QWidget* parent);
    void restyle();       // the palette's look (ChartStyle) and the bars' colour
    void fitHeadroom();   // the value axis tall enough that the tallest bar's upright label fits
    void fitCategoryLabels();  // a smaller font for category labels that do not fit their slot
    QBarSet* m_set;
    QBarSeries* m_series;
    QBarCategoryAxis* m_categoryAxis;
    QCategoryAxis* m_valueAxis;
    qreal m_top = 0.0;  // the value axis' maximum as last labelled
};

}  // namespace debrief::studio
