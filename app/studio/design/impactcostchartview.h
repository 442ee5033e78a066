#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QStringList>

class QScatterSeries;
class QValueAxis;

namespace debrief::studio {

// Each feature request as a point: its estimated cost (x, $ k) against its expected impact (y, %),
// one series per request so the legend names it. A point moves with one replace() per update;
// animations off, software-rendered (OpenGL breaks offscreen rendering).
class ImpactCostChartView : public QChartView {
    Q_OBJECT

public:
    explicit ImpactCostChartView(QWidget* parent = nullptr);

    // One (cost in dollars, impact in percent) per request; the series are rebuilt only when the
    // request names change.
    void setRequests(const QStringList& names, const QList<QPointF>& costUsdAndImpact);
    QStringList names() const;
    QList<QPointF> points() const;  // as plotted: x in $ k
    QString xTitle() const;
    QString yTitle() const;

protected:
    void changeEvent(QEvent* event) override;  // axis titles follow the language, colours the palette

private:
    void retranslate();
    void restyle();  // the palette's look (ChartStyle), a series colour per request

    QList<QScatterSeries*> m_series;
    QValueAxis* m_x;
    QValueAxis* m_y;
};

}  // namespace debrief::studio
