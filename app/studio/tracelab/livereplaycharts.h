#pragma once

#include "snapshothistory.h"
#include "widgets/timeserieschartview.h"

#include <replay/policykind.h>

#include <QColor>
#include <QList>
#include <QPointF>
#include <QWidget>

#include <optional>
#include <vector>

namespace debrief::studio {

// The live replay's charts, one line per policy: waiting jobs, GPU utilisation, throughput,
// cumulative cost (used solid, idle dashed), p95 queueing delay over time, and the queueing-delay
// CDF once a replay is done. Fed whole once per frame from the policies' snapshot histories.
class LiveReplayCharts : public QWidget {
    Q_OBJECT

public:
    explicit LiveReplayCharts(QWidget* parent = nullptr);

    // `expectedHours`: the span the time axes start with (they grow if the replay runs longer).
    void setPolicies(const std::vector<replay::PolicyKind>& policies, std::uint64_t clusterGpus,
                     double expectedHours = 0.0);
    void showHistories(const std::vector<SnapshotHistory>& histories);
    void showQueueingDelayCdfs(const QList<QList<QPointF>>& cdfs);
    void setCursorHours(std::optional<double> hours);  // the time cursor, on every time chart

    QList<TimeSeriesChartView*> charts() const { return m_charts; }  // in the order above, CDF last
    static QColor policyColor(replay::PolicyKind policy);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QList<TimeSeriesChartView::Line> costLines() const;

    std::vector<replay::PolicyKind> m_policies;
    TimeSeriesChartView* m_waiting;
    TimeSeriesChartView* m_utilisation;
    TimeSeriesChartView* m_throughput;
    TimeSeriesChartView* m_cost;
    TimeSeriesChartView* m_delay;
    TimeSeriesChartView* m_cdf;
    QList<TimeSeriesChartView*> m_charts;
    std::uint64_t m_clusterGpus = 0;
};

}  // namespace debrief::studio
