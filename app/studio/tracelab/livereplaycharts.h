#pragma once

#include "snapshothistory.h"
#include "widgets/timeserieschartview.h"

#include <replay/policykind.h>

#include <QColor>
#include <QList>
#include <QPointF>
#include <QWidget>

class QCheckBox;
class QTimer;

#include <array>
#include <optional>
#include <vector>

namespace debrief::studio {

// The live replay's charts, one line per policy (ChartStyle's colour and dash): waiting jobs, GPU
// utilisation, throughput as a moving average, cumulative cost (used, idle thin), p95 queueing
// delay over time, and the queueing-delay CDF once a replay is done. Fed whole once per frame from
// the policies' snapshot histories.
class LiveReplayCharts : public QWidget {
    Q_OBJECT

public:
    explicit LiveReplayCharts(QWidget* parent = nullptr);

    // `expectedHours`: the span the time axes start with (they grow if the replay runs longer).
    void setPolicies(const std::vector<replay::PolicyKind>& policies, std::uint64_t clusterGpus,
                     double expectedHours = 0.0);
    void showHistories(const std::vector<SnapshotHistory>& histories);
    // A live frame: the lines are worked out now, and the five time charts take them one at a time,
    // a few milliseconds apart, so the UI thread lays out and paints one chart per event rather than
    // all of them in one (a frame stays within a frame interval). flush() draws what is still
    // waiting at once; showHistories() and setPolicies() replace it.
    void showHistoriesInTurn(const std::vector<SnapshotHistory>& histories);
    void flush();
    bool hasPendingFrame() const;
    void showQueueingDelayCdfs(const QList<QList<QPointF>>& cdfs);
    void setCursorHours(std::optional<double> hours);  // the time cursor, on every time chart

    QList<TimeSeriesChartView*> charts() const { return m_charts; }  // in the order above, CDF last
    // Log axes for the delays (the p95 chart's y, the CDF's x); a check box under the charts.
    void setLogDelays(bool on);
    QCheckBox* logDelaysBox() const { return m_logDelays; }
    double throughputWindow() const { return m_throughputWindow; }  // hours
    static double throughputWindowHours(double spanHours);
    static QColor policyColor(replay::PolicyKind policy);

signals:
    void redrawRequested();  // the scale changed: show the histories and CDFs again

protected:
    void changeEvent(QEvent* event) override;

private:
    static constexpr int kTimeCharts = 5;  // waiting, utilisation, throughput, cost, p95 delay
    using TimeLines = std::array<QList<QList<QPointF>>, kTimeCharts>;
    TimeLines linesOf(const std::vector<SnapshotHistory>& histories) const;
    // Every replay has reached its end (its final snapshot): the time axes then fit the lines' end.
    static bool complete(const std::vector<SnapshotHistory>& histories);
    void showTurn();  // the next waiting chart takes its lines
    void retranslate();
    QList<TimeSeriesChartView::Line> policyLines() const;
    QList<TimeSeriesChartView::Line> costLines() const;

    std::vector<replay::PolicyKind> m_policies;
    TimeSeriesChartView* m_waiting;
    TimeSeriesChartView* m_utilisation;
    TimeSeriesChartView* m_throughput;
    TimeSeriesChartView* m_cost;
    TimeSeriesChartView* m_delay;
    TimeSeriesChartView* m_cdf;
    QCheckBox* m_logDelays;
    double m_expectedHours = 0.0;
    double m_throughputWindow = 1.0;

    QList<TimeSeriesChartView*> m_charts;
    std::uint64_t m_clusterGpus = 0;
    std::array<std::optional<QList<QList<QPointF>>>, kTimeCharts> m_pending;  // per time chart, in order
    bool m_pendingComplete = false;  // the pending frame is the replays' last
    int m_nextTurn = 0;
    QTimer* m_turns;
};

}  // namespace debrief::studio
