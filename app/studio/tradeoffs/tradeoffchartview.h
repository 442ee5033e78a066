#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace debrief::studio {

class TradeoffPointModel;

// The trade-off scatter: monthly cost against p95 queueing delay, one colour per policy, point
// size by throughput, the Pareto frontier as a line with its points ringed. Redrawn whole from the
// model each time it resets; hovering a point shows its scenario, clicking it asks for that
// scenario's replay. One scatter series per point: Qt 6.4's per-point sizes misplace points.
class TradeoffChartView : public QChartView {
    Q_OBJECT

public:
    explicit TradeoffChartView(TradeoffPointModel* model, QWidget* parent = nullptr);

    QList<QPointF> frontierLine() const;
    int pointCount() const;
    TradeoffPointModel* model() const { return m_model; }
    // A point's scenario, cost, delay and throughput, as its tooltip says it (one line each).
    QString describe(int row) const;

signals:
    void scenarioClicked(int row);  // a row of the model

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void restyle();  // the palette's look (ChartStyle): chart, frontier, the policies' colours

    TradeoffPointModel* m_model;
    QList<QScatterSeries*> m_points;  // one per model row, in row order
    QLineSeries* m_frontier;
    QScatterSeries* m_frontierRings;
    QValueAxis* m_xAxis;
    QValueAxis* m_yAxis;
};

}  // namespace debrief::studio
