#include "livereplaycharts.h"

#include "widgets/timeserieschartview.h"

#include "displayformat.h"
#include "widgets/chartstyle.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <deque>
#include <utility>

#include <array>

namespace debrief::studio {

LiveReplayCharts::LiveReplayCharts(QWidget* parent)
    : QWidget(parent), m_waiting(new TimeSeriesChartView(this)), m_utilisation(new TimeSeriesChartView(this)),
      m_throughput(new TimeSeriesChartView(this)), m_cost(new TimeSeriesChartView(this)),
      m_delay(new TimeSeriesChartView(this)), m_cdf(new TimeSeriesChartView(this)), m_logDelays(new QCheckBox(this)),
      m_turns(new QTimer(this))
{
    m_charts = {m_waiting, m_utilisation, m_throughput, m_cost, m_delay, m_cdf};
    // Five turns in 30 ms: the whole frame is drawn well within the live replay's 40 ms frame.
    m_turns->setInterval(6);
    connect(m_turns, &QTimer::timeout, this, &LiveReplayCharts::showTurn);
    for (TimeSeriesChartView* chart : m_charts)
        chart->setXUnit(ChartStyle::Unit::Hours);
    m_waiting->setYUnit(ChartStyle::Unit::Count);
    m_utilisation->setYUnit(ChartStyle::Unit::Percent);
    m_utilisation->setFixedYTop(100.0);
    m_throughput->setYUnit(ChartStyle::Unit::Count);
    m_cost->setYUnit(ChartStyle::Unit::Money);
    m_delay->setYUnit(ChartStyle::Unit::Hours);
    m_cdf->setYUnit(ChartStyle::Unit::Share);
    m_cdf->setFixedYTop(1.0);  // a share of jobs: 0 to 100 %, never past it
    m_cdf->setYTickCount(5);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    for (int i = 0; i < m_charts.size(); ++i)
        grid->addWidget(m_charts[i], i / 3, i % 3);
    layout->addLayout(grid, 1);
    layout->addWidget(m_logDelays);
    connect(m_logDelays, &QCheckBox::toggled, this, &LiveReplayCharts::setLogDelays);
    retranslate();
}

void LiveReplayCharts::setLogDelays(bool on)
{
    if (m_logDelays->isChecked() != on) {
        m_logDelays->setChecked(on);  // toggled() comes back here
        return;
    }
    m_delay->setLogY(on);
    m_cdf->setLogX(on);
    // New axes; whoever feeds the charts draws them again.
    setPolicies(m_policies, m_clusterGpus, m_expectedHours);
    emit redrawRequested();
}

double LiveReplayCharts::throughputWindowHours(double spanHours)
{
    // About fifty windows over the replay, in steps that read as hours or days.
    const double raw = std::max(1.0, spanHours / 50.0);
    for (double step : {1.0, 2.0, 3.0, 6.0, 12.0, 24.0, 48.0, 168.0}) {
        if (step >= raw)
            return step;
    }
    return 168.0 * std::ceil(raw / 168.0);
}

void LiveReplayCharts::retranslate()
{
    // Small multiples: units in the titles, simulated hours on every x axis, colours per policy
    // (the policy list and the state panel name them), so the plots keep the room.
    m_waiting->setTitle(tr("Waiting jobs"));
    m_utilisation->setTitle(tr("GPU utilisation (%)"));
    m_throughput->setTitle(tr("Throughput, jobs/h (%1 avg.)")
                               .arg(DisplayFormat::duration(m_throughputWindow * 3600.0)));
    m_cost->setTitle(tr("Cumulative cost (idle thin)"));
    m_delay->setTitle(tr("p95 queueing delay"));
    m_cdf->setTitle(tr("Queueing delay CDF (share of jobs)"));
    m_logDelays->setText(tr("&Log scale for delays"));
    m_logDelays->setToolTip(tr("Delays span minutes to days: a log axis spreads the short ones out"));
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

QList<TimeSeriesChartView::Line> LiveReplayCharts::policyLines() const
{
    // Earlier lines wider: a policy with the same results as an earlier one is drawn inside it.
    QList<TimeSeriesChartView::Line> lines;
    const int count = int(m_policies.size());
    for (int i = 0; i < count; ++i) {
        const QPen pen = ChartStyle::policyPen(m_policies[std::size_t(i)], i, count);
        lines.append({QString::fromUtf8(replay::policyName(m_policies[std::size_t(i)])), pen.color(), pen.style(),
                      pen.widthF()});
    }
    return lines;
}

QList<TimeSeriesChartView::Line> LiveReplayCharts::costLines() const
{
    QList<TimeSeriesChartView::Line> lines = policyLines();
    for (replay::PolicyKind policy : m_policies)
        lines.append({tr("%1 idle").arg(QString::fromUtf8(replay::policyName(policy))),
                      ChartStyle::policyColor(policy, ChartStyle::printPalette()),
                      ChartStyle::policyDash(policy), 0.8});
    return lines;
}

QColor LiveReplayCharts::policyColor(replay::PolicyKind policy)
{
    return ChartStyle::policyColor(policy);
}

void LiveReplayCharts::setPolicies(const std::vector<replay::PolicyKind>& policies, std::uint64_t clusterGpus,
                                   double expectedHours)
{
    m_pending.fill(std::nullopt);  // the old lines' frame
    m_turns->stop();
    for (TimeSeriesChartView* chart : m_charts)
        chart->setExpectedXRange(chart == m_cdf ? 0.0 : expectedHours);
    m_clusterGpus = clusterGpus;
    m_policies = policies;
    m_expectedHours = expectedHours;
    m_throughputWindow = throughputWindowHours(expectedHours);
    m_throughput->setTitle(tr("Throughput, jobs/h (%1 avg.)")
                               .arg(DisplayFormat::duration(m_throughputWindow * 3600.0)));
    const QList<TimeSeriesChartView::Line> lines = policyLines();
    const QList<TimeSeriesChartView::Line> cost = costLines();
    for (TimeSeriesChartView* chart : m_charts)
        chart->setLines(chart == m_cost ? cost : lines);
}

LiveReplayCharts::TimeLines LiveReplayCharts::linesOf(const std::vector<SnapshotHistory>& histories) const
{
    QList<QList<QPointF>> waiting, utilisation, throughput, used, idle, delay;
    const double gpus = double(std::max<std::uint64_t>(1, m_clusterGpus));
    for (const SnapshotHistory& history : histories) {
        QList<QPointF> w, u, t, c, i, d;
        std::deque<QPointF> window;
        double windowSum = 0.0;
        const qsizetype n = qsizetype(history.snapshots().size());
        for (QList<QPointF>* list : {&w, &u, &t, &c, &i, &d})
            list->reserve(n);
        for (const replay::Snapshot& s : history.snapshots()) {
            const double x = double(s.time) / 3600.0;
            w.append({x, double(s.waitingJobs)});
            u.append({x, 100.0 * double(s.busyGpus) / gpus});
            if (!s.final) {  // the final snapshot's window is partial; its rate would spike
                // A moving average over the stated window: per-snapshot rates are a wall of spikes.
                window.push_back({x, s.throughputJobsPerHour});
                windowSum += s.throughputJobsPerHour;
                while (!window.empty() && window.front().x() <= x - m_throughputWindow) {
                    windowSum -= window.front().y();
                    window.pop_front();
                }
                t.append({x, windowSum / double(window.size())});
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
    return {waiting, utilisation, throughput, used + idle, delay};
}

void LiveReplayCharts::showHistories(const std::vector<SnapshotHistory>& histories)
{
    m_pending.fill(std::nullopt);
    m_turns->stop();
    const TimeLines lines = linesOf(histories);
    const auto range = complete(histories) ? TimeSeriesChartView::XRange::Fit : TimeSeriesChartView::XRange::Grow;
    for (int k = 0; k < kTimeCharts; ++k)
        m_charts[k]->setPoints(lines[std::size_t(k)], range);
}

bool LiveReplayCharts::complete(const std::vector<SnapshotHistory>& histories)
{
    return !histories.empty() && std::all_of(histories.begin(), histories.end(), [](const SnapshotHistory& h) {
        return !h.empty() && h.snapshots().back().final;
    });
}

void LiveReplayCharts::showHistoriesInTurn(const std::vector<SnapshotHistory>& histories)
{
    TimeLines lines = linesOf(histories);
    for (int k = 0; k < kTimeCharts; ++k)
        m_pending[std::size_t(k)] = std::move(lines[std::size_t(k)]);
    m_pendingComplete = complete(histories);
    showTurn();  // the first chart now, the others on the timer
}

void LiveReplayCharts::showTurn()
{
    for (int tried = 0; tried < kTimeCharts; ++tried) {
        const int k = m_nextTurn;
        m_nextTurn = (m_nextTurn + 1) % kTimeCharts;
        if (std::optional<QList<QList<QPointF>>> lines = std::exchange(m_pending[std::size_t(k)], std::nullopt)) {
            m_charts[k]->setPoints(*lines, m_pendingComplete ? TimeSeriesChartView::XRange::Fit
                                                             : TimeSeriesChartView::XRange::Grow);
            break;
        }
    }
    if (!hasPendingFrame())
        m_turns->stop();
    else if (!m_turns->isActive())
        m_turns->start();
}

void LiveReplayCharts::flush()
{
    m_turns->stop();
    for (int k = 0; k < kTimeCharts; ++k) {
        if (std::optional<QList<QList<QPointF>>> lines = std::exchange(m_pending[std::size_t(k)], std::nullopt))
            m_charts[k]->setPoints(*lines, m_pendingComplete ? TimeSeriesChartView::XRange::Fit
                                                             : TimeSeriesChartView::XRange::Grow);
    }
}

bool LiveReplayCharts::hasPendingFrame() const
{
    return std::any_of(m_pending.begin(), m_pending.end(), [](const auto& lines) { return lines.has_value(); });
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
