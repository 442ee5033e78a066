#include "livereplaycharts.h"

#include "widgets/timeserieschartview.h"

#include <QEvent>
#include <QGridLayout>

#include <array>

namespace debrief::studio {

LiveReplayCharts::LiveReplayCharts(QWidget* parent)
    : QWidget(parent), m_waiting(new TimeSeriesChartView(this)), m_utilisation(new TimeSeriesChartView(this)),
      m_throughput(new TimeSeriesChartView(this)), m_cost(new TimeSeriesChartView(this)),
      m_delay(new TimeSeriesChartView(this)), m_cdf(new TimeSeriesChartView(this))
{
    m_charts = {m_waiting, m_utilisation, m_throughput, m_cost, m_delay, m_cdf};
    m_utilisation->setFixedYTop(100.0);
    m_cost->setYLabelFormat(QStringLiteral("%.0f"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < m_charts.size(); ++i)
        grid->addWidget(m_charts[i], i / 3, i % 3);
    retranslate();
}

void LiveReplayCharts::retranslate()
{
    // Small multiples: units in the titles, simulated hours on every x axis, colours per policy
    // (the policy list and the state panel name them), so the plots keep the room.
    m_waiting->setTitle(tr("Waiting jobs"));
    m_utilisation->setTitle(tr("GPU utilisation (%)"));
    m_throughput->setTitle(tr("Throughput (jobs/h)"));
    m_cost->setTitle(tr("Cumulative cost ($; used solid, idle dashed)"));
    m_delay->setTitle(tr("p95 queueing delay (h)"));
    m_cdf->setTitle(tr("Queueing delay CDF (share of jobs)"));
    for (TimeSeriesChartView* chart : m_charts)
        chart->setXLabelFormat(tr("%.0f h"));
    m_cdf->setXLabelFormat(tr("%.3g h"));  // delays can be minutes
    const QStringList names = {tr("Waiting jobs chart"),       tr("GPU utilisation chart"),
                               tr("Throughput chart"),         tr("Cumulative cost chart"),
                               tr("p95 queueing delay chart"), tr("Queueing delay CDF chart")};
    for (int i = 0; i < m_charts.size(); ++i)
        m_charts[i]->setAccessibleName(names[i]);
    // Only the "idle" lines carry words; the points stay where they are.
    QStringList costNames;
    for (const TimeSeriesChartView::Line& line : costLines())
        costNames << line.name;
    m_cost->setLineNames(costNames);
}

void LiveReplayCharts::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QList<TimeSeriesChartView::Line> LiveReplayCharts::costLines() const
{
    QList<TimeSeriesChartView::Line> lines;
    for (replay::PolicyKind policy : m_policies)
        lines.append({QString::fromUtf8(replay::policyName(policy)), policyColor(policy), Qt::SolidLine});
    for (replay::PolicyKind policy : m_policies)
        lines.append(
            {tr("%1 idle").arg(QString::fromUtf8(replay::policyName(policy))), policyColor(policy), Qt::DashLine});
    return lines;
}

QColor LiveReplayCharts::policyColor(replay::PolicyKind policy)
{
    // Tableau 10: tells eight lines apart, also in grey-scale print.
    static const std::array<QColor, 8> colors = {QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759),
                                                 QColor(0x76b7b2), QColor(0x59a14f), QColor(0xedc948),
                                                 QColor(0xb07aa1), QColor(0x9c755f)};
    return colors[std::size_t(policy) % colors.size()];
}

void LiveReplayCharts::setPolicies(const std::vector<replay::PolicyKind>& policies, std::uint64_t clusterGpus,
                                   double expectedHours)
{
    for (TimeSeriesChartView* chart : m_charts)
        chart->setExpectedXRange(chart == m_cdf ? 0.0 : expectedHours);
    m_clusterGpus = clusterGpus;
    m_policies = policies;
    QList<TimeSeriesChartView::Line> lines;
    for (replay::PolicyKind policy : policies)
        lines.append({QString::fromUtf8(replay::policyName(policy)), policyColor(policy), Qt::SolidLine});
    const QList<TimeSeriesChartView::Line> cost = costLines();
    for (TimeSeriesChartView* chart : m_charts)
        chart->setLines(chart == m_cost ? cost : lines);
}

void LiveReplayCharts::showHistories(const std::vector<SnapshotHistory>& histories)
{
    QList<QList<QPointF>> waiting, utilisation, throughput, used, idle, delay;
    const double gpus = double(std::max<std::uint64_t>(1, m_clusterGpus));
    for (const SnapshotHistory& history : histories) {
        QList<QPointF> w, u, t, c, i, d;
        const qsizetype n = qsizetype(history.snapshots().size());
        for (QList<QPointF>* list : {&w, &u, &t, &c, &i, &d})
            list->reserve(n);
        for (const replay::Snapshot& s : history.snapshots()) {
            const double x = double(s.time) / 3600.0;
            w.append({x, double(s.waitingJobs)});
            u.append({x, 100.0 * double(s.busyGpus) / gpus});
            if (!s.final) {  // the final snapshot's window is partial; its rate would spike
                t.append({x, s.throughputJobsPerHour});
                if (s.p95QueueingDelayWindow >= 0)
                    d.append({x, double(s.p95QueueingDelayWindow) / 3600.0});
            }
            c.append({x, s.usedCostUsd});
            i.append({x, s.idleCostUsd});
        }
        waiting.append(w);
        utilisation.append(u);
        throughput.append(t);
        used.append(c);
        idle.append(i);
        delay.append(d);
    }
    m_waiting->setPoints(waiting);
    m_utilisation->setPoints(utilisation);
    m_throughput->setPoints(throughput);
    m_cost->setPoints(used + idle);
    m_delay->setPoints(delay);
}

void LiveReplayCharts::showQueueingDelayCdfs(const QList<QList<QPointF>>& cdfs)
{
    m_cdf->setPoints(cdfs);
}

void LiveReplayCharts::setCursorHours(std::optional<double> hours)
{
    for (TimeSeriesChartView* chart : m_charts) {
        if (chart != m_cdf)
            chart->setCursor(hours);
    }
}

}  // namespace debrief::studio
